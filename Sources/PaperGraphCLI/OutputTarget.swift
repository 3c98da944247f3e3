import PaperGraphIO
import PaperGraphModel

/// Sends a command's result to standard output (also `-o -`) or, with `-o FILE`, atomically to a
/// file, through a ``BufferedSink`` of 64 KiB: a result is written as it is made, never held whole.
enum OutputTarget {
    static func write(_ text: String, _ arguments: ParsedArguments, console: Console) throws(CLIError) {
        try stream(arguments, console: console) { $0.write(text) }
    }

    /// Writes `output` as it is made, row by row (see ``FormattedOutput/write(_:to:)``).
    static func write(_ output: FormattedOutput, _ arguments: ParsedArguments, console: Console) throws(CLIError) {
        try stream(arguments, console: console) { sink in output.write(arguments) { sink.write($0) } }
    }

    /// Writes what `body` writes to the `-o` path, else to standard output.
    static func stream(_ arguments: ParsedArguments, console: Console,
                       _ body: (inout BufferedSink<CommandOutput>) throws(Diagnostic) -> Void) throws(CLIError) {
        do {
            try stream(toPath: arguments[CommonOptions.output], console: console, body)
        } catch {
            throw .diagnostics([error])
        }
    }

    /// Writes what `body` writes to `path` (`nil` or `-`: the console's standard output), in chunks
    /// of at most ``BufferedSink/defaultCapacity`` bytes. A file is published only when `body`
    /// succeeds; when it throws, the previous file is left untouched.
    static func stream(toPath path: String?, console: Console,
                       _ body: (inout BufferedSink<CommandOutput>) throws(Diagnostic) -> Void) throws(Diagnostic) {
        Progress.clearLine(console)
        var sink = BufferedSink(try CommandOutput(path: path, console: console))
        do {
            try body(&sink)
        } catch {
            sink.base.abandon()
            throw error
        }
        sink.flush()
        try sink.base.commit()
    }
}

/// Standard output or an ``OutputFile``, as one sink.
///
/// Chunks go to the console as text (a ``BufferedSink`` ends them between characters), whose
/// failed write ends the process with exit code 1 (see ``Console/standard``).
struct CommandOutput: ByteSink {
    private var file: OutputFile?
    private let console: Console

    /// Opens `path`; `nil` or `-` is standard output.
    init(path: String?, console: Console) throws(Diagnostic) {
        self.console = console
        if let path, path != "-" { file = try OutputFile(path: path) }
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        if file != nil {
            file?.write(bytes)
        } else {
            console.out(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Publishes the file (see ``OutputFile/commit()``).
    mutating func commit() throws(Diagnostic) { try file?.commit() }

    /// Removes the unfinished file.
    mutating func abandon() { file?.abandon() }
}
