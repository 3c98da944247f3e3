import PaperGraphIO
import PaperGraphModel

/// `papergraph path GRAPH --to PAPER | --topic TOPIC`: what to read, in order, to understand a paper.
struct PathCommand: Command {
    static let spec = CommandSpec(
        name: "path",
        abstract: "The reading path to a paper or topic: its prerequisites in reading order, ending with it.",
        discussion: """
        Follows citations and explicit prerequisites transitively. Papers marked read are skipped, and so
        is anything reachable only through them (assumed known); --include-read shows them, marked.
        --max N keeps the N most important prerequisites (personalized PageRank from the target along
        "builds on" edges) in the same order. Each step says why it is there.
        JSON: {"target": id, "targets": [ids], "steps": [{"id", "title", "year", "reason", "why": [...],
        "read"}], "skipped_read": n, "omitted": n}; "why" is in Docs/reasons.md.
        """,
        arguments: [GraphInput.arguments],
        options: [CommonOptions.format, CommonOptions.output, to, topic, max, includeRead, ExternalPapers.option]
            + GraphInput.options + [PaperArgument.exact])

    static let to = Option.text("to", value: "paper", help: "The paper to understand (id, arXiv id, DOI or title).")
    static let topic = Option.text("topic", short: "t", value: "topic", help: "Understand every paper of this topic instead.")
    static let max = Option.integer("max", help: "Keep at most N prerequisites.", in: 0...Int(Int32.max))
    static let includeRead = Flag("include-read", help: "Keep papers marked read (shown as read).")

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let target = arguments[Self.to], topic = arguments[Self.topic]
        guard (target == nil) != (topic == nil) else {
            throw .usage("give either --to PAPER or --topic TOPIC", command: spec)
        }
        let maxSteps = arguments[Self.max]
        let graph = try GraphInput.load(arguments, console: console)
        let targets: [PaperID]
        if let target {
            targets = [try PaperArgument.resolve(target, in: graph, arguments, console: console)]
        } else {
            targets = graph.papers(inTopic: try PaperArgument.resolveTopic(topic!, in: graph))
            if targets.isEmpty { throw .failure("topic '\(topic!)' has no papers") }
        }
        ExternalPapers.noteIfThin(graph, console: console, fallback: "the path holds little more than the target")
        let path = graph.readingPath(to: targets, options: ReadingPathOptions(
            includeRead: arguments[Self.includeRead], maxSteps: maxSteps,
            includeExternal: ExternalPapers.included(arguments)), ranking: graph.rankPapers())
        var table = TableWriter([("step", .right), ("year", .right), ("read", .left), ("id", .left), ("title", .left),
                                 ("note", .left), ("why", .left)])
        var rows: [JSONOutput] = []
        let wording = ReasonWording(graph: graph)
        for (i, step) in path.steps.enumerated() {
            let paper = graph[step.paper]
            table.add([String(i + 1), PaperFields.year(paper), step.isRead ? "✓" : "", paper.key, PaperFields.title(paper),
                       step.referencesUnknown ? "references unknown" : "", wording.sentence(step.reasons)])
            rows.append(.object(PaperFields.json(graph, step.paper) + [
                ("reason", .string(wording.sentence(step.reasons))), ("why", wording.json(step.reasons)),
                ("read", .bool(step.isRead)), ("references_unknown", .bool(step.referencesUnknown))]))
        }
        if FormattedOutput.format(arguments) == .table {
            var notes: [String] = []
            if path.skippedRead > 0 { notes.append("\(path.skippedRead) read paper(s) skipped (--include-read shows them)") }
            if path.omitted > 0 { notes.append("\(path.omitted) less important prerequisite(s) left out by --max") }
            let unknown = path.steps.filter(\.referencesUnknown).count
            if unknown > 0 {
                notes.append("\(unknown) of \(path.steps.count) papers cite nothing in the graph (references unknown); "
                             + "what they build on may be missing")
            }
            for note in notes { console.err("note: \(note)\n") }
        }
        let output = FormattedOutput(table: table, json: .object([
            ("target", targets.count == 1 ? .string(graph[targets[0]].key) : .null),
            ("targets", .array(targets.map { .string(graph[$0].key) })),
            ("steps", .array(rows)), ("skipped_read", .int(path.skippedRead)), ("omitted", .int(path.omitted)),
        ]))
        try OutputTarget.write(output.render(arguments), arguments, console: console)
        return ExitCode.success
    }
}
