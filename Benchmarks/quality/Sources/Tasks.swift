import Foundation
import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel
import TestSupport

func load(_ path: String) -> PaperGraph {
    do {
        let graph = try GraphLoader.load(paths: [path]).graph
        return path.contains("snap-cit-hep") ? withArXivYears(graph) : graph
    } catch {
        FileHandle.standardError.write(Data("papergraph-quality: \(error)\n".utf8))
        exit(1)
    }
}

/// The same graph with some fields of its papers changed (reading status, external).
func withPapers(_ graph: PaperGraph, _ papers: [Paper], citations: CSRGraph? = nil) -> PaperGraph {
    PaperGraph(papers: papers, authors: graph.authors, topics: graph.topics, citations: citations ?? graph.citations,
               citedBy: citations == nil ? graph.citedBy : nil, prerequisites: graph.prerequisites,
               dependents: graph.dependents, prerequisiteReasons: graph.prerequisiteReasons)
}

/// `source,target,relation,...` rows of the annotations file (the first three fields are never quoted).
func annotations(_ path: String) -> [(String, String, String)] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
        let f = line.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false)
        return f.count >= 3 ? (String(f[0]), String(f[1]), String(f[2])) : nil
    }
}

/// Held-out citations: the main table.
func heldOut(dataset: String, path: String, all: Bool, maximumQueries: Int?, seed: UInt64, sink: inout ResultSink,
             dumpDirectory: String?) {
    let graph = load(path)
    let t = now()
    let holdout = Holdout(graph, fraction: all ? 1 : 0.1, maximumQueries: maximumQueries, seed: seed)
    FileHandle.standardError.write(Data("\(dataset): \(graph.papers.count) papers, \(graph.citations.edgeCount) citations, \(holdout.queries.count) queries (\(String(format: "%.1f", now() - t)) s)\n".utf8))
    var dumped: [String] = [], features = ResultSink()
    let truthOf = Dictionary(uniqueKeysWithValues: zip(holdout.queries, holdout.truth))
    let dumpQueries = Set(holdout.queries.prefix(25))
    evaluate(task: "heldout", dataset: dataset, graph: holdout.remaining, queries: holdout.queries, truth: holdout.truth,
             excludeAdjacent: true, sink: &sink, dump: dumpDirectory == nil ? nil : { x, method, ranked in
                 if dumpQueries.contains(x) {
                     dumped.append(([holdout.remaining.papers[x].key, method] + ranked.map { holdout.remaining.papers[Int($0)].key }).joined(separator: "\t"))
                 }
             }, features: dumpDirectory == nil ? nil : { x, y, values in
                 features.add([holdout.remaining.papers[x].key, truthOf[x]!.contains(y) ? 1 : 0] + values)
             })
    if let dir = dumpDirectory {
        var edges = ResultSink()
        for (s, d) in holdout.remaining.citations.edges { edges.add([holdout.remaining.papers[Int(s)].key, holdout.remaining.papers[Int(d)].key]) }
        edges.write(to: "\(dir)/\(dataset).remaining.tsv")
        var truth = ResultSink()
        for (x, hidden) in zip(holdout.queries, holdout.truth) {
            truth.add([holdout.remaining.papers[x].key] + hidden.sorted().map { holdout.remaining.papers[Int($0)].key })
        }
        truth.write(to: "\(dir)/\(dataset).truth.tsv")
        features.write(to: "\(dir)/\(dataset).features.tsv")
        _ = FileManager.default.createFile(atPath: "\(dir)/\(dataset).top20.tsv", contents: Data((dumped.joined(separator: "\n") + "\n").utf8))
    }
}

