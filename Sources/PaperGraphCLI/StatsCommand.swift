import PaperGraphIO
import PaperGraphModel

/// `papergraph stats GRAPH`: counts of papers, relations, reading status and structure.
struct StatsCommand: Command {
    static let spec = CommandSpec(
        name: "stats",
        abstract: "Show counts of papers, authors, topics, citations, read status and cycles.",
        discussion: """
        With --format json, prints one object with integer members: papers, authors, topics, citations,
        prerequisites, read, reading, unread, weak_components, isolated, cyclic_groups,
        largest_cyclic_group, self_citations, unresolved. With --format csv, the rows measure,count
        under the same names.
        """,
        arguments: [GraphInput.arguments],
        options: [.format, .output] + GraphInput.options)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let graph = try GraphInput.load(arguments, console: console)
        let stats = GraphStatistics(graph)
        let rows: [(String, Int)] = [
            ("papers", stats.papers), ("authors", stats.authors), ("topics", stats.topics),
            ("citations", stats.citations), ("prerequisites", stats.prerequisites),
            ("read", stats.read), ("reading", stats.reading), ("unread", stats.unread),
            ("weak_components", stats.weakComponents), ("isolated", stats.isolatedPapers),
            ("cyclic_groups", stats.cyclicGroups), ("largest_cyclic_group", stats.largestCyclicGroup),
            ("self_citations", stats.selfCitations), ("unresolved", stats.unresolved),
        ]
        let text: String
        if FormattedOutput.format(arguments) == "json" {
            text = JSONOutput.object(rows.map { ($0.0, .int($0.1)) }).serialized(pretty: true) + "\n"
        } else {
            let csv = FormattedOutput.format(arguments) == "csv"
            var table = TableWriter([("measure", .left), ("count", .right)])
            for (name, value) in rows { table.add([csv ? name : name.replacingOccurrences(of: "_", with: " "), String(value)]) }
            text = csv ? table.csv() : table.table(width: TerminalWidth.current(arguments))
        }
        try OutputTarget.write(text, arguments, console: console)
        return ExitCode.success
    }
}
