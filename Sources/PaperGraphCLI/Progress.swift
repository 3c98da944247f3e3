import Foundation

/// Progress notes on standard error for long work, shown only when standard error is a terminal
/// (so pipes, files and CI logs stay clean). Each note replaces the previous one on the same line.
struct Progress {
    private let console: Console
    private let started = Date()
    private var shown = false

    init(_ console: Console) { self.console = console }

    /// Shows `message` with the time elapsed so far.
    mutating func note(_ message: String) {
        guard console.errorIsTerminal else { return }
        let seconds = Date().timeIntervalSince(started)
        console.err("\r\u{1B}[K" + message + String(format: " (%.1f s)", seconds))
        shown = true
    }

    /// Clears the line before results or errors are printed.
    mutating func finish() {
        guard shown else { return }
        Progress.clearLine(console)
        shown = false
    }

    /// Clears a progress note left on the terminal line, if standard error is a terminal.
    static func clearLine(_ console: Console) {
        if console.errorIsTerminal { console.err("\r\u{1B}[K") }
    }
}
