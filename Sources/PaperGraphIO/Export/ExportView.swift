import PaperGraphModel

/// The part of a graph an export shows, with its decorations, in a stable order: what every
/// writer (DOT, node-link JSON, GraphML, GEXF, CSV, Mermaid) formats.
///
/// Nodes come papers first (ascending id), then topics, then authors; edges are sorted by source
/// node, then target node. The view keeps the selection (node indices, a few maps) and the graph,
/// not the nodes and edges: ``nodes`` makes a node when it is read and ``edges`` makes the edges
/// of one source node at a time while it is iterated, so an export of the whole graph holds little
/// beyond the graph itself. Build a view once and hand it to any number of writers:
///
///     let view = try ExportView(graph: graph, selection: ExportSelection(top: 40),
///                               decorations: ExportDecorations(rank: pageRank.scores))
///     let dot = DOTWriter.write(view)
///     let json = NodeLinkJSONWriter.write(view)
public struct ExportView: Sendable {
    /// The nodes, each made from the graph when read.
    public let nodes: Nodes
    /// The edges, made one source node's row at a time while iterated.
    public let edges: Edges
    /// The topics of the view's papers and every enclosing topic, parents first, in graph order:
    /// the hierarchy node-link JSON keeps even without topic nodes.
    public let topics: [ExportTopic]
    /// Consecutive reading-path steps that are both in the view, in path order.
    public let pathLinks: [ExportPathLink]
    /// Whether ranks, clusters and a reading path were given (the attribute columns to declare).
    public let hasRank: Bool
    public let hasClusters: Bool
    public let hasReadingPath: Bool

    /// Selects and decorates part of `graph`.
    ///
    /// - Parameters:
    ///   - graph: The graph to export.
    ///   - selection: Which papers, and whether topics and authors come along.
    ///   - decorations: Ranks, clusters and a reading path computed elsewhere.
    /// - Throws: ``Diagnostic`` when the selection cannot be made (see ``ExportSelection/papers(in:rank:)``).
    /// - Precondition: `decorations.rank` and `decorations.clusters?.communityOf` have one entry per paper.
    /// - Complexity: O(V + A + T) time and space for V papers, A authorships and T taggings, plus the
    ///   sorting of `top`; with a reading path, one pass over the edges (O(E) time, O(1) space).
    ///   The view itself keeps O(V + N) integers for N nodes, not the nodes and edges.
    public init(graph: PaperGraph, selection: ExportSelection = .everything,
                decorations: ExportDecorations = .none) throws(Diagnostic) {
        if let clusters = decorations.clusters {
            precondition(clusters.communityOf.count == graph.papers.count, "clusters need one community per paper")
        }
        let papers = try selection.papers(in: graph, rank: decorations.rank)
        var pathStep: [Int: Int] = [:]
        for (i, p) in (decorations.readingPath ?? []).enumerated() where p.index < graph.papers.count {
            if pathStep[p.index] == nil { pathStep[p.index] = i + 1 }
        }
        var used = [Bool](repeating: false, count: graph.topics.count)
        for p in papers {
            for t in graph[p].topics {
                var current: TopicID? = t
                while let c = current, !used[c.index] {
                    used[c.index] = true
                    current = graph[c].parent
                }
            }
        }
        topics = graph.topics.indices.filter { used[$0] }.map {
            ExportTopic(key: graph.topics[$0].key, name: graph.topics[$0].name, parent: graph.topics[$0].parent.map { graph[$0].key })
        }
        let topicMembers = selection.includeTopics ? graph.topics.indices.filter { used[$0] }.map(Int32.init) : []
        var authorMembers: [Int32] = []
        if selection.includeAuthors {
            var used = [Bool](repeating: false, count: graph.authors.count)
            for p in papers { for a in graph[p].authors { used[a.index] = true } }
            authorMembers = graph.authors.indices.filter { used[$0] }.map(Int32.init)
        }

        // Topic and author ids are `topic:KEY` and `author:NAME` unless that clashes with an id
        // before them; only the renamed ones are kept.
        var ids = Set<String>(), renamed: [Int: String] = [:]
        for p in papers { ids.insert(graph[p].key) }
        func unique(_ base: String, node: Int) {
            var candidate = base, n = 1
            while ids.contains(candidate) {
                n += 1
                candidate = "\(base)#\(n)"
            }
            ids.insert(candidate)
            if n > 1 { renamed[node] = candidate }
        }
        for (k, t) in topicMembers.enumerated() { unique("topic:" + graph.topics[Int(t)].key, node: papers.count + k) }
        for (k, a) in authorMembers.enumerated() {
            unique("author:" + graph.authors[Int(a)].name, node: papers.count + topicMembers.count + k)
        }
        ids = []

        let nodes = Nodes(graph: graph, decorations: decorations, papers: papers, topics: topicMembers,
                          authors: authorMembers, renamedIDs: renamed, pathStep: pathStep)
        var edges = Edges(nodes: nodes)
        let (links, steps) = Self.pathLinks(decorations.readingPath ?? [], nodes: nodes, edges: edges)
        edges.pathSteps = steps
        self.nodes = nodes
        self.edges = edges
        self.pathLinks = links
        self.hasRank = decorations.rank != nil
        self.hasClusters = decorations.clusters != nil
        self.hasReadingPath = decorations.readingPath != nil
    }

    /// The links between consecutive steps of `path` in the view, and the path step of each edge
    /// (by its position in ``edges``) that joins two consecutive steps, either way: the first such
    /// edge of a pair in view order.
    private static func pathLinks(_ path: [PaperID], nodes: Nodes, edges: Edges) -> ([ExportPathLink], [Int: Int]) {
        let n = nodes.count
        var pairs: [(step: Int, from: Int, to: Int)] = []
        for (i, pair) in zip(path, path.dropFirst()).enumerated() {
            guard let from = nodes.node(ofPaper: pair.0), let to = nodes.node(ofPaper: pair.1), from != to else { continue }
            pairs.append((i + 1, from, to))
        }
        guard !pairs.isEmpty else { return ([], [:]) }
        var edgeOfPair: [Int: Int?] = [:]
        for pair in pairs { edgeOfPair[min(pair.from, pair.to) * n + max(pair.from, pair.to)] = .some(nil) }
        for (i, e) in edges.enumerated() where e.isPaperToPaper {
            let key = min(e.source, e.target) * n + max(e.source, e.target)
            if let found = edgeOfPair[key], found == nil { edgeOfPair[key] = i }
        }
        var links: [ExportPathLink] = [], steps: [Int: Int] = [:]
        for pair in pairs {
            let edge = edgeOfPair[min(pair.from, pair.to) * n + max(pair.from, pair.to)] ?? nil
            if let edge, steps[edge] == nil { steps[edge] = pair.step }
            links.append(ExportPathLink(from: pair.from, to: pair.to, step: pair.step, edge: edge))
        }
        return (links, steps)
    }

    /// The number of nodes of each kind.
    ///
    /// - Complexity: O(1).
    public func count(of kind: ExportNode.Kind) -> Int { nodes.count(of: kind) }
}

/// A topic in an export: its key, name and the key of its parent topic.
public struct ExportTopic: Sendable, Hashable {
    public var key: String
    public var name: String
    public var parent: String?
}
