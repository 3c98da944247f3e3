import PaperGraphModel

/// The file formats PaperGraph reads, chosen by extension or named with `--from`.
public enum InputFormat: String, CaseIterable, Sendable {
    /// PaperGraph's native JSON (and JSON documents recognised by content).
    case json
    /// Node-link JSON (networkx `node_link_data`, d3), as `papergraph export` writes it.
    case nodeLink = "node-link"

    /// The format implied by a file name's extension, if any.
    public static func inferred(fromPath path: String) -> InputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        return nil
    }

    /// Names accepted by `--from`, for help and error messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
