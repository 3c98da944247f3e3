import PaperGraphModel

/// The part of a graph an export shows, with its decorations, in a stable order: what every
/// writer (DOT, node-link JSON, GraphML, GEXF, CSV, Mermaid) formats.
///
/// Nodes come papers first (ascending id), then topics, then authors; edges are sorted by source
/// node, then target node. Build a view once and hand it to any number of writers:
///
///     let view = try ExportView(graph: graph, selection: ExportSelection(top: 40),
///                               decorations: ExportDecorations(rank: pageRank.scores))
///     let dot = DOTWriter.write(view)
///     let json = NodeLinkJSONWriter.write(view)
public struct ExportView: Sendable {
    public let nodes: [ExportNode]
    public let edges: [ExportEdge]
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
    /// - Complexity: O(V + E + A + T) time and space for V papers, E paper relations, A authorships and
    ///   T taggings, plus the sorting of `top`.
    public init(graph: PaperGraph, selection: ExportSelection = .everything,
                decorations: ExportDecorations = .none) throws(Diagnostic) {
        if let clusters = decorations.clusters {
            precondition(clusters.communityOf.count == graph.papers.count, "clusters need one community per paper")
        }
        let papers = try selection.papers(in: graph, rank: decorations.rank)
        var pathStep = [Int?](repeating: nil, count: graph.papers.count)
        for (i, p) in (decorations.readingPath ?? []).enumerated() where p.index < graph.papers.count {
            if pathStep[p.index] == nil { pathStep[p.index] = i + 1 }
        }

        var ids = Set<String>()
        func unique(_ base: String) -> String {
            var candidate = base, n = 1
            while ids.contains(candidate) {
                n += 1
                candidate = "\(base)#\(n)"
            }
            ids.insert(candidate)
            return candidate
        }
        for p in papers { ids.insert(graph[p].key) }

        var nodes: [ExportNode] = []
        nodes.reserveCapacity(papers.count + (selection.includeTopics ? graph.topics.count : 0)
                              + (selection.includeAuthors ? graph.authors.count : 0))
        var paperNode = [Int?](repeating: nil, count: graph.papers.count)
        for p in papers {
            paperNode[p.index] = nodes.count
            nodes.append(Self.paperNode(graph, p, decorations: decorations, pathStep: pathStep[p.index]))
        }
        var topicNode = [Int?](repeating: nil, count: graph.topics.count)
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
        if selection.includeTopics {
            for t in graph.topics.indices where used[t] {
                let topic = graph.topics[t]
                var node = ExportNode(kind: .topic, id: unique("topic:" + topic.key), key: topic.key, label: topic.name)
                node.parentTopic = topic.parent.map { graph[$0].key }
                topicNode[t] = nodes.count
                nodes.append(node)
            }
        }
        var authorNode = [Int?](repeating: nil, count: graph.authors.count)
        if selection.includeAuthors {
            var used = [Bool](repeating: false, count: graph.authors.count)
            for p in papers { for a in graph[p].authors { used[a.index] = true } }
            for a in graph.authors.indices where used[a] {
                let name = graph.authors[a].name
                authorNode[a] = nodes.count
                nodes.append(ExportNode(kind: .author, id: unique("author:" + name), key: name, label: name))
            }
        }

        // Edges are made in their final order, sources ascending (papers, then authors; topics have
        // none) and each source's row sorted by target, into an array reserved once: no sort of
        // the whole list and no regrowth, whose copies would double the peak memory.
        var edges: [ExportEdge] = []
        var capacity = 0
        for p in papers {
            capacity += graph.citations.outDegree(of: p.index)
                + graph.prerequisites.outDegree(of: p.index) + (selection.includeTopics ? graph[p].topics.count : 0)
                + (selection.includeAuthors ? graph[p].authors.count : 0)
        }
        edges.reserveCapacity(capacity)
        let recordsSources = graph.citationProvenance.names.count > 1
        for p in papers {
            guard let from = paperNode[p.index] else { continue }
            var row: [ExportEdge] = []
            for slot in Int(graph.citations.offsets[p.index])..<Int(graph.citations.offsets[p.index + 1]) {
                guard let to = paperNode[Int(graph.citations.targets[slot])] else { continue }
                var edge = ExportEdge(source: from, target: to, kind: .cites, cites: true)
                if recordsSources { edge.citationSource = graph.citationProvenance.source(atSlot: slot) }
                row.append(edge)
            }
            for q in graph.prerequisites(of: p) {
                guard let to = paperNode[q.index] else { continue }
                let reason = graph.reason(for: p, prerequisite: q)
                if let i = row.firstIndex(where: { $0.target == to }) {
                    row[i].kind = .prerequisite
                    row[i].reason = reason
                } else {
                    row.append(ExportEdge(source: from, target: to, kind: .prerequisite, cites: false, reason: reason))
                }
            }
            for t in graph[p].topics {
                if let to = topicNode[t.index] { row.append(ExportEdge(source: from, target: to, kind: .tagged, cites: false)) }
            }
            row.sort { $0.target < $1.target }
            edges.append(contentsOf: row)
        }
        for a in graph.authors.indices {
            guard let from = authorNode[a] else { continue }
            var row: [ExportEdge] = []
            for p in graph.authorship.columns(of: a) {
                if let to = paperNode[Int(p)] { row.append(ExportEdge(source: from, target: to, kind: .authored, cites: false)) }
            }
            row.sort { $0.target < $1.target }
            edges.append(contentsOf: row)
        }

        var links: [ExportPathLink] = []
        let path = decorations.readingPath ?? []
        var edgeOfPair: [Int: Int] = [:]
        if path.count > 1 {
            for (i, e) in edges.enumerated() where e.isPaperToPaper {
                let pairKey = min(e.source, e.target) * nodes.count + max(e.source, e.target)
                if edgeOfPair[pairKey] == nil { edgeOfPair[pairKey] = i }
            }
        }
        for (i, pair) in zip(path, path.dropFirst()).enumerated() {
            guard pair.0.index < graph.papers.count, pair.1.index < graph.papers.count,
                  let from = paperNode[pair.0.index], let to = paperNode[pair.1.index], from != to else { continue }
            let edge = edgeOfPair[min(from, to) * nodes.count + max(from, to)]
            if let edge, edges[edge].pathStep == nil { edges[edge].pathStep = i + 1 }
            links.append(ExportPathLink(from: from, to: to, step: i + 1, edge: edge))
        }

        self.nodes = nodes
        self.edges = edges
        self.pathLinks = links
        self.hasRank = decorations.rank != nil
        self.hasClusters = decorations.clusters != nil
        self.hasReadingPath = decorations.readingPath != nil
    }