/// The tuning grid, scored on one graph only.
func tuningGrid() -> [Method] {
    var grid: [Method] = []
    for block in [0.0, 0.25, 0.5] {
        for walk in [0.0, 0.25, 0.5, 1] {
            for (sr, sc) in [(1.0, 1.0), (1, 2), (2, 1)] {
                for rr in [0.5, 1, 2] {
                    for cc in [0.0, 0.5] {
                        var w = Weights(cocitation: block, coupling: block, adamicAdarReferences: block / 2,
                                        adamicAdarCiters: block / 2, walk: walk)
                        w.sharedReferences = sr; w.sharedCiters = sc; w.referencesOfReferences = rr; w.citersOfCiters = cc
                        let weights = w
                        grid.append(Method(name: "grid " + weights.description, kernels: []) { r, m in weights.score(r, m) })
                    }
                }
            }
        }
    }
    // Second round, around the first round's best (no block, references of references up), with
    // and without personalized PageRank.
    for walk in [0.0, 0.25, 0.5, 1, 2] {
        for (sr, sc) in [(1.0, 1.0), (1, 0.5), (0.5, 1)] {
            for rr in [3.0, 4, 6] {
                for cc in [0.0, 0.25] {
                    let weights = Weights(walk: walk, sharedReferences: sr, sharedCiters: sc, referencesOfReferences: rr, citersOfCiters: cc)
                    grid.append(Method(name: "grid " + weights.description, kernels: []) { r, m in weights.score(r, m) })
                }
            }
        }
    }
    // The multiplicative blends (walk boosted by two-step paths).
    for boost in [0.25, 0.5, 1, 2, 4, 8] {
        for (rr, cc) in [(1.0, 0.0), (2, 0), (4, 0), (2, 0.5)] {
            for floor in [0.0, 0.1] {
                grid.append(Blend(boost: boost, referencesOfReferences: rr, citersOfCiters: cc, floor: floor).method(prefix: "grid "))
            }
        }
    }
    return grid
}

func tune(path: String, seed: UInt64, sink: inout ResultSink) {
    // Every third query of the held-out sample, to keep the grid's run short.
    let holdout = Holdout(load(path), fraction: 0.1, seed: seed)
    let picked = holdout.queries.indices.filter { $0 % 3 == 0 }
    evaluate(task: "tune", dataset: "cit-HepTh", graph: holdout.remaining, queries: picked.map { holdout.queries[$0] },
             truth: picked.map { holdout.truth[$0] },
             excludeAdjacent: true, extra: tuningGrid(), shipped: false, baselines: false, sink: &sink)
}

/// Human relations: recall@10 of the annotated partners on the full graph (adjacent papers kept).
func human(path: String, annotationsPath: String, sink: inout ResultSink) {
    let graph = load(path)
    var partners: [Int: Set<UInt32>] = [:]
    for (s, t, _) in annotations(annotationsPath) {
        guard let a = graph.paper(forKey: s), let b = graph.paper(forKey: t), a != b else { continue }
        partners[a.index, default: []].insert(b.rawValue)
        partners[b.index, default: []].insert(a.rawValue)
    }
    let queries = partners.keys.sorted()
    // The same rankings scored against the partners of one relation at a time ("human-relation"
    // lines; recall@10 and @20 from each method's top 20), to see which relations a score finds.
    var byRelation: [String: [Int: Set<UInt32>]] = [:]
    for (s, t, relation) in annotations(annotationsPath) {
        guard let a = graph.paper(forKey: s), let b = graph.paper(forKey: t), a != b else { continue }
        byRelation[relation, default: [:]][a.index, default: []].insert(b.rawValue)
        byRelation[relation, default: [:]][b.index, default: []].insert(a.rawValue)
    }
    var relationLines = ResultSink()
    evaluate(task: "human", dataset: "ml-landmarks", graph: graph, queries: queries, truth: queries.map { partners[$0]! },
             excludeAdjacent: false, sink: &sink, dump: { x, method, ranked in
                 for relation in byRelation.keys.sorted() {
                     guard let truth = byRelation[relation]![x] else { continue }
                     relationLines.add(["human-relation", relation, method, graph.papers[x].key] + metrics(ranked: ranked, truth: truth))
                 }
             })
    sink.lines += relationLines.lines
}

/// Topic agreement: the same ranking, truth = papers with the query's label (precision@10 is
/// computed by the report from recall@10 × |truth| / 10).
func topics(path: String, labelsPath: String, sink: inout ResultSink) {
    let graph = load(path)
    var label = [String?](repeating: nil, count: graph.papers.count)
    let text = (try? String(contentsOfFile: labelsPath, encoding: .utf8)) ?? ""
    for line in text.split(whereSeparator: \.isNewline) {
        let f = line.split(separator: "\t")
        if f.count == 2, let p = graph.paper(forKey: String(f[0])) { label[p.index] = String(f[1]) }
    }
    var byLabel: [String: Set<UInt32>] = [:]
    for (i, l) in label.enumerated() { if let l { byLabel[l, default: []].insert(UInt32(i)) } }
    let queries = (0..<graph.papers.count).filter { label[$0] != nil }
    evaluate(task: "topics", dataset: "cora", graph: graph, queries: queries,
             truth: queries.map { byLabel[label[$0]!]!.subtracting([UInt32($0)]) }, excludeAdjacent: false, sink: &sink)
}

