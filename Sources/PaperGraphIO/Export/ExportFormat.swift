import PaperGraphModel

/// The formats `papergraph export` writes, with one entry point for the command:
///
///     let view = try ExportView(graph: graph, selection: selection, decorations: decorations)
///     var sink = BufferedSink(try OutputFile(path: output))
///     try ExportFormat.dot.write(view, options: options, to: &sink)
///     try sink.commit()
public enum ExportFormat: String, CaseIterable, Sendable {
    case dot
    /// Node-link JSON (networkx, d3).
    case json
    case graphml
    case gexf
    /// `nodes.csv` and `edges.csv` for Neo4j and GraphFrames.
    case csv
    case mermaid
    /// BibTeX entries of the papers, with the identifiers found (back into a `.bib`).
    case bibtex
    /// CSL-JSON items of the papers (back into Zotero or Mendeley).
    case cslJSON = "csl-json"
    /// The interactive map: one self-contained HTML page (``HTMLMapWriter``).
    case html

    /// The format implied by a file name's extension (`.dot`/`.gv`, `.json`, `.graphml`, `.gexf`,
    /// `.mmd`/`.mermaid`, `.bib`, `.html`/`.htm`), if any. CSV writes a folder, so it has no extension;
    /// CSL-JSON shares `.json` with node-link JSON, so it is asked for by name.
    public static func inferred(fromPath path: String) -> ExportFormat? {
        FileExtensions.entry(forOutput: path)?.export
    }

    /// Names accepted by `--format`, for help and error messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Whether the format writes several files into a folder (CSV) rather than one file or stdout.
    public var writesFolder: Bool { self == .csv }

    /// Options of the writers that have any; each writer reads its own.
    public struct Options: Sendable, Hashable {
        public var dot: DOTWriter.Options
        public var nodeLink: NodeLinkJSONWriter.Options
        public var mermaid: MermaidWriter.Options
        public var htmlMap: HTMLMapWriter.Options
        /// Positions and precomputed results for the HTML map (required by ``ExportFormat/html``).
        public var htmlMapContent: HTMLMapContent?

        public init(dot: DOTWriter.Options = .init(), nodeLink: NodeLinkJSONWriter.Options = .init(),
                    mermaid: MermaidWriter.Options = .init(), htmlMap: HTMLMapWriter.Options = .init(),
                    htmlMapContent: HTMLMapContent? = nil) {
            self.dot = dot
            self.nodeLink = nodeLink
            self.mermaid = mermaid
            self.htmlMap = htmlMap
            self.htmlMapContent = htmlMapContent
        }
    }

    /// A file to write: `name` is empty for single-file formats (write to the output path or stdout)
    /// and a file name inside the output folder otherwise (`nodes.csv`, `edges.csv`).
    public struct File: Sendable, Hashable {
        public var name: String
        public var text: String
    }

    /// The view in this format, as text: for tests and small views (``write(_:options:to:)``
    /// streams instead).
    ///
    /// - Throws: ``Diagnostic`` when the format refuses the view (Mermaid over its size limit).
    /// - Complexity: O(N + E) in the nodes and edges of the view; O(size of the text) space.
    public func render(_ view: ExportView, options: Options = .init()) throws(Diagnostic) -> [File] {
        guard !writesFolder else {
            let (nodes, edges) = CSVWriter.write(view)
            return [File(name: "nodes.csv", text: nodes), File(name: "edges.csv", text: edges)]
        }
        return [File(name: "", text: try TextSink.text { (sink: inout TextSink) throws(Diagnostic) in
            try write(view, options: options, to: &sink)
        })]
    }

    /// Writes the view in this single-file format into `sink`, element by element: nothing is
    /// built whole, so with a ``BufferedSink`` the memory beyond the view is bounded by its buffer.
    ///
    /// - Throws: ``Diagnostic`` before anything is written when the format refuses the view (DOT and
    ///   Mermaid over their size limits, the HTML map without its content) or writes a folder (CSV
    ///   goes through ``CSVFolderWriter``).
    /// - Complexity: O(N + E) time in the nodes and edges of the view.
    public func write<S: ByteSink>(_ view: ExportView, options: Options = .init(), to sink: inout S) throws(Diagnostic) {
        switch self {
        case .dot:
            guard view.nodes.count <= options.dot.maxNodes else {
                throw .error("a DOT map of \(view.nodes.count) nodes is more than Graphviz lays out in reasonable time (the limit "
                             + "is \(options.dot.maxNodes)); narrow the selection with --top N, --topic TOPIC or --around PAPER "
                             + "--depth D, or export JSON, GraphML or GEXF for Gephi instead")
            }
            DOTWriter.write(view, options: options.dot, to: &sink)
        case .json:
            NodeLinkJSONWriter.write(view, options: options.nodeLink, to: &sink)
        case .graphml:
            GraphMLWriter.write(view, to: &sink)
        case .gexf:
            GEXFWriter.write(view, to: &sink)
        case .csv:
            throw .error("CSV writes a folder (nodes.csv and edges.csv), not one file: write it with CSVFolderWriter")
        case .mermaid:
            try MermaidWriter.write(view, options: options.mermaid, to: &sink)
        case .bibtex:
            BibliographyWriter.bibtex(view, to: &sink)
        case .cslJSON:
            BibliographyWriter.cslJSON(view, to: &sink)
        case .html:
            guard let content = options.htmlMapContent else {
                throw .error("the HTML map needs its positions: pass an HTMLMapContent in the options")
            }
            HTMLMapWriter.write(view, content: content, options: options.htmlMap, to: &sink)
        }
    }
}
