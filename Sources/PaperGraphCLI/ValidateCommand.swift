import PaperGraphIO
import PaperGraphModel

/// `papergraph validate GRAPH`: every problem in the input, compiler style.
struct ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check graph files and print every problem as path:line:col: warning|error: message.",
        discussion: """
        Exits 1 if there is any error, 0 otherwise (warnings alone do not fail). A record that had to be
        skipped (a broken BibTeX entry, a row or item without a title) is an error here, reported at the
        line where the record starts; other commands read on and print it as a warning. Problems are
        listed in input order (file, line), each once; --quiet lists only the errors. --merges lists
        every group of records merged into one paper, with where each record starts and why it joined.
        """,
        arguments: [GraphInput.arguments],
        options: [merges] + GraphInput.options)

    static let merges = Flag("merges", help: "List the records merged into one paper, with their locations.")

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let format = try GraphInput.inputFormat(arguments)
        let options = try GraphInput.importOptions(arguments)
        let loaded: (graph: PaperGraph, diagnostics: [Diagnostic])
        do {
            loaded = try GraphLoader.load(paths: arguments.positional, format: format,
                                         options: options)
        } catch {
            guard error.location != nil else { throw .diagnostics([error]) }
            console.out("\(error)\n")
            return ExitCode.failure
        }
        let diagnostics = DiagnosticReport.ordered(loaded.diagnostics, paths: arguments.positional)
            .map(DiagnosticReport.forValidation)
        let quiet = DiagnosticReport.isQuiet(arguments)
        for diagnostic in diagnostics where !quiet || diagnostic.severity == .error { console.out("\(diagnostic)\n") }
        if arguments[Self.merges] {
            for group in loaded.graph.mergeGroups {
                console.out("merged into '\(loaded.graph[group.paper].key)' (\(loaded.graph[group.paper].displayTitle)):\n")
                for member in group.members {
                    let reason = member.reason.map { " (" + $0.phrase + ")" } ?? ""
                    console.out("  \(member.location.map(String.init(describing:)) ?? "-"): '\(member.key)'\(reason)\n")
                }
            }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        console.err("\(loaded.graph.papers.count) papers checked: \(errors) errors, \(warnings) warnings\n")
        return errors > 0 ? ExitCode.failure : ExitCode.success
    }
}
