import PaperGraphModel

/// The formats `papergraph export` writes, with one entry point for the command:
///
///     let view = try ExportView(graph: graph, selection: selection, decorations: decorations)
///     for file in try ExportFormat.dot.render(view, options: options) {
///         try AtomicFile.write(file.text, toPath: file.name.isEmpty ? output : "\(output)/\(file.name)")
///     }
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

    /// The view in this format.
    ///
    /// - Throws: ``Diagnostic`` when the format refuses the view (Mermaid over its size limit).
    /// - Complexity: O(N + E) in the nodes and edges of the view.
    public func render(_ view: ExportView, options: Options = .init()) throws(Diagnostic) -> [File] {
        switch self {
        case .dot:
            guard view.nodes.count <= options.dot.maxNodes else {
                throw .error("a DOT map of \(view.nodes.count) nodes is more than Graphviz lays out in reasonable time (the limit "
                             + "is \(options.dot.maxNodes)); narrow the selection with --top N, --topic TOPIC or --around PAPER "
                             + "--depth D, or export JSON, GraphML or GEXF for Gephi instead")
            }
            return [File(name: "", text: DOTWriter.write(view, options: options.dot))]
        case .json:
            return [File(name: "", text: NodeLinkJSONWriter.write(view, options: options.nodeLink))]
        case .graphml:
            return [File(name: "", text: GraphMLWriter.write(view))]
        case .gexf:
            return [File(name: "", text: GEXFWriter.write(view))]
        case .csv:
            let (nodes, edges) = CSVWriter.write(view)
            return [File(name: "nodes.csv", text: nodes), File(name: "edges.csv", text: edges)]
        case .mermaid:
            return [File(name: "", text: try MermaidWriter.write(view, options: options.mermaid))]
        case .bibtex:
            return [File(name: "", text: BibliographyWriter.bibtex(view))]
        case .cslJSON:
            return [File(name: "", text: BibliographyWriter.cslJSON(view))]
        case .html:
            guard let content = options.htmlMapContent else {
                throw .error("the HTML map needs its positions: pass an HTMLMapContent in the options")
            }
            return [File(name: "", text: HTMLMapWriter.write(view, content: content, options: options.htmlMap))]
        }
    }
}