/// `next`: the earliest 30 % of a paper's ancestors read; are its other ancestors ranked high?
func next(path: String, seed: UInt64, sink: inout ResultSink) {
    let graph = load(path)
    let ranking = graph.rankPapers().scores
    var rng = SeededGenerator(seed: seed)
    var eligible = (0..<graph.papers.count).filter {
        graph.citations.reachable(from: [UInt32($0)]).nodes.count - 1 >= 10
    }
    eligible.shuffle(using: &rng)
    for x in eligible.prefix(60).sorted() {
        let ancestors = graph.citations.reachable(from: [UInt32(x)]).nodes.filter { Int($0) != x }
            .sorted { (graph.papers[Int($0)].year ?? Int.max, graph.papers[Int($0)].key) < (graph.papers[Int($1)].year ?? Int.max, graph.papers[Int($1)].key) }
        let readCount = Int((Double(ancestors.count) * 0.3).rounded(.up))
        let read = Set(ancestors.prefix(readCount))
        let truth = Set(ancestors.dropFirst(readCount))
        var papers = graph.papers
        for v in read { papers[Int(v)].status = .read }
        let marked = withPapers(graph, papers)
        let key = graph.papers[x].key
        let fringe = marked.nextPapers()
        let next = fringe.prefix(10).map(\.paper.rawValue)
        sink.add(["next", "ml-landmarks", "next (shipped)", key] + metrics(ranked: next, truth: truth))
        // The same fringe by the read-set walk (recomputed as `next` runs it) blended with the global
        // PageRank, each divided by its best in the fringe; share 0 is `next` before the blend.
        var sources = [UInt32](), destinations = [UInt32]()
        for (s, d) in marked.readingDependencies.edges { sources += [s, d]; destinations += [d, s] }
        let walk = CSRGraph(nodeCount: graph.papers.count, sources: sources, destinations: destinations)
            .pageRank(options: PageRankOptions(personalization: papers.map { $0.status == .read ? 1 : 0 })).scores
        let bestWalk = fringe.map { walk[$0.paper.index] }.max() ?? 0, bestRank = fringe.map { ranking[$0.paper.index] }.max() ?? 0
        for share in [0, 0.25, 0.5, 0.75, 1] where bestWalk > 0 && bestRank > 0 {
            let blended = top(fringe.map { ($0.paper.rawValue, (1 - share) * walk[$0.paper.index] / bestWalk + share * ranking[$0.paper.index] / bestRank) }, 10)
            sink.add(["next", "ml-landmarks", "fringe by walk + \(share) x global PageRank", key] + metrics(ranked: blended, truth: truth))
        }
        let unread = (0..<graph.papers.count).filter { !read.contains(UInt32($0)) && $0 != x }
        let byRank = top(unread.map { (UInt32($0), ranking[$0]) }, 10)
        sink.add(["next", "ml-landmarks", "PageRank among unread", key] + metrics(ranked: byRank, truth: truth))
        let byCitations = top(unread.map { (UInt32($0), Double(graph.citedBy.outDegree(of: $0)) + 1) }, 10)
        sink.add(["next", "ml-landmarks", "most cited among unread", key] + metrics(ranked: byCitations, truth: truth))
    }
}

