import PaperGraphIO
import PaperGraphModel

/// The `papergraph` command line: dispatches to subcommands and turns errors into exit codes.
public enum PaperGraphCLI {
    /// The version printed by `papergraph --version`.
    public static let version = "0.1.0"

    /// Every subcommand, in the order help lists them.
    static let commands: [any Command.Type] = [
        StatsCommand.self,
        GenerateCommand.self,
        ConvertCommand.self,

        ValidateCommand.self,
        RankCommand.self,
        OrderCommand.self,
        PathCommand.self,
        NextCommand.self,
        SuggestCommand.self,
        RelatedCommand.self,
        ConnectCommand.self,
        ClustersCommand.self,
        ExportCommand.self,
        ImportCommand.self,
        EnrichCommand.self,
        CacheCommand.self,
    ]

    /// Runs `papergraph` with `arguments` (without the program name).
    ///
    /// - Returns: The process exit code: 0 success, 1 failure, 64 usage error.
    public static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
        guard let first = arguments.first else {
            console.err(HelpFormatter.topLevelHelp(commands: commands.map { $0.spec }, version: version))
            return ExitCode.usage
        }
        switch first {
        case "--help", "-h":
            console.out(HelpFormatter.topLevelHelp(commands: commands.map { $0.spec }, version: version))
            return ExitCode.success
        case "--version":
            console.out("papergraph \(version)\n")
            return ExitCode.success
        case "help":
            guard arguments.count > 1 else {
                console.out(HelpFormatter.topLevelHelp(commands: commands.map { $0.spec }, version: version))
                return ExitCode.success
            }
            guard let command = command(named: arguments[1]) else {
                return report(.usage("unknown subcommand '\(arguments[1])'", command: nil), console: console)
            }
            console.out(HelpFormatter.help(for: command.spec))
            return ExitCode.success
        default:
            guard let command = command(named: first) else {
                let hint = first.hasPrefix("-") ? "expected a subcommand before options" : "unknown subcommand '\(first)'"
                return report(.usage(hint, command: nil), console: console)
            }
            do {
                let parsed = try ParsedArguments(Array(arguments.dropFirst()), spec: command.spec)
                if parsed.wantsHelp {
                    console.out(HelpFormatter.help(for: command.spec))
                    return ExitCode.success
                }
                if let problem = InputLimitSettings.problem() { return report(.failure(problem), console: console) }
                return try command.run(parsed, console: console)
            } catch {
                return report(error, console: console)
            }
        }
    }

    /// The names of every subcommand, in help order.
    public static var subcommandNames: [String] { commands.map { $0.spec.name } }

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == name }
    }

    /// Prints an error as one readable line (plus usage for usage errors) and returns its exit code.
    static func report(_ error: CLIError, console: Console) -> Int32 {
        Progress.clearLine(console)
        switch error {
        case .usage(let message, let command):
            console.err("Error: \(message)\n")
            if let command {
                console.err("Usage: \(command.usage)\n  See 'papergraph \(command.name) --help'.\n")
            } else {
                console.err("Usage: papergraph <subcommand> [options]\n  See 'papergraph --help'.\n")
            }
            return ExitCode.usage
        case .failure(let message):
            console.err("Error: \(message)\n")
            return ExitCode.failure
        case .diagnostics(let diagnostics):
            for diagnostic in diagnostics {
                console.err(diagnostic.location == nil ? "Error: \(diagnostic.message)\n" : "\(diagnostic)\n")
            }
            return ExitCode.failure
        }
    }
}
