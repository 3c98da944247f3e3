import Foundation
import PaperGraphModel

/// Reads papers from a CSV or TSV table with a header row, and citations from an optional second
/// `citing,cited` table.
///
///     id,title,year,authors,topics,arxiv
///     vaswani2017,Attention Is All You Need,2017,Ashish Vaswani; Noam Shazeer,transformers,1706.03762
///
/// Columns are found by header name, case-insensitively (spaces and `-` read as `_`), with
/// synonyms (see ``columnSynonyms``); ``TableImportOptions/columnMap`` maps any other header to
/// a column first (`paper_id=id`). Unknown columns are ignored with one warning. The header needs
/// a `title` column; a row needs an id or a title (without `id` the key is the title's slug; a
/// row without title is titled with its id, with a warning). `authors` are split on
/// ``TableImportOptions/authorSeparator`` (default: `;`, or ` and ` in a field without `;`),
/// and a `Last, First` name is turned around; `topics` and `cites` are split on `;`.
///
/// A table whose header has `citing` and `cited` but no `title` is read as a citations table on
/// its own: each node becomes a paper keyed and titled by its id, as in an edge list.
///
/// The delimiter is a tab for `.tsv` files, or when the header has tabs and no comma.
public enum TableImporter {
    /// Column names by header spelling; a header not listed here nor in the column map is ignored.
    public static let columnSynonyms: [String: String] = {
        var table: [String: String] = [:]
        let groups: [(String, [String])] = [
            ("id", ["id", "key", "paper_id", "paperid", "citekey", "cite_key", "citation_key"]),
            ("title", ["title", "paper_title", "name"]),
            ("year", ["year", "publication_year", "pub_year", "date"]),
            ("authors", ["authors", "author", "author_names", "creators"]),
            ("topics", ["topics", "topic", "categories", "category", "tags", "keywords", "labels", "subjects"]),
            ("doi", ["doi"]),
            ("arxiv", ["arxiv", "arxiv_id", "arxivid", "eprint"]),
            ("url", ["url", "link", "href"]),
            ("status", ["status", "read_status", "reading_status"]),
            ("venue", ["venue", "journal", "booktitle", "conference", "container_title", "publication"]),
            ("kind", ["kind", "type", "item_type"]),
            ("summary", ["summary", "abstract"]),
            ("notes", ["notes", "note", "comments"]),
            ("cites", ["cites", "references"]),
            ("citing", ["citing", "citing_id", "citing_paper", "source", "from", "src"]),
            ("cited", ["cited", "cited_id", "cited_paper", "target", "to", "dst"]),
        ]
        for (column, names) in groups { for name in names { table[name] = column } }
        return table
    }()

    /// Reads a table of papers, plus ``TableImportOptions/citationsPath`` if set.
    ///
    /// The same reader takes a file a piece at a time (``TableImport``, through ``GraphLoader``).
    ///
    /// - Throws: ``Diagnostic`` when a file cannot be read or parsed, or a header has no
    ///   `title` column (nor `citing` and `cited`).
    /// - Complexity: O(n) in the size of the tables.
    public static func read(_ bytes: [UInt8], path: String, options: TableImportOptions = TableImportOptions()) throws(Diagnostic) -> ImportedLibrary {
        var parser = TableImport(path: path, options: options)
        return try StreamedImport.read(&parser, bytes: bytes, path: path)
    }

    static func paper(_ row: TableColumns.Row, table: TableColumns, options: TableImportOptions,
                              diagnostics: inout [Diagnostic]) -> PaperRecord? {
        guard let key = row["id"] ?? row["title"].map(TitleNormalization.slug) else {
            diagnostics.append(.skipped("expected an id or a title, found empty fields; row skipped", at: row.start))
            return nil
        }
        if row["title"] == nil {
            diagnostics.append(.warning("expected a title, found an empty field; the id '\(key)' is used as title",
                                        at: row.location("title")))
        }
        var record = PaperRecord(key: key, title: row["title"] ?? key, location: row.start)
        if let text = row["year"] {
            let digits = text.prefix(4)
            if digits.count == 4, digits.allSatisfy(\.isASCII), let year = Int(digits),
               text.count == 4 || !text[text.index(text.startIndex, offsetBy: 4)].isNumber {
                record.year = year
            } else {
                diagnostics.append(.warning("expected a year, found \"\(text)\"; year ignored", at: row.location("year")))
            }
        }
        if let text = row["status"] {
            if let status = ReadingStatus(rawValue: text.lowercased()) {
                record.status = status
            } else {
                diagnostics.append(.warning("expected \"read\", \"reading\" or \"unread\", found \"\(text)\"; status ignored",
                                            at: row.location("status")))
            }
        }
        record.authors = row["authors"].map { authors($0, separator: options.authorSeparator) } ?? []
        record.topics = row["topics"].map(list) ?? []
        record.cites = (row["cites"].map(list) ?? []).map { PaperReference($0, at: row.location("cites")) }
        record.identifiers = PaperIdentifiers(doi: row["doi"], arxiv: row["arxiv"], url: row["url"])
        record.venue = row["venue"]
        record.kind = row["kind"].map { PaperKind(rawValue: $0) }
        record.summary = row["summary"]
        record.notes = row["notes"]
        return record
    }

    /// Adds a `citing → cited` row; with `known`, a row whose citing paper is not in it is skipped.
    static func addCitation(_ row: TableColumns.Row, known: Set<String>?, into collector: inout RecordCollector,
                            diagnostics: inout [Diagnostic]) {
        guard let citing = row["citing"], let cited = row["cited"] else {
            let missing = row["citing"] == nil ? "citing" : "cited"
            diagnostics.append(.skipped("expected a \(missing) id, found an empty field; row skipped", at: row.location(missing)))
            return
        }
        if let known, !known.contains(citing) {
            diagnostics.append(.warning("citing paper '\(citing)' is not in the papers table; citation skipped",
                                        at: row.location("citing")))
            return
        }
        collector.addCitations(from: citing, [PaperReference(cited, at: row.location("cited"))], location: row.location("citing"))
        if known == nil { collector.addCitations(from: cited, [], location: row.location("cited")) }
    }

    /// Orders one file's diagnostics by line and column (the header's problems are found while
    /// rows are split, the rows' while they are read).
    static func sortByLine(_ diagnostics: inout [Diagnostic]) {
        let ordered = diagnostics.enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            let ka = [la?.line ?? 0, la?.column ?? 0, a.offset], kb = [lb?.line ?? 0, lb?.column ?? 0, b.offset]
            return ka.lexicographicallyPrecedes(kb)
        }
        diagnostics = ordered.map(\.element)
    }

    /// Names split on `;` with blanks dropped.
    private static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Author names split on `separator` (`nil`: `;`, or ` and ` in a field without `;`), with
    /// `Last, First` turned into `First Last`.
    ///
    ///     authors("Vaswani, Ashish and Shazeer, Noam", separator: nil) == ["Ashish Vaswani", "Noam Shazeer"]
    ///
    /// - Complexity: O(n) in the field's length.
    public static func authors(_ text: String, separator: String?) -> [String] {
        let separator = separator ?? (text.contains(";") ? ";" : " and ")
        return text.components(separatedBy: separator).compactMap { part -> String? in
            let name = part.trimmingWhitespace()
            guard !name.isEmpty else { return nil }
            let pieces = name.split(separator: ",", omittingEmptySubsequences: false)
            guard pieces.count == 2 else { return name }
            let last = String(pieces[0]).trimmingWhitespace(), first = String(pieces[1]).trimmingWhitespace()
            return first.isEmpty ? last : first + " " + last
        }
    }
}
