/// Anything a command declares in its ``CommandSpec``: a typed ``Option`` or a ``Flag``.
protocol DeclaredOption: Sendable {
    /// The spelling, help and default shown in `--help`, and what the parser accepts.
    var spec: OptionSpec { get }
}

/// An option declared once: its spelling, help text, default and the type its value is read as.
///
/// A command keeps its options as `static let`s, lists them in its ``CommandSpec`` and reads them
/// back typed with ``ParsedArguments/subscript(_:)-(Option<Value>)``, so the default printed by
/// `--help` is the default the command gets, and a malformed value is one usage error naming the
/// option, raised while parsing (in swift-argument-parser's spirit, without the dependency). Defaults come from the model's
/// `Options` structs wherever the model has one.
struct Option<Value: Sendable>: DeclaredOption {
    let spec: OptionSpec
    /// What the command reads when the option is not given.
    let absent: Value
    /// Reads every value given (at least one, in order).
    let read: @Sendable ([String]) -> Value?

    /// An option read from its last occurrence by `convert`; the parser rejects a value `convert`
    /// refuses with "'--NAME' expects `expectation`, found '…'" before the command runs.
    init(_ spec: OptionSpec, absent: Value, expectation: String, convert: @escaping @Sendable (String) -> Value?) {
        var spec = spec
        spec.accepts = { convert($0) != nil }
        spec.expectation = expectation
        self.spec = spec
        self.absent = absent
        self.read = { convert($0[$0.count - 1]) }
    }

    /// An option whose last occurrence is taken as it is: any text is accepted.
    init(_ spec: OptionSpec, absent: Value, anyText convert: @escaping @Sendable (String) -> Value) {
        self.spec = spec
        self.absent = absent
        self.read = { convert($0[$0.count - 1]) }
    }

    /// A repeatable option read from all its occurrences by `readAll`, which accepts any text.
    init(_ spec: OptionSpec, absent: Value, readAll: @escaping @Sendable ([String]) -> Value) {
        self.spec = spec
        self.absent = absent
        self.read = readAll
    }
}

/// A flag: an option without a value, `true` when given.
struct Flag: DeclaredOption {
    let spec: OptionSpec

    init(_ name: String, short: Character? = nil, help: String, showInUsage: Bool = true) {
        spec = OptionSpec(name, short: short, help: help, showInUsage: showInUsage)
    }
}

extension Option where Value == Int {
    /// A whole number within `range`, `defaultValue` when absent.
    static func integer(_ name: String, short: Character? = nil, value: String = "n", help: String, default defaultValue: Int,
                        in range: ClosedRange<Int>, showInUsage: Bool = true) -> Option {
        Option(OptionSpec(name, short: short, value: value, help: help, default: String(defaultValue), showInUsage: showInUsage),
               absent: defaultValue, expectation: range.wholeNumbers, convert: range.wholeNumber)
    }
}

extension Option where Value == Int? {
    /// A whole number within `range`, `nil` when absent.
    static func integer(_ name: String, short: Character? = nil, value: String = "n", help: String,
                        in range: ClosedRange<Int>, showInUsage: Bool = true) -> Option {
        Option(OptionSpec(name, short: short, value: value, help: help, showInUsage: showInUsage),
               absent: nil, expectation: range.wholeNumbers) { range.wholeNumber($0).map { .some($0) } }
    }
}

extension Option where Value == UInt64 {
    /// A seed: a whole number from 0 to `upperBound`.
    static func seed(_ name: String = "seed", value: String = "n", help: String, default defaultValue: UInt64,
                     upTo upperBound: Int = Int.max) -> Option {
        Option(OptionSpec(name, value: value, help: help, default: String(defaultValue)), absent: defaultValue,
               expectation: (0...upperBound).wholeNumbers) { (0...upperBound).wholeNumber($0).map { UInt64($0) } }
    }
}

extension Option where Value == Double {
    /// A finite number within `range`, `defaultValue` when absent.
    static func number(_ name: String, value: String, help: String, default defaultValue: Double,
                       in range: ClosedRange<Double>) -> Option {
        Option(OptionSpec(name, value: value, help: help, default: String(defaultValue)), absent: defaultValue,
               expectation: range.numbers, convert: range.number)
    }
}

