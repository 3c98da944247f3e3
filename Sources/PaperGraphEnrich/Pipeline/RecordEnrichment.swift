import PaperGraphModel

/// Writes what an enrichment found into the user's records, never overwriting what they typed.
///
/// - Identifiers found are added (DOI, arXiv id, `openalex`, `s2`, `s2corpus`); set ones stay.
/// - Year, venue and authors fill empty fields only; a different year is a warning.
/// - A fetched title replaces the user's only when the user's is empty, a URL or an identifier.
/// - References become citations carrying the cited work's identifiers, title and source
///   (`openalex`, `s2`, `crossref`), named from the fetched metadata when it was fetched; the
///   builder turns those outside the list into external papers.
/// - Citing papers become external records citing the user's paper.
public enum RecordEnrichment {
    /// The targets of a library: its records that are the user's own (not external).
    ///
    /// - Returns: Targets and, for each, the index of its record.
    public static func targets(of library: ImportedLibrary) -> (targets: [EnrichTarget], records: [Int]) {
        var targets: [EnrichTarget] = [], indices: [Int] = []
        for (i, record) in library.papers.enumerated() where !record.isExternal {
            targets.append(EnrichTarget(key: record.key, title: cleanedTitle(record.title, key: record.key) ?? "",
                                        year: record.year, authors: record.authors, identifiers: record.identifiers))
            indices.append(i)
        }
        return (targets, indices)
    }

    /// The library with the enrichment applied, and one warning per conflict.
    ///
    /// - Complexity: O(R) in the references fetched.
    public static func apply(_ result: EnrichResult, to library: ImportedLibrary, records: [Int]) -> (ImportedLibrary, [Diagnostic]) {
        var library = library
        var warnings: [Diagnostic] = []
        for match in result.matches {
            let r = records[match.target]
            var record = library.papers[r]
            record.identifiers.fillGaps(from: match.identifiers)
            let fetched = match.metadata
            if cleanedTitle(record.title, key: record.key) == nil, let title = fetched.title, !title.isEmpty {
                record.title = title
            }
            if record.year == nil { record.year = fetched.year }
            else if let year = fetched.year, let mine = record.year, abs(year - mine) > 1 {
                warnings.append(.warning("'\(record.key)': year \(mine) kept; \(fetched.source.displayName) says \(year)",
                                         at: record.location))
            }
            if record.venue == nil { record.venue = fetched.venue }
            if record.authors.isEmpty { record.authors = fetched.authors }
            if let source = match.referenceSource {
                for reference in match.references {
                    record.cites.append(citation(reference, source: source, names: result.names))
                }
            }
            library.papers[r] = record
            if let source = match.citingSource {
                let cited = PaperReference(record.key, source: source.rawValue)
                for work in match.citing {
                    let key = work.identifiers.openAlex.map { "openalex:" + $0 }
                        ?? work.identifiers.semanticScholar.map { "s2:" + $0 } ?? work.asReference.identity
                    library.papers.append(PaperRecord(key: key, title: work.title ?? "", year: work.year, venue: work.venue,
                                                      authors: work.authors, identifiers: work.identifiers,
                                                      cites: [cited], isExternal: true))
                }
            }
        }
        return (library, warnings)
    }

    /// A reference as a citation, named from fetched metadata when the list gave no title.
    static func citation(_ reference: FetchedReference, source: EnrichSource, names: [String: FetchedWork]) -> PaperReference {
        var reference = reference
        if !reference.isNamed, let work = reference.identityKeys.lazy.compactMap({ names[$0] }).first {
            reference.identifiers.fillGaps(from: work.identifiers)
            reference.title = work.title
            reference.year = reference.year ?? work.year
            if reference.authors.isEmpty { reference.authors = work.authors }
        }
        return PaperReference("", identifiers: reference.identifiers, title: reference.title, year: reference.year,
                              authors: reference.authors, source: source.rawValue)
    }

    /// The title, or `nil` when it is empty, a URL or an identifier (then a fetched one replaces it).
    public static func cleanedTitle(_ title: String, key: String) -> String? {
        let t = title.trimmingWhitespace()
        if t.isEmpty || t == key { return nil }
        let lower = t.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") { return nil }
        if !t.contains(" "), PaperIdentifiers.spelledOut(in: t).namesWork { return nil }
        return t
    }
}
