/// Every file-name extension PaperGraph gives a meaning to, stated once: what a file with it is read
/// as, what `export` writes into it, and what `convert` and `generate` write into it.
///
/// Inputs look through a final `.gz` (`cit-HepPh.txt.gz` is an edge list); outputs do not, since
/// nothing is written compressed (`map.json.gz` names no export format).
public enum FileExtensions {
    /// The meanings of one extension.
    struct Entry: Sendable {
        /// The extension, lowercase, without the dot.
        let name: String
        /// What a file with it is read as.
        let input: InputFormat?
        /// Whether the extension names its kind so firmly that `--from` for another kind does not
        /// apply when several files are read (`refs.bib` stays BibTeX beside `list.txt --from markdown`).
        var namesKind = false
        /// What `export` writes into it.
        var export: ExportFormat? = nil
        /// What `convert` and `generate` write into it.
        var graph: GraphFileFormat? = nil
    }

    /// The table. `.txt` is sniffed when read (an edge list or a Markdown list, ``TextFormatSniffer``);
    /// `.cites` edge lists run cited → citing (LINQS); `.tsv` and `.tab` tables are split at tabs.
    static let table: [Entry] = [
        Entry(name: "json", input: .json, namesKind: true, export: .json, graph: .json),
        Entry(name: "jsonl", input: .json, namesKind: true),
        Entry(name: "ndjson", input: .json, namesKind: true),
        Entry(name: "csv", input: .csv),
        Entry(name: "tsv", input: .csv),
        Entry(name: "txt", input: .edgelist, graph: .edgelist),
        Entry(name: "edges", input: .edgelist, graph: .edgelist),
        Entry(name: "el", input: .edgelist, graph: .edgelist),
        Entry(name: "edgelist", input: .edgelist, graph: .edgelist),
        Entry(name: "cites", input: .edgelist, namesKind: true),
        Entry(name: "tab", input: .edgelist),
        Entry(name: "md", input: .markdown, namesKind: true),
        Entry(name: "markdown", input: .markdown, namesKind: true),
        Entry(name: "bib", input: .bibtex, namesKind: true, export: .bibtex),
        Entry(name: "pgraph", input: .pgraph, namesKind: true, graph: .pgraph),
        Entry(name: "dot", input: nil, export: .dot),
        Entry(name: "gv", input: nil, export: .dot),
        Entry(name: "graphml", input: nil, export: .graphml),
        Entry(name: "gexf", input: nil, export: .gexf),
        Entry(name: "mmd", input: nil, export: .mermaid),
        Entry(name: "mermaid", input: nil, export: .mermaid),
        Entry(name: "html", input: nil, export: .html),
        Entry(name: "htm", input: nil, export: .html),
    ]

    /// The lowercase extension of the last component of `path`, without the dot, after a final
    /// `.gz` when `throughGzip` (`Refs.BIB.gz` → `bib`); empty when there is none.
    ///
    /// - Complexity: O(length of the last component).
    public static func name(of path: String, throughGzip: Bool = true) -> Substring {
        var file = Substring(path.lowercased())
        if let slash = file.lastIndex(of: "/") { file = file[file.index(after: slash)...] }
        if throughGzip, file.hasSuffix(".gz") { file = file.dropLast(3) }
        guard let dot = file.lastIndex(of: ".") else { return "" }
        return file[file.index(after: dot)...]
    }

    /// The entry for an input file's extension, looking through `.gz`.
    static func entry(forInput path: String) -> Entry? {
        let name = name(of: path)
        return table.first { $0.name == name }
    }

    /// The entry for an output file's extension (no `.gz` looked through).
    static func entry(forOutput path: String) -> Entry? {
        let name = name(of: path, throughGzip: false)
        return table.first { $0.name == name }
    }
}
