import PaperGraphIO
import PaperGraphModel

/// `papergraph stats GRAPH`: counts of papers, relations, reading status and structure.
struct StatsCommand: Command {
    static let spec = CommandSpec(
        name: "stats",
        abstract: "Show counts of papers, authors, topics, citations, read status and cycles.",
        discussion: """
        papers counts your own papers; external counts the works outside your list that your papers
        cite (kept from reference lists and by enrich). Citations are also counted by source.
        With --format json, prints one object with integer members: papers, external, authors, topics,
        citations, prerequisites, read, reading, unread, weak_components, isolated, cyclic_groups,
        largest_cyclic_group, self_citations, unresolved, and citations_by_source (an object:
        source name → count). With --format csv, the
        rows measure,count under the same names (citations_from_SOURCE for each source).
        """,
        arguments: [GraphInput.arguments],
        options: [CommonOptions.format, CommonOptions.output] + GraphInput.options)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let stats: GraphStatistics
        if let stored = try ColumnInput.storedStatistics(arguments) {
            stats = stored
        } else {
            stats = GraphStatistics(try GraphInput.load(arguments, console: console))
        }
        let rows: [(String, Int)] = [
            ("papers", stats.papers), ("external", stats.external), ("authors", stats.authors), ("topics", stats.topics),
            ("citations", stats.citations), ("prerequisites", stats.prerequisites),
            ("read", stats.read), ("reading", stats.reading), ("unread", stats.unread),
            ("weak_components", stats.weakComponents), ("isolated", stats.isolatedPapers),
            ("cyclic_groups", stats.cyclicGroups), ("largest_cyclic_group", stats.largestCyclicGroup),
            ("self_citations", stats.selfCitations), ("unresolved", stats.unresolved),
        ]
        let text: String
        if FormattedOutput.format(arguments) == .json {
            let bySource = stats.citationsBySource.map { ($0.source, JSONOutput.int($0.citations)) }
            text = JSONOutput.object(rows.map { ($0.0, .int($0.1)) } + [("citations_by_source", .object(bySource))])
                .serialized(pretty: true) + "\n"
        } else {
            let csv = FormattedOutput.format(arguments) == .csv
            var table = TableWriter([("measure", .left), ("count", .right)])
            for (name, value) in rows { table.add([csv ? name : name.replacingOccurrences(of: "_", with: " "), String(value)]) }
            if stats.citationsBySource.count > 1 || stats.external > 0 {
                for entry in stats.citationsBySource {
                    table.add([csv ? "citations_from_\(entry.source)" : "citations from \(entry.source)", String(entry.citations)])
                }
            }
            text = csv ? table.csv() : table.table(width: TerminalWidth.current(arguments))
        }
        try OutputTarget.write(text, arguments, console: console)
        return ExitCode.success
    }
}
