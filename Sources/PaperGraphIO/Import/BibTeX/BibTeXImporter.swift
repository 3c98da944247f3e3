import Foundation
import PaperGraphModel

/// Reads BibTeX bibliographies into paper records.
///
///     @inproceedings{vaswani2017,
///       title = {Attention Is All You Need}, author = {Vaswani, Ashish and Shazeer, Noam},
///       booktitle = nips, year = 2017, eprint = {1706.03762}, archivePrefix = {arXiv},
///       keywords = {transformers; attention}, cites = {bahdanau2014}}
///
/// Each entry becomes a record keyed by its citation key:
/// - title with LaTeX turned into Unicode and protective braces removed (``LaTeXToUnicode``);
/// - authors as "First Last" display names (``BibTeXNames``), editors when there is no author;
/// - year from `year`, else the first four digits of `date`;
/// - venue from `journal`, `booktitle`, `publisher`, `school` or `institution` (an
///   "arXiv preprint arXiv:..." journal gives venue "arXiv");
/// - DOI from `doi` (resolver URL stripped); arXiv id from `eprint` when `archivePrefix` or
///   `eprinttype` is arXiv, from `arXiv:xxxx` or `abs/xxxx` in `journal` or `volume`, or from an
///   arXiv address in `url`; other addresses in `url` as the URL;
/// - topics from `keywords` (split on `,` and `;`); summary from `abstract`;
/// - kind from the entry type: book → book, phdthesis/mastersthesis/thesis → thesis,
///   techreport/report → report, misc/online/electronic/www → paper when it has an arXiv id or
///   DOI else other, manual/proceedings → other, everything else → paper;
/// - citations from a non-standard `cites` or `references` field (comma-separated keys).
///
/// Entries without a title are skipped with a warning; syntax errors skip one entry (see
/// ``BibTeXParser``).
public enum BibTeXImporter {
    /// Reads a file's bytes, checking they are UTF-8 (a byte order mark is dropped).
    ///
    /// - Throws: ``Diagnostic`` at the first invalid byte; other problems are warnings.
    /// - Complexity: O(n) in the file size.
    public static func read(bytes: [UInt8], path: String) throws(Diagnostic) -> ImportedLibrary {
        read(text: try TextInput.decodedText(bytes, path: path), path: path)
    }

    /// Reads BibTeX text.
    ///
    /// - Returns: One record per entry with a title, in file order, and a warning per skipped entry.
    /// - Complexity: O(n) in the text length.
    public static func read(text: String, path: String) -> ImportedLibrary {
        let document = BibTeXParser.parse(text, path: path)
        var library = ImportedLibrary(diagnostics: document.diagnostics)
        for entry in document.entries {
            guard let title = entry["title"].map(LaTeXToUnicode.convert), !title.isEmpty else {
                library.diagnostics.append(.skipped("entry '\(entry.key)' skipped: expected a 'title' field, found none",
                                                    at: entry.location))
                continue
            }
            library.papers.append(record(for: entry, title: title))
        }
        if document.entries.isEmpty && library.diagnostics.isEmpty {
            library.diagnostics.append(.warning("no entries found: expected '@type{key, field = value, ...}'",
                                                at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return library
    }

    static func record(for entry: BibTeXEntry, title: String) -> PaperRecord {
        let identifiers = identifiers(of: entry)
        var authors = BibTeXNames.displayNames(entry["author"] ?? "")
        if authors.isEmpty { authors = BibTeXNames.displayNames(entry["editor"] ?? "") }
        let topics = (entry["keywords"] ?? "").split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { LaTeXToUnicode.convert(String($0)) }.filter { !$0.isEmpty }
        var cites: [PaperReference] = []
        for field in entry.fields where field.name == "cites" || field.name == "references" {
            for key in field.value.split(separator: ",") {
                let trimmed = String(key).trimmingWhitespace()
                if !trimmed.isEmpty { cites.append(PaperReference(trimmed, at: field.location)) }
            }
        }
        return PaperRecord(key: entry.key, title: title, year: year(of: entry), venue: venue(of: entry), authors: authors,
                           topics: topics, identifiers: identifiers, kind: kind(of: entry, identifiers: identifiers),
                           summary: entry["abstract"].map(LaTeXToUnicode.convert), cites: cites, location: entry.location)
    }

    static func year(of entry: BibTeXEntry) -> Int? {
        for field in ["year", "date"] {
            guard let value = entry[field] else { continue }
            let digits = LaTeXToUnicode.convert(value).split(whereSeparator: { !($0.isASCII && $0.isNumber) })
            if let first = digits.first(where: { $0.count == 4 }), let year = Int(first) { return year }
        }
        return nil
    }

    static func venue(of entry: BibTeXEntry) -> String? {
        for field in ["journal", "booktitle", "publisher", "school", "institution"] {
            guard let raw = entry[field] else { continue }
            let venue = LaTeXToUnicode.convert(raw)
            if venue.isEmpty { continue }
            return venue.lowercased().hasPrefix("arxiv preprint") ? "arXiv" : venue
        }
        return nil
    }

    static func identifiers(of entry: BibTeXEntry) -> PaperIdentifiers {
        var arxiv: String?
        let prefix = (entry["archiveprefix"] ?? entry["eprinttype"] ?? "").lowercased()
        if prefix.contains("arxiv"), let eprint = entry["eprint"] {
            arxiv = IdentifierText.arXivID(atStartOf: Substring(eprint.trimmingWhitespace()))
                ?? IdentifierText.arXivIDInText(eprint)
        }
        for field in ["journal", "volume", "note"] where arxiv == nil {
            guard let text = entry[field]?.lowercased() else { continue }
            arxiv = IdentifierText.arXivIDInText(text)
            if arxiv == nil, let range = text.range(of: "abs/") {
                arxiv = IdentifierText.arXivID(atStartOf: text[range.upperBound...])
            }
        }
        var url: String?
        if let raw = entry["url"] {
            let address = raw.filter { $0 != "{" && $0 != "}" }.trimmingWhitespace()
            if let id = IdentifierText.arXivID(inURL: address) {
                if arxiv == nil { arxiv = id }
            } else if !address.isEmpty {
                url = address
            }
        }
        let doi = entry["doi"].map { $0.filter { $0 != "{" && $0 != "}" } }
        return PaperIdentifiers(doi: doi, arxiv: arxiv, url: url)
    }

    static func kind(of entry: BibTeXEntry, identifiers: PaperIdentifiers) -> PaperKind {
        switch entry.type {
        case "book": .book
        case "phdthesis", "mastersthesis", "thesis": .thesis
        case "techreport", "report": .report
        case "misc", "online", "electronic", "www": identifiers.arxiv != nil || identifiers.doi != nil ? .paper : .other
        case "manual", "proceedings": .other
        default: .paper
        }
    }
}
