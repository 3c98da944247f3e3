import PaperGraphIO
import PaperGraphModel

/// `papergraph related GRAPH... PAPER`: papers related to one paper, with reasons.
struct RelatedCommand: Command {
    /// The defaults, which the help text states.
    private static let d = RelatedPaperOptions()
    static let spec = CommandSpec(
        name: "related",
        abstract: "Papers related to a paper, each with the reasons in words.",
        discussion: """
        Score = M / best M x (1 + \(d.authors) x Jaccard of shared authors + \(d.topics) x Jaccard of shared
        topics) + \(d.direct) per direct citation, where M multiplies each signal, scaled to the best
        candidate's and plus \(d.floor), raised to its weight: personalized PageRank from the paper
        (citations taken either way) ^\(d.walk); resource allocation (each paper on the way passes
        1 / its number of neighbours) over shared references ^\(d.sharedReferences), shared citers ^\(d.sharedCiters),
        references of references ^\(d.referencesOfReferences), citers of citers ^\(d.citersOfCiters), references of papers
        sharing references with it ^\(d.referencesOfCoupled); (1 + citers) ^\(d.citedBy); and, when both years
        are known, (1 + years apart) ^\(d.yearGap), times e^\(d.newer) for a paper newer than it. Weights
        fitted on held-out citations of cit-HepTh (Benchmarks/quality/QUALITY.md).
        JSON: {"paper": id, "related": [{"id", "title", "year", "score", "reasons": [...], "why": [...]}]};
        "why" is in Docs/reasons.md.
        """,
        arguments: [GraphInput.arguments, ArgumentSpec("PAPER", help: "The paper (id, arXiv id, DOI or title), unless "
                                                       + "--paper names it.", optional: true)],
        options: [CommonOptions.format, CommonOptions.output, top, paper, ExternalPapers.option] + GraphInput.options
            + [PaperArgument.exact])

    static let top = Option.integer("top", short: "n", help: "Show the N best.", default: d.limit, in: 1...100_000)
    static let paper = Option.text("paper", value: "paper", help: "The paper (instead of the last argument).")

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let (paths, names) = try PaperArgument.graphsAndNames(arguments, options: [Self.paper])
        let options = RelatedPaperOptions(limit: arguments[Self.top], includeExternal: ExternalPapers.included(arguments))
        if paths.count == 1, let columns = try ColumnInput.columns(arguments, path: paths[0]),
           let paper = columns.paper(withKey: names[0].trimmingWhitespace()) {
            // A paper named by its key in one .pgraph file: score over the file's columns.
            let graph: PGraphRelatedColumns
            do { graph = try PGraphRelatedColumns(columns) } catch { throw .diagnostics([error]) }
            ExternalPapers.noteIfThin(papers: columns.paperCount - columns.externalPaperCount,
                                      citations: columns.citations.edgeCount, console: console, fallback: thinFallback)
            return try write(graph.relatedPapers(to: PaperID(paper), options: options), subject: PaperID(paper),
                             row: { columns.row($0.index) }, names: graph, arguments, console: console)
        }
        let graph = try GraphInput.load(arguments, console: console, paths: paths)
        let paper = try PaperArgument.resolve(names[0], in: graph, arguments, console: console)
        ExternalPapers.noteIfThin(graph, console: console, fallback: thinFallback)
        return try write(graph.relatedPapers(to: paper, options: options), subject: paper, row: { PaperRow(graph[$0]) },
                         names: graph, arguments, console: console)
    }

    private static let thinFallback = "related papers come from shared authors and topics (headings) more than citations"

    /// Prints `related` (table, JSON or CSV), each paper's fields from `row`, its reasons worded
    /// with `names`.
    private static func write(_ related: [RelatedPaper], subject: PaperID, row: (PaperID) -> PaperRow, names: any ReasonNames,
                              _ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        var table = TableWriter([("#", .right), ("score", .right), ("year", .right), ("id", .left), ("title", .left),
                                 ("why", .left)])
        var rows: [JSONOutput] = []
        let wording = ReasonWording(names: names, subject: subject)
        for (i, entry) in related.enumerated() {
            let p = row(entry.paper)
            table.add([String(i + 1), PaperFields.score(entry.score), p.yearText, p.key, p.tableTitle,
                       wording.sentence(entry.reasons)])
            rows.append(.object(p.json + [
                ("score", .double(entry.score)), ("reasons", .array(wording.clauses(entry.reasons).map { .string($0) })),
                ("why", wording.json(entry.reasons))]))
        }
        let output = FormattedOutput(table: table, json: .object([("paper", .string(names.paperKey(subject))),
                                                                   ("related", .array(rows))]))
        try OutputTarget.write(output.render(arguments), arguments, console: console)
        return ExitCode.success
    }
}
