import PaperGraphModel

/// A parsed JSON value that remembers where it was written, so that readers can report
/// `path:line:column` for a value of the wrong type, not only for a syntax error.
public struct JSONValue: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case null
        case bool(Bool)
        /// A number with its text as written, so integers stay exact.
        case number(Double, text: String)
        case string(String)
        case array([JSONValue])
        /// Members in document order; a repeated key keeps both entries.
        case object([Member])
    }

    /// A member of an object with the location of its key.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: JSONValue
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The value of the first member named `key`, if this is an object that has one.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var stringValue: String? { if case .string(let s) = kind { s } else { nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = kind { a } else { nil } }
    public var objectValue: [Member]? { if case .object(let m) = kind { m } else { nil } }
    public var isNull: Bool { kind == .null }
    public var boolValue: Bool? { if case .bool(let b) = kind { b } else { nil } }
    public var doubleValue: Double? { if case .number(let d, _) = kind { d } else { nil } }

    /// The value as an integer, if it is a number without a fractional part.
    public var intValue: Int? {
        guard case .number(let d, let text) = kind else { return nil }
        if let i = Int(text) { return i }
        return d.rounded() == d && abs(d) < 9e15 ? Int(d) : nil
    }

    /// A short name of the value's type for messages: "a string", "an array", ...
    public var typeDescription: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
