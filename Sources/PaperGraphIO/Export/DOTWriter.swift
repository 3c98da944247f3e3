import GraphAlgorithms

/// Writes a view as a Graphviz DOT digraph (`dot -Tsvg map.dot -o map.svg`).
///
/// Conventions:
/// - **Arrows follow reading order**: from the work to read first to the one that builds on it, so
///   a citation `A cites B` is drawn `B → A` and a prerequisite `B before A` is drawn `B → A`. With
///   the default top-to-bottom direction, foundations sit at the top and arrows flow down.
///   Topics point at their papers (dashed, no arrowhead), authors at theirs (dotted, no arrowhead).
/// - **Papers** are rounded boxes labelled with the title shortened to ``Options/maxTitleLength``
///   characters and wrapped on at most ``Options/maxTitleLines`` lines, then the year; the tooltip has the full title, authors, year and venue.
/// - **Read papers** have a double border and a `✓` before the title; without clusters they are
///   also filled grey (``ExportPalette/readFill``). Papers being read have a dashed border.
/// - **Rank** (when given) scales font size (10–18 pt), minimum width and border width.
/// - **Clusters** (when given) fill papers with the Okabe–Ito palette (``ExportPalette``): its six
///   colours for the six largest clusters, grey for the rest (as the interactive map);
///   ``Options/clusterSubgraphs`` also boxes each cluster with its label.
/// - **Legend**: a box with a read paper, a prerequisite and a citation edge and the cluster
///   colours with their labels (``Options/legend``).
/// - **Layout**: `pack=true` (free layout) lays each connected component out alone and packs them,
///   so a graph of many small islands fits a page; with cluster boxes the file names `layout=fdp`,
///   which packs the boxes (as `Graphs/render.sh` found); views over ``Options/maxNodes`` are refused.
/// - **Prerequisites** are blue edges, with the reason in the tooltip; citations grey.
/// - **Reading path**: steps are numbered (`1. Title`) with a vermillion border; edges between
///   consecutive steps are vermillion and 3 pt wide. Consecutive steps with no edge between them are
///   joined by a dashed vermillion edge that does not constrain the layout.
/// - Node names are `p0`, `t0`, `a0`... (keys can hold anything); keys appear in tooltips. Strings are
///   double-quoted and escaped for Graphviz's label and tooltip processing (see ``escaped(_:tooltip:)``),
///   so any title renders as written; only control characters are dropped.
public enum DOTWriter {
    public struct Options: Sendable, Hashable {
        public enum Layout: String, Sendable, Hashable, CaseIterable {
            /// Graphviz places papers freely.
            case free
            /// Papers of the same year share a rank, with a year axis down (or across) the side.
            case year
        }

        public enum RankDirection: String, Sendable, Hashable, CaseIterable {
            case TB, LR, BT, RL
        }

        public var rankdir: RankDirection
        public var layout: Layout
        /// Draw each cluster as a `subgraph cluster_N` box with its label. With ``Layout/year``,
        /// years then line up within each cluster (Graphviz cannot rank nodes across clusters).
        public var clusterSubgraphs: Bool
        /// Titles longer than this are cut at a word boundary and end with `…`.
        public var maxTitleLength: Int
        /// Title lines are wrapped at about this many characters.
        public var wrapWidth: Int
        /// At most this many title lines; the full title is in the tooltip.
        public var maxTitleLines: Int
        /// Draw a legend box (read mark, prerequisite and citation edges, cluster colours); not with
        /// fixed ``positions``.
        public var legend: Bool
        /// The largest view written: `dot` takes minutes to hours beyond a few thousand nodes (a
        /// 34,000-paper DOT never finished), so bigger views are refused with advice.
        public var maxNodes: Int
        /// Fixed positions (one per view node, e.g. ``ExportLayout``), written as `pos="x,y!"` in
        /// points for `neato -n2`, y pointing up. `nil` lets Graphviz place the nodes.
        public var positions: GraphLayout?
        /// Points per layout unit for ``positions``. Default 6 (room for the boxed labels).
        public var positionScale: Double = 6

