import Dispatch
import Foundation
import PaperGraphModel
import Synchronization

/// What the interactive map shows beyond the view: positions, and the results of `related`,
/// `path` and `next` computed by the same model functions the CLI calls, for the papers of an
/// ``ExportView``.
///
///     let view = try ExportView(graph: graph, decorations: ExportDecorations(rank: ranking.scores))
///     let content = HTMLMapContent(graph: graph, view: view, ranking: ranking) { reasons, _ in describe(reasons) }
///     let html = HTMLMapWriter.write(view, content: content)
///
/// Paths and "what next" each run a PageRank over the whole graph, and related papers score up to
/// every paper of the graph, so each is computed for the most important papers only, within a work
/// budget that shrinks as the graph grows (``Options/pathBudget``, ``Options/relatedBudget``); the
/// page says when a paper has none precomputed. Papers are computed in parallel; the result does not
/// depend on the number of threads.
public struct HTMLMapContent: Sendable, Hashable {
    /// Settings; each default is declared here once.
    public struct Options: Sendable, Hashable {
        public var layout: ExportLayout.Algorithm = .force
        /// Seed of the force layout. Default 1.
        public var seed: UInt64 = 1
        /// Precompute related papers (with reasons). Default true.
        public var related = true
        /// Precompute reading paths and "what next from here". Default true.
        public var paths = true
        /// Steps kept on each reading path, as `path --max`. Default 10.
        public var pathMaxSteps = 10
        /// Related papers kept per paper. Default 6.
        public var relatedLimit = 6
        /// Papers shown for "what next from here". Default 5.
        public var nextLimit = 5
        /// The most papers given related papers (the highest-ranked). Default 2,000.
        public var relatedPapers = 2_000
        /// Work allowed for related papers, in candidate papers scored (each paper scores up to V):
        /// papers = min(relatedPapers, relatedBudget / V), at least 20. Default 2 million: 400 papers
        /// of 5,000, 40 of 50,000.
        public var relatedBudget = 2_000_000
        /// The most papers given a path and "what next". Default 1,000.
        public var pathPapers = 1_000
        /// Work allowed for paths and "what next", in nodes and edges visited (each paper costs about
        /// two PageRanks over the whole graph): papers = min(pathPapers, pathBudget / (2 (V + E))), at
        /// least 20. Default 20 million: 181 papers of 5,000 with 50,000 citations.
        public var pathBudget = 20_000_000

        /// How many of the most important papers get related papers, in a graph of `papers` papers.
        public func relatedCount(papers: Int) -> Int { min(relatedPapers, max(20, relatedBudget / max(1, papers))) }

        /// How many of the most important papers get a path and "what next", for `work` = V + E.
        public func pathCount(work: Int) -> Int { min(pathPapers, max(20, pathBudget / max(1, 2 * work))) }

        public init(layout: ExportLayout.Algorithm = .force, seed: UInt64 = 1, related: Bool = true, paths: Bool = true) {
            self.layout = layout
            self.seed = seed
            self.related = related
            self.paths = paths
        }
    }

    /// A paper of the view with a reason (related papers, path steps, "what next").
    public struct Entry: Sendable, Hashable {
        /// Index into the view's nodes.
        public var node: Int
        public var reason: String
    }

    /// Position of each view node (papers; other nodes at 0), in CSS pixels at zoom 1.
    public var x: [Double]
    public var y: [Double]
    /// Circle radius of each view node, in CSS pixels at zoom 1.
    public var radius: [Double]
    /// 1-based place of each view node in the whole graph's ranking, if ranked.
    public var rankPosition: [Int]
    /// Related papers by view node (only nodes that have them), in view node order.
    var relatedRows: [Row]
    /// Reading paths by view node; the last step is the paper itself. Steps outside the view are
    /// dropped from the entries and counted in ``Row/hidden``.
    var pathRows: [Row]
    /// "What next once this is read" by view node.
    var nextRows: [Row]
    public var layout: ExportLayout.Algorithm
    /// Topic names by key, for the topic filter.
    public var topicNames: [String: String]

    struct Row: Sendable, Hashable {
        var node: Int
        var entries: [Entry]
        /// Prerequisites left out by `--max` (paths), or steps outside the view.
        var omitted: Int = 0
        var hidden: Int = 0
    }

