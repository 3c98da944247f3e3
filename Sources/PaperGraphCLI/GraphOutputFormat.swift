import PaperGraphIO

/// The file formats `generate` and `convert` write, chosen by `--format` or the output's extension.
enum GraphOutputFormat: String, CaseIterable {
    /// PaperGraph's native JSON.
    case json
    /// `citing cited` lines of decimal paper ids with a `#` header.
    case edgelist
    /// The binary format, see `Docs/pgraph-format.md`.
    case pgraph

    /// The most papers written as native JSON: beyond it the text is too slow to read back.
    static let jsonPaperLimit = 200_000

    /// The format named by `--format`, else implied by the path's extension, else `fallback`.
    static func resolve(_ arguments: ParsedArguments, path: String?, fallback: GraphOutputFormat?) throws(CLIError) -> GraphOutputFormat {
        if let name = arguments.value("format") {
            guard let format = GraphOutputFormat(rawValue: name.lowercased()) else {
                throw .usage("unknown output format '\(name)'", command: arguments.spec)
            }
            return format
        }
        let lower = path?.lowercased() ?? ""
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".pgraph") { return .pgraph }
        if [".txt", ".edges", ".el", ".edgelist"].contains(where: lower.hasSuffix) { return .edgelist }
        if let fallback { return fallback }
        throw .usage("cannot tell the output format from '\(path ?? "standard output")'; use a .json, .pgraph or .txt "
                     + "file name or --format", command: arguments.spec)
    }

    /// Refuses native JSON for graphs too large to read back comfortably.
    static func checkJSONSize(papers: Int, _ arguments: ParsedArguments) throws(CLIError) {
        guard papers > jsonPaperLimit else { return }
        throw .usage("native JSON is for graphs of at most \(jsonPaperLimit) papers (this one has \(papers)); "
                     + "write a .pgraph file (binary, loads in a fraction of a second) or a .txt edge list instead",
                     command: arguments.spec)
    }
}