        public init(rankdir: RankDirection = .TB, layout: Layout = .free, clusterSubgraphs: Bool = false,
                    maxTitleLength: Int = 64, wrapWidth: Int = 22, maxTitleLines: Int = 3, legend: Bool = true,
                    maxNodes: Int = 2_000) {
            self.rankdir = rankdir
            self.layout = layout
            self.clusterSubgraphs = clusterSubgraphs
            self.maxTitleLength = maxTitleLength
            self.wrapWidth = wrapWidth
            self.maxTitleLines = maxTitleLines
            self.legend = legend
            self.maxNodes = maxNodes
        }
    }

    /// The DOT text for `view` (see ``write(_:options:to:)``).
    public static func write(_ view: ExportView, options: Options = .init()) -> String {
        TextSink.text { write(view, options: options, to: &$0) }
    }

    /// Writes the DOT text for `view` into `sink`, statement by statement.
    ///
    /// With ``Options/positions``, every node carries `pos="x,y!"`: render with
    /// `neato -n2 -Tsvg map.dot -o map.svg` to keep the layout.
    ///
    /// - Complexity: O(N + E + Y log Y) time for N nodes, E edges and Y distinct years; O(N) space
    ///   besides the view (node names, year groups), never the whole text.
    public static func write<S: ByteSink>(_ view: ExportView, options: Options = .init(), to sink: inout S) {
        var out = "digraph \"papergraph\" {\n"
        // `pack`: each connected component is laid out alone and the pieces packed into a rough
        // square, so a graph of many small islands fits a page instead of a 14,000-px strip
        // (Graphs/render.sh). Not with the year layout, whose ranks must line up across components.
        // Cluster boxes of a free layout: `fdp` (named in the file, so plain `dot -Tsvg` uses it) packs
        // the boxes into a square where `dot` lines them up (1,760 × 1,886 pt instead of 4,518 × 1,815
        // for the seed graph).
        var pack = options.layout == .free ? ", pack=true" : ""
        if options.layout == .free && options.clusterSubgraphs && view.hasClusters { pack += ", layout=fdp" }
        out += "  graph [rankdir=\(options.rankdir.rawValue), fontname=\"Helvetica\", nodesep=0.3, ranksep=0.5\(pack)];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=11, shape=box, style=\"rounded,filled\", fillcolor=\"#FFFFFF\"];\n"
        out += "  edge [color=\"#777777\", arrowsize=0.7];\n"
        let names = view.nodes.indices.map { nodeName(view.nodes[$0], $0) }
        let scale = ExportPalette.rankScale(view)
        let clustered = options.clusterSubgraphs && view.hasClusters
        var byCluster: [Int: [Int]] = [:]
        for (i, node) in view.nodes.enumerated() {
            if clustered, let c = node.cluster {
                byCluster[c, default: []].append(i)
                continue
            }
            out += "  \(quoted(names[i])) [\(attributes(node, scale: scale, options: options))\(position(i, options))];\n"
            sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
        for c in byCluster.keys.sorted() {
            let members = byCluster[c] ?? []
            let label = members.first.flatMap { view.nodes[$0].clusterLabel } ?? "cluster \(c)"
            out += "  subgraph \(quoted("cluster_\(c)")) {\n"
            out += "    label=\(quoted(escaped(label))); style=\"rounded\"; color=\(quoted(clusterColor(c)));\n"
            for i in members {
                out += "    \(quoted(names[i])) [\(attributes(view.nodes[i], scale: scale, options: options))\(position(i, options))];\n"
                sink.write(out)
                out.removeAll(keepingCapacity: true)
            }
            if options.layout == .year { out += yearRanks(view, members, names, indent: "    ") }
            out += "  }\n"
        }
        if options.layout == .year && !clustered {
            out += yearAxis(view, names)
        } else if options.layout == .year {
            out += yearRanks(view, view.nodes.indices.filter { view.nodes[$0].cluster == nil }, names, indent: "  ")
        }
        for (i, edge) in view.edges.enumerated() {
            out += "  " + edgeLine(view, edge, index: i, names: names, yearLayout: options.layout == .year) + "\n"
            sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
        // Fixed positions (for `neato -n2`) leave no room for a legend, whose nodes have none.
        if options.legend && options.positions == nil { out += legend(view, clustered: view.hasClusters) }
        for link in view.pathLinks where link.edge == nil {
            out += "  \(quoted(names[link.from])) -> \(quoted(names[link.to])) [color=\(quoted(ExportPalette.path)), "
                + "penwidth=3, style=\"dashed\", constraint=false, tooltip=\(quoted("reading path: step \(link.step) to \(link.step + 1)"))];\n"
        }
        out += "}\n"
        sink.write(out)
    }

    /// `, pos="x,y!"` for node `i` when positions are given.
    private static func position(_ i: Int, _ options: Options) -> String {
        guard let p = options.positions, i < p.x.count else { return "" }
        let x = ExportPalette.decimal(p.x[i] * options.positionScale), y = ExportPalette.decimal(-p.y[i] * options.positionScale)
        return ", pos=\"\(x),\(y)!\""
    }

    private static func nodeName(_ node: ExportNode, _ index: Int) -> String {
        switch node.kind {
        case .paper: "p\(index)"
        case .topic: "t\(index)"
        case .author: "a\(index)"
        }
    }

    private static func attributes(_ node: ExportNode, scale: (Double) -> Double, options: Options) -> String {
        switch node.kind {
        case .topic:
            return "label=\(quoted(escaped(node.label))), shape=folder, style=\"filled\", fillcolor=\"#F2F2F2\", "
                + "tooltip=\(quoted(escaped("topic: \(node.label) (\(node.key))", tooltip: true)))"
        case .author:
            return "label=\(quoted(escaped(node.label))), shape=ellipse, style=\"solid\", fontsize=9, height=0.3, "
                + "tooltip=\(quoted(escaped("author: \(node.label)", tooltip: true)))"
        case .paper:
            break
        }
        var a: [String] = []
        var label = PaperLabel.short(node.label, maxLength: options.maxTitleLength, wrapWidth: options.wrapWidth,
                                     maxLines: options.maxTitleLines)
        if node.status == .read { label = "✓ " + label }
        if let step = node.pathStep { label = "\(step). " + label }
        if let year = node.year { label += "\n\(year)" }
        a.append("label=\(quoted(escaped(label)))")
        var tooltip = node.label + "\n"
        if !node.authors.isEmpty { tooltip += node.authors.joined(separator: ", ") + "\n" }
        tooltip += [node.year.map(String.init), node.venue].compactMap { $0 }.joined(separator: ", ")
        tooltip += (tooltip.hasSuffix("\n") ? "" : "\n") + "[\(node.key)]"
        a.append("tooltip=\(quoted(escaped(tooltip, tooltip: true)))")
        var style = ["rounded", "filled"]
        if node.status == .reading || node.isExternal { style.append("dashed") }
        a.append("style=\(quoted(style.joined(separator: ",")))")
        if node.isExternal && node.cluster == nil {
            // Outside the user's list: faint, dashed, grey text.
            a.append("color=\"#999999\"")
            a.append("fontcolor=\"#666666\"")
        }
        if node.status == .read { a.append("peripheries=2") }
        var fill: String?
        if let cluster = node.cluster {
            fill = clusterColor(cluster)
        } else if node.status == .read {
            fill = ExportPalette.readFill
        }
        if let fill {
            a.append("fillcolor=\(quoted(fill))")
            a.append("fontcolor=\(quoted(ExportPalette.textColor(on: fill)))")
        }
        if node.pathStep != nil { a.append("color=\(quoted(ExportPalette.path))") }
        if let rank = node.rank {
            let t = scale(rank)
            a.append("fontsize=\(ExportPalette.decimal(10 + 8 * t))")
            a.append("width=\(ExportPalette.decimal(1 + t))")
            a.append("penwidth=\(ExportPalette.decimal(1 + 2 * t))")
        } else if node.pathStep != nil {
            a.append("penwidth=2")
        }
        return a.joined(separator: ", ")
    }

    /// One edge statement. With the year layout, a citation that points back in time (a later-dated
    /// paper cited by an earlier one: preprints, venue years) does not constrain the ranks, so the
    /// year axis stays in order.
    private static func edgeLine(_ view: ExportView, _ edge: ExportEdge, index: Int, names: [String],
                                 yearLayout: Bool) -> String {
        let source = view.nodes[edge.source], target = view.nodes[edge.target]
        var a: [String] = []
        let from: Int, to: Int
        switch edge.kind {
        case .cites, .prerequisite:
            (from, to) = (edge.target, edge.source)
            var tip = "\(source.key) cites \(target.key)"
            if edge.kind == .prerequisite {
                tip = "read \(target.key) before \(source.key)" + (edge.reason.map { ": \($0)" } ?? "")
                    + (edge.cites ? " (also cited)" : "")
                a.append("color=\"#0072B2\"")
                a.append("penwidth=1.5")
            }
            a.append("tooltip=\(quoted(escaped(tip, tooltip: true)))")
        case .tagged:
            (from, to) = (edge.target, edge.source)
            a += ["style=\"dashed\"", "arrowhead=none", "color=\"#AAAAAA\""]
        case .authored:
            (from, to) = (edge.source, edge.target)
            a += ["style=\"dotted\"", "arrowhead=none", "color=\"#AAAAAA\""]
        }
        if yearLayout, let cited = view.nodes[from].year, let citing = view.nodes[to].year, cited > citing {
            a.append("constraint=false")
        }
        if edge.pathStep != nil {
            a.removeAll { $0.hasPrefix("color=") || $0.hasPrefix("penwidth=") }
            a += ["color=\(quoted(ExportPalette.path))", "penwidth=3"]
        }
        let attributes = a.isEmpty ? "" : " [\(a.joined(separator: ", "))]"
        return "\(quoted(names[from])) -> \(quoted(names[to]))\(attributes);"
    }

    /// The fill of cluster `c` (0 the largest): the palette's six colours for the six largest
    /// clusters, its grey for all others, as on the interactive map, so no two share a colour.
    static func clusterColor(_ c: Int) -> String {
        c >= 0 && c < ExportPalette.clusters.count - 1 ? ExportPalette.clusters[c] : ExportPalette.clusters[ExportPalette.clusters.count - 1]
    }

    /// A boxed legend: a read paper, a prerequisite and a citation edge, and each cluster colour
    /// with its label (the six largest, then "other clusters" in grey). Nodes are `legend*`.
    private static func legend(_ view: ExportView, clustered: Bool) -> String {
        var out = "  subgraph \"cluster_legend\" {\n"
        out += "    label=\"Legend\"; style=\"rounded\"; color=\"#BBBBBB\"; fontsize=10;\n"
        out += "    node [fontsize=9, width=0, height=0, margin=\"0.05,0.02\"];\n"
        out += "    \"legend_read\" [label=\"✓ read\", peripheries=2, fillcolor=\(quoted(ExportPalette.readFill)), tooltip=\"read\"];\n"
        out += "    \"legend_first\" [label=\"read first\", tooltip=\"read first\"];\n"
        out += "    \"legend_then\" [label=\"then\", tooltip=\"then\"];\n"
        out += "    \"legend_cited\" [label=\"cited\", tooltip=\"cited\"];\n"
        out += "    \"legend_citing\" [label=\"citing\", tooltip=\"citing\"];\n"
        out += "    \"legend_first\" -> \"legend_then\" [color=\"#0072B2\", penwidth=1.5, label=\" prerequisite\", fontsize=8];\n"
        out += "    \"legend_cited\" -> \"legend_citing\" [label=\" citation\", fontsize=8];\n"
        if clustered {
            var labels: [Int: String] = [:]
            for node in view.nodes { if let c = node.cluster, labels[c] == nil { labels[c] = node.clusterLabel ?? "cluster \(c + 1)" } }
            let shown = labels.keys.sorted().filter { $0 < ExportPalette.clusters.count - 1 }
            for c in shown {
                let fill = clusterColor(c)
                out += "    \"legend_cluster\(c)\" [label=\(quoted(escaped(PaperLabel.short(labels[c] ?? "", maxLength: 40, wrapWidth: 22)))), "
                    + "fillcolor=\(quoted(fill)), fontcolor=\(quoted(ExportPalette.textColor(on: fill))), tooltip=\(quoted(escaped(labels[c] ?? "", tooltip: true)))];\n"
            }
            if labels.keys.contains(where: { $0 >= ExportPalette.clusters.count - 1 }) {
                let grey = clusterColor(ExportPalette.clusters.count - 1)
                out += "    \"legend_other\" [label=\"other clusters\", fillcolor=\(quoted(grey)), "
                    + "fontcolor=\(quoted(ExportPalette.textColor(on: grey))), tooltip=\"other clusters\"];\n"
            }
        }
        out += "  }\n"
        return out
    }

    /// Invisible year nodes chained in order, each ranked with the papers of its year.
    private static func yearAxis(_ view: ExportView, _ names: [String]) -> String {
        let years = papersByYear(view, Array(view.nodes.indices))
        guard !years.isEmpty else { return "" }
        var out = "  node [shape=plaintext, style=\"solid\", fontsize=10, fontcolor=\"#777777\"];\n"
        for (year, _) in years { out += "  \(quoted("year\(year)")) [label=\(quoted(String(year))), tooltip=\(quoted(String(year)))];\n" }
        if years.count > 1 {
            out += "  " + years.map { quoted("year\($0.year)") }.joined(separator: " -> ") + " [style=invis];\n"
        }
        for (year, members) in years {
            out += "  { rank=same; \(quoted("year\(year)")); " + members.map { quoted(names[$0]) + ";" }.joined(separator: " ") + " }\n"
        }
        return out
    }

    /// `rank=same` groups for the papers of each year among `members`.
    private static func yearRanks(_ view: ExportView, _ members: [Int], _ names: [String], indent: String) -> String {
        papersByYear(view, members).filter { $0.members.count > 1 }.map { group in
            "\(indent){ rank=same; " + group.members.map { quoted(names[$0]) + ";" }.joined(separator: " ") + " }\n"
        }.joined()
    }

    private static func papersByYear(_ view: ExportView, _ members: [Int]) -> [(year: Int, members: [Int])] {
        var groups: [Int: [Int]] = [:]
        for i in members { if let year = view.nodes[i].year { groups[year, default: []].append(i) } }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    /// `s` in double quotes.
    static func quoted(_ s: String) -> String { "\"" + s + "\"" }

    /// `s` escaped for a double-quoted DOT label that Graphviz shows as written.
    ///
    /// The lexer only unescapes `\"`; labels then read `\n`, `\l`, `\r` as line breaks, `\N`, `\G`...
    /// as names and `\\` as a backslash, and decode HTML entities such as `&amp;`. So: backslash →
    /// `\\`, quote → `\"`, `&` → `&amp;`, newline → `\n`, carriage return and tab → space, other C0
    /// controls and DEL dropped. Tooltips are unescaped once more before names are substituted
    /// (Graphviz's `preprocessTooltip`), so there a backslash takes four.
    ///
    /// - Complexity: O(n) in the length of `s`.
    static func escaped(_ s: String, tooltip: Bool = false) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += tooltip ? "\\\\\\\\" : "\\\\"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
