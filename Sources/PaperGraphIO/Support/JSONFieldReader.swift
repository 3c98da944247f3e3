import PaperGraphModel

/// Typed access to the members of a JSON object that records an error diagnostic, with the
/// value's location and its path in the document, for every member of the wrong type.
struct JSONFieldReader {
    let object: JSONValue
    /// Where the object sits in the document, e.g. `papers[3]`.
    let path: String
    var diagnostics: [Diagnostic] = []

    init(_ object: JSONValue, path: String) {
        self.object = object
        self.path = path
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    mutating func fail(_ value: JSONValue, _ key: String, expected: String) {
        diagnostics.append(.error("\(path).\(key): expected \(expected), found \(value.typeDescription)", at: value.location))
    }

    /// A string member; `null` and absence give `nil`.
    mutating func string(_ key: String) -> String? {
        guard let value = object[key], !value.isNull else { return nil }
        if let s = value.stringValue { return s }
        fail(value, key, expected: "a string")
        return nil
    }

    /// A required, non-empty string member.
    mutating func requiredString(_ key: String) -> String? {
        guard let value = object[key] else {
            diagnostics.append(.error("\(path): missing required member \"\(key)\"", at: object.location))
            return nil
        }
        guard let s = value.stringValue, !s.trimmingWhitespace().isEmpty else {
            fail(value, key, expected: "a non-empty string")
            return nil
        }
        return s
    }

    /// An integer member.
    mutating func int(_ key: String) -> Int? {
        guard let value = object[key], !value.isNull else { return nil }
        if let i = value.intValue { return i }
        fail(value, key, expected: "an integer")
        return nil
    }

    /// A boolean member; `null` and absence give `nil`.
    mutating func bool(_ key: String) -> Bool? {
        guard let value = object[key], !value.isNull else { return nil }
        if let b = value.boolValue { return b }
        fail(value, key, expected: "true or false")
        return nil
    }

    /// An array of strings.
    mutating func strings(_ key: String) -> [String] {
        guard let value = object[key], !value.isNull else { return [] }
        guard let array = value.arrayValue else {
            fail(value, key, expected: "an array of strings")
            return []
        }
        var result: [String] = []
        for (i, element) in array.enumerated() {
            if let s = element.stringValue { result.append(s) } else { fail(element, "\(key)[\(i)]", expected: "a string") }
        }
        return result
    }

    /// An array member's elements (empty when absent or `null`).
    mutating func array(_ key: String) -> [JSONValue] {
        guard let value = object[key], !value.isNull else { return [] }
        if let array = value.arrayValue { return array }
        fail(value, key, expected: "an array")
        return []
    }

    /// Warnings for members not in `known`, which usually are typos.
    mutating func warnUnknownMembers(_ known: Set<String>) {
        for member in object.objectValue ?? [] where !known.contains(member.key) {
            diagnostics.append(.warning("\(path): unknown member \"\(member.key)\" ignored", at: member.keyLocation))
        }
    }
}
