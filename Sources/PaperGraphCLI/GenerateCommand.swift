import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel

/// `papergraph generate --papers N`: a synthetic citation graph for tests and benchmarks.
struct GenerateCommand: Command {
    static let spec = CommandSpec(
        name: "generate",
        abstract: "Generate a synthetic citation graph (preferential attachment, topics, authors).",
        discussion: """
        Papers arrive in time order (years spread over 1990-2025) and each cites about --refs earlier
        papers, drawn with probability proportional to citations received + 1, so in-degrees are
        heavy-tailed and every citation points back in time. Each paper has 1-2 of --topics topics and
        cites within its topics with probability --locality; 1-5 authors come from a pool that grows
        with the graph. --shuffle relabels papers randomly. The same options and --seed always give the
        same graph. Paper keys are decimal ids, as in the edge list.
        The format follows the extension of -o (.json, .pgraph, .txt/.edges edge list) or --format;
        native JSON is refused above 200000 papers. 10^7 papers with 10 references each take about
        1.7 GB while generating.
        """,
        options: [
            OptionSpec("papers", short: "n", value: "n", help: "Number of papers (required)."),
            OptionSpec("refs", short: "k", value: "k", help: "Mean references per paper.", default: "10"),
            OptionSpec("seed", value: "seed", help: "Random seed.", default: "1"),
            OptionSpec("topics", value: "n", help: "Number of topics.", default: "20"),
            OptionSpec("locality", value: "p", help: "Probability of citing within the paper's topics.", default: "0.8"),
            .flag("shuffle", help: "Relabel papers by a random permutation (ids carry no time order)."),
            OptionSpec("output", short: "o", value: "file",
                       help: "Write the graph to this file (atomically); .pgraph needs a file."),
            OptionSpec("format", short: "f", value: "format", help: "Output format: json, edgelist or pgraph.",
                       allowed: GraphOutputFormat.allCases.map(\.rawValue)),
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        guard let papers = try arguments.int("papers", in: 0...100_000_000) else {
            throw .usage("missing option --papers <n>", command: spec)
        }
        let refs = try arguments.int("refs", in: 0...10_000) ?? 10
        guard papers.multipliedReportingOverflow(by: max(refs, 1)).partialValue < Int(UInt32.max) - papers else {
            throw .usage("\(papers) papers × \(refs) references is more citations than fit in 32-bit offsets", command: spec)
        }
        var options = SyntheticCitationGraphOptions(paperCount: papers, referencesPerPaper: refs)
        options.seed = UInt64(try arguments.int("seed", in: 0...Int.max) ?? 1)
        options.topicCount = try arguments.int("topics", in: 1...1_000_000) ?? 20
        options.topicLocality = try arguments.double("locality", in: 0...1) ?? 0.8
        options.shuffle = arguments.flag("shuffle")
        let path = arguments.value("output").flatMap { $0 == "-" ? nil : $0 }
        let format = try GraphOutputFormat.resolve(arguments, path: path, fallback: path == nil ? .json : nil)
        if format == .json { try GraphOutputFormat.checkJSONSize(papers: papers, fromInput: false, arguments) }
        if format == .pgraph && path == nil {
            throw .usage("a .pgraph graph is binary: give a file with -o", command: spec)
        }

        let synthetic = SyntheticCitationGraph(options: options)
        if format == .json {
            try OutputTarget.write(NativeFormatWriter.text(for: PaperGraph(synthetic: synthetic)), arguments, console: console)
        } else if format == .edgelist && path == nil {
            console.out(CitationEdgeListWriter.text(for: synthetic.citations, comment: [commandLine(options)]))
        } else if let path {
            do {
                if format == .pgraph {
                    try PGraphWriter.write(PaperGraph(synthetic: synthetic), toPath: path)
                } else {
                    try CitationEdgeListWriter.write(synthetic.citations, comment: [commandLine(options)], toPath: path)
                }
            } catch {
                throw .diagnostics([error])
            }
        }
        console.err("generated \(synthetic.paperCount) papers, \(synthetic.citations.edgeCount) citations, "
                    + "\(synthetic.authorCount) authors, \(synthetic.topicCount) topics\n")
        return ExitCode.success
    }

    /// The command that regenerates the graph, for the edge list's header.
    private static func commandLine(_ options: SyntheticCitationGraphOptions) -> String {
        "papergraph generate --papers \(options.paperCount) --refs \(options.referencesPerPaper) --seed \(options.seed) "
            + "--topics \(options.topicCount) --locality \(options.topicLocality)" + (options.shuffle ? " --shuffle" : "")
    }
}
