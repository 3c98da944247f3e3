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
        options: [
            OptionSpec("format", short: "f", value: "format", help: "dot, json, graphml, gexf, csv, mermaid or html.",
                       allowed: ExportFormat.allCases.map(\.rawValue)),
            OptionSpec("output", short: "o", value: "file", help: "Write to this file (a folder for csv) instead of standard output."),
            OptionSpec("topic", short: "t", value: "topic", help: "Only papers of this topic (and its subtopics)."),
            OptionSpec("around", value: "paper", help: "Only the citation neighbourhood of this paper."),
            OptionSpec("depth", value: "k", help: "Neighbourhood depth for --around.", default: "1"),
            OptionSpec("top", short: "n", value: "n", help: "Only the N highest-ranked papers and the edges among them."),
            OptionSpec("include", value: "kinds", help: "Add nodes: topics, authors (comma-separated); external:K keeps the "
                       + "external papers cited by at least K of your papers (default 2; external:0 keeps all).", repeating: true),
            OptionSpec("with", value: "results", help: "Attach results: rank, clusters; html also related, paths (comma-separated).",
                       repeating: true),
            OptionSpec("path-to", value: "paper", help: "Mark the reading path to this paper."),
            OptionSpec("path-only", help: "With --path-to: export only the papers on the path."),
            OptionSpec("max", value: "n", help: "With --path-to: keep the N most important prerequisites, as path --max "
                       + "(the target always stays, also with --top)."),
            OptionSpec("layout", value: "layout",
                       help: "DOT: free, year (same year, same rank) or force (fixed positions for neato -n2); html: force or year.",
                       allowed: ["free", "year", "force"], default: "free"),
            OptionSpec("seed", value: "n", help: "Seed of the force layout.", default: String(HTMLMapContent.Options().seed)),
            OptionSpec("title", value: "text", help: "html: the page title.", default: HTMLMapWriter.Options().title),
            OptionSpec("public", help: "html: leave read status and notes out (a file to share)."),
            OptionSpec("rankdir", value: "dir", help: "DOT: TB, LR, BT or RL.", allowed: ["TB", "LR", "BT", "RL"], default: "TB"),
            OptionSpec("cluster-boxes", help: "DOT: draw each cluster as a labelled box (implies --with clusters)."),
            OptionSpec("shard-rows", value: "n", help: "CSV: split each table into headerless parts of N rows "
                       + "(nodes-header.csv, nodes-00000.csv, ...)."),
            OptionSpec("compress", value: "method", help: "CSV: compress the parts (gzip).", allowed: ["gzip"]),
            OptionSpec("links-key", value: "key", help: "JSON: the member holding edges: edges (networkx) or links (d3).",
                       allowed: ["edges", "links"], default: "edges"),
        ] + GraphInput.options + [PaperArgument.exactOption])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let output = arguments.value("output")
        guard let format = arguments.value("format").flatMap(ExportFormat.init(rawValue:))
                ?? output.flatMap(ExportFormat.inferred(fromPath:)) ?? (output == nil ? .dot : nil) else {
            throw .usage("cannot tell the format from '\(output ?? "")'; give --format (\(ExportFormat.names))", command: spec)
        }
        if format.writesFolder && output == nil {
            throw .usage("--format csv writes nodes.csv and edges.csv: give a folder with -o DIR", command: spec)
        }
        var includes = Set(arguments.values("include"))
        var results = Set(arguments.values("with"))
        let isMap = format == .html
        if isMap && results.isEmpty { results = ["rank", "clusters", "related", "paths"] }
        var externalMinimumCiters = 2
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
        let seed = try arguments.int("seed", in: 0...Int(Int32.max)).map(UInt64.init) ?? HTMLMapContent.Options().seed
        let folderOptions = CSVFolderWriter.Options(shardRows: try arguments.int("shard-rows", in: 1...Int(Int32.max)),
                                                    gzip: arguments.value("compress") == "gzip")
        if format != .csv && (folderOptions.shardRows != nil || folderOptions.gzip) {
            throw .usage("--shard-rows and --compress apply to --format csv", command: spec)
        }
        let depth = try arguments.int("depth", in: 0...1_000) ?? 1
        let top = try arguments.int("top", in: 1...Int(Int32.max))
        let loaded = try GraphInput.load(arguments, console: console)
        let graph = isMap && arguments.flag("public") ? loaded.withoutReadingStatus() : loaded

        var selection = ExportSelection(depth: depth, top: top, includeTopics: includes.contains("topics"),
                                        includeAuthors: includes.contains("authors"))
        selection.externalMinimumCiters = externalMinimumCiters
        if let topic = arguments.value("topic") { selection.topic = try PaperArgument.resolveTopic(topic, in: graph) }
        if let around = arguments.value("around") { selection.around = try PaperArgument.resolve(around, in: graph, arguments, console: console) }
        let boxes = arguments.flag("cluster-boxes")
        let needsRank = top != nil || results.contains("rank") || results.contains("clusters") || boxes
            || arguments.value("path-to") != nil || results.contains("paths")
        let ranking = needsRank ? graph.rankPapers() : nil
        var decorations = ExportDecorations()
        if results.contains("rank") || top != nil { decorations.rank = ranking?.scores }
        if let ranking, results.contains("clusters") || boxes {
            let clustering = graph.topicClusters(ranking: ranking)
            decorations.clusters = ClusterAssignment(communityOf: clustering.clusterOf.map { $0 - 1 },
                                                     labels: clustering.clusters.map(\.label))
        }
        if let target = arguments.value("path-to"), let ranking {
            let id = try PaperArgument.resolve(target, in: graph, arguments, console: console)
            let maxSteps = try arguments.int("max", in: 0...Int(Int32.max))
            decorations.readingPath = graph.readingPath(to: [id], options: ReadingPathOptions(maxSteps: maxSteps),
                                                        ranking: ranking).steps.map(\.paper)
            if arguments.flag("path-only") { selection.only = decorations.readingPath }
            selection.pinned = [id]
        }
        var options = ExportFormat.Options()
        options.dot.layout = arguments.value("layout") == "year" ? .year : .free
        options.dot.rankdir = DOTWriter.Options.RankDirection(rawValue: arguments.value("rankdir") ?? "TB") ?? .TB
        options.dot.clusterSubgraphs = boxes
        options.nodeLink.linksKey = arguments.value("links-key") ?? "edges"
        options.htmlMap = HTMLMapWriter.Options(title: arguments.value("title") ?? HTMLMapWriter.Options().title,
                                                isPublic: arguments.flag("public"))
        let algorithm: ExportLayout.Algorithm = arguments.value("layout") == "year" ? .year : .force

        let files: [ExportFormat.File]
        do {
            let view = try ExportView(graph: graph, selection: selection, decorations: decorations)
            if format.writesFolder, let output {
                Progress.clearLine(console)
                _ = try CSVFolderWriter.write(view, toFolder: output, options: folderOptions)
                return ExitCode.success
            }
            if format == .dot && arguments.value("layout") == "force" {
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
            files = try format.render(view, options: options)
        } catch {
            throw .diagnostics([error])
        }
        try write(files, output: output, console: console)
        return ExitCode.success
    }

    /// Writes the rendered file to standard output or to the -o file.
    private static func write(_ files: [ExportFormat.File], output: String?, console: Console) throws(CLIError) {
        Progress.clearLine(console)
        guard let output, output != "-" else {
            for file in files { console.out(file.text) }
            return
        }
        for file in files {
            do {
                try AtomicFile.write(file.text, toPath: output)
            } catch {
                throw .diagnostics([error])
            }
        }
    }
}
