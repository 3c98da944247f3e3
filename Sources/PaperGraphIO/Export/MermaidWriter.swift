import PaperGraphModel

/// Writes a small view as a Mermaid `flowchart`, for Markdown files and issues that render Mermaid.
///
///     flowchart TB
///       n0["Attention Is All<br/>You Need<br/>2017"]
///       n1["✓ Neural Machine…<br/>2014"]
///       n1 ==>|"introduces attention"| n0
///
/// Arrows follow reading order as in ``DOTWriter``: from the work to read first to the one that builds
/// on it. Citations are `-->`, prerequisites `==>` (labelled with their reason), topics `-.-` and
/// authors `-.-` lines. Read papers get a `✓` and the `read` class (grey fill, double-weight border);
/// reading-path steps are numbered and their edges drawn thick in vermillion; clusters colour papers.
/// Labels are quoted, with `"`, `#`, `<`, `>`, `&` and backquote written as Mermaid entity codes.
/// Mermaid diagrams become unreadable (and slow to render) beyond a few hundred nodes, so the writer
/// refuses views over ``Options/maxNodes``.
public enum MermaidWriter {
    public struct Options: Sendable, Hashable {
        public enum Direction: String, Sendable, Hashable, CaseIterable {
            case TB, LR, BT, RL
        }

        public var direction: Direction
        /// The largest view written; bigger ones are refused with advice to narrow the selection.
        public var maxNodes: Int
        public var maxTitleLength: Int
        public var wrapWidth: Int

        public init(direction: Direction = .TB, maxNodes: Int = 150, maxTitleLength: Int = 30, wrapWidth: Int = 16) {
            self.direction = direction
            self.maxNodes = maxNodes
            self.maxTitleLength = maxTitleLength
            self.wrapWidth = wrapWidth
        }
    }

    /// The flowchart for `view` (see ``write(_:options:to:)``).
    public static func write(_ view: ExportView, options: Options = .init()) throws(Diagnostic) -> String {
        try TextSink.text { (sink: inout TextSink) throws(Diagnostic) in try write(view, options: options, to: &sink) }
    }

    /// Writes the flowchart for `view` into `sink`, line by line.
    ///
    /// - Throws: ``Diagnostic`` when the view has more than ``Options/maxNodes`` nodes (nothing is written).
    /// - Complexity: O(N + E) time in the nodes and edges of the view.
    public static func write<S: ByteSink>(_ view: ExportView, options: Options = .init(), to sink: inout S) throws(Diagnostic) {
        guard view.nodes.count <= options.maxNodes else {
            throw .error("a Mermaid diagram of \(view.nodes.count) nodes would be unreadable (the limit is \(options.maxNodes)); "
                         + "narrow the selection with --top N, --around PAPER --depth D or --topic TOPIC, or export DOT instead")
        }
        var out = "flowchart \(options.direction.rawValue)\n"
        for (i, node) in view.nodes.enumerated() {
            let label = escaped(nodeLabel(node, options))
            switch node.kind {
            case .paper: out += "  n\(i)[\"\(label)\"]\n"
            case .topic: out += "  n\(i){{\"\(label)\"}}\n"
            case .author: out += "  n\(i)([\"\(label)\"])\n"
            }
            sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
        var linkStyles: [String] = []
        var linkCount = 0
        for edge in view.edges {
            switch edge.kind {
            case .cites:
                out += "  n\(edge.target) --> n\(edge.source)\n"
            case .prerequisite:
                let label = edge.reason.map { "|\"\(escaped(folded($0)))\"| " } ?? ""
                out += "  n\(edge.target) ==>\(label.isEmpty ? " " : label)n\(edge.source)\n"
            case .tagged:
                out += "  n\(edge.target) -.- n\(edge.source)\n"
            case .authored:
                out += "  n\(edge.source) -.- n\(edge.target)\n"
            }
            if edge.pathStep != nil { linkStyles.append("  linkStyle \(linkCount) stroke:\(ExportPalette.path),stroke-width:3px\n") }
            linkCount += 1
            sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
        for link in view.pathLinks where link.edge == nil {
            out += "  n\(link.from) -.-> n\(link.to)\n"
            linkStyles.append("  linkStyle \(linkCount) stroke:\(ExportPalette.path),stroke-width:3px\n")
            linkCount += 1
        }
        out += linkStyles.joined()
        out += classes(view)
        sink.write(out)
    }

    private static func nodeLabel(_ node: ExportNode, _ options: Options) -> String {
        guard node.kind == .paper else { return node.label }
        var label = PaperLabel.short(node.label, maxLength: options.maxTitleLength, wrapWidth: options.wrapWidth)
        if node.status == .read { label = "✓ " + label }
        if let step = node.pathStep { label = "\(step). " + label }
        if let year = node.year { label += "\n\(year)" }
        return label
    }

    /// Class definitions and assignments: clusters, read papers, path steps.
    private static func classes(_ view: ExportView) -> String {
        var out = ""
        var clusters: [Int: [Int]] = [:]
        var read: [Int] = [], onPath: [Int] = []
        for (i, node) in view.nodes.enumerated() where node.kind == .paper {
            if let c = node.cluster { clusters[c, default: []].append(i) }
            if node.status == .read { read.append(i) }
            if node.pathStep != nil { onPath.append(i) }
        }
        for c in clusters.keys.sorted() {
            let fill = ExportPalette.color(forCluster: c)
            out += "  classDef cluster\(c) fill:\(fill),color:\(ExportPalette.textColor(on: fill))\n"
            out += "  class \((clusters[c] ?? []).map { "n\($0)" }.joined(separator: ",")) cluster\(c)\n"
        }
        if !read.isEmpty {
            let fill = clusters.isEmpty ? "fill:\(ExportPalette.readFill)," : ""
            out += "  classDef read \(fill)stroke:#000000,stroke-width:3px\n"
            out += "  class \(read.map { "n\($0)" }.joined(separator: ",")) read\n"
        }
        if !onPath.isEmpty {
            out += "  classDef step stroke:\(ExportPalette.path),stroke-width:3px\n"
            out += "  class \(onPath.map { "n\($0)" }.joined(separator: ",")) step\n"
        }
        return out
    }

    private static func folded(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `s` for a double-quoted Mermaid label: entity codes for characters Mermaid would read as syntax
    /// (backslashes too, so `\nabla` stays literal),
    /// `<br/>` for line breaks, control characters dropped.
    ///
    /// - Complexity: O(n) in the length of `s`.
    static func escaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "`": out += "#96;"
            // Mermaid reads `\n` in a label as a line break: `\nabla` must not become one.
            case "\\": out += "#92;"
            case "\n": out += "<br/>"
            case "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
