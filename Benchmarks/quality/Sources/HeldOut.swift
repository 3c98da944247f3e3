import Foundation
import GraphAlgorithms
import PaperGraphModel

/// Marks the query and its neighbours either way (the papers every ranking leaves out).
struct Exclusion {
    var marked: [Bool]
    var list: [Int] = []
    init(count: Int) { marked = [Bool](repeating: false, count: count) }
    mutating func set(_ graph: PaperGraph, _ x: Int, adjacent: Bool) {
        for v in list { marked[v] = false }
        list = [x]
        if adjacent {
            list += graph.citations.neighbors(of: x).map(Int.init) + graph.citedBy.neighbors(of: x).map(Int.init)
        }
        for v in list { marked[v] = true }
    }
}

/// Runs every method on every query of `graph` and records one line of metrics per query and
/// method (`perQuery` lines) and the time per query of each method.
///
/// - Parameters:
///   - truth: Per query, the papers a good ranking puts first.
///   - excludeAdjacent: Leave the query's neighbours out of every ranking (held-out citations).
///   - tuned: Extra weighted combinations to score (the tuning grid), named.
///   - shipped: Whether to run `related` through its API (the shipped code).
func evaluate(task: String, dataset: String, graph: PaperGraph, queries: [Int], truth: [Set<UInt32>],
              excludeAdjacent: Bool, includeExternal: Bool = false, extra: [Method] = [], shipped: Bool = true,
              baselines: Bool = true, sink: inout ResultSink, dump: ((Int, String, [UInt32]) -> Void)? = nil,
              features: ((Int, UInt32, [Double]) -> Void)? = nil) {
    let methods = (baselines ? baselineMethods() : []) + extra
    var extractor = FeatureExtractor(graph: graph)
    var search = RelatedPaperSearch(graph)
    var exclusion = Exclusion(count: graph.papers.count)
    var seconds = [Double](repeating: 0, count: methods.count)
    var shippedSeconds: [Double] = []
    let width = Feature.allCases.count
    for (qi, x) in queries.enumerated() {
        exclusion.set(graph, x, adjacent: excludeAdjacent)
        let key = graph.papers[x].key
        if shipped {
            let limit = 100 + (excludeAdjacent ? exclusion.list.count : 1)
            let t = now()
            var options = RelatedPaperOptions(limit: limit, includeExternal: includeExternal)
            if let direct = shippedOverrides.direct { options.direct = direct }
            if let topics = shippedOverrides.topics { options.topics = topics }
            if let authors = shippedOverrides.authors { options.authors = authors }
            let related = search.relatedPapers(to: PaperID(x), options: options)
            shippedSeconds.append(now() - t)
            let ranked = related.map(\.paper.rawValue).filter { !exclusion.marked[Int($0)] }
            sink.add([task, dataset, "related (shipped)", key] + metrics(ranked: ranked, truth: truth[qi]))
            dump?(x, "related (shipped)", Array(ranked.prefix(20)))
        }
        if methods.isEmpty { continue }
        let times = extractor.extract(x)
        var maxima = [Double](repeating: 0, count: width)
        for y in extractor.touched {
            for k in 0..<width { maxima[k] = max(maxima[k], extractor.values[Int(y) * width + k]) }
        }
        if let features {
            let signals = LogLinear.signals
            var pool = Set<UInt32>()
            for f in signals {
                let scored = extractor.touched.filter { !exclusion.marked[Int($0)] && (includeExternal || !graph.papers[Int($0)].isExternal) }
                    .map { ($0, extractor.value($0, f)) }
                pool.formUnion(top(scored, 200))
            }
            for y in pool.sorted() {
                features(x, y, signals.map { maxima[$0.rawValue] > 0 ? extractor.value(y, $0) / maxima[$0.rawValue] : 0 }
                         + [extractor.value(y, .citers), extractor.value(y, .hasYears), extractor.value(y, .yearGap)])
            }
        }
        extractor.values.withUnsafeBufferPointer { values in
            maxima.withUnsafeBufferPointer { m in
                let maxRow = Row(base: m.baseAddress!)
                for (mi, method) in methods.enumerated() {
                    let t = now()
                    var scored: [(UInt32, Double)] = []
                    scored.reserveCapacity(extractor.touched.count)
                    for y in extractor.touched where !exclusion.marked[Int(y)]
                        && (includeExternal || !graph.papers[Int(y)].isExternal) {
                        scored.append((y, method.score(Row(base: values.baseAddress! + Int(y) * width), maxRow)))
                    }
                    let ranked = top(scored, 100)
                    seconds[mi] += now() - t + method.kernels.reduce(0) { $0 + times[keyPath: $1] }
                    sink.add([task, dataset, method.name, key] + metrics(ranked: ranked, truth: truth[qi]))
                    dump?(x, method.name, Array(ranked.prefix(20)))
                }
            }
        }
    }
    let q = Double(max(queries.count, 1))
    if shipped && !shippedSeconds.isEmpty {
        sink.add(["time", task, dataset, "related (shipped)", 1000 * shippedSeconds.reduce(0, +) / q])
        let sorted = shippedSeconds.sorted()
        sink.add(["time", task, dataset, "related (shipped) p95", 1000 * sorted[(sorted.count * 95 + 99) / 100 - 1]])
    }
    for (mi, method) in methods.enumerated() { sink.add(["time", task, dataset, method.name, 1000 * seconds[mi] / q]) }
}

/// With QUALITY_DIRECT, QUALITY_TOPICS or QUALITY_AUTHORS in the environment, `related (shipped)`
/// runs with that hand-set weight instead (to see what it changes; not part of the documented run).
let shippedOverrides = (direct: ProcessInfo.processInfo.environment["QUALITY_DIRECT"].flatMap(Double.init),
                        topics: ProcessInfo.processInfo.environment["QUALITY_TOPICS"].flatMap(Double.init),
                        authors: ProcessInfo.processInfo.environment["QUALITY_AUTHORS"].flatMap(Double.init))
