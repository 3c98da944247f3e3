/// A place in an input file, printed as `path:line:column`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// How serious a ``Diagnostic`` is.
public enum Severity: String, Sendable, Hashable {
    /// Information about a decision taken (links skipped as navigation), never a problem.
    case note
    case warning
    case error
}

/// A problem found in the input: an error stops the import, a warning is reported and the rest kept.
///
/// Printed like a compiler message: `refs.bib:12:3: warning: entry skipped: expected '}'`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// A whole record (entry, item, row, node) was left out: a warning for commands that keep
    /// going, an error for `validate`.
    public var skipsRecord = false

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// A warning that a record was skipped (see ``skipsRecord``).
    public static func skipped(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        var diagnostic = Diagnostic(.warning, message, at: location)
        diagnostic.skipsRecord = true
        return diagnostic
    }

    public static func error(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    public var description: String {
        if let location { "\(location): \(severity.rawValue): \(message)" } else { "\(severity.rawValue): \(message)" }
    }
}
