import Foundation

/// How wide command tables may be: `COLUMNS`, else the terminal's width, else 100.
enum TerminalWidth {
    /// The width used when standard output is not a terminal and `COLUMNS` is not set.
    static let fallback = 100

    /// `--wide`: tables never cut or wrap a cell.
    static let wide = Flag("wide", help: "Tables: never cut or wrap a cell (default: fit the terminal, "
                                       + "COLUMNS or 100 columns).", showInUsage: false)

    /// The width for this command's tables, nil with `--wide`.
    static func current(_ arguments: ParsedArguments) -> Int? {
        if arguments[wide] { return nil }
        return detected(environment: ProcessInfo.processInfo.environment)
    }

    /// `COLUMNS` when it is a number of at least 20, else the terminal's width, else ``fallback``.
    static func detected(environment: [String: String]) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns >= 20 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
            return Int(size.ws_col)
        }
        return fallback
    }
}
