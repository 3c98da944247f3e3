import Foundation
import Testing
import PaperGraphIO
import TestSupport

@Suite("papergraph stats")
struct StatsCommandTests {
    private func statsJSON(_ path: String, extra: [String] = []) throws -> [String: Int] {
        let run = runCLI(["stats", path, "--format", "json"] + extra)
        #expect(run.status == 0)
        let value = try JSONParser.parse(Array(run.out.utf8), path: "stdout")
        var result: [String: Int] = [:]
        for member in try #require(value.objectValue) { result[member.key] = member.value.intValue }
        return result
    }

    @Test("counts a small hand-made graph")
    func smallGraph() throws {
        let stats = try statsJSON(try temporaryFile("g.json", smallGraphJSON))
        #expect(stats == [
            "papers": 4, "authors": 1, "topics": 1, "citations": 4, "prerequisites": 1, "read": 1, "reading": 0,
            "unread": 3, "weak_components": 1, "isolated": 0, "cyclic_groups": 0, "largest_cyclic_group": 0,
            "self_citations": 0, "unresolved": 1, "external": 0,
        ])
    }

    @Test("finds cyclic groups and self-citations")
    func cycles() throws {
        let path = try temporaryFile("cycle.json", """
        {"papers": [{"id": "a", "title": "A", "cites": ["b", "a"]}, {"id": "b", "title": "B", "cites": ["c"]},
                    {"id": "c", "title": "C", "cites": ["a"]}, {"id": "d", "title": "D"}]}
        """)
        let stats = try statsJSON(path)
        #expect(stats["cyclic_groups"] == 1)
        #expect(stats["largest_cyclic_group"] == 3)
        #expect(stats["self_citations"] == 1)
        #expect(stats["weak_components"] == 2)
        #expect(stats["isolated"] == 1)
    }

    /// Counts documented in Graphs/README.md (computed there by Graphs/tools/graph_stats.py, a separate
    /// Python implementation) and, for ml-landmarks, in the data set's SOURCE.md (networkx: 2 cycles,
    /// 13 isolated nodes).
    @Test("the sample graphs have their documented counts", arguments: [
        ("ml-landmarks.json", ["papers": 161, "authors": 1011, "topics": 20, "citations": 1193, "prerequisites": 0,
                               "read": 0, "unread": 161, "isolated": 13, "cyclic_groups": 2, "largest_cyclic_group": 4,
                               "unresolved": 0, "self_citations": 0]),
        ("ml-foundations.json", ["papers": 97, "authors": 194, "topics": 18, "citations": 36, "prerequisites": 3,
                                 "read": 28, "unread": 69, "isolated": 72, "unresolved": 0, "self_citations": 0]),
    ])
    func sampleGraphs(name: String, expected: [String: Int]) throws {
        let stats = try statsJSON(sampleGraph(name))
        for (key, value) in expected { #expect(stats[key] == value, "\(key)") }
    }

    @Test("-o writes the table to a file and nothing to standard output")
    func writesFile() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("stats.txt").path
        let run = runCLI(["stats", try temporaryFile("g.json", smallGraphJSON), "-o", output])
        #expect(run.status == 0)
        #expect(run.out.isEmpty)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("papers"))
    }

    /// ml-foundations.json was built from the seeds, so importing the seed reading list into it must
    /// add nothing: every item merges (by URL, arXiv id, or title and year) and the read marks agree.
    @Test("the seed reading list merges exactly into ml-foundations", .enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func seedMergesIntoFoundations() throws {
        let seed = try #require(SharedData.seed("004_"))
        let stats = try statsJSON(sampleGraph("ml-foundations.json"), extra: [seed, "--from", "markdown"])
        #expect(stats["papers"] == 97)
        #expect(stats["read"] == 28)
        #expect(stats["topics"] == 18)
    }
}
