import Testing
import PaperGraphModel

@Suite("Related papers")
struct RelatedPapersTests {
    /// Three papers cite both "chinchilla" and "kaplan"; "llama" also cites "adam", which nobody
    /// else cites with "chinchilla". "kaplan" is co-cited with "chinchilla" by three papers.
    private let graph = makeGraph([
        paper("llama", 2023, cites: ["chinchilla", "kaplan", "adam"]),
        paper("gopher", 2021, cites: ["chinchilla", "kaplan"]),
        paper("palm", 2022, cites: ["chinchilla", "kaplan"]),
        paper("chinchilla", 2022, authors: ["Jordan Hoffmann"], topics: ["Scaling"]),
        paper("kaplan", 2020, authors: ["Jared Kaplan"], topics: ["Scaling"]),
        paper("adam", 2014),
        paper("unrelated", 2000),
    ])

    @Test("ranks the most co-cited paper first and says why")
    func coCitation() throws {
        let related = graph.relatedPapers(to: graph.id("chinchilla"))
        let first = try #require(related.first)
        #expect(graph[first.paper].key == "kaplan")
        #expect(first.reasons == [.coCitedBy(3), .sameTopic([try #require(graph.topic(named: "Scaling"))])])
        #expect(!graph.keys(related.map(\.paper)).contains("unrelated"))
        #expect(related.map(\.score) == related.map(\.score).sorted(by: >))
        let llama = try #require(related.first { graph[$0.paper].key == "llama" })
        #expect(llama.reasons.contains(.citesSubject))
    }

    @Test("bibliographic coupling: papers sharing references are related")
    func coupling() throws {
        let related = graph.relatedPapers(to: graph.id("gopher"), limit: 2)
        #expect(Set(graph.keys(related.map(\.paper))) == ["palm", "llama"])
        #expect(related.first { graph[$0.paper].key == "palm" }?.reasons.first == .sharesReferences(2))
    }
}
