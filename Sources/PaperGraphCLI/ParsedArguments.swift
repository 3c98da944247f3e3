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

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The option's value as given on the command line (nil when it takes its default).
    public func givenValue(_ name: String) -> String? { values[name]?.last }

    /// The option's value, or its declared default.
    public func value(_ name: String) -> String? {
        values[name]?.last ?? spec.options.first { $0.name == name }?.defaultValue
    }

    /// Every value given for a repeating option, in order; comma-separated lists are split.
    public func values(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters() } }
    }

    /// The option's value as an integer within `range`.
    public func int(_ name: String, in range: ClosedRange<Int>) throws(CLIError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw .usage("'--\(name)' expects a whole number from \(range.lowerBound) to \(range.upperBound), found '\(text)'",
                         command: spec)
        }
        return number
    }

    /// The option's value as a number within `range`.
    public func double(_ name: String, in range: ClosedRange<Double>) throws(CLIError) -> Double? {
        guard let text = value(name) else { return nil }
        guard let number = Double(text), number.isFinite, range.contains(number) else {
            throw .usage("'--\(name)' expects a number from \(range.lowerBound) to \(range.upperBound), found '\(text)'",
                         command: spec)
        }
        return number
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
