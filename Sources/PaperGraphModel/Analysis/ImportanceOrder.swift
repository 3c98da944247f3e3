/// The importance order: the one order that every cut at N uses (`rank --top`, `export --top`,
/// related papers, a cluster's leftovers, the evidence of a suggestion).
///
/// 1. Higher score first; a NaN score counts as lower than every number.
/// 2. At equal scores, the earlier year first; papers without a year come last.
/// 3. At equal years, the key in ascending `String` order.
///
/// Keys are unique in a ``PaperGraph``, so the order is total, and it does not depend on the order
/// the papers were read in (ids do):
///
///     score 0.3, 2017, "vaswani"     ranks first
///     score 0.2, 2014, "sutskever"   } equal scores and years:
///     score 0.2, 2014, "zaremba"     } by key
///     score 0.2, nil,  "anon"        unknown year after every known one
///     score NaN, 2010, "broken"      NaN after every number
public enum ImportanceOrder {
    /// Whether a paper with score `scoreA`, year `yearA` and key `keyA` ranks before one with
    /// `scoreB`, `yearB` and `keyB`. The keys are only read when scores and years tie.
    ///
    /// - Complexity: O(1), plus a comparison of the two keys when scores and years tie.
    @inlinable
    public static func ranks(score scoreA: Double, year yearA: Int?, key keyA: @autoclosure () -> String,
                             before scoreB: Double, year yearB: Int?, key keyB: @autoclosure () -> String) -> Bool {
        let sa = scoreA.isNaN ? -Double.infinity : scoreA, sb = scoreB.isNaN ? -Double.infinity : scoreB
        if sa != sb { return sa > sb }
        let ya = yearA ?? Int.max, yb = yearB ?? Int.max
        if ya != yb { return ya < yb }
        return keyA() < keyB()
    }
}

extension PaperGraph {
    /// Whether paper `a` ranks before paper `b` in the ``ImportanceOrder`` by `scores` (higher
    /// score, NaN lowest; then earlier year, unknown last; then key).
    ///
    /// - Precondition: `scores` has one entry per paper.
    /// - Complexity: O(1), plus a key comparison at a tie.
    public func isRanked(_ a: PaperID, before b: PaperID, scores: [Double]) -> Bool {
        ImportanceOrder.ranks(score: scores[a.index], year: papers[a.index].year, key: papers[a.index].key,
                              before: scores[b.index], year: papers[b.index].year, key: papers[b.index].key)
    }

    /// `ids` sorted by the ``ImportanceOrder`` of `scores`, most important first.
    ///
    /// - Precondition: `scores` has one entry per paper.
    /// - Complexity: O(n log n) comparisons for n ids.
    public func byImportance(_ ids: [PaperID], scores: [Double]) -> [PaperID] {
        precondition(scores.count == papers.count, "scores needs one entry per paper")
        return ids.sorted { isRanked($0, before: $1, scores: scores) }
    }
}
