import Testing
import PaperGraphIO

/// `rank --top N` and `export --top N` cut in one order (`ImportanceOrder`), also at exact ties.
@Suite("cuts at N agree across commands")
struct ImportanceCutTests {
    /// Every paper but hub cites hub alone, so the four citers tie exactly on PageRank. zeta is read
    /// before alpha (lower id) and has the same year: ordering ties by id (export's old rule) kept
    /// zeta at --top 3, ordering by key (rank's rule) keeps alpha.
    private let graphPath: String = try! temporaryFile("ties.json", """
    {"papers": [
      {"id": "zeta", "title": "Zeta", "year": 2015, "cites": ["hub"]},
      {"id": "alpha", "title": "Alpha", "year": 2015, "cites": ["hub"]},
      {"id": "undated", "title": "Undated", "cites": ["hub"]},
      {"id": "omega", "title": "Omega", "year": 2012, "cites": ["hub"]},
      {"id": "hub", "title": "Hub", "year": 2010}
    ]}
    """)

    private func ranked(_ top: Int) throws -> [(id: String, score: Double)] {
        let run = runCLI(["rank", graphPath, "--top", String(top), "-f", "json"])
        #expect(run.status == 0, "\(run.err)")
        return try #require(try jsonOutput(run)["papers"]?.arrayValue).map {
            (try #require($0["id"]?.stringValue), try #require($0["score"]?.doubleValue))
        }
    }

    private func exported(_ top: Int) throws -> Set<String> {
        let run = runCLI(["export", graphPath, "--top", String(top), "-f", "json"])
        #expect(run.status == 0, "\(run.err)")
        return Set(try #require(try jsonOutput(run)["nodes"]?.arrayValue).compactMap { $0["id"]?.stringValue })
    }

    @Test("the graph's citers tie exactly, and rank orders them by year, unknown last, then key")
    func rankOrder() throws {
        let all = try ranked(0)
        #expect(all.map(\.id) == ["hub", "omega", "alpha", "zeta", "undated"])
        #expect(Set(all.dropFirst().map(\.score)).count == 1)
    }

    @Test("export --top N keeps exactly the papers rank --top N lists", arguments: 1...5)
    func exportMatchesRank(top: Int) throws {
        #expect(try exported(top) == Set(try ranked(top).map(\.id)))
    }

    @Test("at the tie of equal year, the key decides: alpha, not the earlier-read zeta")
    func keyDecidesTie() throws {
        #expect(try exported(3) == ["hub", "omega", "alpha"])
    }
}
