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

    @Test("a reference of two references ranks first and names the rarer path")
    func twoStepPath() throws {
        // q cites a and b, which both cite t; c also cites a. N(a) = {q, t, c}, N(b) = {q, t}:
        // t gets 1/3 + 1/2 over paths q → z → t (weight 2), c gets 1/3 over q → a ← c (weight 1),
        // both divided by the best total, 5/6; a and b only the direct citation (0.25).
        let graph = makeGraph([
            paper("q", 2020, cites: ["a", "b"]), paper("a", 2010, cites: ["t"]), paper("b", 2011, cites: ["t"]),
            paper("c", 2015, cites: ["a"]), paper("t", 2000),
        ])
        let related = graph.relatedPapers(to: graph.id("q"))
        #expect(graph.keys(related.map(\.paper)) == ["t", "c", "a", "b"])
        #expect(abs(related[0].score - 2) < 1e-12 && abs(related[1].score - 0.4) < 1e-12)
        #expect(related[0].reasons == [.referenceOfReference(graph.id("b"))])
        #expect(related[1].reasons == [.sharesReferences(1)])
    }
}
