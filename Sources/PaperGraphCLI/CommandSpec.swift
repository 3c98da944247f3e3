/// The declared interface of a subcommand: what it takes and what its help says.
public struct CommandSpec: Sendable {
    public var name: String
    public var abstract: String
    public var discussion: String?
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]

    public init(name: String, abstract: String, discussion: String? = nil,
                arguments: [ArgumentSpec] = [], options: [OptionSpec] = []) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
    }

    /// The one-line usage, e.g. `papergraph stats GRAPH [--format <format>]`.
    public var usage: String {
        var parts = ["papergraph", name]
        for argument in arguments {
            let token = argument.repeating ? "\(argument.name) ..." : argument.name
            parts.append(argument.optional ? "[\(token)]" : token)
        }
        for option in options where option.showInUsage {
            parts.append("[\(option.usageToken)]")
        }
        return parts.joined(separator: " ")
    }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    public var name: String
    public var help: String
    public var optional: Bool
    public var repeating: Bool

    public init(_ name: String, help: String, optional: Bool = false, repeating: Bool = false) {
        self.name = name
        self.help = help
        self.optional = optional
        self.repeating = repeating
    }
}

/// A named option (`--format json`) or flag (`--include-read`).
public struct OptionSpec: Sendable {
    /// The long name without dashes.
    public var name: String
    /// A one-letter short name, if any.
    public var short: Character?
    /// The value placeholder for options that take a value; `nil` for flags.
    public var valueName: String?
    public var help: String
    /// The values accepted, if the option takes one of a fixed set.
    public var allowedValues: [String]?
    public var defaultValue: String?
    /// Whether the option may be given more than once (values accumulate).
    public var repeating: Bool
    /// Whether to list the option in the usage line.
    public var showInUsage: Bool

    public init(_ name: String, short: Character? = nil, value: String? = nil, help: String,
                allowed: [String]? = nil, default defaultValue: String? = nil, repeating: Bool = false,
                showInUsage: Bool = true) {
        self.name = name
        self.short = short
        self.valueName = value
        self.help = help
        self.allowedValues = allowed
        self.defaultValue = defaultValue
        self.repeating = repeating
        self.showInUsage = showInUsage
    }

    /// A flag: an option without a value.
    public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name, short: short, help: help)
    }

    var isFlag: Bool { valueName == nil }

    var usageToken: String {
        isFlag ? "--\(name)" : "--\(name) <\(valueName!)>"
    }

    var helpLabel: String {
        let long = usageToken
        if let short { return "-\(short), \(long)" }
        return long
    }
}

extension OptionSpec {
    /// `--format table|json|csv` with table as the default.
    static let format = OptionSpec("format", short: "f", value: "format", help: "Output format: table, json or csv.",
                                   allowed: ["table", "json", "csv"], default: "table")
    /// `--format table|json` for commands whose output has no flat CSV form.
    static let formatTableOrJSON = OptionSpec("format", short: "f", value: "format", help: "Output format: table or json.",
                                              allowed: ["table", "json"], default: "table")
    /// `-o FILE`: write the result to a file (atomically) instead of standard output.
    static let output = OptionSpec("output", short: "o", value: "file",
                                   help: "Write the output to this file (atomically) instead of standard output.")
    static let help = OptionSpec.flag("help", short: "h", help: "Show help information.")
}
