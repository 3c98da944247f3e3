import Testing
import PaperGraphModel

@Suite("Importance order")
struct ImportanceOrderTests {
    /// Listed in an order that is neither the answer nor its reverse, so ids (read order) and keys disagree.
    let graph = makeGraph([paper("zeta", 2015), paper("nan", 2001), paper("alpha", 2015), paper("undated"),
                           paper("old", 2012), paper("top", 2020)])

    @Test("higher score first, NaN lowest; then earlier year, unknown last; then key")
    func order() {
        var scores = [Double](repeating: 0.1, count: 6)
        scores[graph.id("top").index] = 0.5
        scores[graph.id("nan").index] = .nan
        #expect(graph.keys(graph.byImportance(graph.paperIDs, scores: scores))
                == ["top", "old", "alpha", "zeta", "undated", "nan"])
        #expect(graph.keys(graph.byImportance(graph.paperIDs.reversed(), scores: scores))
                == ["top", "old", "alpha", "zeta", "undated", "nan"])
    }

    @Test("the comparison reads keys only at a tie of score and year")
    func keysOnlyAtTies() {
        // Evaluated outside #expect, which would read every argument to show it.
        var reads = 0
        func key(_ k: String) -> String { reads += 1; return k }
        let byScore = ImportanceOrder.ranks(score: 0.2, year: 2000, key: key("b"), before: 0.1, year: 1990, key: key("a"))
        let byYear = ImportanceOrder.ranks(score: 0.1, year: 2000, key: key("a"), before: 0.1, year: 1990, key: key("b"))
        let overNaN = ImportanceOrder.ranks(score: 0.1, year: nil, key: key("a"), before: .nan, year: 1990, key: key("b"))
        #expect(byScore && !byYear && overNaN)
        #expect(reads == 0)
        let byKey = ImportanceOrder.ranks(score: .nan, year: nil, key: key("a"), before: .nan, year: nil, key: key("b"))
        #expect(byKey)
        #expect(reads == 2)
    }

    @Test("the whole order by numbers and keys at ties equals the comparison's order")
    func wholeOrder() {
        var scores = [Double](repeating: 0.1, count: 6)
        scores[graph.id("top").index] = 0.5
        scores[graph.id("nan").index] = .nan
        #expect(graph.keys(graph.importanceOrder(scores: scores)) == ["top", "old", "alpha", "zeta", "undated", "nan"])
        // Many ties: three score values, years from a short list, some unknown.
        let tied = makeGraph((0..<60).map { paper("p\(($0 * 37) % 60)", $0 % 4 == 0 ? nil : 2000 + $0 % 3) })
        let tiedScores = (0..<60).map { Double($0 % 3) / 10 }
        #expect(tied.importanceOrder(scores: tiedScores) == tied.byImportance(tied.paperIDs, scores: tiedScores))
    }
}
