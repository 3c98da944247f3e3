import GraphAlgorithms
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
        largest_cyclic_group, self_citations, unresolved.
        """,
        arguments: [GraphInput.arguments],
        options: [.formatTableOrJSON, .output] + GraphInput.options)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let rows: [(String, Int)]
        if let columns = try ColumnInput.columns(arguments), columns.prerequisiteCount == 0 {
            rows = statistics(columns)
        } else {
            let graph = try GraphInput.load(arguments, console: console)
            let stats = GraphStatistics(graph)
            rows = [
                ("papers", stats.papers), ("authors", stats.authors), ("topics", stats.topics),
                ("citations", stats.citations), ("prerequisites", stats.prerequisites),
                ("read", stats.read), ("reading", stats.reading), ("unread", stats.unread),
                ("weak_components", stats.weakComponents), ("isolated", stats.isolatedPapers),
                ("cyclic_groups", stats.cyclicGroups), ("largest_cyclic_group", stats.largestCyclicGroup),
                ("self_citations", stats.selfCitations), ("unresolved", stats.unresolved),
            ]
        }
        let text: String
        if arguments.value("format") == "json" {
            text = JSONOutput.object(rows.map { ($0.0, .int($0.1)) }).serialized(pretty: true) + "\n"
        } else {
            var table = TableWriter([("measure", .left), ("count", .right)])
            for (name, value) in rows { table.add([name.replacingOccurrences(of: "_", with: " "), String(value)]) }
            text = table.table()
        }
        try OutputTarget.write(text, arguments, console: console)
        return ExitCode.success
    }

    /// ``GraphStatistics`` of a `.pgraph` file without prerequisites, from its columns: the
    /// reading dependencies are then the citations, and a file stores no self-citations or
    /// unresolved references.
    private static func statistics(_ columns: PGraphColumns) -> [(String, Int)] {
        let n = columns.paperCount, citations = columns.citations
        var read = 0, reading = 0, isolated = 0
        for v in 0..<n {
            switch columns.status(v) {
            case .read: read += 1
            case .reading: reading += 1
            case .unread: break
            }
            if citations.outDegree(of: v) == 0 && columns.citedBy.outDegree(of: v) == 0 { isolated += 1 }
        }
        let components = citations.condensationOrder()
        let largest = components.nontrivialComponents.map { components.size(of: Int($0)) }.max() ?? 0
        return [
            ("papers", n), ("authors", columns.authorCount), ("topics", columns.topicCount),
            ("citations", citations.edgeCount), ("prerequisites", 0),
            ("read", read), ("reading", reading), ("unread", n - read - reading),
            ("weak_components", citations.weakComponents().componentCount), ("isolated", isolated),
            ("cyclic_groups", components.nontrivialComponents.count), ("largest_cyclic_group", largest),
            ("self_citations", 0), ("unresolved", 0),
        ]
    }
}
