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

    /// The citations of `graph` above, for the exact walk.
    private let edges = [("llama", "chinchilla"), ("llama", "kaplan"), ("llama", "adam"), ("gopher", "chinchilla"),
                         ("gopher", "kaplan"), ("palm", "chinchilla"), ("palm", "kaplan")]

    @Test("ranks the most co-cited paper first and says why")
    func coCitation() throws {
        // From chinchilla, N = {llama, gopher, palm}: kaplan is co-cited through all three
        // (RA 1/3 + 1/2 + 1/2 = 4/3, the best, so R = 1), adam through llama (R = 1/3 / 4/3).
        // W is divided by the best walk score, llama's; kaplan also shares the topic (Jaccard 1);
        // the citers add 0.25 each for citing chinchilla (gopher and palm are alike).
        let related = graph.relatedPapers(to: graph.id("chinchilla"))
        let ppr = exactPersonalizedPageRank(edges: edges, from: "chinchilla")
        let w = ppr.mapValues { $0 / ppr["llama"]! }
        let first = try #require(related.first)
        #expect(graph[first.paper].key == "kaplan")
        #expect(abs(first.score - (w["kaplan"]! * (1 + 1) + 0.3)) < 1e-3)
        #expect(first.reasons == [.coCitedBy(3), .sameTopic([try #require(graph.topic(named: "Scaling"))])])
        #expect(!graph.keys(related.map(\.paper)).contains("unrelated"))
        #expect(related.map(\.score) == related.map(\.score).sorted(by: >))
        let keys = graph.keys(related.map(\.paper))
        #expect(keys == ["kaplan", "llama", "gopher", "palm", "adam"] || keys == ["kaplan", "llama", "palm", "gopher", "adam"])
        #expect(abs(related[1].score - 1.25) < 1e-3 && related[1].reasons == [.citesSubject])
        #expect(abs(related[2].score - (w["gopher"]! + 0.25)) < 1e-3)
        #expect(abs(related[4].score - w["adam"]! * (1 + 0.25)) < 1e-3)
        #expect(related[4].reasons == [.coCitedBy(1)])
    }

    @Test("bibliographic coupling: papers sharing references are related")
    func coupling() throws {
        // From gopher, N = {chinchilla, kaplan}: llama and palm each share both (RA 1/3 + 1/3, the
        // best, so R = 1); the walk puts llama, which cites one more paper nearby, closer than palm.
        // chinchilla and kaplan, cited by gopher, are the best walk scores (W = 1) plus 0.25.
        let related = graph.relatedPapers(to: graph.id("gopher"), options: .init(limit: 4))
        let ppr = exactPersonalizedPageRank(edges: edges, from: "gopher")
        let best = max(ppr["chinchilla"]!, ppr["kaplan"]!)
        #expect(graph[related[0].paper].key == "llama" && graph[related[3].paper].key == "palm")
        #expect(Set(graph.keys(related[1...2].map(\.paper))) == ["chinchilla", "kaplan"])
        #expect(abs(related[0].score - 2 * ppr["llama"]! / best) < 1e-3)
        #expect(abs(related[1].score - 1.25) < 1e-3)
        #expect(abs(related[3].score - 2 * ppr["palm"]! / best) < 1e-3)
        #expect(related[0].reasons == [.sharesReferences(2)] && related[3].reasons == [.sharesReferences(2)])
        #expect(related[1].reasons == [.citedBySubject])
    }

    @Test("a reference of two references ranks first and names the rarer path")
    func twoStepPath() throws {
        // q cites a and b, which both cite t; c also cites a. N(a) = {q, t, c}, N(b) = {q, t}:
        // t gets RA 1/3 + 1/2 = 5/6 over paths q → z → t (weight 4, so R = 4 · 5/6 / 5/6), c gets
        // 1/3 over q → a ← c (weight 1, R = 1/3 / 5/6 = 0.4); the best total is t's. W is
        // personalized PageRank from q divided by the best paper's, a's; a and b add 0.25 for the
        // direct citation.
        let graph = makeGraph([
            paper("q", 2020, cites: ["a", "b"]), paper("a", 2010, cites: ["t"]), paper("b", 2011, cites: ["t"]),
            paper("c", 2015, cites: ["a"]), paper("t", 2000),
        ])
        let ppr = exactPersonalizedPageRank(edges: [("q", "a"), ("q", "b"), ("a", "t"), ("b", "t"), ("c", "a")], from: "q")
        let w = ppr.mapValues { $0 / ppr["a"]! }
        let related = graph.relatedPapers(to: graph.id("q"))
        #expect(graph.keys(related.map(\.paper)) == ["t", "a", "b", "c"])
        #expect(abs(related[0].score - w["t"]! * (1 + 4)) < 1e-3)
        #expect(abs(related[1].score - 1.25) < 1e-3)
        #expect(abs(related[2].score - (w["b"]! + 0.25)) < 1e-3)
        #expect(abs(related[3].score - w["c"]! * (1 + 0.4)) < 1e-3)
        #expect(related[0].reasons == [.referenceOfReference(graph.id("b"))])
        #expect(related[1].reasons == [.citedBySubject])
        #expect(related[3].reasons == [.sharesReferences(1)])
    }

    @Test("a citer of a citer found by the walk alone names the paper between; farther papers are close")
    func walkReasons() throws {
        // y cites c, which cites q: y is joined to q only through a citer of a citer, a path kind
        // weighted 0 (R = 0), so y's whole score is the walk's, named by that path. z cites y:
        // three steps. The walk is divided by c's, the best; c adds 0.25 for citing q.
        let graph = makeGraph([paper("q", 2000), paper("c", 2005, cites: ["q"]), paper("y", 2010, cites: ["c"]),
                               paper("z", 2015, cites: ["y"])])
        let related = graph.relatedPapers(to: graph.id("q"))
        #expect(graph.keys(related.map(\.paper)) == ["c", "y", "z"])
        #expect(related[0].reasons == [.citesSubject] && abs(related[0].score - 1.25) < 1e-3)
        #expect(related[1].reasons == [.citerOfCiter(graph.id("c"))])
        #expect(related[2].reasons == [.closeInCitationGraph])
        let ppr = exactPersonalizedPageRank(edges: [("c", "q"), ("y", "c"), ("z", "y")], from: "q")
        #expect(abs(related[1].score - ppr["y"]! / ppr["c"]!) < 1e-3)
        #expect(abs(related[2].score - ppr["z"]! / ppr["c"]!) < 1e-3)
    }

    @Test("one search answers many queries with the same results as fresh ones")
    func reusedSearch() {
        var search = RelatedPaperSearch(graph)
        for key in ["chinchilla", "gopher", "llama", "adam", "chinchilla", "unrelated"] {
            #expect(search.relatedPapers(to: graph.id(key)) == graph.relatedPapers(to: graph.id(key)))
        }
        #expect(search.relatedPapers(to: graph.id("unrelated")).isEmpty)
        #expect(search.relatedPapers(to: graph.id("chinchilla"), options: .init(limit: 2)).count == 2)
    }

    @Test("papers sharing only topics rank by the Jaccard index of topics, then earlier year, beside other evidence")
    func topicsOnly() throws {
        // No citations. From x (topics A, B; author Ann): coauthor shares Ann (Jaccard 1) and A (1/2):
        // 0.3 + 0.15; both shares A and B (2/2): 0.3; one shares A (1/2): 0.15; early and late share B
        // of their B, C (1/3): 0.1 each, early first; other shares nothing.
        let g = makeGraph([
            paper("x", 2020, authors: ["Ann"], topics: ["A", "B"]),
            paper("late", 2021, topics: ["B", "C"]), paper("early", 2010, topics: ["B", "C"]),
            paper("one", 2018, topics: ["A"]), paper("both", 2019, topics: ["A", "B"]),
            paper("coauthor", 2022, authors: ["Ann"], topics: ["A"]), paper("other", 2000, topics: ["C"]),
        ])
        let a = try #require(g.topic(named: "A")), b = try #require(g.topic(named: "B"))
        let related = g.relatedPapers(to: g.id("x"))
        #expect(g.keys(related.map(\.paper)) == ["coauthor", "both", "one", "early", "late"])
        let expected = [0.3 + 0.15, 0.3, 0.15, 0.1, 0.1]
        #expect(zip(related.map(\.score), expected).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(related[0].reasons == [.sameAuthor([g.paperAuthors.columns(of: g.id("x").index).map(AuthorID.init)[0]]),
                                       .sameTopic([a])])
        #expect(related[1].reasons == [.sameTopic([a, b])] && related[3].reasons == [.sameTopic([b])])
        var search = RelatedPaperSearch(g)
        #expect(g.keys(search.relatedPapers(to: g.id("x"), options: .init(limit: 2)).map(\.paper)) == ["coauthor", "both"])
        // The slots of the topic-only papers are reset: the next query sees none of them.
        #expect(search.relatedPapers(to: g.id("other")).map(\.paper) == g.relatedPapers(to: g.id("other")).map(\.paper))
        #expect(search.relatedPapers(to: g.id("x")) == related)
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
