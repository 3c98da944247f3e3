import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel

/// `papergraph rank GRAPH`: the most important papers (or authors, or topics) by PageRank.
struct RankCommand: Command {
    static let spec = CommandSpec(
        name: "rank",
        abstract: "Rank papers by PageRank over citations (cited papers gain rank).",
        discussion: """
        Plain PageRank by default; --personalize restarts the random reader at the papers given, and
        --from-read at the papers marked read ("what matters most from where I stand"). Papers that
        cite nothing spread their rank like networkx does. --authors shares each paper's score equally
        among its authors; --topics among its topics.
        JSON: {"papers": [{"id", "title", "year", "score", "rank", "read"}], "iterations": n, "converged": true,
        "method": "exact"|"power"}.
        """,
        arguments: [GraphInput.arguments],
        options: [
            CommonOptions.format, CommonOptions.output, top, damping, tolerance, maxIterations, method, personalize,
            fromRead, unread, authors, topics, ExternalPapers.option,
        ] + GraphInput.options + [PaperArgument.exact])

    private static let defaults = PaperRankingOptions()
    static let top = CommonOptions.top(default: 20)
    static let damping = Option.number("damping", value: "d", help: "Probability of following a citation.",
                                       default: defaults.damping, in: 0...0.999_999)
    static let tolerance = Option.number("tolerance", value: "tol", help: "L1 stopping bound of the power method.",
                                         default: defaults.tolerance, in: 1e-300...1)
    static let maxIterations = Option.integer("max-iterations", help: "Most power iterations.",
                                              default: defaults.maxIterations, in: 1...1_000_000)
    static let method = Option.choice("method", value: "method", help: "Solver: auto (exact along strongly connected "
                                      + "components, power when one component dominates), exact or power.",
                                      among: [("auto", PageRankMethod.automatic), ("exact", .exact), ("power", .power)],
                                      default: defaults.method)
    static let personalize = Option.list("personalize", value: "paper", help: "Restart at this paper (repeatable; id, "
                                         + "arXiv id, DOI or title).")
    static let fromRead = Flag("from-read", help: "Restart at the papers marked read (and show a read column).")
    static let unread = Flag("unread", help: "Hide the papers marked read (ranks stay those of the whole list).")
    static let authors = Flag("authors", help: "Rank authors instead of papers.")
    static let topics = Flag("topics", help: "Rank topics instead of papers.")

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let top = arguments[Self.top]
        var options = PaperRankingOptions()
        options.damping = arguments[Self.damping]
        options.tolerance = arguments[Self.tolerance]
        options.maxIterations = arguments[Self.maxIterations]
        options.method = arguments[Self.method]
        let personalized = arguments[Self.personalize]
        if !personalized.isEmpty && arguments[Self.fromRead] {
            throw .usage("use either --personalize or --from-read, not both", command: spec)
        }
        if arguments[Self.authors] && arguments[Self.topics] {
            throw .usage("use either --authors or --topics, not both", command: spec)
        }
        if personalized.isEmpty && !arguments[Self.fromRead] && !arguments[Self.unread] && !arguments[Self.authors]
            && !arguments[Self.topics] {
            let pageRank = PageRankOptions(damping: options.damping, tolerance: options.tolerance,
                                           maxIterations: options.maxIterations, method: options.method)
            var fast: FormattedOutput?
            if var columns = try ColumnInput.columns(arguments, reading: pageRank.method == .power ? .citations : .solveOrder),
               columns.externalPaperCount == 0 {
                ExternalPapers.noteIfThin(papers: columns.paperCount, citations: columns.citationCount, console: console,
                                          fallback: thinFallback)
                let result: PageRankResult
                if let solve = columns.solveOrder, pageRank.method == .exact
                    || (pageRank.method == .automatic && 2 * solve.largestComponentSize <= columns.paperCount) {
                    // The order stored when the file was written: one pass, the same bits as the solve below.
                    result = solve.exactPageRank(options: pageRank, outOffsets: columns.citationOffsets)
                } else {
                    if !columns.readCitationGraph, let reopened = try ColumnInput.columns(arguments) { columns = reopened }
                    result = columns.citationPageRank(pageRank)
                }
                warnIfNotConverged(result.converged, result.iterations, console: console)
                fast = papers(columns.best(top, by: result.scores).enumerated().map { (rank: $0.offset + 1, paper: columns.row($0.element),
                                                                                       score: result.scores[$0.element], read: nil) },
                              iterations: result.iterations, converged: result.converged, method: result.method)
            } else if let edges = try ColumnInput.numericEdgeList(arguments) {
                ExternalPapers.noteIfThin(papers: edges.keys.count, citations: edges.graph.edgeCount, console: console,
                                          fallback: thinFallback)
                let result = edges.graph.pageRank(options: pageRank)
                warnIfNotConverged(result.converged, result.iterations, console: console)
                let shown = ColumnInput.best(top, of: edges.keys.count, by: result.scores, year: { _ in nil },
                                             key: { String(edges.keys[$0]) })
                fast = papers(shown.enumerated().map { (rank: $0.offset + 1, paper: edges.row($0.element), score: result.scores[$0.element],
                                                        read: nil) }, iterations: result.iterations,
                              converged: result.converged, method: result.method)
            }
            if let fast {
                try OutputTarget.write(fast.render(arguments), arguments, console: console)
                return ExitCode.success
            }
        }
        let graph = try GraphInput.load(arguments, console: console)
        if !personalized.isEmpty {
            var ids: [PaperID] = []
            for name in personalized { ids.append(try PaperArgument.resolve(name, in: graph, arguments, console: console)) }
            options.seed = .papers(ids)
        } else if arguments[Self.fromRead] {
            options.seed = .readPapers
        }
        ExternalPapers.noteIfThin(graph, console: console, fallback: thinFallback)
        let ranking = graph.rankPapers(options)
        warnIfNotConverged(ranking.converged, ranking.iterations, console: console)
        let output: FormattedOutput
        if arguments[Self.authors] {
            output = aggregate(graph.rankAuthors(ranking), top: top, noun: "author") { graph[$0].name }
        } else if arguments[Self.topics] {
            output = aggregate(graph.rankTopics(ranking), top: top, noun: "topic") { graph[$0].name }
        } else {
            let hideRead = arguments[Self.unread], marksRead = hideRead || arguments[Self.fromRead]
            let ranked = ranking.order(in: graph).filter { graph.isListed($0, includeExternal: ExternalPapers.included(arguments)) }
                .enumerated().filter { !hideRead || graph[$0.element].status != .read }
            let shown = top == 0 ? Array(ranked) : Array(ranked.prefix(top))
            output = papers(shown.map { (rank: $0.offset + 1, paper: PaperRow(graph[$0.element]), score: ranking.scores[$0.element.index],
                                         read: marksRead ? graph[$0.element].status == .read : nil) },
                            showRead: arguments[Self.fromRead] && !hideRead, iterations: ranking.iterations,
                            converged: ranking.converged, method: ranking.method)
        }
        try OutputTarget.write(output.render(arguments), arguments, console: console)
        return ExitCode.success
    }

    private static let thinFallback = "the scores are close to uniform"

    private static func warnIfNotConverged(_ converged: Bool, _ iterations: Int, console: Console) {
        guard !converged else { return }
        console.err("warning: PageRank did not converge in \(iterations) iterations; "
                    + "raise --max-iterations or use --method exact\n")
    }

    /// The ranked papers, best first, as a table and JSON; `read` is known on the full graph's path
    /// (a `read` member in JSON, and a column with `showRead`).
    private static func papers(_ shown: [(rank: Int, paper: PaperRow, score: Double, read: Bool?)], showRead: Bool = false,
                               iterations: Int, converged: Bool, method: PageRankMethod) -> FormattedOutput {
        var table = TableWriter([("rank", .right), ("score", .right), ("year", .right)] + (showRead ? [("read", .left)] : [])
                                + [("id", .left), ("title", .left)])
        var rows: [JSONOutput] = []
        for entry in shown {
            let read = entry.read ?? false
            table.add([String(entry.rank), PaperFields.score(entry.score), entry.paper.yearText] + (showRead ? [read ? "read" : ""] : [])
                      + [entry.paper.key, entry.paper.tableTitle])
            rows.append(.object(entry.paper.json + [("score", .double(entry.score)), ("rank", .int(entry.rank))]
                                + (entry.read.map { [("read", JSONOutput.bool($0))] } ?? [])))
        }
        return FormattedOutput(table: table, json: .object([
            ("papers", .array(rows)), ("iterations", .int(iterations)), ("converged", .bool(converged)),
            ("method", .string(method == .power ? "power" : "exact")),
        ]))
    }

    private static func aggregate<ID>(_ scores: [AggregateScore<ID>], top: Int, noun: String,
                                      name: (ID) -> String) -> FormattedOutput {
        let shown = top == 0 ? scores : Array(scores.prefix(top))
        var table = TableWriter([("rank", .right), ("score", .right), ("papers", .right), (noun, .left)])
        var rows: [JSONOutput] = []
        for (i, entry) in shown.enumerated() {
            table.add([String(i + 1), PaperFields.score(entry.score), String(entry.papers), name(entry.id)])
            rows.append(.object([("name", .string(name(entry.id))), ("score", .double(entry.score)),
                                 ("papers", .int(entry.papers)), ("rank", .int(i + 1))]))
        }
        return FormattedOutput(table: table, json: .object([("\(noun)s", .array(rows))]))
    }
}