    private static func paperNode(_ graph: PaperGraph, _ id: PaperID, decorations: ExportDecorations,
                                  pathStep: Int?) -> ExportNode {
        let paper = graph[id]
        var node = ExportNode(kind: .paper, id: paper.key, key: paper.key, label: paper.displayTitle)
        node.paper = id
        node.isExternal = paper.isExternal
        node.isUntitled = paper.title.isEmpty
        node.year = paper.year
        node.venue = paper.venue
        node.authors = paper.authors.map { graph[$0].name }
        node.topics = paper.topics.map { graph[$0].key }
        node.status = paper.status
        node.workKind = paper.kind
        node.identifiers = paper.identifiers
        node.summary = paper.summary
        node.notes = paper.notes
        node.rank = decorations.rank?[id.index]
        if let clusters = decorations.clusters, clusters.communityOf[id.index] >= 0 {
            let c = clusters.communityOf[id.index]
            node.cluster = c
            node.clusterLabel = clusters.label(of: c)
        }
        node.pathStep = pathStep
        return node
    }

    /// The number of nodes of each kind.
    public func count(of kind: ExportNode.Kind) -> Int { nodes.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) } }
}

/// A topic in an export: its key, name and the key of its parent topic.
public struct ExportTopic: Sendable, Hashable {
    public var key: String
    public var name: String
    public var parent: String?
}
