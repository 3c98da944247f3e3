import PaperGraphIO
import PaperGraphModel

/// Sends a command's result to standard output (also `-o -`) or, with `-o FILE`, atomically to a file.
enum OutputTarget {
    static func write(_ text: String, _ arguments: ParsedArguments, console: Console) throws(CLIError) {
        Progress.clearLine(console)
        if let path = arguments.value("output") {
            do {
                try write(text, toPath: path, console: console)
            } catch {
                throw .diagnostics([error])
            }
        } else {
            console.out(text)
        }
    }

    /// Writes `text` to `path`, `-` meaning the console's standard output.
    static func write(_ text: String, toPath path: String, console: Console) throws(Diagnostic) {
        if path == "-" {
            console.out(text)
        } else {
            try AtomicFile.write(text, toPath: path)
        }
    }
}
