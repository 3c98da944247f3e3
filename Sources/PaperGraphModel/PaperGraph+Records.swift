extension PaperGraph {
    /// The graph as records again: one per paper in id order (aliases are not kept), citations carrying the cited paper's identifiers and title and where they came from, and
    /// prerequisites with their reasons; and the topics with their parents.
    ///
    /// A tool that adds to a graph (fetched identifiers, references) edits these records and builds
    /// anew; building them unchanged gives the same graph.
    ///
    /// - Complexity: O(V + E) in papers and relations.
    public func records() -> ImportedLibrary {
        var library = ImportedLibrary()
        library.topics = topics.map { topic in
            TopicRecord(key: topic.key, name: topic.name, parent: topic.parent.map { topics[$0.index].key })
        }
        library.papers.reserveCapacity(papers.count)
        for id in paperIDs {
            let paper = self[id]
            var record = PaperRecord(key: paper.key, title: paper.title, year: paper.year, venue: paper.venue,
                                     authors: paper.authors.map { authors[$0.index].name },
                                     topics: paper.topics.map { topics[$0.index].key }, identifiers: paper.identifiers,
                                     kind: paper.kind, status: paper.status, summary: paper.summary, notes: paper.notes,
                                     isExternal: paper.isExternal)
            let start = Int(citations.offsets[id.index]), end = Int(citations.offsets[id.index + 1])
            for slot in start..<end {
                let cited = self[PaperID(citations.targets[slot])]
                record.cites.append(PaperReference(cited.key, identifiers: cited.identifiers,
                                                   title: cited.title.isEmpty ? nil : cited.title, year: cited.year,
                                                   source: citationProvenance.source(atSlot: slot)))
            }
            for prerequisite in prerequisites(of: id) {
                record.prerequisites.append(PaperReference(self[prerequisite].key,
                                                           reason: reason(for: id, prerequisite: prerequisite)))
            }
            library.papers.append(record)
        }
        return library
    }
}
