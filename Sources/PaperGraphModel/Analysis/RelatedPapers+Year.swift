import Foundation

/// The year term of `related`'s score (``RelatedPaperOptions/yearGap``, ``RelatedPaperOptions/newer``):
/// a factor on M that lowers a candidate the further its year is from the subject's, and more when
/// it is newer than the subject.
///
/// For g = year(subject) − year(candidate) (positive: the candidate is older):
///
///     ln factor = yearGap · ln(1 + |g|) + (g < 0 ? newer : 0)
///
/// With the default weights (both below 0) the factor is 1 for a paper of the subject's year, falls
/// as |g| grows on either side, and a newer paper starts lower (e^newer ≈ 0.73): citations point back
/// in time (of cit-HepTh's 352,807, 943 point to a later month), while the annotated relations of ml-landmarks ("extended-by") show that a
/// newer paper can be very related, so newer papers are lowered, not left out. When either year is
/// unknown the factor is 1: the term is neutral, and a graph without years (Cora) scores as before.
///
/// The factor never raises a score, so no reason names it: reasons name the evidence that raises a
/// score.
extension RelatedEvidence {
    /// Marks an unknown year in ``years(of:)``.
    static let unknownYear = Int32.min

    /// Every paper's year, ``unknownYear`` when unknown: read once per search, because a candidate's
    /// year is read for every candidate and a ``PaperGraph``'s papers are large values (a dense
    /// array keeps those reads in cache).
    ///
    /// - Complexity: O(V).
    static func years<Graph: RelatedPaperGraph>(of graph: Graph) -> [Int32] {
        (0..<graph.paperCount).map { graph.year($0).map { Int32(clamping: $0) } ?? unknownYear }
    }

    /// year(subject) − year(candidate), or `nil` when either is unknown.
    static func yearGap(subject: Int32, candidate: Int32) -> Int32? {
        subject == unknownYear || candidate == unknownYear ? nil : Int32(clamping: Int(subject) - Int(candidate))
    }

    /// The logarithm of the year factor of a candidate `gap` years older than the subject (0 when
    /// `gap` is `nil`).
    ///
    /// - Complexity: O(1).
    static func logYearFactor(_ options: RelatedPaperOptions, gap: Int32?) -> Double {
        guard let gap else { return 0 }
        let apart = options.yearGap == 0 ? 0 : options.yearGap * log(1 + Double(gap.magnitude))
        return apart + (gap < 0 ? options.newer : 0)
    }
}
