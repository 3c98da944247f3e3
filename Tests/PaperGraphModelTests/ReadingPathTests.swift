import Testing
import PaperGraphModel

@Suite("Reading path")
struct ReadingPathTests {
    ///     target ──▶ a ──▶ b        a is read: b is reachable only through a, so both are skipped;
    ///        ├─────▶ c ──▶ d        c and d are on the path; e is not a prerequisite at all.
    ///        └──needs──▶ p
    private let graph = makeGraph([
        paper("target", 2020, cites: ["a", "c"], needs: ["p"]),
        paper("a", 2015, cites: ["b"], status: .read),
        paper("b", 2010),
        paper("c", 2016, cites: ["d"]),
        paper("d", 2012),
        paper("p", 2018),
        paper("e", 2019, cites: ["target"]),
    ])

    @Test("skips read papers and what lies only behind them, and ends with the target")
    func skipsRead() {
        let path = graph.readingPath(to: [graph.id("target")], ranking: graph.rankPapers())
        let keys = graph.keys(path.steps.map(\.paper))
        #expect(Set(keys) == ["d", "c", "p", "target"])
        #expect(keys.last == "target")
        #expect(keys.firstIndex(of: "d")! < keys.firstIndex(of: "c")!)
        #expect(path.skippedRead == 1)
        #expect(path.steps.first { graph[$0.paper].key == "c" }?.reasons == [.citedBy([graph.id("target")])])
        #expect(path.steps.first { graph[$0.paper].key == "p" }?.reasons == [.prerequisiteOf(graph.id("target"), "p first")])
    }

    @Test("--include-read keeps read papers, marked, and what is behind them")
    func includeRead() {
        let path = graph.readingPath(to: [graph.id("target")], options: ReadingPathOptions(includeRead: true),
                                     ranking: graph.rankPapers())
        #expect(Set(graph.keys(path.steps.map(\.paper))) == ["a", "b", "c", "d", "p", "target"])
        #expect(path.steps.filter(\.isRead).map { graph[$0.paper].key } == ["a"])
        #expect(path.skippedRead == 0)
    }

    @Test("--max keeps the most important prerequisites in a consistent order")
    func maxSteps() {
        let path = graph.readingPath(to: [graph.id("target")], options: ReadingPathOptions(maxSteps: 2),
                                     ranking: graph.rankPapers())
        let keys = graph.keys(path.steps.map(\.paper))
        // Personalized PageRank from the target: c and p (direct, one hop) outrank d (two hops).
        #expect(keys == ["c", "p", "target"] || keys == ["p", "c", "target"])
        #expect(path.omitted == 1)
    }
}
