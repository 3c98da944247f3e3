/// Approximate string matching for the names people type: trigram overlap to find candidates
/// quickly, then an edit-distance check on the few best.
///
/// Works on already normalized text (``TitleNormalization/normalizedTitle(_:)``: lowercase letters,
/// digits and single spaces), so "FlashAtention-2" and "flashatention 2" are the same query.
enum FuzzyText {
    /// The trigrams of ` text ` (padded by one space so that word starts count), as packed scalars.
    ///
    /// - Complexity: O(n log n) in the length of `text`.
    static func trigrams(_ text: String) -> [UInt64] {
        let scalars = [UInt32(32)] + text.unicodeScalars.map(\.value) + [32]
        guard scalars.count >= 3 else { return [] }
        var grams: [UInt64] = []
        grams.reserveCapacity(scalars.count - 2)
        for i in 0..<(scalars.count - 2) {
            grams.append(UInt64(scalars[i]) << 42 | UInt64(scalars[i + 1]) << 21 | UInt64(scalars[i + 2]))
        }
        grams.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(grams.count)
        for gram in grams where unique.last != gram { unique.append(gram) }
        return unique
    }

    /// How many trigrams two sorted, duplicate-free trigram lists share.
    ///
    /// - Complexity: O(a + b).
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    /// Trigram similarity of a query to a field: the Dice coefficient when the whole field is meant,
    /// or the share of the query's trigrams found in the field (discounted) when the query may
    /// name only part of it, whichever is larger. In 0...1.
    static func trigramSimilarity(query: [UInt64], field: [UInt64]) -> Double {
        guard !query.isEmpty, !field.isEmpty else { return 0 }
        let shared = Double(sharedCount(query, field))
        let dice = 2 * shared / Double(query.count + field.count)
        return max(dice, partDiscount * shared / Double(query.count))
    }

    /// How much a match on a part of a field (a few of its words) is worth next to one on all of it.
    static let partDiscount = 0.9

    /// Edit similarity of `query` to `field` in 0...1: `1 − distance / longer length`, the best of
    /// the whole field and (discounted by ``partDiscount``) every run of as many words as the query
    /// has, so that "chinchila" finds "chinchilla scaling laws".
    ///
    /// - Complexity: O(|query| · |field|).
    static func editSimilarity(query: String, field: String) -> Double {
        let q = Array(query.unicodeScalars)
        var best = similarity(q, Array(field.unicodeScalars))
        let words = field.split(separator: " ")
        let queryWords = query.split(separator: " ").count
        if words.count > queryWords {
            for start in 0...(words.count - queryWords) {
                let window = words[start..<(start + queryWords)].joined(separator: " ")
                best = max(best, partDiscount * similarity(q, Array(window.unicodeScalars)))
            }
        }
        return best
    }

    private static func similarity(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
        let longer = max(a.count, b.count)
        guard longer > 0 else { return 1 }
        return 1 - Double(editDistance(a, b, limit: longer)) / Double(longer)
    }

    /// Levenshtein distance, capped at `limit` (returns `limit` when it is at least that).
    ///
    /// - Complexity: O(|a| · |b|) time, O(|b|) space.
    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int) -> Int {
        if abs(x.count - y.count) >= limit { return limit }
        if x.isEmpty || y.isEmpty { return min(max(x.count, y.count), limit) }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum >= limit { return limit }
            swap(&previous, &current)
        }
        return min(previous[y.count], limit)
    }
}
