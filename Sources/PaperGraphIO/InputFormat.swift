import PaperGraphModel

/// The file formats PaperGraph reads, chosen by extension or named with `--from`.
public enum InputFormat: String, CaseIterable, Sendable {
    /// PaperGraph's native JSON (and JSON documents recognised by content).
    case json
    /// A Markdown reading list (`.md`, `.markdown`).
    case markdown
    /// A BibTeX bibliography (`.bib`).
    case bibtex

    /// The format implied by a file name's extension, if any.
    public static func inferred(fromPath path: String) -> InputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".bib") { return .bibtex }
        return nil
    }

    /// Names accepted by `--from`, for help and error messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
