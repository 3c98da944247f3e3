import GraphAlgorithms

extension PaperGraph {
    /// Creates a graph from finished parts: the one initializer, used by ``PaperGraphBuilder``, by
    /// loaders of binary files and by generators, which already hold deduplicated CSR arrays with
    /// dense ids.
    ///
    /// Nothing is merged or resolved: the caller vouches for the parts. Lookups (`paper(forKey:)`,
    /// DOI, arXiv, OpenAlex and Semantic Scholar ids, `topic(named:)`) are indexed here, in one
    /// place: a paper's key and then its aliases, first paper wins; a topic's key, lowercased name
    /// and slug, first topic wins. When
    /// there are no prerequisites, ``readingDependencies`` shares the citation arrays instead of
    /// copying them, which halves the memory of a large citation graph.
    ///
    /// - Parameters:
    ///   - papers: The papers; author and topic ids index `authors` and `topics`.
    ///   - citations: Citing → cited, rows sorted ascending, no self-loops or repeats.
    ///   - citedBy: `citations.reversed()`, if already at hand; built otherwise.
    ///   - prerequisites: Dependent → prerequisite, rows sorted ascending, no repeats.
    ///   - dependents: `prerequisites.reversed()`, if at hand.
    ///   - prerequisiteReasons: One optional reason per prerequisite edge, aligned with
    ///     `prerequisites.targets`.
    ///   - unresolvedReferences: References the builder could not keep.
    ///   - selfCitations: Papers that cited themselves (the edges are not in `citations`).
    ///   - citationProvenance: Where each citation came from, aligned with `citations.targets`.
    ///   - mergeGroups: The records the builder merged into one paper.
    /// - Precondition: Every graph has one node per paper; ids are in range.
    /// - Complexity: O(V + E + P) time, where V is the number of papers, E of citations and P of
    ///   authorship and topic pairs.
    public init(papers: [Paper], authors: [Author], topics: [Topic], citations: CSRGraph, citedBy: CSRGraph? = nil,
                prerequisites: CSRGraph, dependents: CSRGraph? = nil, prerequisiteReasons: [String?],
                unresolvedReferences: [UnresolvedReference] = [], selfCitations: [PaperID] = [],
                citationProvenance: CitationProvenance = .init(), mergeGroups: [MergeGroup] = []) {
        let n = papers.count
        precondition(citations.nodeCount == n && prerequisites.nodeCount == n, "graphs need one node per paper")
        precondition(prerequisiteReasons.count == prerequisites.edgeCount, "one reason slot per prerequisite edge")
        self.papers = papers
        self.authors = authors
        self.topics = topics
        self.citations = citations
        let citedBy = citedBy ?? citations.reversed()
        precondition(citedBy.nodeCount == n && citedBy.edgeCount == citations.edgeCount, "citedBy must be the reverse")
        self.citedBy = citedBy
        self.prerequisites = prerequisites
        self.dependents = dependents ?? prerequisites.reversed()
        self.prerequisiteReasons = prerequisiteReasons
        if prerequisites.edgeCount == 0 {
            readingDependencies = citations
            readingDependents = citedBy
        } else {
            var sources = [UInt32](), destinations = [UInt32]()
            for graph in [citations, prerequisites] {
                for (s, d) in graph.edges {
                    sources.append(s)
                    destinations.append(d)
                }
            }
            readingDependencies = CSRGraph(nodeCount: n, sources: sources, destinations: destinations)
            readingDependents = readingDependencies.reversed()
        }
        var bylineOffsets = [UInt32](), bylines = [UInt32](), tagOffsets = [UInt32](), tags = [UInt32]()
        bylineOffsets.reserveCapacity(n + 1)
        tagOffsets.reserveCapacity(n + 1)
        bylineOffsets.append(0)
        tagOffsets.append(0)
        for paper in papers {
            for a in paper.authors {
                precondition(a.index < authors.count, "author id out of range")
                bylines.append(a.rawValue)
            }
            for t in paper.topics {
                precondition(t.index < topics.count, "topic id out of range")
                tags.append(t.rawValue)
            }
            bylineOffsets.append(UInt32(bylines.count))
            tagOffsets.append(UInt32(tags.count))
        }
        paperAuthors = CSRRelation(rowCount: n, columnCount: authors.count, unsortedOffsets: bylineOffsets, columns: bylines)
        authorship = paperAuthors.transposed()
        tagging = CSRRelation(rowCount: n, columnCount: topics.count, unsortedOffsets: tagOffsets, columns: tags)
        topicPapers = tagging.transposed()
        self.unresolvedReferences = unresolvedReferences
        self.selfCitations = selfCitations
        precondition(citationProvenance.slots.isEmpty || citationProvenance.slots.count == citations.edgeCount,
                     "one provenance slot per citation")
        self.citationProvenance = citationProvenance
        self.mergeGroups = mergeGroups
        externalPaperCount = papers.lazy.filter(\.isExternal).count
        index = PaperIndex(papers)
        var topicIndex: [String: TopicID] = [:]
        for (i, topic) in topics.enumerated() {
            for alias in topic.lookupNames where topicIndex[alias] == nil { topicIndex[alias] = TopicID(i) }
        }
        self.topicIndex = topicIndex
    }
}
