/// Merges the records of one work into a single record.
enum RecordMerge {
    /// The first record's key and fields, completed from the later ones.
    ///
    /// Scalar fields take the first value given; a later, different value is reported as a warning
    /// naming both. The title is the cleanest one (no arXiv prefix, site suffix or wrapping quotes),
    /// else a BibTeX entry's, else the first. Authors and identifiers fill gaps, topics and references
    /// are unioned. The reading
    /// status is the most advanced one among the records of sources the user edits (a reading
    /// list, a .bib), when any of them gives a status; else among all: un-checking a paper in the
    /// list overrides an older graph that papergraph wrote. The merged record is external only
    /// when every record is.
    ///
    /// - Parameter sources: The source of each record.
    static func merge(_ records: [PaperRecord], sources: [RecordSource],
                      diagnostics: inout [Diagnostic]) -> (record: PaperRecord, aliases: [String]) {
        var merged = records[0]
        var aliases: [String] = []
        for record in records.dropFirst() {
            if record.key != merged.key && !aliases.contains(record.key) { aliases.append(record.key) }
            let label = "'\(merged.key)'" + (record.key == merged.key ? "" : " and '\(record.key)'")
            // Read before `fill` takes exclusive access to a field of `merged`.
            let keptAt = merged.location.map { " (\($0))" } ?? ""
            var conflicts: [Diagnostic] = []
            func conflict(_ field: String, _ kept: String, _ other: String) {
                conflicts.append(.warning("conflicting \(field) for \(label): kept \"\(kept)\"\(keptAt), ignored \"\(other)\"",
                                          at: record.location))
            }
            let titles = (kept: merged.title, other: record.title)
            if titlePreference(record) < titlePreference(merged) { merged.title = record.title }
            if TitleNormalization.normalizedTitle(TitleCleaning.cleaned(titles.kept))
                != TitleNormalization.normalizedTitle(TitleCleaning.cleaned(titles.other)) {
                let switched = merged.title != titles.kept
                conflicts.append(.warning("conflicting title for \(label): kept \"\(merged.title)\"" + (switched ? " (the "
                                          + "cleaner or BibTeX title)" : keptAt) + ", ignored \"\(switched ? titles.kept : titles.other)\"",
                                          at: record.location))
            }
            fill(&merged.year, record.year, "year") { conflict($0, String($1), String($2)) }
            fill(&merged.venue, record.venue, "venue") { conflict($0, $1, $2) }
            fill(&merged.summary, record.summary, "summary") { conflict($0, $1, $2) }
            fill(&merged.notes, record.notes, "notes") { conflict($0, $1, $2) }
            fill(&merged.kind, record.kind, "kind") { conflict($0, $1.rawValue, $2.rawValue) }
            fill(&merged.identifiers.doi, record.identifiers.doi, "DOI") { conflict($0, $1, $2) }
            fill(&merged.identifiers.arxiv, record.identifiers.arxiv, "arXiv id") { conflict($0, $1, $2) }
            if merged.identifiers.url == nil { merged.identifiers.url = record.identifiers.url }
            for (scheme, value) in record.identifiers.other where merged.identifiers.other[scheme] == nil {
                merged.identifiers.other[scheme] = value
            }
            if merged.authors.isEmpty { merged.authors = record.authors }
            for topic in record.topics where !merged.topics.contains(topic) { merged.topics.append(topic) }
            merged.location = merged.location ?? record.location
            diagnostics.append(contentsOf: conflicts)
        }
        // Only a merge of several sources decides between them; one record keeps what it says.
        if records.count > 1 {
            let stated = zip(records, sources).compactMap { record, source -> ReadingStatus? in
                guard source.isEditedByUser else { return nil }
                return record.status ?? (source.marksReadStatus ? .unread : nil)
            }
            merged.status = stated.isEmpty ? records.compactMap(\.status).max() : stated.max()
        }
        merged.isExternal = records.allSatisfy(\.isExternal)
        return (merged, aliases)
    }

    /// Lower is better: a title without decorations (``TitleCleaning``) beats one with them, then
    /// a BibTeX title beats others; the first record keeps its title on a tie.
    private static func titlePreference(_ record: PaperRecord) -> Int {
        let fromBibTeX = record.location?.file.lowercased().hasSuffix(".bib") == true
        return (TitleCleaning.isDecorated(record.title) ? 2 : 0) + (fromBibTeX ? 0 : 1)
    }

    private static func fill<T: Equatable>(_ slot: inout T?, _ value: T?, _ field: String,
                                           onConflict: (String, T, T) -> Void) {
        guard let value else { return }
        if let current = slot {
            if current != value { onConflict(field, current, value) }
        } else {
            slot = value
        }
    }
}
