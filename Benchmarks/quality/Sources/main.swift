import Foundation

// papergraph-quality: the evaluation behind Benchmarks/quality/run.sh. Each task writes
// tab-separated lines (one per query and method, and per-method times) to OUT:
//
//   papergraph-quality heldout NAME GRAPH OUT [--all] [--queries N] [--dump DIR]   held-out citations
//   papergraph-quality tune GRAPH OUT                                 the weight grid (cit-HepTh only)
//   papergraph-quality human GRAPH ANNOTATIONS.csv OUT                annotated relations
//   papergraph-quality topics GRAPH LABELS.tsv OUT                    same-label precision (Cora)
//   papergraph-quality next GRAPH OUT                                 `next` against ancestors
//   papergraph-quality path LANDMARKS FOUNDATIONS ANNOTATIONS OUT     `path --max 10`
//   papergraph-quality ego GRAPH OUT                                  50-paper lists, the rest external
//   papergraph-quality synthetic PAPERS OUT                           time per `related` query

let a = CommandLine.arguments
let seed: UInt64 = 17
var sink = ResultSink()
func argument(_ flag: String) -> String? { a.firstIndex(of: flag).map { a[$0 + 1] } }
guard a.count >= 3 else {
    print("usage: papergraph-quality heldout|tune|human|topics|next|path|ego|synthetic ...")
    exit(64)
}
switch a[1] {
case "heldout":
    heldOut(dataset: a[2], path: a[3], all: a.contains("--all"), maximumQueries: argument("--queries").flatMap { Int($0) },
            seed: seed, sink: &sink, dumpDirectory: argument("--dump"))
case "tune": tune(path: a[2], seed: seed, sink: &sink)
case "human": human(path: a[2], annotationsPath: a[3], sink: &sink)
case "topics": topics(path: a[2], labelsPath: a[3], sink: &sink)
case "next": next(path: a[2], seed: seed, sink: &sink)
case "path": path(landmarks: a[2], foundations: a[3], annotationsPath: a[4], sink: &sink)
case "ego": ego(path: a[2], seed: seed, lists: 10, sink: &sink)
case "synthetic": synthetic(papers: Int(a[2])!, queries: 200, seed: seed, sink: &sink)
default:
    print("unknown task \(a[1])")
    exit(64)
}
sink.write(to: a[a[1] == "heldout" ? 4 : (a[1] == "path" ? 5 : (a[1] == "tune" || a[1] == "next" || a[1] == "ego" || a[1] == "synthetic" ? 3 : 4))])
