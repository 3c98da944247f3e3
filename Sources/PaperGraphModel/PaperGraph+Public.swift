extension PaperGraph {
    /// The graph without what is private to its owner: every paper unread and without notes.
    ///
    /// For files meant to be shared (`export --public`): results computed on the copy (reading
    /// paths, "what next") cannot reveal what was read either.
    ///
    /// - Complexity: O(V + E) time and space.
    public func withoutReadingStatus() -> PaperGraph {
        let anonymous = papers.map { paper in
            var p = paper
            p.status = .unread
            p.notes = nil
            return p
        }
        return PaperGraph(papers: anonymous, authors: authors, topics: topics, citations: citations, citedBy: citedBy,
                          prerequisites: prerequisites, dependents: dependents, prerequisiteReasons: prerequisiteReasons,
                          unresolvedReferences: unresolvedReferences, selfCitations: selfCitations,
                          citationProvenance: citationProvenance, mergeGroups: mergeGroups)
    }
}