    /// Positions, related papers, paths and "what next" for the papers of `view`.
    ///
    /// - Parameters:
    ///   - graph: The graph the view was made from.
    ///   - view: The papers shown.
    ///   - ranking: PageRank of `graph` (sizes circles and picks the papers given paths).
    ///   - options: Layout and what to precompute.
    ///   - wording: Words for the reasons of a related paper (with the paper asked about), a path step
    ///     or a "what next" paper (without): the CLI's one wording, so the page says what the commands say.
    /// - Complexity: O(k (V log V + E)) for the layout, plus O(P (V + E)) for P papers given paths.
    public init(graph: PaperGraph, view: ExportView, ranking: PaperRanking?, options: Options = .init(),
                wording: @escaping @Sendable (_ reasons: [PaperReason], _ subject: PaperID?) -> String) {
        let n = view.nodes.count
        var nodeOf = [Int](repeating: -1, count: graph.papers.count)
        for i in view.nodes.indices { if let p = view.nodes.paper(at: i) { nodeOf[p.index] = i } }
        var positions = [Int](repeating: 0, count: n)
        let order = ranking?.order(in: graph) ?? []
        for (i, id) in order.enumerated() where nodeOf[id.index] >= 0 { positions[nodeOf[id.index]] = i + 1 }
        rankPosition = positions
        layout = options.layout
        var names: [String: String] = [:]
        for topic in graph.topics { names[topic.key] = topic.name }
        topicNames = names
        let placed = ExportLayout(view, algorithm: options.layout, seed: options.seed)
        radius = placed.radius
        x = placed.positions.x
        y = placed.positions.y

        let byImportance: [Int]
        if ranking != nil {
            byImportance = order.compactMap { nodeOf[$0.index] >= 0 ? nodeOf[$0.index] : nil }
        } else {
            byImportance = view.nodes.indices.filter { view.nodes.kind(at: $0) == .paper }
        }
        let viewIndex = nodeOf
        @Sendable func entries(_ ids: [(PaperID, String)]) -> (kept: [Entry], hidden: Int) {
            let kept = ids.compactMap { id, reason in viewIndex[id.index] >= 0 ? Entry(node: viewIndex[id.index], reason: reason) : nil }
            return (kept, ids.count - kept.count)
        }
        let relatedNodes = options.related ? Array(byImportance.prefix(options.relatedCount(papers: graph.papers.count))) : []
        let relatedOptions = RelatedPaperOptions(limit: options.relatedLimit)
        relatedRows = Self.parallelRows(relatedNodes, worker: { RelatedPaperSearch(graph) }) { search, node in
            guard let p = view.nodes.paper(at: node) else { return nil }
            let found = search.relatedPapers(to: p, options: relatedOptions)
            let (kept, hidden) = entries(found.map { ($0.paper, wording($0.reasons, p)) })
            return kept.isEmpty ? nil : Row(node: node, entries: kept, hidden: hidden)
        }
        var pathNodes: [Int] = []
        if options.paths, ranking != nil {
            pathNodes = Array(byImportance.prefix(options.pathCount(work: graph.papers.count + graph.readingDependencies.edgeCount)))
        }
        let pathOptions = ReadingPathOptions(maxSteps: options.pathMaxSteps)
        pathRows = Self.parallelRows(pathNodes) { node in
            guard let p = view.nodes.paper(at: node), let ranking else { return nil }
            let path = graph.readingPath(to: [p], options: pathOptions, ranking: ranking)
            let (kept, hidden) = entries(path.steps.map { ($0.paper, wording($0.reasons, nil)) })
            return Row(node: node, entries: kept, omitted: path.omitted, hidden: hidden)
        }
        nextRows = Self.parallelRows(pathNodes) { node in
            guard let p = view.nodes.paper(at: node) else { return nil }
            let after = graph.nextPapers(limit: options.nextLimit, assumingRead: [p], ranking: ranking)
            let (kept, hidden) = entries(after.map { ($0.paper, wording($0.reasons, nil)) })
            return Row(node: node, entries: kept, hidden: hidden)
        }
    }

    /// `make` for every node on all cores, the rows sorted by node.
    private static func parallelRows(_ nodes: [Int], _ make: @Sendable (Int) -> Row?) -> [Row] {
        parallelRows(nodes, worker: {}) { _, node in make(node) }
    }

    /// The rows of `nodes`, made by `make` on one worker per core (at most 8), each with its own state
    /// from `worker` (scratch space kept between its rows), in node order. More workers than cores would
    /// only hold more scratch at once (about 32 MB per `related` search at 10^5 papers), never finish
    /// sooner; the rows do not depend on the number of workers.
    private static func parallelRows<Worker>(_ nodes: [Int], worker: @Sendable () -> Worker,
                                             _ make: @Sendable (inout Worker, Int) -> Row?) -> [Row] {
        let results = Mutex([Row?](repeating: nil, count: nodes.count))
        let workers = min(nodes.count, 8, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var state = worker()
            for k in stride(from: w, to: nodes.count, by: workers) {
                let row = make(&state, nodes[k])
                results.withLock { $0[k] = row }
            }
        }
        return results.withLock { $0 }.compactMap { $0 }.sorted { $0.node < $1.node }
    }
}
