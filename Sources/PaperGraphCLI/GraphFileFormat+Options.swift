import PaperGraphIO

/// `--format` and the JSON size rule for the commands that write whole graphs (`generate`, `convert`, `import`).
extension GraphFileFormat {
    /// The most papers written as native JSON: beyond it the text is too slow to read back.
    static let jsonPaperLimit = 200_000

    /// `--format` offering `formats`, absent unless given (the output's extension decides then).
    static func option(_ formats: [GraphFileFormat], help: String) -> Option<GraphFileFormat?> {
        .choice("format", short: "f", value: "format", help: help, among: formats.map { ($0.rawValue, $0) })
    }

    /// The format given by `--format`, else implied by the path's extension, else `fallback`.
    static func resolve(_ given: GraphFileFormat?, path: String?, fallback: GraphFileFormat?,
                        _ arguments: ParsedArguments) throws(CLIError) -> GraphFileFormat {
        if let given { return given }
        if let inferred = path.flatMap(GraphFileFormat.inferred(fromPath:)) { return inferred }
        if let fallback { return fallback }
        throw .usage("cannot tell the output format from '\(path ?? "standard output")'; use a .json, .pgraph or .txt "
                     + "file name or --format", command: arguments.spec)
    }

    /// Refuses native JSON for graphs too large to read back comfortably: one rule for `convert`,
    /// `import` and `generate`.
    ///
    /// - Parameters:
    ///   - papers: The papers the JSON would hold.
    ///   - fromInput: Whether the graph was read from input files (`convert`, `import`): then the input
    ///     is what is too large, exit 1; else the size came from the command line (`generate --papers`),
    ///     a usage error, exit 64.
    /// - Complexity: O(1).
    static func checkJSONSize(papers: Int, fromInput: Bool, _ arguments: ParsedArguments) throws(CLIError) {
        guard papers > jsonPaperLimit else { return }
        let message = "native JSON is for graphs of at most \(jsonPaperLimit) papers (this one has \(papers)); "
            + "write a .pgraph file (binary, loads in a fraction of a second) or a .txt edge list instead"
        throw fromInput ? .failure(message) : .usage(message, command: arguments.spec)
    }
}
