import GraphAlgorithms

/// Counts that describe a graph at a glance (`papergraph stats`).
public struct GraphStatistics: Sendable, Equatable {
    public var papers: Int
    public var authors: Int
    public var topics: Int
    public var citations: Int
    public var prerequisites: Int
    public var read: Int
    public var reading: Int
    public var unread: Int
    /// Weakly connected components of the reading-dependency graph (citations and prerequisites);
    /// a paper with no relation counts as one component.
    public var weakComponents: Int
    /// Papers with no citation or prerequisite in either direction.
    public var isolatedPapers: Int
    /// Strongly connected components larger than one paper: groups that cite each other in a cycle.
    public var cyclicGroups: Int
    /// The size of the largest cyclic group (0 when there is none).
    public var largestCyclicGroup: Int
    /// Citations of a paper by itself (dropped from the graph).
    public var selfCitations: Int
    /// References to papers not in the graph (dropped from the graph).
    public var unresolved: Int

    /// Computes the statistics of `graph`.
    ///
    /// - Complexity: O(V + E).
    public init(_ graph: PaperGraph) {
        papers = graph.papers.count
        authors = graph.authors.count
        topics = graph.topics.count
        citations = graph.citations.edgeCount
        prerequisites = graph.prerequisites.edgeCount
        read = graph.papers.lazy.filter { $0.status == .read }.count
        reading = graph.papers.lazy.filter { $0.status == .reading }.count
        unread = papers - read - reading
        let dependencies = graph.readingDependencies
        weakComponents = dependencies.weakComponents().componentCount
        isolatedPapers = (0..<papers).lazy.filter {
            dependencies.outDegree(of: $0) == 0 && graph.citedBy.outDegree(of: $0) == 0 && graph.dependents.outDegree(of: $0) == 0
        }.count
        let components = dependencies.stronglyConnectedComponents()
        cyclicGroups = components.nontrivialComponents.count
        largestCyclicGroup = components.nontrivialComponents.map { components.size(of: Int($0)) }.max() ?? 0
        selfCitations = graph.selfCitations.count
        unresolved = graph.unresolvedReferences.count
    }
}
