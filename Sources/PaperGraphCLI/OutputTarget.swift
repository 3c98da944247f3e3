import PaperGraphIO

/// Sends a command's result to standard output or, with `-o FILE`, atomically to a file.
enum OutputTarget {
    static func write(_ text: String, _ arguments: ParsedArguments, console: Console) throws(CLIError) {
        Progress.clearLine(console)
        if let path = arguments.value("output") {
            do {
                try AtomicFile.write(text, toPath: path)
            } catch {
                throw .diagnostics([error])
            }
        } else {
            console.out(text)
        }
    }
}
