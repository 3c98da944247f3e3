/// The declared interface of a subcommand: what it takes and what its help says.
public struct CommandSpec: Sendable {
    public var name: String
    public var abstract: String
    public var discussion: String?
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]

    init(name: String, abstract: String, discussion: String? = nil,
                arguments: [ArgumentSpec] = [], options: [any DeclaredOption] = []) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options.map(\.spec)
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
    /// Whether a value is well formed (a number in range, say); set by ``Option``.
    var accepts: (@Sendable (String) -> Bool)?
    /// What a well-formed value looks like ("a whole number from 1 to 16"), for the error.
    var expectation: String?

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
    static let help = OptionSpec("help", short: "h", help: "Show help information.")
}