/// `path --max 10`: are the stated predecessors on the path, and in an order consistent with them?
func path(landmarks: String, foundations: String, annotationsPath: String, sink: inout ResultSink) {
    func run(_ dataset: String, _ graph: PaperGraph, _ before: [Int: Set<Int>]) {
        let ranking = graph.rankPapers()
        // Transitive predecessors by the stated relation.
        for t in before.keys.sorted() {
            var stated = Set<Int>(), stack = Array(before[t]!)
            while let s = stack.popLast() {
                if stated.contains(s) { continue }
                stated.insert(s)
                stack += before[s] ?? []
            }
            stated.remove(t)
            guard !stated.isEmpty else { continue }
            let steps = graph.readingPath(to: [PaperID(t)], options: ReadingPathOptions(maxSteps: 10), ranking: ranking).steps.map(\.paper.index)
            let position = Dictionary(uniqueKeysWithValues: steps.enumerated().map { ($1, $0) })
            let found = stated.filter { position[$0] != nil }.count
            var pairs = 0, consistent = 0
            for b in steps {
                for a in before[b] ?? [] where position[a] != nil {
                    pairs += 1
                    if position[a]! < position[b]! { consistent += 1 }
                }
            }
            sink.add(["path", dataset, "path --max 10 (shipped)", graph.papers[t].key, Double(found) / Double(stated.count),
                      Double(consistent), Double(pairs), Double(stated.count)])
        }
    }
    let l = load(landmarks)
    var before: [Int: Set<Int>] = [:]
    for (s, t, relation) in annotations(annotationsPath) {
        guard let a = l.paper(forKey: s)?.index, let b = l.paper(forKey: t)?.index, a != b else { continue }
        if relation == "extended-by" { before[b, default: []].insert(a) }
        if relation == "extends" { before[a, default: []].insert(b) }
    }
    run("ml-landmarks", l, before)
    let f = load(foundations)
    var stated: [Int: Set<Int>] = [:]
    for p in 0..<f.papers.count where f.prerequisites.outDegree(of: p) > 0 {
        stated[p] = Set(f.prerequisites.neighbors(of: p).map(Int.init))
    }
    run("ml-foundations", f, stated)
}

/// "Your own list, enriched": 50-paper ego lists from the graph; everything else external with
/// no references of its own; 20 % of the list's references hidden.
func ego(path: String, seed: UInt64, lists: Int, sink: inout ResultSink) {
    let graph = load(path)
    var rng = SeededGenerator(seed: seed)
    let n = graph.papers.count
    var seen = Set<Int>()
    for _ in 0..<lists {
        var start = rng.next() % UInt64(n)
        while graph.citations.outDegree(of: Int(start)) < 5 || seen.contains(Int(start)) { start = rng.next() % UInt64(n) }
        var list: [Int] = [Int(start)], inList = [Bool](repeating: false, count: n), head = 0
        inList[Int(start)] = true
        while head < list.count && list.count < 50 {
            let u = list[head]; head += 1
            for v in (Array(graph.citations.neighbors(of: u)) + Array(graph.citedBy.neighbors(of: u))).sorted() where !inList[Int(v)] && list.count < 50 {
                inList[Int(v)] = true; list.append(Int(v))
            }
        }
        seen.formUnion(list)
        var sources = [UInt32](), destinations = [UInt32]()
        for (s, d) in graph.citations.edges where inList[Int(s)] { sources.append(s); destinations.append(d) }
        var papers = graph.papers
        for v in 0..<n where !inList[v] { papers[v].isExternal = true }
        let enriched = withPapers(graph, papers, citations: CSRGraph(nodeCount: n, sources: sources, destinations: destinations))
        let holdout = Holdout(enriched, fraction: 1, seed: rng.next())
        evaluate(task: "ego", dataset: "cit-HepPh ego lists", graph: holdout.remaining, queries: holdout.queries,
                 truth: holdout.truth, excludeAdjacent: true, includeExternal: true, sink: &sink)
    }
}

/// Time per `related` query on a generated graph.
func synthetic(papers: Int, queries: Int, seed: UInt64, sink: inout ResultSink) {
    let graph = PaperGraph(synthetic: SyntheticCitationGraph(options: .init(paperCount: papers)))
    var rng = SeededGenerator(seed: seed)
    var times: [Double] = []
    var search = RelatedPaperSearch(graph)
    for _ in 0..<queries {
        let x = Int(rng.next() % UInt64(papers))
        let t = now()
        _ = search.relatedPapers(to: PaperID(x), options: RelatedPaperOptions(limit: 20))
        times.append(1000 * (now() - t))
    }
    times.sort()
    sink.add(["synthetic", papers, graph.citations.edgeCount, queries, times.reduce(0, +) / Double(queries),
              times[Int(Double(queries) * 0.95) - 1], times.last!])
}
