import Foundation
import PaperGraphIO
import PaperGraphModel

/// `papergraph export GRAPH --format dot|json|graphml|gexf|csv|mermaid|html [-o FILE]`.
struct ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Export the graph (or a selection) for Graphviz, networkx/d3, Gephi, Cytoscape, Neo4j, Spark or GitHub.",
        discussion: """
        Formats: dot (Graphviz), json (node-link, loads with networkx.node_link_graph; --links-key links
        for d3), graphml, gexf (1.3), csv (-o DIR writes nodes.csv and edges.csv for Neo4j and Spark,
        into a folder papergraph owns and replaces whole; --shard-rows and --compress gzip split and
        compress large tables; see Docs/export-csv.md), mermaid (small selections), html (an interactive
        map in one offline file: pan, zoom, search, filters, a panel per paper with its related papers,
        reading path and what next; --with chooses what is precomputed, all four by default; --public
        leaves read status and notes out). The format comes from --format, else from the -o
        extension. Files are written atomically: an error never leaves a partial file.
        Selection (combined): --topic, --around PAPER --depth K, --top N (highest PageRank, applied last).
        Papers and citations by default; --include topics,authors adds those nodes. --with rank,clusters
        attaches PageRank and cluster attributes (DOT: size and colour); --path-to PAPER marks the reading
        path (DOT: bold, numbered), and --path-only exports just the path. --layout force computes a
        ForceAtlas2 layout (the HTML map's) and writes it into DOT as pos="x,y!" for neato -n2.
        """,
        arguments: [GraphInput.arguments],
        options: [format, output, topic, around, depth, top, include, with, pathTo, pathOnly, max, layout, seed, title,
                  isPublic, rankdir, clusterBoxes, shardRows, compress, linksKey] + GraphInput.options + [PaperArgument.exact])

    static let format = Option.choice("format", short: "f", value: "format", help: "dot, json, graphml, gexf, csv, mermaid or html.",
                                      among: ExportFormat.allCases.map { ($0.rawValue, $0) })
    static let output = Option.text("output", short: "o", value: "file",
                                    help: "Write to this file (a folder for csv) instead of standard output.")
    static let topic = Option.text("topic", short: "t", value: "topic", help: "Only papers of this topic (and its subtopics).")
    static let around = Option.text("around", value: "paper", help: "Only the citation neighbourhood of this paper.")
    static let depth = Option.integer("depth", value: "k", help: "Neighbourhood depth for --around.",
                                      default: ExportSelection().depth, in: 0...1_000)
    static let top = Option.integer("top", short: "n", help: "Only the N highest-ranked papers and the edges among them.",
                                    in: 1...Int(Int32.max))
    static let include = Option.list("include", value: "kinds", help: "Add nodes: topics, authors (comma-separated); "
                                     + "external:K keeps the external papers cited by at least K of your papers (default "
                                     + "\(ExportSelection().externalMinimumCiters); external:0 keeps all).")
    static let with = Option.list("with", value: "results", help: "Attach results: rank, clusters; html also related, paths "
                                  + "(comma-separated).")
    static let pathTo = Option.text("path-to", value: "paper", help: "Mark the reading path to this paper.")
    static let pathOnly = Flag("path-only", help: "With --path-to: export only the papers on the path.")
    static let max = Option.integer("max", help: "With --path-to: keep the N most important prerequisites, as path --max "
                                    + "(the target always stays, also with --top).", in: 0...Int(Int32.max))
    static let layout = Option.choice("layout", value: "layout", help: "DOT: free, year (same year, same rank) or force "
                                      + "(fixed positions for neato -n2); html: force or year.", default: Layout.free)
    static let seed = Option.seed(help: "Seed of the force layout.", default: HTMLMapContent.Options().seed, upTo: Int(Int32.max))
    static let title = Option.text("title", value: "text", help: "html: the page title.", default: HTMLMapWriter.Options().title)
    static let isPublic = Flag("public", help: "html: leave read status and notes out (a file to share).")
    static let rankdir = Option.choice("rankdir", value: "dir", help: "DOT: TB, LR, BT or RL.",
                                       default: DOTWriter.Options().rankdir)
    static let clusterBoxes = Flag("cluster-boxes", help: "DOT: draw each cluster as a labelled box (implies --with clusters).")
    static let shardRows = Option.integer("shard-rows", help: "CSV: split each table into headerless parts of N rows "
                                          + "(nodes-header.csv, nodes-00000.csv, ...).", in: 1...Int(Int32.max))
    static let compress = Option.choice("compress", value: "method", help: "CSV: compress the parts (gzip).",
                                        among: [("gzip", true)])
    static let linksKey = Option.choice("links-key", value: "key", help: "JSON: the member holding edges: edges (networkx) "
                                        + "or links (d3).", among: [("edges", "edges"), ("links", "links")],
                                        default: NodeLinkJSONWriter.Options().linksKey)

    /// `--layout`: DOT's own placement, one rank per year, or the force layout's fixed positions.
    enum Layout: String, CaseIterable, Sendable { case free, year, force }

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let output = arguments[Self.output]
        guard let format = arguments[Self.format]
                ?? output.flatMap(ExportFormat.inferred(fromPath:)) ?? (output == nil ? .dot : nil) else {
            throw .usage("cannot tell the format from '\(output ?? "")'; give --format (\(ExportFormat.names))", command: spec)
        }
        if format.writesFolder && output == nil {
            throw .usage("--format csv writes nodes.csv and edges.csv: give a folder with -o DIR", command: spec)
        }
        var includes = Set(arguments[Self.include])
        var results = Set(arguments[Self.with])
        let isMap = format == .html
        if isMap && results.isEmpty { results = ["rank", "clusters", "related", "paths"] }
        var externalMinimumCiters = ExportSelection().externalMinimumCiters
        for item in includes where item == "external" || item.hasPrefix("external:") {
            includes.remove(item)
            let count = item == "external" ? "1" : String(item.dropFirst("external:".count))
            guard let k = Int(count), k >= 0 else {
                throw .usage("--include external:K takes a count of your papers (0 or more), not '\(count)'", command: spec)
            }
            externalMinimumCiters = k
        }
        for unknown in includes.subtracting(["topics", "authors"]).sorted() {
            throw .usage("--include takes topics, authors or external:K, not '\(unknown)'", command: spec)
        }
        let knownResults: Set<String> = isMap ? ["rank", "clusters", "related", "paths"] : ["rank", "clusters"]
        for unknown in results.subtracting(knownResults).sorted() {
            throw .usage("--with takes \(knownResults.sorted().joined(separator: ", ")), not '\(unknown)'", command: spec)
        }
        let seed = arguments[Self.seed]
        let folderOptions = CSVFolderWriter.Options(shardRows: arguments[Self.shardRows], gzip: arguments[Self.compress] == true)
        if format != .csv && (folderOptions.shardRows != nil || folderOptions.gzip) {
            throw .usage("--shard-rows and --compress apply to --format csv", command: spec)
        }
        let depth = arguments[Self.depth]
        let top = arguments[Self.top]
        let loaded = try GraphInput.load(arguments, console: console)
        let graph = isMap && arguments[Self.isPublic] ? loaded.withoutReadingStatus() : loaded

        var selection = ExportSelection(depth: depth, top: top, includeTopics: includes.contains("topics"),
                                        includeAuthors: includes.contains("authors"))
        selection.externalMinimumCiters = externalMinimumCiters
        if let topic = arguments[Self.topic] { selection.topic = try PaperArgument.resolveTopic(topic, in: graph) }
        if let around = arguments[Self.around] { selection.around = try PaperArgument.resolve(around, in: graph, arguments, console: console) }
        let boxes = arguments[Self.clusterBoxes]
        let needsRank = top != nil || results.contains("rank") || results.contains("clusters") || boxes
            || arguments[Self.pathTo] != nil || results.contains("paths")
        let ranking = needsRank ? graph.rankPapers() : nil
        var decorations = ExportDecorations()
        if results.contains("rank") || top != nil { decorations.rank = ranking?.scores }
        if let ranking, results.contains("clusters") || boxes {
            let clustering = graph.topicClusters(ranking: ranking)
            decorations.clusters = ClusterAssignment(communityOf: clustering.clusterOf.map { $0 - 1 },
                                                     labels: clustering.clusters.map(\.label))
        }
        if let target = arguments[Self.pathTo], let ranking {
            let id = try PaperArgument.resolve(target, in: graph, arguments, console: console)
            decorations.readingPath = graph.readingPath(to: [id], options: ReadingPathOptions(maxSteps: arguments[Self.max]),
                                                        ranking: ranking).steps.map(\.paper)
            if arguments[Self.pathOnly] { selection.only = decorations.readingPath }
            selection.pinned = [id]
        }
        var options = ExportFormat.Options()
        let layout = arguments[Self.layout]
        options.dot.layout = layout == .year ? .year : .free
        options.dot.rankdir = arguments[Self.rankdir]
        options.dot.clusterSubgraphs = boxes
        options.nodeLink.linksKey = arguments[Self.linksKey]
        options.htmlMap = HTMLMapWriter.Options(title: arguments[Self.title], isPublic: arguments[Self.isPublic])
        let algorithm: ExportLayout.Algorithm = layout == .year ? .year : .force

        do {
            let view = try ExportView(graph: graph, selection: selection, decorations: decorations)
            if format.writesFolder, let output {
                Progress.clearLine(console)
                _ = try CSVFolderWriter.write(view, toFolder: output, options: folderOptions)
                return ExitCode.success
            }
            if format == .dot && layout == .force {
                options.dot.layout = .free
                options.dot.positions = ExportLayout(view, algorithm: .force, seed: seed).positions
            }
            if isMap {
                let mapOptions = HTMLMapContent.Options(layout: algorithm, seed: seed, related: results.contains("related"),
                                                        paths: results.contains("paths"))
                options.htmlMapContent = HTMLMapContent(graph: graph, view: view, ranking: ranking, options: mapOptions) {
                    ReasonWording(graph: graph, subject: $1).sentence($0)
                }
            }
            try OutputTarget.stream(toPath: output, console: console) { sink throws(Diagnostic) in
                try format.write(view, options: options, to: &sink)
            }
        } catch {
            throw .diagnostics([error])
        }
        return ExitCode.success
    }
}

