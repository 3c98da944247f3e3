import PaperGraphIO
import PaperGraphModel

/// Turns the services' records into ``FetchedWork`` through the existing importers.
enum ServiceRecords {
    /// An OpenAlex work object (https://docs.openalex.org/api-entities/works/work-object).
    /// `referenced_works` become references by W-id; `referenced_works_count` is kept.
    static func openAlexWork(_ value: JSONValue) -> FetchedWork? {
        let library = OpenAlexImporter.read(value)
        guard let record = library.papers.first else { return nil }
        var work = FetchedWork(source: .openalex, identifiers: resolvable(record.identifiers),
                               title: value["title"]?.stringValue ?? value["display_name"]?.stringValue,
                               year: record.year, authors: record.authors, venue: record.venue)
        work.references = record.cites.compactMap { reference in
            (reference.identifiers.openAlex ?? OpenAlexImporter.shortID(String(reference.key.split(separator: ":").last ?? "")))
                .map { FetchedReference(identifiers: PaperIdentifiers(other: ["openalex": $0])) }
        }
        work.referenceCount = value["referenced_works_count"]?.intValue ?? work.references.count
        return work
    }

    /// A Semantic Scholar Graph API paper (https://api.semanticscholar.org/api-docs/graph),
    /// with `references` as nested papers; a reference whose `paperId` is null is a title-only stub.
    static func semanticScholarPaper(_ value: JSONValue) -> FetchedWork? {
        let library = SemanticScholarImporter.read(value)
        guard value.objectValue != nil, let record = library.papers.first else { return nil }
        var work = FetchedWork(source: .s2, identifiers: resolvable(record.identifiers),
                               title: value["title"]?.stringValue, year: record.year, authors: record.authors,
                               venue: record.venue)
        work.references = record.cites.map { reference in
            FetchedReference(identifiers: resolvable(reference.identifiers), title: reference.title,
                             year: reference.year, authors: reference.authors)
        }
        work.referenceCount = value["referenceCount"]?.intValue ?? work.references.count
        return work
    }

    /// Only the identifiers a work resolves by: DOI, arXiv id, OpenAlex and S2 ids.
    private static func resolvable(_ ids: PaperIdentifiers) -> PaperIdentifiers {
        var other: [String: String] = [:]
        for scheme in ["openalex", "s2", "s2corpus"] { other[scheme] = ids.other[scheme] }
        return PaperIdentifiers(doi: ids.doi, arxiv: ids.arxiv, other: other)
    }

    /// A Crossref work (`message` of `/works/{doi}`, https://api.crossref.org/swagger-ui):
    /// `DOI`, `title[0]`, `issued.date-parts[0][0]`, `author[].given/family`,
    /// `container-title[0]`, and `reference[]` with `DOI`, `article-title`, `year`, `author`.
    static func crossrefWork(_ message: JSONValue) -> FetchedWork? {
        guard let doi = message["DOI"]?.stringValue else { return nil }
        var work = FetchedWork(source: .crossref, identifiers: PaperIdentifiers(doi: doi))
        work.title = message["title"]?.arrayValue?.first?.stringValue
        work.year = message["issued"]?["date-parts"]?.arrayValue?.first?.arrayValue?.first?.intValue
        work.venue = message["container-title"]?.arrayValue?.first?.stringValue
        work.authors = (message["author"]?.arrayValue ?? []).compactMap { author in
            let parts = [author["given"]?.stringValue, author["family"]?.stringValue].compactMap { $0 }
            return parts.isEmpty ? author["name"]?.stringValue : parts.joined(separator: " ")
        }
        for element in message["reference"]?.arrayValue ?? [] {
            let referenceDOI = element["DOI"]?.stringValue
            let title = element["article-title"]?.stringValue ?? element["volume-title"]?.stringValue
            guard referenceDOI != nil || title != nil else { continue }
            let year = element["year"]?.stringValue.flatMap { Int($0.prefix(4)) }
            let authors = element["author"]?.stringValue.map { [$0] } ?? []
            work.references.append(FetchedReference(identifiers: PaperIdentifiers(doi: referenceDOI), title: title,
                                                    year: year, authors: authors))
        }
        work.referenceCount = message["references-count"]?.intValue ?? work.references.count
        return work
    }
}
