import GraphAlgorithms
import PaperGraphModel

/// Which papers (and which kinds of nodes) an export includes.
///
/// The filters combine by intersection: `topic` keeps papers tagged with the topic or one of its
/// descendants, `around` keeps papers within `depth` steps of a paper along citations and
/// prerequisites in either direction. `top` applies last, to the papers the other filters kept:
/// `ExportSelection(topic: nlp, top: 20)` gives the 20 highest-ranked NLP papers.
///
///     ExportSelection()                                   // every paper, citations, prerequisites
///     ExportSelection(around: vaswani, depth: 2)          // a two-step neighbourhood
///     ExportSelection(top: 50, includeAuthors: true)      // needs ranks in the decorations
///
/// Papers, citations and prerequisites are always exported; topics and authors only when asked,
/// with their `tagged` and `authored` edges. External papers (outside the user's list) come only
/// when at least ``externalMinimumCiters`` of the user's papers cite them, so that an enriched
/// graph with thousands of references still fits a picture.
public struct ExportSelection: Sendable, Hashable {
    /// Keep papers tagged with this topic or any topic nested under it.
    public var topic: TopicID?
    /// Keep papers within ``depth`` undirected steps of this paper.
    public var around: PaperID?
    /// How many steps ``around`` reaches (0 keeps the paper alone).
    public var depth: Int
    /// Keep the N highest-ranked papers of those the other filters kept; needs ranks.
    public var top: Int?
    /// Add the topics of the selected papers and `tagged` edges.
    public var includeTopics: Bool
    /// Add the authors of the selected papers and `authored` edges.
    public var includeAuthors: Bool
    /// Only these papers (for example the steps of a reading path), or `nil` for no such limit.
    public var only: [PaperID]?
    /// Papers that every filter and `top` keep (a reading path's target).
    public var pinned: [PaperID] = []
    /// Keep an external paper only when at least this many of the user's papers cite it
    /// (`--include external:K`). Default 2; 0 keeps every external paper, `Int.max` none.
    public var externalMinimumCiters = 2

    public init(topic: TopicID? = nil, around: PaperID? = nil, depth: Int = 1, top: Int? = nil,
                includeTopics: Bool = false, includeAuthors: Bool = false) {
        self.topic = topic
        self.around = around
        self.depth = depth
        self.top = top
        self.includeTopics = includeTopics
        self.includeAuthors = includeAuthors
    }

    /// Every paper with its citations and prerequisites.
    public static let everything = ExportSelection()

    /// The selected papers in ascending id order.
    ///
    /// `top` cuts in the ``ImportanceOrder`` of `rank`, the order of `rank --top`: score (highest
    /// first, NaN lowest), then year (oldest first, unknown last), then key.
    ///
    /// - Parameters:
    ///   - graph: The graph to select from.
    ///   - rank: One score per paper, needed when ``top`` is set.
    /// - Throws: ``Diagnostic`` when `top` is set without ranks, or `top` or `depth` is negative.
    /// - Precondition: `rank`, when given, has one entry per paper; `around` and `topic` are ids of `graph`.
    /// - Complexity: O(V + E + T log T) time, O(V) extra space, where V is the number of papers,
    ///   E of citations and prerequisites, and T of papers the `topic`/`around` filters keep, plus
    ///   O(K · d) to find a `topic`'s descendants among K topics nested d deep.
    public func papers(in graph: PaperGraph, rank: [Double]?) throws(Diagnostic) -> [PaperID] {
        if let rank { precondition(rank.count == graph.papers.count, "rank needs one score per paper") }
        guard depth >= 0 else { throw .error("the neighbourhood depth must be 0 or more, found \(depth)") }
        var keep = [Bool](repeating: true, count: graph.papers.count)
        if graph.hasExternalPapers && externalMinimumCiters > 0 {
            for i in keep.indices where graph.papers[i].isExternal {
                let citers = graph.citedBy.neighbors(of: i).lazy.filter { !graph.papers[Int($0)].isExternal }.count
                keep[i] = citers >= externalMinimumCiters
            }
        }
        if let topic {
            precondition(topic.index < graph.topics.count, "topic is not in the graph")
            var tagged = [Bool](repeating: false, count: graph.papers.count)
            for p in graph.papers(inTopic: topic) { tagged[p.index] = true }
            for i in keep.indices where !tagged[i] { keep[i] = false }
        }
        if let only {
            var listed = [Bool](repeating: false, count: graph.papers.count)
            for p in only { listed[p.index] = true }
            for i in keep.indices where !listed[i] { keep[i] = false }
        }
        if let around {
            precondition(around.index < graph.papers.count, "paper is not in the graph")
            let near = Self.neighbourhood(of: around, depth: depth, in: graph)
            for i in keep.indices where !near[i] { keep[i] = false }
        }
        var selected = keep.indices.filter { keep[$0] }.map(PaperID.init)
        if let top {
            guard top >= 0 else { throw .error("--top must be 0 or more, found \(top)") }
            guard let rank else {
                throw .error("selecting the top \(top) papers needs ranks; compute PageRank and pass it as the rank decoration")
            }
            selected = Array(graph.byImportance(selected, scores: rank).prefix(top)).sorted()
        }
        let missing = pinned.filter { !selected.contains($0) }
        if !missing.isEmpty { selected = (selected + missing).sorted() }
        return selected
    }

    /// A mask of the papers within `depth` steps of `start` along citations and prerequisites,
    /// either direction.
    static func neighbourhood(of start: PaperID, depth: Int, in graph: PaperGraph) -> [Bool] {
        let reach = CSRGraph.reachable(from: [start.rawValue],
                                       along: [graph.citations, graph.citedBy, graph.prerequisites, graph.dependents],
                                       options: ReachabilityOptions(maxDepth: depth))
        return reach.distance.map { $0 >= 0 }
    }
}
