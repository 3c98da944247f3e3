import PaperGraphModel

/// The file formats PaperGraph reads, chosen by extension or named with `--from`.
public enum InputFormat: String, CaseIterable, Sendable {
    /// PaperGraph's native JSON (and JSON documents recognised by content).
    case json
    /// Node-link JSON (networkx `node_link_data`, d3), as `papergraph export` writes it.
    case nodeLink = "node-link"
    /// Semantic Scholar Graph API paper objects or S2AG bulk records (JSON or JSON Lines).
    case s2
    /// OpenAlex works (JSON, an API page or snapshot JSON Lines).
    case openalex
    /// CSL-JSON items, as exported by Zotero, Mendeley or pandoc-citeproc.
    case cslJSON = "csl-json"
    /// Edge lists: SNAP `.txt`, LINQS `.cites` and `.tab`, `.edges`, `.el`.
    case edgelist
    /// Tables of papers in CSV or TSV with a header row.
    case csv
    /// A Markdown reading list (`.md`, `.markdown`).
    case markdown
    /// A BibTeX bibliography (`.bib`).
    case bibtex
    /// PaperGraph's binary format (`.pgraph`), memory-mapped; see `Docs/pgraph-format.md`.
    case pgraph

    /// The format implied by a file name's extension (``FileExtensions``), if any; a `.gz` suffix is looked through.
    ///
    /// `.json`, `.jsonl` and `.ndjson` are JSON (whose kind is then detected by content);
    /// `.md`/`.markdown` reading lists, `.bib` BibTeX; `.csv` and `.tsv` are tables; `.txt`, `.edges`, `.el`, `.cites`, `.tab` are edge lists.
    public static func inferred(fromPath path: String) -> InputFormat? {
        FileExtensions.entry(forInput: path)?.input
    }

    /// The format named `name`, in any letter case (`--from BibTeX`).
    public init?(name: String) { self.init(rawValue: name.lowercased()) }

    /// Whether `path` is a `.txt` file (gzipped or not), whose content says what it holds.
    static func isPlainText(_ path: String) -> Bool { FileExtensions.name(of: path) == "txt" }

    /// What kind of source a file of this format is, for the merge rules: every format but a
    /// Markdown list (and a table without an id column, which its importer says) carries its own
    /// ids; lists, `.bib` files, tables and CSL-JSON are edited by hand, database exports and
    /// graphs papergraph wrote are not.
    var recordSource: RecordSource {
        switch self {
        case .markdown: .unkeyedList
        case .bibtex, .csv, .cslJSON, .json: RecordSource(isKeyed: true, isEditedByUser: true)
        case .nodeLink, .pgraph, .s2, .openalex, .edgelist: RecordSource(isKeyed: true, isEditedByUser: false)
        }
    }

    /// Names accepted by `--from`, for help and error messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The format to read `path` with when the user named `requested`: the request, unless several
    /// files are read (`soleInput` false) and this one has an extension that names another kind of
    /// file (`.json`, `.jsonl`, `.bib`, `.md`, `.cites`), so that `list.txt refs.bib --from markdown`
    /// mixes kinds while `bib.md --from bibtex` reads BibTeX. The JSON formats (`json`,
    /// `node-link`, `s2`, `openalex`, `csl-json`) are one kind.
    public static func chosen(_ requested: InputFormat?, forPath path: String, soleInput: Bool = false) -> InputFormat? {
        guard let requested else { return nil }
        if soleInput { return requested }
        guard let entry = FileExtensions.entry(forInput: path), entry.namesKind, let named = entry.input else { return requested }
        return named.family == requested.family ? requested : named
    }

    /// Formats read by the same parser family.
    private var family: String {
        switch self {
        case .json, .nodeLink, .s2, .openalex, .cslJSON: "json"
        default: rawValue
        }
    }
}