extension Option where Value == Double? {
    /// A finite number within `range`, `nil` when absent.
    static func number(_ name: String, value: String, help: String, in range: ClosedRange<Double>) -> Option {
        Option(OptionSpec(name, value: value, help: help), absent: nil,
               expectation: range.numbers) { range.number($0).map { .some($0) } }
    }
}

extension Option where Value == String? {
    /// Free text (a path, a paper name, a URL), `nil` when absent.
    static func text(_ name: String, short: Character? = nil, value: String, help: String, showInUsage: Bool = true) -> Option {
        Option(OptionSpec(name, short: short, value: value, help: help, showInUsage: showInUsage), absent: nil,
               anyText: { .some($0) })
    }
}

extension Option where Value == String {
    /// Free text with a default.
    static func text(_ name: String, value: String, help: String, default defaultValue: String) -> Option {
        Option(OptionSpec(name, value: value, help: help, default: defaultValue), absent: defaultValue,
               anyText: { $0 })
    }
}

extension Option where Value == [String] {
    /// A repeatable option: every value given, comma-separated lists split and trimmed.
    static func list(_ name: String, value: String, help: String, showInUsage: Bool = true) -> Option {
        Option(OptionSpec(name, value: value, help: help, repeating: true, showInUsage: showInUsage), absent: []) { given in
            given.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters() } }
        }
    }

    /// A repeatable option whose values are kept whole (`--column a,b=title` is one mapping).
    static func repeated(_ name: String, value: String, help: String, showInUsage: Bool = true) -> Option {
        Option(OptionSpec(name, value: value, help: help, repeating: true, showInUsage: showInUsage),
               absent: []) { $0 }
    }
}

extension Option where Value: Equatable {
    /// One of a fixed set of names, each standing for a value; the parser accepts the names in any
    /// case and `--help` lists them.
    static func choice(_ name: String, short: Character? = nil, value: String, help: String,
                       among choices: [(name: String, value: Value)], default defaultValue: Value,
                       showInUsage: Bool = true) -> Option {
        Option(OptionSpec(name, short: short, value: value, help: help, allowed: choices.map(\.name),
                          default: choices.first { $0.value == defaultValue }?.name, showInUsage: showInUsage),
               absent: defaultValue, expectation: "one of " + choices.map(\.name).joined(separator: ", ")) { given in
            choices.first { $0.name == given }?.value
        }
    }
}

extension Option {
    /// One of a fixed set of names, `nil` when absent (the command infers it, from a file name say).
    static func choice<Wrapped: Equatable & Sendable>(_ name: String, short: Character? = nil, value: String, help: String,
                                                      among choices: [(name: String, value: Wrapped)]) -> Option
        where Value == Wrapped? {
        Option(OptionSpec(name, short: short, value: value, help: help, allowed: choices.map(\.name)),
               absent: nil, expectation: "one of " + choices.map(\.name).joined(separator: ", ")) { given in
            choices.first { $0.name == given }.map { .some($0.value) }
        }
    }
}

extension Option where Value: CaseIterable & RawRepresentable & Equatable, Value.RawValue == String {
    /// One of an enumeration's cases, by raw value.
    static func choice(_ name: String, short: Character? = nil, value: String, help: String, default defaultValue: Value,
                       showInUsage: Bool = true) -> Option {
        choice(name, short: short, value: value, help: help, among: Value.allCases.map { ($0.rawValue, $0) },
               default: defaultValue, showInUsage: showInUsage)
    }
}

private extension ClosedRange where Bound == Int {
    var wholeNumbers: String { "a whole number from \(lowerBound) to \(upperBound)" }
    /// `text` read as a whole number in this range, or `nil`.
    @Sendable func wholeNumber(_ text: String) -> Int? { Int(text).flatMap { contains($0) ? $0 : nil } }
}

private extension ClosedRange where Bound == Double {
    var numbers: String { "a number from \(lowerBound) to \(upperBound)" }
    /// `text` read as a finite number in this range, or `nil`.
    @Sendable func number(_ text: String) -> Double? { Double(text).flatMap { $0.isFinite && contains($0) ? $0 : nil } }
}
