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
        // both divided by the best total, 5/6; a and b only the direct citation (0.25). The walk
        // adds personalized PageRank from q (weight 0.5, divided by the best paper's, here a's) to t
        // and c, which are not adjacent to q; its share is named like the path that carries it.
        let graph = makeGraph([
            paper("q", 2020, cites: ["a", "b"]), paper("a", 2010, cites: ["t"]), paper("b", 2011, cites: ["t"]),
            paper("c", 2015, cites: ["a"]), paper("t", 2000),
        ])
        let ppr = exactPersonalizedPageRank(edges: [("q", "a"), ("q", "b"), ("a", "t"), ("b", "t"), ("c", "a")], from: "q")
        let best = ["a", "b", "t", "c"].map { ppr[$0]! }.max()!
        let related = graph.relatedPapers(to: graph.id("q"))
        #expect(graph.keys(related.map(\.paper)) == ["t", "c", "a", "b"])
        #expect(abs(related[0].score - (2 + 0.5 * ppr["t"]! / best)) < 1e-3)
        #expect(abs(related[1].score - (0.4 + 0.5 * ppr["c"]! / best)) < 1e-3)
        #expect(related[2].score == 0.25 && related[3].score == 0.25)
        #expect(related[0].reasons == [.referenceOfReference(graph.id("b"))])
        #expect(related[1].reasons == [.sharesReferences(1)])
    }

    @Test("a citer of a citer found by the walk alone names the paper between; farther papers are close")
    func walkReasons() throws {
        // y cites c, which cites q: y is joined to q only through a citer of a citer, a path kind
        // weighted 0, so y's whole score is the walk's, named by that path. z cites y: three steps.
        let graph = makeGraph([paper("q", 2000), paper("c", 2005, cites: ["q"]), paper("y", 2010, cites: ["c"]),
                               paper("z", 2015, cites: ["y"])])
        // The walk's share is divided by c's, the best; c itself has only its direct citation (0.25).
        let related = graph.relatedPapers(to: graph.id("q"))
        #expect(graph.keys(related.map(\.paper)) == ["y", "c", "z"])
        #expect(related[0].reasons == [.citerOfCiter(graph.id("c"))])
        #expect(related[1].reasons == [.citesSubject] && related[1].score == 0.25)
        #expect(related[2].reasons == [.closeInCitationGraph])
        let ppr = exactPersonalizedPageRank(edges: [("c", "q"), ("y", "c"), ("z", "y")], from: "q")
        #expect(abs(related[0].score - 0.5 * ppr["y"]! / ppr["c"]!) < 1e-3)
        #expect(abs(related[2].score - 0.5 * ppr["z"]! / ppr["c"]!) < 1e-3)
    }

    /// Personalized PageRank from `source` over `edges` taken both ways (damping 0.85), by 500
    /// rounds of power iteration: the exact values the local push approximates.
    private func exactPersonalizedPageRank(edges: [(String, String)], from source: String) -> [String: Double] {
        var neighbors: [String: [String]] = [:]
        for (a, b) in edges { neighbors[a, default: []].append(b); neighbors[b, default: []].append(a) }
        var p = neighbors.mapValues { _ in 0.0 }
        p[source] = 1
        for _ in 0..<500 {
            var q = neighbors.mapValues { _ in 0.0 }
            q[source] = 0.15
            for (u, list) in neighbors { for v in list { q[v]! += 0.85 * p[u]! / Double(list.count) } }
            p = q
        }
        return p
    }
}
