import PaperGraphModel

/// The file formats PaperGraph reads, chosen by extension or named with `--from`.
public enum InputFormat: String, CaseIterable, Sendable {
    /// PaperGraph's native JSON (and JSON documents recognised by content).
    case json
    /// PaperGraph's binary format (`.pgraph`), memory-mapped; see `Docs/pgraph-format.md`.
    case pgraph

    /// The format implied by a file name's extension, if any.
    public static func inferred(fromPath path: String) -> InputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".pgraph") { return .pgraph }
        return nil
    }

    /// Names accepted by `--from`, for help and error messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
