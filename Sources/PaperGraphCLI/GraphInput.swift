import PaperGraphIO
import PaperGraphModel

/// Loading the graph a command works on, shared by every subcommand.
enum GraphInput {
    /// `GRAPH ...`: input files, merged into one graph.
    static let arguments = ArgumentSpec("GRAPH", help: "Graph files in any supported format (JSON, Markdown, BibTeX, CSV, "
                                        + "edge lists, ...); several are merged into one graph.", repeating: true)

    static let from = Option.text("from", value: "format", help: "Input format when the extension does not tell: "
                                  + "\(InputFormat.names).", showInUsage: false)
    static let reverse = Flag("reverse", help: "Edge lists: each line is 'cited citing' (default only for LINQS .cites files).",
                              showInUsage: false)
    static let orderAsPrerequisites = Flag("order-as-prerequisites", help: "Markdown: numbered items become prerequisites "
                                           + "of the next one.", showInUsage: false)
    static let citations = Option.text("citations", value: "file", help: "CSV/TSV papers: a table of citations (citing,cited) "
                                       + "to add.", showInUsage: false)
    static let column = Option.repeated("column", value: "header=field", help: "CSV/TSV: read column HEADER as FIELD (id, "
                                        + "title, year, authors, topics, doi, arxiv, url, status, venue, kind, citing, "
                                        + "cited); repeatable.", showInUsage: false)
    static let authorSeparator = Option.text("author-separator", value: "text", help: "CSV/TSV: what separates authors "
                                             + "(default ';', or ' and ').", showInUsage: false)
    static let merge = Option.choice("merge", value: "rule", help: "Which records are one paper: auto (ids always; title "
                                     + "and year or URL across files and within lists without ids), titles (by title "
                                     + "everywhere), ids (never by title), none (same key only).",
                                     default: ImportOptions().merge, showInUsage: false)

    /// Options every command that reads graphs takes.
    static let options: [any DeclaredOption] = [
        from, reverse, orderAsPrerequisites, citations, column, authorSeparator, merge,
        TerminalWidth.wide, DiagnosticReport.quiet,
    ]

    /// The import options given on the command line.
    static func importOptions(_ arguments: ParsedArguments) throws(CLIError) -> ImportOptions {
        var options = ImportOptions()
        for mapping in arguments[column] {
            let parts = mapping.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw .usage("--column expects HEADER=FIELD (for example paper_title=title), found '\(mapping)'",
                             command: arguments.spec)
            }
            options.table.columnMap[parts[0]] = parts[1]
        }
        options.table.authorSeparator = arguments[authorSeparator]
        if arguments[reverse] { options.edgeList.reverse = true }
        options.table.citationsPath = arguments[citations]
        options.markdown.orderAsPrerequisites = arguments[orderAsPrerequisites]
        options.merge = arguments[merge]
        return options
    }

    /// Loads the graphs named by the positional arguments, printing warnings to standard error.
    ///
    /// - Throws: ``CLIError/diagnostics(_:)`` with every error when the input has any.
    static func load(_ arguments: ParsedArguments, console: Console, paths: [String]? = nil,
                     showWarnings: Bool = true) throws(CLIError) -> PaperGraph {
        let paths = paths ?? arguments.positional
        let format = try inputFormat(arguments)
        let options = try importOptions(arguments)
        var progress = Progress(console)
        progress.note("reading " + paths.joined(separator: ", ") + "…")
        let loaded: (graph: PaperGraph, diagnostics: [Diagnostic])
        do {
            loaded = try GraphLoader.load(paths: paths, format: format, options: options)
        } catch {
            progress.finish()
            throw .diagnostics([error])
        }
        progress.finish()
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw .diagnostics(DiagnosticReport.ordered(errors, paths: paths)) }
        if showWarnings && !DiagnosticReport.isQuiet(arguments) {
            report(warnings: DiagnosticReport.ordered(loaded.diagnostics, paths: paths), console: console)
        }
        // Stays on screen while the command works; the output (or an error) clears it.
        progress.note("read \(loaded.graph.papers.count) papers and \(loaded.graph.citations.edgeCount) citations; working…")
        return loaded.graph
    }

    /// The `--from` format, if given.
    static func inputFormat(_ arguments: ParsedArguments) throws(CLIError) -> InputFormat? {
        guard let name = arguments[from] else { return nil }
        guard let format = InputFormat(name: name) else {
            throw .usage("unknown input format '\(name)'; expected one of: \(InputFormat.names)", command: arguments.spec)
        }
        return format
    }

    /// Prints warnings, at most `limit` of them followed by a count of the rest.
    static func report(warnings: [Diagnostic], console: Console, limit: Int = 20) {
        for diagnostic in warnings.prefix(limit) { console.err("\(diagnostic)\n") }
        if warnings.count > limit {
            console.err("warning: \(warnings.count - limit) more warnings not shown; run 'papergraph validate' to see all\n")
        }
    }
}
