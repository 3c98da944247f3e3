import GraphAlgorithms

/// Counts that describe a graph at a glance (`papergraph stats`).
public struct GraphStatistics: Sendable, Equatable {
    /// The user's own papers (not external).
    public var papers: Int
    /// External papers: works outside the user's papers that they cite or that cite them.
    public var external: Int
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
    /// References to papers not in the graph that carried no identifier or title (dropped).
    public var unresolved: Int
    /// Citations by where they came from (`openalex`, `s2`, `crossref`, a file name), most first,
    /// ties by name.
    public var citationsBySource: [SourceCount]

    /// A number of citations from one source.
    public struct SourceCount: Sendable, Equatable {
        public var source: String
        public var citations: Int

        public init(source: String, citations: Int) {
            self.source = source
            self.citations = citations
        }
    }

    /// The counts in the order a file stores them (`.pgraph` section 27); appending is allowed,
    /// reordering is not.
    public static var storedFields: [WritableKeyPath<GraphStatistics, Int>] { [
        \.papers, \.external, \.authors, \.topics, \.citations, \.prerequisites, \.read, \.reading, \.unread,
        \.weakComponents, \.isolatedPapers, \.cyclicGroups, \.largestCyclicGroup, \.selfCitations, \.unresolved,
    ] }

    /// The statistics stored in a file: the values of ``storedFields`` in order, and the
    /// citations by source.
    ///
    /// - Precondition: `values.count == storedFields.count`.
    public init(storedValues values: [Int], citationsBySource: [SourceCount]) {
        precondition(values.count == Self.storedFields.count, "one value per stored field")
        papers = 0; external = 0; authors = 0; topics = 0; citations = 0; prerequisites = 0
        read = 0; reading = 0; unread = 0; weakComponents = 0; isolatedPapers = 0
        cyclicGroups = 0; largestCyclicGroup = 0; selfCitations = 0; unresolved = 0
        self.citationsBySource = Self.ordered(citationsBySource)
        for (field, value) in zip(Self.storedFields, values) { self[keyPath: field] = value }
    }

    /// The values of ``storedFields``, in order.
    public var storedValues: [Int] { Self.storedFields.map { self[keyPath: $0] } }

    /// Computes the statistics of `graph`.
    ///
    /// - Complexity: O(V + E).
    public init(_ graph: PaperGraph) {
        external = graph.externalPaperCount
        papers = graph.papers.count - external
        authors = graph.authors.count
        topics = graph.topics.count
        citations = graph.citations.edgeCount
        prerequisites = graph.prerequisites.edgeCount
        read = graph.papers.lazy.filter { $0.status == .read && !$0.isExternal }.count
        reading = graph.papers.lazy.filter { $0.status == .reading && !$0.isExternal }.count
        unread = graph.papers.lazy.filter { $0.status == .unread && !$0.isExternal }.count
        let dependencies = graph.readingDependencies
        (weakComponents, isolatedPapers, cyclicGroups, largestCyclicGroup) = Self.shape(
            dependencies, components: dependencies.stronglyConnectedComponents()) {
            graph.citedBy.outDegree(of: $0) == 0 && graph.dependents.outDegree(of: $0) == 0
        }
        selfCitations = graph.selfCitations.count
        unresolved = graph.unresolvedReferences.count
        let provenance = graph.citationProvenance
        var counts = [Int](repeating: 0, count: provenance.names.count)
        if provenance.slots.isEmpty {
            if !counts.isEmpty { counts[0] = citations }
        } else {
            for slot in provenance.slots { counts[Int(slot)] += 1 }
        }
        citationsBySource = Self.ordered(zip(provenance.names, counts).map { SourceCount(source: $0, citations: $1) })
    }

    /// The statistics of a graph of citations alone, as an edge list or the generator gives it:
    /// every paper one of the user's, unread, with no prerequisite; every citation from `source`
    /// (or from none named). Equal to ``init(_:)`` of the ``PaperGraph`` made of the same edges.
    ///
    /// - Parameters:
    ///   - citations: Citing → cited, rows sorted, no self-loops or repeats.
    ///   - citedBy: `citations.reversed()`.
    ///   - components: The strongly connected components of `citations`, in any numbering.
    ///   - selfCitations: The papers that cited themselves (edges dropped).
    ///   - source: Where the citations came from (the file's name), or `nil` when not recorded.
    ///   - authors: The number of authors (0 for an edge list).
    ///   - topics: The number of topics (0 for an edge list).
    /// - Complexity: O(V + E).
    public init(citations: CSRGraph, citedBy: CSRGraph, components: StronglyConnectedComponents, selfCitations: Int,
                source: String?, authors: Int = 0, topics: Int = 0) {
        papers = citations.nodeCount
        self.authors = authors
        self.topics = topics
        external = 0; prerequisites = 0; read = 0; reading = 0; unresolved = 0
        unread = papers
        self.citations = citations.edgeCount
        self.selfCitations = selfCitations
        (weakComponents, isolatedPapers, cyclicGroups, largestCyclicGroup) = Self.shape(citations, components: components) {
            citedBy.outDegree(of: $0) == 0
        }
        if let source, citations.edgeCount > 0 {
            citationsBySource = [SourceCount(source: source, citations: citations.edgeCount)]
        } else {
            citationsBySource = []
        }
    }

    /// Weak components, isolated papers (no edge out in `dependencies` and `hasNoOtherEdge`),
    /// and the count and largest size of the cyclic groups among `components`.
    private static func shape(_ dependencies: CSRGraph, components: StronglyConnectedComponents,
                              hasNoOtherEdge: (Int) -> Bool) -> (Int, Int, Int, Int) {
        var isolated = 0
        for v in 0..<dependencies.nodeCount where dependencies.outDegree(of: v) == 0 && hasNoOtherEdge(v) { isolated += 1 }
        let largest = components.nontrivialComponents.map { components.size(of: Int($0)) }.max() ?? 0
        return (dependencies.weakComponents().componentCount, isolated, components.nontrivialComponents.count, largest)
    }

    /// Most citations first, ties by name.
    private static func ordered(_ counts: [SourceCount]) -> [SourceCount] {
        counts.sorted { ($1.citations, $0.source) < ($0.citations, $1.source) }
    }
}
