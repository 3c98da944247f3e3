import PaperGraphModel

/// Why a command did not succeed, and so which exit code it ends with.
public enum CLIError: Error, Sendable {
    /// The command line is wrong: exit 64, with the usage of `command` (if known).
    case usage(String, command: CommandSpec?)
    /// The input is bad or the work failed: exit 1 with one line.
    case failure(String)
    /// Input problems with locations: exit 1, one line each.
    case diagnostics([Diagnostic])

    static func failure(_ diagnostic: Diagnostic) -> CLIError { .diagnostics([diagnostic]) }
}

/// Process exit codes, as in sysexits(3) for usage errors.
public enum ExitCode {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    public static let usage: Int32 = 64
}
