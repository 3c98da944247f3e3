import PaperGraphIO
import PaperGraphModel

/// Sends a command's result to standard output (also `-o -`) or, with `-o FILE`, atomically to a file.
enum OutputTarget {
    static func write(_ text: String, _ arguments: ParsedArguments, console: Console) throws(CLIError) {
        Progress.clearLine(console)
        if let path = arguments[CommonOptions.output] {
            do {
                try write(text, toPath: path, console: console)
            } catch {
                throw .diagnostics([error])
            }
        } else {
            console.out(text)
        }
    }

    /// Writes `output` as it is made, piece by piece: to standard output (whose failed write ends
    /// the process with exit code 1, see ``Console/standard``) or, with `-o FILE`, atomically to the
    /// file, so a result of millions of rows is never held whole.
    static func write(_ output: FormattedOutput, _ arguments: ParsedArguments, console: Console) throws(CLIError) {
        Progress.clearLine(console)
        guard let path = arguments[CommonOptions.output], path != "-" else {
            output.write(arguments) { console.out($0) }
            return
        }
        do {
            var file = try OutputFile(path: path)
            output.write(arguments) { file.write($0) }
            try file.commit()
        } catch {
            throw .diagnostics([error])
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
