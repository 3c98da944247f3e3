import Foundation
import PaperGraphIO

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

    /// The process's standard output and error, written with `write(2)`.
    ///
    /// A failed write to standard output ends the process with exit code 1: quietly on a broken
    /// pipe (`papergraph export ... | head`, with SIGPIPE ignored), else with the system's reason
    /// on standard error (`No space left on device` for `/dev/full`, `Bad file descriptor` when
    /// closed). A failed write to standard error is dropped: there is nowhere left to report it,
    /// and the exit code still tells the outcome.
    public static var standard: Console {
        let closed = StandardStreams.closedAtStart
        return Console(out: { StandardStreams.writeOut($0, closed: closed.contains(1)) },
                       err: { StandardStreams.writeErr($0, closed: closed.contains(2)) },
                       errorIsTerminal: !closed.contains(2) && isatty(STDERR_FILENO) != 0)
    }
}

/// The process's standard streams as raw descriptors.
enum StandardStreams {
    /// Standard descriptors found closed when the program started (given placeholders so that no
    /// file opened later takes their number).
    static let closedAtStart = SecureFile.reserveClosedStandardDescriptors()

    static func writeOut(_ text: String, closed: Bool) {
        let failure = closed ? SecureFile.badDescriptor : write(text, to: 1)
        guard failure != 0 else { return }
        if failure != SecureFile.brokenPipe {
            writeErr("Error: cannot write to standard output: \(SecureFile.reason(failure))\n",
                     closed: closedAtStart.contains(2))
        }
        exit(ExitCode.failure)
    }

    static func writeErr(_ text: String, closed: Bool) {
        guard !closed else { return }
        _ = write(text, to: 2)
    }

    private static func write(_ text: String, to descriptor: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { SecureFile.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
    }
}
