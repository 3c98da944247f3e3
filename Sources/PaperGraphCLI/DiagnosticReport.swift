import PaperGraphModel

/// Puts diagnostics in the order a reader expects before they are printed.
enum DiagnosticReport {
    /// `--quiet`: no warnings or notes, only errors.
    static let quiet = Flag("quiet", short: "q", help: "Print no warnings or notes (errors still print).", showInUsage: false)

    /// Whether `--quiet` was given.
    static func isQuiet(_ arguments: ParsedArguments) -> Bool {
        arguments[quiet]
    }

    /// `diagnostics` in input order: by the position of their file among `paths` (files not among
    /// them after, in order of appearance), then line, then column; those without a location
    /// last; each distinct message once. Stable otherwise.
    ///
    /// - Complexity: O(d log d) for d diagnostics.
    static func ordered(_ diagnostics: [Diagnostic], paths: [String]) -> [Diagnostic] {
        var fileRank: [String: Int] = [:]
        for (i, path) in paths.enumerated() where fileRank[path] == nil { fileRank[path] = i }
        for diagnostic in diagnostics {
            if let file = diagnostic.location?.file, fileRank[file] == nil { fileRank[file] = fileRank.count + paths.count }
        }
        var seen: Set<String> = []
        let unique = diagnostics.filter { seen.insert($0.description).inserted }
        let keyed = unique.enumerated().map { index, diagnostic in
            let location = diagnostic.location
            return (key: (location.map { fileRank[$0.file]! } ?? Int.max, location?.line ?? 0, location?.column ?? 0, index),
                    diagnostic: diagnostic)
        }
        return keyed.sorted { $0.key < $1.key }.map(\.diagnostic)
    }

    /// A skipped record as `validate` reports it: an error.
    static func forValidation(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.skipsRecord, diagnostic.severity == .warning else { return diagnostic }
        var promoted = diagnostic
        promoted.severity = .error
        return promoted
    }
}
