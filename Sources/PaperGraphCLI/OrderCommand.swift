import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel

/// `papergraph order GRAPH [--topic T]`: a reading order for the whole graph or one topic.
struct OrderCommand: Command {
    static let spec = CommandSpec(
        name: "order",
        abstract: "List papers in reading order: cited papers and prerequisites first.",
        discussion: """
        A topological order of "read before" (cited before citing, prerequisite before dependent).
        Among papers free to come next: earlier year first (papers without a year last), then higher
        PageRank, then the order papers were read in. Papers that cite each other in a cycle are found as
        strongly connected components and listed together (by the same keys), and each cyclic group is
        reported. A paper that cites nothing in the graph is marked "references unknown": its place may
        be earlier than its real prerequisites would put it.
        JSON: {"order": [{"id", "title", "year", "position", "group", "references_unknown"}],
        "cyclic_groups": [[ids...]]} ("group" is the index of the paper's cyclic group, or null).
        """,
        arguments: [GraphInput.arguments],
        options: [CommonOptions.format, CommonOptions.output, topic, top, ExternalPapers.option] + GraphInput.options)

    static let topic = Option.text("topic", short: "t", value: "topic", help: "Only papers of this topic (and its subtopics).")
    static let top = Option.integer("top", short: "n", help: "Show the first N (0 = all).", default: 0, in: 0...Int(Int32.max))

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let top = arguments[Self.top]
        if arguments[Self.topic] == nil, let columns = try ColumnInput.columns(arguments), columns.prerequisiteCount == 0,
           columns.externalPaperCount == 0 {
            // Without prerequisites "read before" is the reversed citation graph, as in the model.
            ExternalPapers.noteIfThin(papers: columns.paperCount, citations: columns.citations.edgeCount, console: console,
                                      fallback: thinFallback)
            // One condensation serves both: the rank's solve and the order (the same partition).
            let levels = (0..<columns.paperCount).map { columns.year($0) ?? Int.max }
            let components = columns.citations.condensationOrder(levels: levels)
            let ranking = columns.citations.pageRank(options: PageRankOptions(), reversed: columns.citedBy,
                                                     components: components)
            let order = columns.citedBy.topologicalOrder(levels: levels, weights: ranking.scores, components: components)
            let count = top == 0 ? order.order.count : min(top, order.order.count)
            let entries = (0..<count).map { i in
                let v = Int(order.order[i]), group = order.groupOf[v]
                return ReadingOrder.Entry(paper: PaperID(v), position: i + 1, group: group >= 0 ? Int(group) : nil,
                                          referencesUnknown: columns.citations.outDegree(of: v) == 0)
            }
            let unknown = (0..<columns.paperCount).reduce(0) { $0 + (columns.citations.outDegree(of: $1) == 0 ? 1 : 0) }
            return try write(entries, groups: order.cyclicGroups.map { $0.map { columns.key(Int($0)) } },
                             total: columns.paperCount, referencesUnknown: unknown, row: { columns.row($0.index) },
                             arguments, console: console)
        }
        let graph = try GraphInput.load(arguments, console: console)
        let includeExternal = ExternalPapers.included(arguments)
        var selection = graph.listedPaperIDs(includeExternal: includeExternal)
        if let topicName = arguments[Self.topic] {
            selection = graph.papers(inTopic: try PaperArgument.resolveTopic(topicName, in: graph))
                .filter { graph.isListed($0, includeExternal: includeExternal) }
        }
        ExternalPapers.noteIfThin(graph, console: console, fallback: thinFallback)
        let order = graph.readingOrder(of: selection, ranking: graph.rankPapers())
        let shown = top == 0 ? order.entries : Array(order.entries.prefix(top))
        return try write(shown, groups: order.cyclicGroups.map { $0.map { graph[$0].key } }, total: order.entries.count,
                         referencesUnknown: order.referencesUnknownCount, row: { PaperRow(graph[$0]) },
                         arguments, console: console)
    }

    private static let thinFallback = "the order is mostly by rank and year, not by citations"

    /// Prints the shown entries of an order of `total` papers, with the notes on stderr. A table or
    /// CSV is written row by row as it is made (see ``OutputTarget/write(_:_:console:)``).
    private static func write(_ shown: [ReadingOrder.Entry], groups: [[String]], total: Int, referencesUnknown: Int,
                              row: @escaping (PaperID) -> PaperRow, _ arguments: ParsedArguments,
                              console: Console) throws(CLIError) -> Int32 {
        let isJSON = FormattedOutput.format(arguments) == .json
        let columns: [(String, TableWriter.Alignment)] = [("#", .right), ("year", .right), ("group", .right), ("id", .left),
                                                          ("title", .left), ("note", .left)]
        let table = TableWriter(columns, rowCount: isJSON ? 0 : shown.count) { i in
            let entry = shown[i], paper = row(entry.paper)
            return [String(entry.position), paper.yearText, entry.group.map { "C\($0 + 1)" } ?? "",
                    paper.key, paper.tableTitle, entry.referencesUnknown ? "references unknown" : ""]
        }
        let rows: [JSONOutput] = !isJSON ? [] : shown.map { entry in
            .object(row(entry.paper).json + [
                ("position", .int(entry.position)), ("group", entry.group.map { .int($0) } ?? .null),
                ("references_unknown", .bool(entry.referencesUnknown))])
        }
        if !groups.isEmpty && FormattedOutput.format(arguments) == .table {
            let sizes = groups.map { String($0.count) }.joined(separator: ", ")
            console.err("note: \(groups.count) cyclic group(s) of papers citing each other (sizes \(sizes)); "
                        + "marked C1, C2, ... and listed together\n")
        }
        if referencesUnknown > 0 && FormattedOutput.format(arguments) == .table {
            console.err("note: \(referencesUnknown) of \(total) papers cite nothing in the graph (references unknown); "
                        + "each may belong later than listed\n")
        }
        let json = JSONOutput.array(groups.map { .array($0.map { .string($0) }) })
        let output = FormattedOutput(table: table, json: .object([("order", .array(rows)), ("cyclic_groups", json)]))
        try OutputTarget.write(output, arguments, console: console)
        return ExitCode.success
    }
}
