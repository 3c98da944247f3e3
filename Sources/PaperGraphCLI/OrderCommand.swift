import PaperGraphIO
import PaperGraphModel

/// `papergraph order GRAPH [--topic T]`: a reading order for the whole graph or one topic.
struct OrderCommand: Command {
    static let spec = CommandSpec(
        name: "order",
        abstract: "List papers in reading order: cited papers and prerequisites first.",
        discussion: """
        A topological order of "read before" (cited before citing, prerequisite before dependent).
        Among papers free to come next: higher PageRank first, then earlier year, then id. Papers that
        cite each other in a cycle are found as strongly connected components and listed together (by
        year, then rank), and each cyclic group is reported.
        JSON: {"order": [{"id", "title", "year", "position", "group"}], "cyclic_groups": [[ids...]]}
        ("group" is the index of the paper's cyclic group, or null).
        """,
        arguments: [GraphInput.arguments],
        options: [
            .format, .output,
            OptionSpec("topic", short: "t", value: "topic", help: "Only papers of this topic (and its subtopics)."),
            OptionSpec("top", short: "n", value: "n", help: "Show the first N (0 = all).", default: "0"),
            ExternalPapers.option,
        ] + GraphInput.options)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let graph = try GraphInput.load(arguments, console: console)
        let top = try arguments.int("top", in: 0...Int(Int32.max)) ?? 0
        let includeExternal = ExternalPapers.included(arguments)
        var selection = graph.listedPaperIDs(includeExternal: includeExternal)
        if let topicName = arguments.value("topic") {
            selection = graph.papers(inTopic: try PaperArgument.resolveTopic(topicName, in: graph))
                .filter { graph.isListed($0, includeExternal: includeExternal) }
        }
        ExternalPapers.noteIfThin(graph, console: console, fallback: "the order is mostly by rank and year, not by citations")
        let order = graph.readingOrder(of: selection, ranking: graph.rankPapers())
        let shown = top == 0 ? order.entries : Array(order.entries.prefix(top))
        var table = TableWriter([("#", .right), ("year", .right), ("group", .right), ("id", .left), ("title", .left)])
        var rows: [JSONOutput] = []
        for entry in shown {
            let paper = graph[entry.paper]
            table.add([String(entry.position), PaperFields.year(paper), entry.group.map { "C\($0 + 1)" } ?? "",
                       paper.key, PaperFields.title(paper)])
            rows.append(.object(PaperFields.json(graph, entry.paper) + [
                ("position", .int(entry.position)), ("group", entry.group.map { .int($0) } ?? .null)]))
        }
        let groups = JSONOutput.array(order.cyclicGroups.map { .array($0.map { .string(graph[$0].key) }) })
        if !order.cyclicGroups.isEmpty && arguments.value("format") == "table" {
            let sizes = order.cyclicGroups.map { String($0.count) }.joined(separator: ", ")
            console.err("note: \(order.cyclicGroups.count) cyclic group(s) of papers citing each other (sizes \(sizes)); "
                        + "marked C1, C2, ... and listed together\n")
        }
        let output = FormattedOutput(table: table, json: .object([("order", .array(rows)), ("cyclic_groups", groups)]))
        try OutputTarget.write(output.render(arguments), arguments, console: console)
        return ExitCode.success
    }
}
