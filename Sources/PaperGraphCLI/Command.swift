/// A `papergraph` subcommand: its declared interface and what it does.
public protocol Command: Sendable {
    /// The name, arguments, options and help text.
    static var spec: CommandSpec { get }
    /// Runs the command with parsed arguments.
    ///
    /// - Returns: The exit code (0 on success).
    /// - Throws: ``CLIError`` for usage errors and failures.
    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32
}
