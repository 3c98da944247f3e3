import PaperGraphIO
import PaperGraphModel

/// `papergraph import FILE... -o graph.json`: merge sources into one native graph.
struct ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Merge reading lists, .bib files, tables, edge lists and database exports into one graph.",
        discussion: """
        Reads every FILE (format from the extension, or --from), merges papers that appear in several
        (same DOI, same arXiv id, or same normalized title and year: fields filled from both, conflicts
        reported as warnings with both values, "read" wins), and writes PaperGraph's native JSON to
        -o (atomically) or standard output. Warnings go to standard error; exits 1 on any error.
        Formats: json (native, node-link, CSL-JSON, OpenAlex and Semantic Scholar detected by content),
        markdown, bibtex, csv/tsv, edgelist (SNAP/LINQS, .gz too).
        """,
        arguments: [GraphInput.arguments],
        options: [CommonOptions.output] + GraphInput.options)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let graph = try GraphInput.load(arguments, console: console)
        try GraphFileFormat.checkJSONSize(papers: graph.papers.count, fromInput: true, arguments)
        try OutputTarget.stream(arguments, console: console) { NativeFormatWriter.write(graph, to: &$0) }
        if let path = arguments[CommonOptions.output] {
            let stats = GraphStatistics(graph)
            console.err("wrote \(path): \(stats.papers) papers, \(stats.citations) citations, "
                        + "\(stats.prerequisites) prerequisites, \(stats.read) read\n")
        }
        return ExitCode.success
    }
}
