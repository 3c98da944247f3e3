import Foundation
import Testing
import PaperGraphIO
import PaperGraphModel

/// T cites X and Y, which both cite H: personalized PageRank from T ranks H above X and Y, but H
/// reaches T only through them.
private let diamondJSON = """
{"papers": [
  {"id": "T", "title": "Target paper", "year": 2020, "cites": ["X", "Y"]},
  {"id": "X", "title": "Left step", "year": 2018, "cites": ["H"]},
  {"id": "Y", "title": "Right step", "year": 2018, "cites": ["H"]},
  {"id": "H", "title": "Hub paper", "year": 2010},
  {"id": "Z", "title": "Another citer of the hub", "year": 2021, "cites": ["H"]}
]}
"""

@Suite("path --max keeps a connected path; export follows it and pins the target")
struct PathMaxTests {
    private let graphPath: String = try! temporaryFile("diamond.json", diamondJSON)

    private func steps(_ arguments: [String]) throws -> [String] {
        let json = try jsonOutput(runCLI(["path", graphPath, "--to", "T", "-f", "json"] + arguments))
        return try #require(json["steps"]?.arrayValue).compactMap { $0["id"]?.stringValue }
    }

    @Test("the kept prerequisites always lead to the target through kept papers")
    func connected() throws {
        #expect(try steps([]) == ["H", "X", "Y", "T"])
        // The hub ranks highest but would be cut off from T: the best step that T builds on comes first.
        #expect(try steps(["--max", "1"]) == ["X", "T"])
        #expect(try steps(["--max", "2"]) == ["H", "X", "T"])
        #expect(try steps(["--max", "0"]) == ["T"])
    }

    @Test("papers that cite nothing in the graph are marked: references unknown")
    func referencesUnknown() throws {
        let json = try jsonOutput(runCLI(["path", graphPath, "--to", "T", "-f", "json"]))
        let marks = try #require(json["steps"]?.arrayValue).map { ($0["id"]?.stringValue ?? "", $0["references_unknown"]?.boolValue) }
        #expect(marks.map(\.0) == ["H", "X", "Y", "T"])
        #expect(marks.map(\.1) == [true, false, false, false])
        let table = runCLI(["path", graphPath, "--to", "T", "--wide"])
        #expect(table.out.contains("references unknown"))
        #expect(table.err.contains("1 of 4 papers cite nothing in the graph"))
    }

    @Test("export --path-to --path-only takes --max, and --top never drops the target")
    func export() throws {
        let nodes = { (extra: [String]) throws -> Set<String> in
            let json = try jsonOutput(runCLI(["export", self.graphPath, "--format", "json", "--path-to", "T"] + extra))
            return Set(try #require(json["nodes"]?.arrayValue).compactMap { $0["id"]?.stringValue })
        }
        #expect(try nodes(["--path-only", "--max", "1"]) == ["X", "T"])
        #expect(try nodes(["--path-only"]) == ["H", "X", "Y", "T"])
        // By plain PageRank the hub is first and T is not among the top 1; it stays anyway.
        #expect(try nodes(["--top", "1"]) == ["H", "T"])
    }
}
