#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// CPU seconds of this thread: on a shared, loaded machine wall-clock time measures the other
/// processes as much as this one.
func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Lines of tab-separated results, written to one file at the end.
struct ResultSink {
    var lines: [String] = []
    mutating func add(_ fields: [Any]) { lines.append(fields.map { "\($0)" }.joined(separator: "\t")) }
    func write(to path: String) {
        let text = lines.joined(separator: "\n") + "\n"
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
}

/// Ranking metrics of one query: recall@10, recall@20, reciprocal rank (within the top 100),
/// nDCG@20 with binary relevance, and precision@10 (hits among the first 10 slots / 10).
func metrics(ranked: [UInt32], truth: Set<UInt32>) -> [Double] {
    guard !truth.isEmpty else { return [0, 0, 0, 0, 0] }
    var hits10 = 0, hits20 = 0, rr = 0.0, dcg = 0.0
    for (i, y) in ranked.prefix(100).enumerated() where truth.contains(y) {
        if i < 10 { hits10 += 1 }
        if i < 20 { hits20 += 1; dcg += 1 / log2(Double(i + 2)) }
        if rr == 0 { rr = 1 / Double(i + 1) }
    }
    var ideal = 0.0
    for i in 0..<min(truth.count, 20) { ideal += 1 / log2(Double(i + 2)) }
    let t = Double(truth.count)
    return [Double(hits10) / t, Double(hits20) / t, rr, dcg / ideal, Double(hits10) / 10]
}

/// The best `k` of `(node, score)` pairs: score descending, then node id ascending.
func top(_ scored: [(UInt32, Double)], _ k: Int) -> [UInt32] {
    var best: [(UInt32, Double)] = []
    best.reserveCapacity(k + 1)
    func better(_ a: (UInt32, Double), _ b: (UInt32, Double)) -> Bool { a.1 != b.1 ? a.1 > b.1 : a.0 < b.0 }
    for s in scored where s.1 > 0 {
        if best.count == k, let last = best.last, !better(s, last) { continue }
        var i = best.count
        while i > 0 && better(s, best[i - 1]) { i -= 1 }
        best.insert(s, at: i)
        if best.count > k { best.removeLast() }
    }
    return best.map(\.0)
}
