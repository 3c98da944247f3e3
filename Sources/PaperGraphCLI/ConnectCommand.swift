import PaperGraphIO
import PaperGraphModel

/// `papergraph connect GRAPH... A B`: the shortest citation chains between two papers.
struct ConnectCommand: Command {
    static let spec = CommandSpec(
        name: "connect",
        abstract: "Show the shortest citation chains linking two papers (citations in either direction).",
        discussion: """
        Like Inciteful's Literature Connector: each chain links A to B through papers that cite or are
        cited by the next one. Exits 0 with a note when the papers are not connected.
        JSON: {"from": id, "to": id, "length": n|null, "chains": [[{"id", "title", "year", "link"}]]}
        ("link" says how a paper relates to the next: "cites" or "is cited by").
        """,
        arguments: [GraphInput.arguments, ArgumentSpec("A", help: "The first paper, unless --paper names it.", optional: true),
                    ArgumentSpec("B", help: "The second paper, unless --to names it.", optional: true)],
        options: [CommonOptions.format, CommonOptions.output, limit, paper, to] + GraphInput.options + [PaperArgument.exact])

    static let limit = Option.integer("limit", help: "Show at most N chains.", default: 5, in: 1...10_000)
    static let paper = Option.text("paper", value: "paper", help: "The first paper (instead of argument A).")
    static let to = Option.text("to", value: "paper", help: "The second paper (instead of argument B).")

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let limit = arguments[Self.limit]
        let (paths, names) = try PaperArgument.graphsAndNames(arguments, options: [Self.paper, Self.to])
        let graph = try GraphInput.load(arguments, console: console, paths: paths)
        let a = try PaperArgument.resolve(names[0], in: graph, arguments, console: console)
        let b = try PaperArgument.resolve(names[1], in: graph, arguments, console: console)
        let chains = graph.citationChains(from: a, to: b, limit: limit)
        var table = TableWriter([("chain", .right), ("step", .right), ("link", .left), ("year", .right), ("id", .left),
                                 ("title", .left)])
        var jsonChains: [JSONOutput] = []
        for (c, chain) in chains.enumerated() {
            var steps: [JSONOutput] = []
            for (i, id) in chain.enumerated() {
                let link = i + 1 < chain.count ? graph.citationLink(from: id, to: chain[i + 1]) : ""
                let paper = graph[id]
                table.add([String(c + 1), String(i + 1), link, PaperFields.year(paper), paper.key, PaperFields.title(paper)])
                steps.append(.object(PaperFields.json(graph, id) + [("link", link.isEmpty ? .null : .string(link))]))
            }
            jsonChains.append(.array(steps))
        }
        if chains.isEmpty { console.err("note: '\(graph[a].key)' and '\(graph[b].key)' are not connected by citations\n") }
        let output = FormattedOutput(table: table, json: .object([
            ("from", .string(graph[a].key)), ("to", .string(graph[b].key)),
            ("length", chains.first.map { .int($0.count - 1) } ?? .null), ("chains", .array(jsonChains)),
        ]))
        try OutputTarget.write(output.render(arguments), arguments, console: console)
        return ExitCode.success
    }
}
