/// Renders help text with the sections users know from swift-argument-parser:
/// OVERVIEW, USAGE, ARGUMENTS, OPTIONS (and SUBCOMMANDS for the top level).
enum HelpFormatter {
    static func help(for spec: CommandSpec) -> String {
        var text = "OVERVIEW: \(spec.abstract)\n"
        if let discussion = spec.discussion { text += "\n\(discussion)\n" }
        text += "\nUSAGE: \(spec.usage)\n"
        if !spec.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            text += rows(spec.arguments.map { ("<\($0.name.lowercased())>", $0.help) })
        }
        text += "\nOPTIONS:\n"
        let options = spec.options.filter { $0.name != "help" } + [.help]
        text += rows(options.map { option in
            var help = option.help
            if let defaultValue = option.defaultValue { help += " (default: \(defaultValue))" }
            return (option.helpLabel, help)
        })
        return text
    }

    static func topLevelHelp(commands: [CommandSpec], version: String) -> String {
        var text = """
        OVERVIEW: PaperGraph \(version): turn your papers into a graph and find out what to read next.

        USAGE: papergraph <subcommand> [options]

        OPTIONS:

        """
        text += rows([("--version", "Show the version."), ("-h, --help", "Show help information.")])
        text += "\nSUBCOMMANDS:\n"
        text += rows(commands.map { ($0.name, $0.abstract) } + [("help", "Show help for a subcommand.")])
        text += "\n  See 'papergraph help <subcommand>' for detailed help.\n"
        return text
    }

    private static func rows(_ rows: [(String, String)]) -> String {
        let width = min(28, (rows.map(\.0.count).max() ?? 0) + 2)
        var text = ""
        for (label, help) in rows {
            if label.count + 2 > width {
                text += "  \(label)\n" + String(repeating: " ", count: width + 2) + help + "\n"
            } else {
                text += "  " + label.padding(to: width) + help + "\n"
            }
        }
        return text
    }
}

extension String {
    /// The string padded with spaces on the right to at least `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
