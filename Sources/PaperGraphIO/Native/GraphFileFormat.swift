/// The whole-graph files `generate` and `convert` write, chosen by `--format` or the output's extension.
public enum GraphFileFormat: String, CaseIterable, Sendable {
    /// PaperGraph's native JSON.
    case json
    /// `citing cited` lines of decimal paper ids with a `#` header.
    case edgelist
    /// The binary format, see `Docs/pgraph-format.md`.
    case pgraph

    /// The format a file named `path` is written in, from its extension (``FileExtensions``).
    public static func inferred(fromPath path: String) -> GraphFileFormat? {
        FileExtensions.entry(forOutput: path)?.graph
    }
}
