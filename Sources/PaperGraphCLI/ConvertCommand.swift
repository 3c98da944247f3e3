import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel

/// `papergraph convert GRAPH... -o OUT`: rewrites graphs as native JSON or binary `.pgraph`.
struct ConvertCommand: Command {
    static let spec = CommandSpec(
        name: "convert",
        abstract: "Convert graph files to native JSON or the binary .pgraph format (and back).",
        discussion: """
        Reads any input format (several files are merged into one graph) and writes the graph in the
        format of the output's extension (.json or .pgraph) or --format. A .pgraph file holds the same
        graph as the JSON (json -> pgraph -> json gives identical JSON) and loads by memory-mapping,
        without parsing; every command reads it. See Docs/pgraph-format.md. A single edge list converted to
        .pgraph is written straight from its citation graph, without building the whole graph (the same
        file, the same warnings; about 16 bytes per citation and 30 per paper at the peak). Native JSON is refused above
        200000 papers (the rule import and generate follow too); -o - writes to standard output.
        """,
        arguments: [GraphInput.arguments],
        options: [output, format] + GraphInput.options)

    static let output = Option.text("output", short: "o", value: "file", help: "The file to write (atomically); required.")
    static let format = GraphFileFormat.option([.json, .pgraph], help: "Output format: json or pgraph.")

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        guard let path = arguments[Self.output] else {
            throw .usage("missing option -o <file>: the file to write", command: spec)
        }
        let format = try GraphFileFormat.resolve(arguments[Self.format], path: path, fallback: nil, arguments)
        guard format != .edgelist else {
            throw .usage("convert writes .json or .pgraph; use 'papergraph generate' for edge lists", command: spec)
        }
        if format == .pgraph, try writeEdgeList(arguments, toPath: path, console: console) { return ExitCode.success }
        let graph = try GraphInput.load(arguments, console: console)
        if format == .json { try GraphFileFormat.checkJSONSize(papers: graph.papers.count, fromInput: true, arguments) }
        do {
            if format == .pgraph {
                try PGraphWriter.write(graph, toPath: path)
            } else {
                try OutputTarget.stream(toPath: path, console: console) { NativeFormatWriter.write(graph, to: &$0) }
            }
        } catch {
            throw .diagnostics([error])
        }
        console.err("wrote \(graph.papers.count) papers, \(graph.citations.edgeCount) citations to \(path)\n")
        return ExitCode.success
    }

    /// The fast path for one edge list: its citation graph over dense ids (integer keys read as
    /// integers, ``NumericEdgeList``; other tokens through ``EdgeListGraph``) written straight to
    /// `.pgraph` (``PGraphWriter/write(edgeListKeys:citations:selfCitations:source:toPath:)``): the
    /// same file and the same warnings as through the builder, with no ``PaperGraph``.
    ///
    /// - Returns: False when the input is anything else (then the general path reads it).
    private static func writeEdgeList(_ arguments: ParsedArguments, toPath path: String, console: Console) throws(CLIError) -> Bool {
        var progress = Progress(console)
        progress.note("reading " + arguments.positional.joined(separator: ", ") + "…")
        let keys: EdgeListKeys, citations: CSRGraph, selfCiting: Int, warnings: [Diagnostic]
        do {
            if let numeric = try ColumnInput.numericEdgeList(arguments) {
                (keys, citations, selfCiting, warnings) = (.decimal(numeric.keys), numeric.graph, 0, [])
            } else if let text = try ColumnInput.edgeListGraph(arguments) {
                (keys, citations, selfCiting, warnings) = (.text(text.keys), text.citations, text.selfCitingPapers, text.diagnostics)
            } else {
                progress.finish()
                return false
            }
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        if !DiagnosticReport.isQuiet(arguments) {
            GraphInput.report(warnings: DiagnosticReport.ordered(warnings, paths: arguments.positional), console: console)
        }
        progress.note("read \(keys.count) papers and \(citations.edgeCount) citations; working…")
        do {
            try PGraphWriter.write(edgeListKeys: keys, citations: citations, selfCitations: selfCiting,
                                   source: PaperGraphBuilder.fileName(arguments.positional[0]), toPath: path)
        } catch {
            progress.finish()
            throw .diagnostics([error])
        }
        progress.finish()
        console.err("wrote \(keys.count) papers, \(citations.edgeCount) citations to \(path)\n")
        return true
    }
}
