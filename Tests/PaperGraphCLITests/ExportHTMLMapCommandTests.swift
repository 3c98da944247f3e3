import Foundation
import Testing
import PaperGraphIO

@Suite("export --format html and --layout force")
struct ExportHTMLMapCommandTests {
    private let graphPath: String = try! temporaryFile("g.json", smallGraphJSON)

    /// The JSON data block of an exported page.
    private func data(_ path: String) throws -> [String: Any] {
        let html = try String(contentsOfFile: path, encoding: .utf8)
        let open = try #require(html.range(of: "id=\"pg-data\">"))
        let close = try #require(html.range(of: "</script>", range: open.upperBound..<html.endIndex))
        let block = Data(html[open.upperBound..<close.lowerBound].utf8)
        return try #require(try JSONSerialization.jsonObject(with: block) as? [String: Any])
    }

    @Test("-o map.html writes one page with every paper, the title, and paths for the papers")
    func page() throws {
        let path = try temporaryFolder().appendingPathComponent("map.html").path
        let run = runCLI(["export", graphPath, "-o", path, "--title", "Four papers"])
        #expect(run.status == 0, "\(run.err)")
        let d = try data(path)
        #expect(d["title"] as? String == "Four papers")
        let papers = try #require(d["papers"] as? [String: Any])
        #expect((papers["key"] as? [String])?.count == 4)
        #expect((d["paths"] as? [Any])?.count == 4)
        #expect(((d["clusters"] as? [Any])?.count ?? 0) > 0)
    }

    @Test("--with chooses what is precomputed; --public drops read status; bad --with is a usage error")
    func options() throws {
        let folder = try temporaryFolder()
        let bare = folder.appendingPathComponent("bare.html").path
        #expect(runCLI(["export", graphPath, "-o", bare, "--with", "rank", "--layout", "year"]).status == 0)
        let d = try data(bare)
        #expect((d["paths"] as? [Any])?.isEmpty == true && (d["related"] as? [Any])?.isEmpty == true)
        #expect(d["layout"] as? String == "year")
        let shared = folder.appendingPathComponent("public.html").path
        #expect(runCLI(["export", graphPath, "-o", shared, "--public"]).status == 0)
        let status = try #require((try data(shared)["papers"] as? [String: Any])?["status"] as? [Int])
        #expect(Set(status) == [0])
        #expect(runCLI(["export", graphPath, "-o", bare, "--with", "paths,nonsense"]).status == 64)
        #expect(runCLI(["export", graphPath, "--format", "dot", "--with", "paths"]).status == 64)
    }

    @Test("--format dot --layout force gives every paper a fixed position for neato -n2")
    func dotPositions() throws {
        let run = runCLI(["export", graphPath, "--format", "dot", "--layout", "force", "--with", "rank"])
        #expect(run.status == 0)
        let positions = run.out.components(separatedBy: "\n").filter { $0.contains("pos=\"") }
        #expect(positions.count == 4)
        #expect(positions.allSatisfy { $0.range(of: #"pos="-?[0-9.]+,-?[0-9.]+!""#, options: .regularExpression) != nil })
        let again = runCLI(["export", graphPath, "--format", "dot", "--layout", "force", "--with", "rank"])
        #expect(again.out == run.out)
    }
}
