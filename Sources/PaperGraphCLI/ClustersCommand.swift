import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel

/// `papergraph clusters GRAPH`: topic clusters by community detection.
struct ClustersCommand: Command {
    static let spec = CommandSpec(
        name: "clusters",
        abstract: "Group papers into topic clusters (Leiden community detection, maximizing modularity).",
        discussion: """
        Clusters an undirected weighted paper graph: 1 per citation either way, + 0.5 x Salton
        bibliographic coupling, + 0.5 x Salton co-citation, + shared topics (0.25 spread over each topic's
        papers, topics of at most 300 papers). --citations-only clusters on citations alone. Each cluster
        is labelled by its most frequent topics (else its top paper's title) and lists its top papers by
        PageRank. Deterministic for a --seed.
        JSON: {"modularity": q, "clusters": [{"id", "label", "size", "papers": [ids, best first]}],
        "other": [ids]}.
        """,
        arguments: [GraphInput.arguments],
        options: [CommonOptions.format, CommonOptions.output, resolution, seed, minSize, top, citationsOnly,
                  ExternalPapers.option] + GraphInput.options)

    private static let defaults = TopicClusterOptions()
    static let resolution = Option.number("resolution", value: "gamma", help: "Modularity resolution: higher gives more, "
                                          + "smaller clusters.", default: defaults.resolution, in: 0...1_000)
    static let seed = Option.seed(help: "Seed of Leiden's randomized refinement.", default: defaults.seed)
    static let minSize = Option.integer("min-size", value: "k", help: "Fold clusters smaller than K papers into \"other\".",
                                        default: defaults.minSize, in: 1...Int(Int32.max))
    static let top = Option.integer("top", short: "n", help: "Papers listed per cluster in the table.", default: 3, in: 0...1_000)
    static let citationsOnly = Flag("citations-only", help: "Cluster on citations alone (no coupling, co-citation or topics).")

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        var options = TopicClusterOptions()
        options.resolution = arguments[Self.resolution]
        options.seed = arguments[Self.seed]
        options.minSize = arguments[Self.minSize]
        options.citationsOnly = arguments[Self.citationsOnly]
        let includeExternal = ExternalPapers.included(arguments)
        if options.citationsOnly, let columns = try ColumnInput.columns(arguments) {
            // One .pgraph file: citations read in place, keys and titles only for the printed rows.
            let graph: PGraphTopicColumns
            do { graph = try PGraphTopicColumns(columns) } catch { throw .diagnostics([error]) }
            ExternalPapers.noteIfThin(papers: columns.paperCount - columns.externalPaperCount, citations: columns.citationCount,
                                      console: console, fallback: thinFallback)
            let ranking = PaperRankingOptions()
            let scores = columns.citationPageRank(PageRankOptions(damping: ranking.damping, tolerance: ranking.tolerance,
                                                                  maxIterations: ranking.maxIterations, method: ranking.method)).scores
            return try write(graph.citationClusters(options, scores: scores), arguments, console: console,
                             isListed: { includeExternal || !columns.isExternal($0.index) }, key: { columns.key($0.index) },
                             shortTitle: { graph.shortTitle($0.index) })
        }
        let graph = try GraphInput.load(arguments, console: console)
        ExternalPapers.noteIfThin(graph, console: console, fallback: thinFallback)
        let clustering = graph.topicClusters(options, ranking: graph.rankPapers())
        return try write(clustering, arguments, console: console, isListed: { graph.isListed($0, includeExternal: includeExternal) },
                         key: { graph[$0].key }, shortTitle: { graph.shortTitle($0) })
    }

    private static let thinFallback = "the clusters follow the topics (headings) more than citations"

    /// Prints `clustering` (table, JSON or CSV): the listed members of each cluster, a paper's id
    /// from `key` and its name in the table from `shortTitle`.
    private static func write(_ clustering: TopicClustering, _ arguments: ParsedArguments, console: Console,
                              isListed: (PaperID) -> Bool, key: (PaperID) -> String,
                              shortTitle: (PaperID) -> String) throws(CLIError) -> Int32 {
        let top = arguments[Self.top], format = FormattedOutput.format(arguments)
        var table = TableWriter([("cluster", .right), ("size", .right), ("label", .left), ("top papers", .left)])
        var rows: [JSONOutput] = []
        let other = clustering.other.filter(isListed)
        let entries = clustering.clusters.map { ($0.id, $0.label, $0.papers.filter(isListed)) }.filter { !$0.2.isEmpty }
            + (other.isEmpty ? [] : [(0, "other", other)])
        for (id, label, members) in entries {
            let names = members.prefix(top).map(shortTitle).joined(separator: "; ")
            table.add([id == 0 ? "other" : String(id), String(members.count), label, names])
            // JSON lists every member's key: made only when JSON is printed (10^7 keys at 10^7 papers).
            if id > 0 && format == .json {
                rows.append(.object([("id", .int(id)), ("label", .string(label)), ("size", .int(members.count)),
                                     ("papers", .array(members.map { .string(key($0)) }))]))
            }
        }
        if format == .table {
            console.err("modularity \(PaperFields.score(clustering.modularity)), \(clustering.clusters.count) clusters\n")
        }
        let output = FormattedOutput(table: table, json: format != .json ? .object([]) : .object([
            ("modularity", .double(clustering.modularity)), ("clusters", .array(rows)),
            ("other", .array(other.map { .string(key($0)) })),
        ]))
        try OutputTarget.write(output.render(arguments), arguments, console: console)
        return ExitCode.success
    }
}
