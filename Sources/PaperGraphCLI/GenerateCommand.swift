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
        native JSON is refused above 200000 papers. .pgraph is written straight from the generated
        columns, the same bytes as through the whole graph: 10^7 papers with 10 references each peak at
        about 1.3 GB written as an edge list and 2 GB as .pgraph.
        """,
        options: [papers, refs, seed, topics, locality, shuffle, output, format])

    private static let defaults = SyntheticCitationGraphOptions(paperCount: 0)
    static let papers = Option.integer("papers", short: "n", help: "Number of papers (required).", in: 0...100_000_000)
    static let refs = Option.integer("refs", short: "k", value: "k", help: "Mean references per paper.",
                                     default: defaults.referencesPerPaper, in: 0...10_000)
    static let seed = Option.seed(value: "seed", help: "Random seed.", default: defaults.seed)
    static let topics = Option.integer("topics", help: "Number of topics.", default: defaults.topicCount, in: 1...1_000_000)
    static let locality = Option.number("locality", value: "p", help: "Probability of citing within the paper's topics.",
                                        default: defaults.topicLocality, in: 0...1)
    static let shuffle = Flag("shuffle", help: "Relabel papers by a random permutation (ids carry no time order).")
    static let output = Option.text("output", short: "o", value: "file",
                                    help: "Write the graph to this file (atomically); .pgraph needs a file.")
    static let format = GraphFileFormat.option(GraphFileFormat.allCases, help: "Output format: json, edgelist or pgraph.")

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        guard let papers = arguments[Self.papers] else {
            throw .usage("missing option --papers <n>", command: spec)
        }
        let refs = arguments[Self.refs]
        guard papers.multipliedReportingOverflow(by: max(refs, 1)).partialValue < Int(UInt32.max) - papers else {
            throw .usage("\(papers) papers × \(refs) references is more citations than fit in 32-bit offsets", command: spec)
        }
        var options = SyntheticCitationGraphOptions(paperCount: papers, referencesPerPaper: refs)
        options.seed = arguments[Self.seed]
        options.topicCount = arguments[Self.topics]
        options.topicLocality = arguments[Self.locality]
        options.shuffle = arguments[Self.shuffle]
        let path = arguments[Self.output].flatMap { $0 == "-" ? nil : $0 }
        let format = try GraphFileFormat.resolve(arguments[Self.format], path: path, fallback: path == nil ? .json : nil, arguments)
        if format == .json { try GraphFileFormat.checkJSONSize(papers: papers, fromInput: false, arguments) }
        if format == .pgraph && path == nil {
            throw .usage("a .pgraph graph is binary: give a file with -o", command: spec)
        }

        let synthetic = SyntheticCitationGraph(options: options)
        if format == .json {
            let graph = PaperGraph(synthetic: synthetic)
            try OutputTarget.stream(arguments, console: console) { NativeFormatWriter.write(graph, to: &$0) }
        } else if format == .edgelist && path == nil {
            console.out(CitationEdgeListWriter.text(for: synthetic.citations, comment: [commandLine(options)]))
        } else if let path {
            do {
                if format == .pgraph {
                    try PGraphWriter.write(synthetic: synthetic, toPath: path)
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
