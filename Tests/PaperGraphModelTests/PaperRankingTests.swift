import Testing
import PaperGraphModel

@Suite("Paper ranking")
struct PaperRankingTests {
    /// a and b cite c; c cites d; d cites nothing, so its rank is spread uniformly (networkx semantics).
    /// Expected values from networkx 3.6.1:
    /// `nx.pagerank(nx.DiGraph([("a","c"),("b","c"),("c","d")]), alpha=0.85, tol=1e-15)`.
    @Test("matches networkx on a small graph")
    func smallGraph() {
        let graph = makeGraph([paper("a", cites: ["c"]), paper("b", cites: ["c"]), paper("c", cites: ["d"]), paper("d")])
        let ranking = graph.rankPapers()
        let expected = ["a": 0.12507817385866143, "b": 0.12507817385866143, "c": 0.33771106941838713, "d": 0.4121325828642899]
        for (key, value) in expected { #expect(abs(ranking.scores[graph.id(key).index] - value) < 1e-9, "\(key)") }
        #expect(graph.keys(ranking.order(in: graph)) == ["d", "c", "a", "b"])
    }

    @Test("personalizes on the read papers")
    func fromRead() {
        let graph = makeGraph([paper("a", cites: ["b"], status: .read), paper("b"), paper("c", cites: ["d"]), paper("d")])
        let ranking = graph.rankPapers(PaperRankingOptions(seed: .readPapers))
        #expect(ranking.scores[graph.id("c").index] == 0)
        #expect(ranking.scores[graph.id("d").index] == 0)
        // Restart at a only; b is dangling, so its rank returns to a: a = 1/(1+α), b = α/(1+α).
        #expect(abs(ranking.scores[graph.id("a").index] - 1 / 1.85) < 1e-12)
        #expect(abs(ranking.scores[graph.id("b").index] - 0.85 / 1.85) < 1e-12)
        #expect(abs(ranking.scores.reduce(0, +) - 1) < 1e-12)
    }

    @Test("shares a paper's score equally among its authors and topics")
    func aggregates() {
        let graph = makeGraph([
            paper("a", cites: ["b"], authors: ["Ada", "Bob"], topics: ["x"]),
            paper("b", authors: ["Ada"], topics: ["x", "y"]),
        ])
        let ranking = graph.rankPapers()
        let sa = ranking.scores[graph.id("a").index], sb = ranking.scores[graph.id("b").index]
        let authors = graph.rankAuthors(ranking)
        #expect(authors.map { graph[$0.id].name } == ["Ada", "Bob"])
        #expect(abs(authors[0].score - (sa / 2 + sb)) < 1e-12)
        #expect(abs(authors[1].score - sa / 2) < 1e-12)
        let topics = graph.rankTopics(ranking)
        #expect(abs(topics[0].score - (sa + sb / 2)) < 1e-12)
        #expect(topics.map(\.papers) == [2, 1])
    }
}
