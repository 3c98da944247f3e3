import Testing
import PaperGraphModel
import GraphAlgorithms
import TestSupport

@Suite("Reading order")
struct ReadingOrderTests {
    ///     seq2seq ◀── bahdanau ◀── transformer ◀── bert
    ///        ▲__________________________|
    @Test("puts cited papers and prerequisites before the papers that build on them")
    func chain() {
        let graph = makeGraph([
            paper("bert", 2018, cites: ["transformer"]),
            paper("transformer", 2017, cites: ["bahdanau", "seq2seq"]),
            paper("bahdanau", 2014, cites: ["seq2seq"]),
            paper("seq2seq", 2014),
            paper("gpt", 2018, needs: ["transformer"]),
        ])
        let order = graph.readingOrder(ranking: graph.rankPapers())
        #expect(graph.keys(order.entries.map(\.paper)) == ["seq2seq", "bahdanau", "transformer", "bert", "gpt"]
                || graph.keys(order.entries.map(\.paper)) == ["seq2seq", "bahdanau", "transformer", "gpt", "bert"])
        #expect(order.entries.map(\.position) == [1, 2, 3, 4, 5])
        #expect(order.cyclicGroups.isEmpty)
    }

    @Test("among free papers: earlier year first, then PageRank, then input order; marks unknown references")
    func ties() {
        // Free at the start: b, a, d (2010), c (2015), old (1990); x and y wait for c (and d).
        // d is cited, so it outranks a and b within 2010; a and b tie on year and rank, so the
        // input order (b first) decides; x and y tie too.
        let graph = makeGraph([
            paper("x", 2020, cites: ["c", "d"]), paper("y", 2020, cites: ["c"]),
            paper("b", 2010), paper("a", 2010), paper("d", 2010), paper("c", 2015), paper("old", 1990),
        ])
        let order = graph.readingOrder(ranking: graph.rankPapers())
        #expect(graph.keys(order.entries.map(\.paper)) == ["old", "d", "b", "a", "c", "x", "y"])
        #expect(order.entries.map(\.referencesUnknown) == [true, true, true, true, true, false, false])
        #expect(order.referencesUnknownCount == 5)
    }

    @Test("a recent paper with no known references does not jump ahead of older work")
    func recentWithoutReferences() {
        // The case: a 2023 report citing nothing must not come before 2020 papers.
        let graph = makeGraph([
            paper("target", 2023, cites: ["report", "performer", "reformer"]),
            paper("report", 2023), paper("performer", 2020, cites: ["transformer"]),
            paper("reformer", 2020, cites: ["transformer"]), paper("transformer", 2017),
        ])
        let order = graph.readingOrder(ranking: graph.rankPapers())
        #expect(graph.keys(order.entries.map(\.paper)) == ["transformer", "performer", "reformer", "report", "target"])
        #expect(order.entries.map(\.referencesUnknown) == [true, false, false, true, false])
    }

    @Test("papers without a year come after dated ones that are free at the same time")
    func yearless() {
        let graph = makeGraph([paper("undated"), paper("new", 2024), paper("old", 1999)])
        let order = graph.readingOrder(ranking: graph.rankPapers())
        #expect(graph.keys(order.entries.map(\.paper)) == ["old", "new", "undated"])
    }

    @Test("lists a citation cycle together by year and reports it")
    func cycle() {
        let graph = makeGraph([
            paper("longformer", 2020, cites: ["bigbird", "transformer"]),
            paper("bigbird", 2019, cites: ["longformer"]),
            paper("transformer", 2017),
            paper("later", 2021, cites: ["longformer"]),
        ])
        let order = graph.readingOrder(ranking: graph.rankPapers())
        #expect(graph.keys(order.entries.map(\.paper)) == ["transformer", "bigbird", "longformer", "later"])
        #expect(order.cyclicGroups.map(graph.keys) == [["bigbird", "longformer"]])
        #expect(order.entries.map(\.group) == [nil, 0, 0, nil])
    }

    @Test("respects every edge outside cyclic groups on random graphs", arguments: [1, 2, 3] as [UInt64])
    func randomInvariant(seed: UInt64) {
        let random = RandomGraphs.directed(nodeCount: 120, edgeCount: 300, seed: seed)
        let graph = makeGraph((0..<120).map { v in
            paper("p\(v)", 1990 + v % 30, cites: random.neighbors(of: v).map { "p\($0)" })
        })
        let order = graph.readingOrder(ranking: graph.rankPapers())
        #expect(Set(order.entries.map(\.paper)).count == 120)
        var position = [PaperID: Int](), group = [PaperID: Int]()
        for entry in order.entries {
            position[entry.paper] = entry.position
            if let g = entry.group { group[entry.paper] = g }
        }
        for (s, d) in graph.citations.edges {
            let citing = PaperID(s), cited = PaperID(d)
            if let g = group[citing], group[cited] == g { continue }
            #expect(position[cited]! < position[citing]!)
        }
    }

    @Test("orders only the selected papers")
    func selection() {
        let graph = makeGraph([paper("a", cites: ["b"]), paper("b", cites: ["c"]), paper("c")])
        let order = graph.readingOrder(of: [graph.id("a"), graph.id("c")], ranking: graph.rankPapers())
        #expect(graph.keys(order.entries.map(\.paper)) == ["c", "a"])
    }
}
