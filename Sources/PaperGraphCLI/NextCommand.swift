import PaperGraphIO
import PaperGraphModel

/// `papergraph next GRAPH`: unread papers you are ready for, best first.
struct NextCommand: Command {
    static let spec = CommandSpec(
        name: "next",
        abstract: "What to read next: unread papers whose cited papers and prerequisites are all read.",
        discussion: """
        Ranked by 0.25 x personalized PageRank restarting at the papers marked read, walking citations
        and prerequisites both ways (closeness to what you have read), + 0.75 x PageRank (importance),
        each scaled to its best among the papers offered. With nothing read: the papers that
        build on nothing else, by PageRank. External papers (works your papers cite) never hold a
        paper back and are listed only with --include-external.
        JSON: {"next": [{"id", "title", "year", "score", "reason", "why": [...]}]}; "why" is in Docs/reasons.md.
        """,
        arguments: [GraphInput.arguments],
        options: [CommonOptions.format, CommonOptions.output, top, ExternalPapers.option] + GraphInput.options)

    static let top = CommonOptions.top(default: 10)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let top = arguments[Self.top]
        let graph = try GraphInput.load(arguments, console: console)
        ExternalPapers.noteIfThin(graph, console: console, fallback: "the papers ready next follow the read marks and plain order, not citations")
        let next = graph.nextPapers(limit: top == 0 ? nil : top, includeExternal: ExternalPapers.included(arguments))
        var table = TableWriter([("#", .right), ("score", .right), ("year", .right), ("id", .left), ("title", .left),
                                 ("why", .left)])
        var rows: [JSONOutput] = []
        let wording = ReasonWording(graph: graph)
        for (i, entry) in next.enumerated() {
            let paper = graph[entry.paper]
            table.add([String(i + 1), PaperFields.score(entry.score), PaperFields.year(paper), paper.key, PaperFields.title(paper),
                       wording.sentence(entry.reasons)])
            rows.append(.object(PaperFields.json(graph, entry.paper) + [("score", .double(entry.score)),
                                                                         ("reason", .string(wording.sentence(entry.reasons))),
                                                                         ("why", wording.json(entry.reasons))]))
        }
        let output = FormattedOutput(table: table, json: .object([("next", .array(rows))]))
        try OutputTarget.write(output.render(arguments), arguments, console: console)
        return ExitCode.success
    }
}
