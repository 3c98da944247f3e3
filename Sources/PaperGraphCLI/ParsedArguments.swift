/// A command line parsed against a ``CommandSpec``.
public struct ParsedArguments: Sendable {
    public let spec: CommandSpec
    public private(set) var positional: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// Parses `arguments` (everything after the subcommand name).
    ///
    /// Accepts `--name value`, `--name=value`, `-x value`, flags, repeated options and `--` to end
    /// options.
    /// - Throws: ``CLIError/usage(_:command:)`` for unknown options, missing values or arguments,
    ///   and values outside an option's allowed set.
    public init(_ arguments: [String], spec: CommandSpec) throws(CLIError) {
        self.spec = spec
        var i = 0
        var optionsEnded = false
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positional.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            if argument == "--help" || argument == "-h" { flags.insert("help"); continue }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let eq = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
            } else {
                name = String(argument.dropFirst())
            }
            let found = spec.options.first { $0.name == name || (name.count == 1 && $0.short == name.first) }
            guard let option = found else {
                if argument.hasPrefix("-"), Double(argument) != nil { positional.append(argument); continue }
                throw .usage("unknown option '\(argument)'", command: spec)
            }
            if option.isFlag {
                if inlineValue != nil { throw .usage("option '--\(option.name)' takes no value", command: spec) }
                flags.insert(option.name)
                continue
            }
            var value: String
            if let inlineValue {
                value = inlineValue
            } else if i < arguments.count {
                value = arguments[i]
                i += 1
            } else {
                throw .usage("option '--\(option.name)' needs a value <\(option.valueName!)>", command: spec)
            }
            if let allowed = option.allowedValues {
                // Names are case-insensitive (`--format JSON`); the declared spelling is kept.
                guard let match = allowed.first(where: { $0.lowercased() == value.lowercased() }) else {
                    throw .usage("'\(value)' is not a valid value for '--\(option.name)'; expected one of: \(allowed.joined(separator: ", "))",
                             command: spec)
                }
                value = match
            }
            if let accepts = option.accepts, !accepts(value) {
                throw .usage("'--\(option.name)' expects \(option.expectation ?? "another value"), found '\(value)'", command: spec)
            }
            if values[option.name] != nil && !option.repeating {
                throw .usage("option '--\(option.name)' given more than once", command: spec)
            }
            values[option.name, default: []].append(value)
        }
        if flags.contains("help") { return }
        let required = spec.arguments.filter { !$0.optional }.count
        if positional.count < required {
            let missing = spec.arguments[positional.count]
            throw .usage("missing argument \(missing.name)", command: spec)
        }
        let repeats = spec.arguments.contains { $0.repeating }
        if !repeats && positional.count > spec.arguments.count {
            throw .usage("unexpected argument '\(positional[spec.arguments.count])'", command: spec)
        }
    }

    /// Whether help was asked for.
    public var wantsHelp: Bool { flags.contains("help") }

    /// Whether `flag` was given.
    subscript(_ flag: Flag) -> Bool { flags.contains(flag.spec.name) }

    /// Whether `option` was given on the command line (rather than taking its default).
    func isGiven(_ option: some DeclaredOption) -> Bool {
        values[option.spec.name] != nil || flags.contains(option.spec.name)
    }

    /// The value of `option`: converted from what was given (the parser checked it), else its
    /// declared default.
    ///
    /// An option is read by its name, so a shared declaration (``CommonOptions/anyFormat``) reads
    /// whichever variant of it the command declared.
    subscript<Value>(_ option: Option<Value>) -> Value {
        guard let given = values[option.spec.name], !given.isEmpty, let value = option.read(given) else { return option.absent }
        return value
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
