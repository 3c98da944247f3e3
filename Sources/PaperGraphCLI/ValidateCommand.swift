import PaperGraphIO
import PaperGraphModel

/// `papergraph validate GRAPH`: every problem in the input, compiler style.
struct ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check graph files and print every problem as path:line:col: warning|error: message.",
        discussion: "Exits 1 if there is any error, 0 otherwise (warnings alone do not fail).",
        arguments: [GraphInput.arguments],
        options: GraphInput.options)

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
        for diagnostic in loaded.diagnostics { console.out("\(diagnostic)\n") }
        let errors = loaded.diagnostics.filter { $0.severity == .error }.count
        let warnings = loaded.diagnostics.count - errors
        console.err("\(loaded.graph.papers.count) papers checked: \(errors) errors, \(warnings) warnings\n")
        return errors > 0 ? ExitCode.failure : ExitCode.success
    }
}
