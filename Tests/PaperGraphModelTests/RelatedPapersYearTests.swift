import Foundation
import Testing
import PaperGraphModel

@Suite("Related papers: the year term")
struct RelatedPapersYearTests {
    /// q cites a and b; c cites a and b; d cites b; e cites c. Scored as `related` scores it, the
    /// year term aside, with the years given per key (none when absent).
    private func graph(years: [String: Int]) -> PaperGraph {
        makeGraph([paper("q", years["q"], cites: ["a", "b"]), paper("a", years["a"]), paper("b", years["b"]),
                   paper("c", years["c"], cites: ["a", "b"]), paper("d", years["d"], cites: ["b"]),
                   paper("e", years["e"], cites: ["c"])])
    }

    private func scores(_ graph: PaperGraph, _ options: RelatedPaperOptions = .init()) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: graph.relatedPapers(to: graph.id("q"), options: options).map { (graph[$0.paper].key, $0.score) })
    }

    @Test("is neutral when years are missing or all equal, and enters only through its two weights")
    func neutral() {
        let none = graph(years: [:])
        let related = none.relatedPapers(to: none.id("q"))
        #expect(related.count == 5)
        // Every gap 0 (factor 1), or the subject's year unknown (no gap at all): the same results.
        let same = graph(years: ["q": 2000, "a": 2000, "b": 2000, "c": 2000, "d": 2000, "e": 2000])
        #expect(same.relatedPapers(to: same.id("q")) == related)
        let subjectUnknown = graph(years: ["a": 1990, "b": 1995, "c": 2005, "d": 2010, "e": 2020])
        #expect(subjectUnknown.relatedPapers(to: subjectUnknown.id("q")) == related)
        // Years spread out, the year weights 0: the same as without years.
        let spread = graph(years: ["q": 2000, "a": 1990, "b": 1995, "c": 2005, "d": 2010, "e": 2020])
        var off = RelatedPaperOptions()
        (off.yearGap, off.newer) = (0, 0)
        #expect(spread.relatedPapers(to: spread.id("q"), options: off) == related)
        // With the default weights the spread years change the scores but not the reasons.
        let dated = spread.relatedPapers(to: spread.id("q"))
        #expect(dated != related)
        let reasons = { (list: [RelatedPaper], g: PaperGraph) in
            Dictionary(uniqueKeysWithValues: list.map { (g[$0.paper].key, $0.reasons) })
        }
        #expect(reasons(dated, spread) == reasons(related, none))
    }

    @Test("lowers a candidate the further its year is from the subject's, a newer one more")
    func monotone() throws {
        // q cites z; every y_g cites z and nothing else, so every y_g has the same evidence (a shared
        // reference, the same walk score, no citers) and only its year differs: g years older than q
        // (newer when g < 0). Their scores must then be in the ratio of the year factors,
        // (1 + |g|)^yearGap, times e^newer when newer.
        let gaps = [-5, -2, -1, 0, 1, 2, 5, 10]
        let name = { (g: Int) in g < 0 ? "newer\(-g)" : "older\(g)" }
        let records = [paper("q", 2010, cites: ["z"]), paper("z", 2000)]
            + gaps.map { paper(name($0), 2010 - $0, cites: ["z"]) }
        let graph = makeGraph(records)
        let s = scores(graph, RelatedPaperOptions(limit: 20))
        let o = RelatedPaperOptions()
        func factor(_ g: Int) -> Double { pow(1 + Double(abs(g)), o.yearGap) * (g < 0 ? exp(o.newer) : 1) }
        let base = try #require(s["older0"])
        for g in gaps {
            let score = try #require(s[name(g)])
            #expect(abs(score / base - factor(g)) < 1e-6, "gap \(g)")
        }
        let older = gaps.filter { $0 >= 0 }.map { s[name($0)]! }, newer = gaps.filter { $0 < 0 }.reversed().map { s[name($0)]! }
        #expect(zip(older, older.dropFirst()).allSatisfy { $0 > $1 })
        #expect(zip(newer, newer.dropFirst()).allSatisfy { $0 > $1 })
        for g in [1, 2, 5] { #expect(s[name(-g)]! < s[name(g)]!) }
    }
}
