import PaperGraphModel

/// Conservative title matching: a candidate found by a title search is the user's paper only when
///
/// 1. the normalized titles (``TitleNormalization/normalizedTitle(_:)``) have a similarity of at
///    least ``threshold`` (0.9): one minus the Levenshtein distance over the longer length, so a
///    subtitle, a typo or a dropped word of a short title fails;
/// 2. the years are within ±1 (preprint and proceedings), when both are known;
/// 3. the first authors' surnames agree, when both are known.
///
/// Exactly one distinct candidate passing is a match; two or more is ambiguous and nothing is
/// matched (never a guess); none is "not found".
public struct TitleMatcher: Sendable, Hashable {
    /// The documented similarity threshold.
    public static let defaultThreshold = 0.9
    public var threshold: Double = TitleMatcher.defaultThreshold

    public init(threshold: Double = TitleMatcher.defaultThreshold) { self.threshold = threshold }

    /// What the search gave for one paper.
    public enum Verdict: Sendable, Hashable {
        case matched(FetchedWork, similarity: Double)
        /// Several candidates pass; their titles and years, for the report.
        case ambiguous([String])
        /// No candidate passes; the closest one and why it failed, for the report.
        case notFound(closest: String?)
    }

    /// Judges `candidates` for a paper with this title, year and authors.
    ///
    /// - Complexity: O(c · t²) for c candidates of titles of length t.
    public func verdict(title: String, year: Int?, authors: [String], candidates: [FetchedWork]) -> Verdict {
        let wanted = TitleNormalization.normalizedTitle(title)
        guard !wanted.isEmpty else { return .notFound(closest: nil) }
        var passing: [(FetchedWork, Double)] = []
        var closest: (String, Double)?
        for candidate in candidates {
            let similarity = Self.similarity(wanted, TitleNormalization.normalizedTitle(candidate.title ?? ""))
            var why: String?
            if similarity < threshold {
                why = "title similarity \(Self.percent(similarity)) below \(Self.percent(threshold))"
            } else if let year, let other = candidate.year, abs(year - other) > 1 {
                why = "year \(other), not \(year) ± 1"
            } else if let mine = authors.first.flatMap(Self.surname), let theirs = candidate.authors.first.flatMap(Self.surname),
                      mine != theirs {
                why = "first author \(theirs), not \(mine)"
            }
            if let why {
                if closest == nil || similarity > closest!.1 { closest = ("'\(candidate.title ?? "")' (\(why))", similarity) }
            } else if !passing.contains(where: { sameWork($0.0, candidate) }) {
                passing.append((candidate, similarity))
            }
        }
        switch passing.count {
        case 0: return .notFound(closest: closest?.0)
        case 1: return .matched(passing[0].0, similarity: passing[0].1)
        default: return .ambiguous(passing.map { "'\($0.0.title ?? "")' (\($0.0.year.map(String.init) ?? "no year"))" })
        }
    }

    private func sameWork(_ a: FetchedWork, _ b: FetchedWork) -> Bool {
        let keys = Set(a.asReference.identityKeys)
        return b.asReference.identityKeys.contains(where: keys.contains)
    }

    /// 1 − Levenshtein distance / length of the longer string, over Unicode scalars.
    ///
    /// - Complexity: O(n · m) time, O(m) space.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let longest = max(x.count, y.count)
        guard longest > 0 else { return 1 }
        var previous = Array(0...y.count), current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        let distance = x.isEmpty ? y.count : previous[y.count]
        return 1 - Double(distance) / Double(longest)
    }

    /// The surname of a name written `Given Family` or `Family, Given`, normalized.
    public static func surname(_ name: String) -> String? {
        let family = name.contains(",") ? String(name.split(separator: ",")[0]) : name
        let words = TitleNormalization.normalizedTitle(family).split(separator: " ")
        return words.last.map(String.init)
    }

    private static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded(.down)))%" }
}
