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
        without parsing; every command reads it. See Docs/pgraph-format.md. Native JSON is refused above
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
}
