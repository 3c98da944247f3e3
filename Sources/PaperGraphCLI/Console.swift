import Foundation

/// Where a command writes: data to `out`, diagnostics and progress to `err`.
///
/// The process uses the real standard streams; tests use ``Console/capturing()`` to read what a
/// command printed.
public struct Console: Sendable {
    private let writeOut: @Sendable (String) -> Void
    private let writeErr: @Sendable (String) -> Void
    /// Whether standard error is a terminal (progress is shown only then).
    public let errorIsTerminal: Bool

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
                errorIsTerminal: Bool = false) {
        self.writeOut = out
        self.writeErr = err
        self.errorIsTerminal = errorIsTerminal
    }

    /// Writes data to standard output.
    public func out(_ text: String) { writeOut(text) }
    /// Writes a diagnostic or progress text to standard error.
    public func err(_ text: String) { writeErr(text) }

    /// The process's standard output and error.
    public static var standard: Console {
        Console(out: { FileHandle.standardOutput.write(Data($0.utf8)) },
                err: { FileHandle.standardError.write(Data($0.utf8)) },
                errorIsTerminal: isatty(STDERR_FILENO) != 0)
    }
}
