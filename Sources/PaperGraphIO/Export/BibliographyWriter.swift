import PaperGraphModel

/// Writes papers as a bibliography that reference managers read back: BibTeX (`.bib`) and
/// CSL-JSON (Zotero, Mendeley, pandoc), with the identifiers found (DOI, arXiv id, URL,
/// OpenAlex and Semantic Scholar ids), so that `suggest` and `export` results go back into a
/// `.bib` file or a Zotero library.
///
/// Only paper nodes are written, in the view's order; a paper known only by an identifier has no
/// title field (its title is unknown until `papergraph enrich` names it). Reading the output with
/// ``BibTeXImporter`` or ``CSLJSONImporter`` gives the same titles, years, authors, venues and
/// identifiers.
public enum BibliographyWriter {
    /// BibTeX entries: `@article` with a venue, `@book`, `@phdthesis`, `@techreport`, else `@misc`;
    /// special characters escaped for LaTeX (UTF-8 kept: biber and modern BibTeX read it).
    ///
    /// - Complexity: O(N) in the size of the papers' fields.
    public static func bibtex(_ view: ExportView) -> String {
        TextSink.text { bibtex(view, to: &$0) }
    }

    /// Writes the BibTeX entries of ``bibtex(_:)`` into `sink`, entry by entry.
    ///
    /// - Complexity: O(N) time in the size of the papers' fields; O(N) space for the keys used.
    public static func bibtex<S: ByteSink>(_ view: ExportView, to sink: inout S) {
        var out = ""
        var used = Set<String>()
        for node in view.nodes where node.kind == .paper {
            let key = uniqueKey(citationKey(node.key), &used)
            var fields: [(String, String)] = node.isUntitled ? [] : [("title", "{" + escaped(node.label) + "}")]
            if !node.authors.isEmpty { fields.append(("author", "{" + node.authors.map(escaped).joined(separator: " and ") + "}")) }
            if let year = node.year { fields.append(("year", "{\(year)}")) }
            let type = entryType(node)
            if let venue = node.venue, !venue.isEmpty {
                fields.append((type == "article" ? "journal" : "howpublished", "{" + escaped(venue) + "}"))
            }
            if let doi = node.identifiers.doi { fields.append(("doi", "{" + escapedVerbatim(doi) + "}")) }
            if let arxiv = node.identifiers.arxiv {
                fields.append(("eprint", "{" + escapedVerbatim(arxiv) + "}"))
                fields.append(("archivePrefix", "{arXiv}"))
            }
            if let url = node.identifiers.url { fields.append(("url", "{" + escapedVerbatim(url) + "}")) }
            for scheme in node.identifiers.other.keys.sorted() where scheme.allSatisfy({ $0.isLetter || $0.isNumber }) {
                fields.append((scheme, "{" + escapedVerbatim(node.identifiers.other[scheme]!) + "}"))
            }
            out += "@\(type){\(key),\n"
            out += fields.map { "  \($0.0) = \($0.1)" }.joined(separator: ",\n")
            out += "\n}\n\n"
            sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
    }

    /// A CSL-JSON array: `id`, `type`, `title`, `author` (`family`/`given`, split at the last
    /// space; `literal` for one-word names), `issued`, `container-title`, `DOI`, `URL`, and the
    /// arXiv id as `number: "arXiv:…"`.
    ///
    /// - Complexity: O(N) in the size of the papers' fields.
    public static func cslJSON(_ view: ExportView) -> String {
        TextSink.text { cslJSON(view, to: &$0) }
    }

    /// Writes the CSL-JSON array of ``cslJSON(_:)`` into `sink`, item by item (pretty-printed as
    /// ``JSONOutput/serialized(pretty:)`` prints the whole array).
    ///
    /// - Complexity: O(N) time in the size of the papers' fields; O(largest item) space.
    public static func cslJSON<S: ByteSink>(_ view: ExportView, to sink: inout S) {
        var out = "["
        var first = true
        for node in view.nodes where node.kind == .paper {
            var m: [(String, JSONOutput)] = [("id", .string(node.key)), ("type", .string(cslType(node)))]
            if !node.isUntitled { m.append(("title", .string(node.label))) }
            if !node.authors.isEmpty { m.append(("author", .array(node.authors.map(cslName)))) }
            if let year = node.year { m.append(("issued", .object([("date-parts", .array([.array([.int(year)])]))]))) }
            if let venue = node.venue, !venue.isEmpty { m.append(("container-title", .string(venue))) }
            if let doi = node.identifiers.doi { m.append(("DOI", .string(doi))) }
            if let arxiv = node.identifiers.arxiv { m.append(("number", .string("arXiv:" + arxiv))) }
            if let url = node.identifiers.url ?? node.identifiers.arxiv.map({ "https://arxiv.org/abs/" + $0 }) {
                m.append(("URL", .string(url)))
            }
            out += first ? "\n  " : ",\n  "
            first = false
            JSONOutput.object(m).write(to: &out, pretty: true, indent: 1)
            sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
        sink.write(first ? "[]\n" : "\n]\n")
    }

    private static func entryType(_ node: ExportNode) -> String {
        switch node.workKind {
        case .book: "book"
        case .thesis: "phdthesis"
        case .report: "techreport"
        default: node.venue.map { $0.isEmpty || $0 == "arXiv" } == false ? "article" : "misc"
        }
    }

    private static func cslType(_ node: ExportNode) -> String {
        switch node.workKind {
        case .book: "book"
        case .thesis: "thesis"
        case .report: "report"
        case .blogPost: "post-weblog"
        case .video: "motion_picture"
        default: node.venue == nil || node.venue == "arXiv" ? "article" : "article-journal"
        }
    }

    private static func cslName(_ name: String) -> JSONOutput {
        guard let space = name.lastIndex(of: " ") else { return .object([("literal", .string(name))]) }
        return .object([("family", .string(String(name[name.index(after: space)...]))),
                        ("given", .string(String(name[..<space])))])
    }

    /// A key BibTeX accepts: characters other than letters, digits and `-_:./+` become `-`.
    static func citationKey(_ key: String) -> String {
        let allowed = Set("-_:./+")
        let cleaned = String(key.map { $0.isLetter || $0.isNumber || allowed.contains($0) ? $0 : "-" })
        return cleaned.isEmpty ? "paper" : cleaned
    }

    private static func uniqueKey(_ key: String, _ used: inout Set<String>) -> String {
        var candidate = key, n = 1
        while used.contains(candidate) {
            n += 1
            candidate = "\(key)-\(n)"
        }
        used.insert(candidate)
        return candidate
    }

    /// Text for a braced field: LaTeX's special characters escaped, braces balanced by escaping.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\textbackslash{}"
            case "{", "}", "&", "%", "$", "#", "_": out += "\\" + String(c)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "\n", "\r", "\t": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    /// Text for a verbatim field (DOI, URL, ids): only what would break the entry is changed.
    static func escapedVerbatim(_ text: String) -> String {
        String(text.filter { $0 != "{" && $0 != "}" && $0 != "\n" && $0 != "\r" })
    }
}
