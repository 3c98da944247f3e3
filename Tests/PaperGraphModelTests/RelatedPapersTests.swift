import Foundation
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

    /// M of the score stated in ``RelatedPaperOptions``, from hand-computed signals: each
    /// (value, best of the query, weight) gives ((value / best + floor) / floor)^weight, the
    /// citers (1 + citers)^citedBy, and the year gap g = year(subject) − year(candidate), when
    /// given, (1 + |g|)^yearGap, times e^newer when g < 0.
    private func product(_ signals: [(Double, Double, Double)], citers: Int, gap: Int? = nil) -> Double {
        let o = RelatedPaperOptions()
        var m = pow(1 + Double(citers), o.citedBy)
        for (value, best, weight) in signals where value > 0 { m *= pow((value / best + o.floor) / o.floor, weight) }
        if let gap { m *= pow(1 + Double(abs(gap)), o.yearGap) * (gap < 0 ? exp(o.newer) : 1) }
        return m
    }

    @Test("ranks the most co-cited paper first and says why")
    func coCitation() throws {
        // From chinchilla (no references), N = {llama, gopher, palm}: kaplan is co-cited through
        // all three (RA 1/3 + 1/2 + 1/2 = 4/3, the best), adam through llama (1/3); no other kind
        // of path. W is the walk over the best walk score, llama's. Citers: kaplan 3, adam 1, the
        // three citers none. kaplan also shares the topic (Jaccard 1, a factor 1 + topics); the
        // citers add the direct weight each for citing chinchilla. Years from chinchilla's 2022:
        // kaplan 2 older, adam 8, gopher 1, palm 0, llama 1 newer.
        let o = RelatedPaperOptions()
        let related = graph.relatedPapers(to: graph.id("chinchilla"))
        let ppr = exactPersonalizedPageRank(edges: edges, from: "chinchilla")
        let best = ppr["llama"]!
        let m: [String: Double] = [
            "kaplan": product([(ppr["kaplan"]!, best, o.walk), (4.0 / 3, 4.0 / 3, o.sharedCiters)], citers: 3, gap: 2),
            "adam": product([(ppr["adam"]!, best, o.walk), (1.0 / 3, 4.0 / 3, o.sharedCiters)], citers: 1, gap: 8),
            "llama": product([(ppr["llama"]!, best, o.walk)], citers: 0, gap: -1),
            "gopher": product([(ppr["gopher"]!, best, o.walk)], citers: 0, gap: 1),
            "palm": product([(ppr["palm"]!, best, o.walk)], citers: 0, gap: 0),
        ]
        let bestM = m.values.max()!
        let expected: [String: Double] = [
            "kaplan": m["kaplan"]! / bestM * (1 + o.topics), "adam": m["adam"]! / bestM,
            "llama": m["llama"]! / bestM + o.direct, "gopher": m["gopher"]! / bestM + o.direct,
            "palm": m["palm"]! / bestM + o.direct,
        ]
        let keys = graph.keys(related.map(\.paper))
        #expect(Set(keys) == Set(expected.keys))
        for (key, r) in zip(keys, related) { #expect(abs(r.score - expected[key]!) < 1e-3 * expected[key]!, "\(key)") }
        #expect(related.map(\.score) == related.map(\.score).sorted(by: >))
        let kaplan = try #require(related.first { graph[$0.paper].key == "kaplan" })
        #expect(kaplan.reasons == [.coCitedBy(3), .sameTopic([try #require(graph.topic(named: "Scaling"))])])
        #expect(related.first { graph[$0.paper].key == "adam" }?.reasons == [.coCitedBy(1)])
        // The citers have no path to name; the walk's share is named by paths only.
        #expect(related.first { graph[$0.paper].key == "llama" }?.reasons == [.citesSubject])
    }

    @Test("bibliographic coupling: papers sharing references are related")
    func coupling() throws {
        // From gopher, N = {chinchilla, kaplan}: llama and palm each share both (RA 1/3 + 1/3, the
        // best). palm, sharing all its references with gopher, passes 2/3 / 2 = 1/3 to each of
        // them and llama 2/3 / 3 = 2/9 (references of coupled papers, best 1/3 + 2/9 = 5/9); llama
        // also passes 2/9 to adam, its third reference. Citers: chinchilla and kaplan 3, adam 1.
        // Years from gopher's 2021: llama 2 newer, palm and chinchilla 1 newer, kaplan 1 older, adam 7.
        let o = RelatedPaperOptions()
        let related = graph.relatedPapers(to: graph.id("gopher"), options: .init(limit: 5))
        let ppr = exactPersonalizedPageRank(edges: edges, from: "gopher")
        let best = max(ppr["chinchilla"]!, ppr["kaplan"]!)
        let coupled = 5.0 / 9
        let m: [String: Double] = [
            "llama": product([(ppr["llama"]!, best, o.walk), (2.0 / 3, 2.0 / 3, o.sharedReferences)], citers: 0, gap: -2),
            "palm": product([(ppr["palm"]!, best, o.walk), (2.0 / 3, 2.0 / 3, o.sharedReferences)], citers: 0, gap: -1),
            "chinchilla": product([(ppr["chinchilla"]!, best, o.walk), (coupled, coupled, o.referencesOfCoupled)], citers: 3,
                                  gap: -1),
            "kaplan": product([(ppr["kaplan"]!, best, o.walk), (coupled, coupled, o.referencesOfCoupled)], citers: 3, gap: 1),
            "adam": product([(ppr["adam"]!, best, o.walk), (2.0 / 9, coupled, o.referencesOfCoupled)], citers: 1, gap: 7),
        ]
        let bestM = m.values.max()!
        let direct: Set<String> = ["chinchilla", "kaplan"]
        let keys = graph.keys(related.map(\.paper))
        #expect(Set(keys) == Set(m.keys))
        for (key, r) in zip(keys, related) {
            let e = m[key]! / bestM + (direct.contains(key) ? o.direct : 0)
            #expect(abs(r.score - e) < 1e-3 * e, "\(key)")
        }
        let llama = try #require(related.first { graph[$0.paper].key == "llama" })
        #expect(llama.reasons == [.sharesReferences(2)])
        let adam = try #require(related.first { graph[$0.paper].key == "adam" })
        #expect(adam.reasons == [.citedByCoupled(graph.id("llama"))])
        let chinchilla = try #require(related.first { graph[$0.paper].key == "chinchilla" })
        // chinchilla's M is below the best, so its path's part (M / best M) is below the direct weight.
        #expect(m["chinchilla"]! < bestM && o.direct >= 1)
        #expect(chinchilla.reasons == [.citedBySubject, .citedByCoupled(graph.id("palm"))])
    }

    @Test("a reference of two references ranks first and names the rarer path")
    func twoStepPath() throws {
        // q cites a and b, which both cite t; c also cites a. N(a) = {q, t, c}, N(b) = {q, t}:
        // t gets RA 1/3 + 1/2 = 5/6 over paths q → z → t (the best), c gets 1/3 over q → a ← c
        // (the best shared reference); c, N(c) = {a}, passes 1/3 to a (the best reference of a
        // coupled paper). Citers: a 2, t 2, b 1, c none. a and b add the direct weight for the
        // citation. Years from q's 2020: a 10 older, b 9, c 5, t 20.
        let o = RelatedPaperOptions()
        let graph = makeGraph([
            paper("q", 2020, cites: ["a", "b"]), paper("a", 2010, cites: ["t"]), paper("b", 2011, cites: ["t"]),
            paper("c", 2015, cites: ["a"]), paper("t", 2000),
        ])
        let ppr = exactPersonalizedPageRank(edges: [("q", "a"), ("q", "b"), ("a", "t"), ("b", "t"), ("c", "a")], from: "q")
        let best = ppr["a"]!
        let m: [String: Double] = [
            "t": product([(ppr["t"]!, best, o.walk), (5.0 / 6, 5.0 / 6, o.referencesOfReferences)], citers: 2, gap: 20),
            "a": product([(ppr["a"]!, best, o.walk), (1.0 / 3, 1.0 / 3, o.referencesOfCoupled)], citers: 2, gap: 10),
            "b": product([(ppr["b"]!, best, o.walk)], citers: 1, gap: 9),
            "c": product([(ppr["c"]!, best, o.walk), (1.0 / 3, 1.0 / 3, o.sharedReferences)], citers: 0, gap: 5),
        ]
        let bestM = m.values.max()!
        let expected = ["t": m["t"]! / bestM, "a": m["a"]! / bestM + o.direct, "b": m["b"]! / bestM + o.direct,
                        "c": m["c"]! / bestM]
        let related = graph.relatedPapers(to: graph.id("q"))
        #expect(graph.keys(related.map(\.paper)) == expected.keys.sorted { expected[$0]! > expected[$1]! })
        for r in related { #expect(abs(r.score - expected[graph[r.paper].key]!) < 1e-3) }
        let byKey = Dictionary(uniqueKeysWithValues: related.map { (graph[$0.paper].key, $0.reasons) })
        #expect(byKey["t"] == [.referenceOfReference(graph.id("b"))])
        // a has the best M: its path's part is M / best M = 1, equal to the direct weight, and at a
        // tie the path is named first.
        #expect(m["a"]! == bestM && o.direct == 1)
        #expect(byKey["a"] == [.citedByCoupled(graph.id("c")), .citedBySubject])
        #expect(byKey["c"] == [.sharesReferences(1)])
    }

    @Test("a citer of a citer counts against, but its reason names the paper between; farther papers are close")
    func walkReasons() throws {
        // y cites c, which cites q: y is joined to q only through a citer of a citer (RA 1/2, the
        // best), a kind weighted below 0, so nothing raises y but the walk, whose share that path
        // names. z cites y: three steps. Citers: c 1, y 1, z none. c adds the direct weight for
        // citing q. Years from q's 2000: c 5 newer, y 10, z 15.
        let o = RelatedPaperOptions()
        let graph = makeGraph([paper("q", 2000), paper("c", 2005, cites: ["q"]), paper("y", 2010, cites: ["c"]),
                               paper("z", 2015, cites: ["y"])])
        let related = graph.relatedPapers(to: graph.id("q"))
        let ppr = exactPersonalizedPageRank(edges: [("c", "q"), ("y", "c"), ("z", "y")], from: "q")
        let best = ppr["c"]!
        let m: [String: Double] = [
            "c": product([(ppr["c"]!, best, o.walk)], citers: 1, gap: -5),
            "y": product([(ppr["y"]!, best, o.walk), (0.5, 0.5, o.citersOfCiters)], citers: 1, gap: -10),
            "z": product([(ppr["z"]!, best, o.walk)], citers: 0, gap: -15),
        ]
        let bestM = m.values.max()!
        let expected = ["c": m["c"]! / bestM + o.direct, "y": m["y"]! / bestM, "z": m["z"]! / bestM]
        #expect(graph.keys(related.map(\.paper)) == expected.keys.sorted { expected[$0]! > expected[$1]! })
        for r in related { #expect(abs(r.score - expected[graph[r.paper].key]!) < 1e-3 * expected[graph[r.paper].key]!) }
        let byKey = Dictionary(uniqueKeysWithValues: related.map { (graph[$0.paper].key, $0.reasons) })
        #expect(byKey["c"] == [.citesSubject])
        #expect(byKey["y"] == [.citerOfCiter(graph.id("c"))])
        #expect(byKey["z"] == [.closeInCitationGraph])
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

    @Test("papers sharing only topics: scored by the Jaccard index and their citers, and forgotten between queries")
    func topicsOnly() throws {
        // x shares topic T with a (topics {T}) and b ({T, U}), and with c ({T}), which d cites;
        // none of them is joined to x otherwise. M: 1 for a and b (no citers), 2^-0.01 for c; best
        // M 1. Scores: a 1 × (1 + 0.3 × 1), b 1 × (1 + 0.3 × 1/2), c 2^-0.01 × 1.3; d shares nothing.
        let g = makeGraph([
            paper("x", topics: ["T"]), paper("a", topics: ["T"]), paper("b", topics: ["T", "U"]),
            paper("c", topics: ["T"]), paper("d", cites: ["c"]),
        ])
        let o = RelatedPaperOptions()
        let expected: [(String, Double)] = [("a", 1 + o.topics), ("c", pow(2, o.citedBy) * (1 + o.topics)), ("b", 1 + o.topics / 2)]
        var search = RelatedPaperSearch(g)
        for _ in 0..<2 {
            let related = search.relatedPapers(to: g.id("x"))
            #expect(g.keys(related.map(\.paper)) == expected.map(\.0))
            for (r, e) in zip(related, expected) { #expect(abs(r.score - e.1) < 1e-12, "\(e.0)") }
            let t = try #require(g.topic(named: "T"))
            #expect(related.allSatisfy { $0.reasons == [.sameTopic([t])] })
            // d, which cites c, is related to c by the citation alone: c's topic counts left x's query.
            #expect(g.keys(search.relatedPapers(to: g.id("d")).map(\.paper)) == ["c"])
            #expect(search.relatedPapers(to: g.id("c")) == g.relatedPapers(to: g.id("c")))
        }
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
