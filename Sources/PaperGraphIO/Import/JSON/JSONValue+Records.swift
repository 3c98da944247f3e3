import PaperGraphModel

/// Lenient accessors shared by the importers of third-party JSON (Semantic Scholar, OpenAlex,
/// CSL-JSON), whose producers write ids sometimes as strings and sometimes as numbers.
extension JSONValue {
    /// A string member's trimmed text, or `nil` when absent, `null`, not a string or blank.
    func text(_ key: String) -> String? {
        guard let s = self[key]?.stringValue?.trimmingWhitespace(), !s.isEmpty else { return nil }
        return s
    }

    /// An identifier written as a string or an integer, as text.
    var idText: String? {
        if let s = stringValue?.trimmingWhitespace(), !s.isEmpty { return s }
        return intValue.map(String.init)
    }

    /// The records of a document: its elements if it is an array, the array under one of
    /// `wrappers` (`{"data": [...]}`), or the document itself if it is another object.
    ///
    /// - Returns: Each record with its path for messages (`data[3]`), or `nil` for a document
    ///   that is neither an array nor an object.
    func records(wrappers: [String], name: String) -> [(value: JSONValue, path: String)]? {
        if let array = arrayValue { return array.enumerated().map { ($1, "\(name)[\($0)]") } }
        guard objectValue != nil else { return nil }
        for wrapper in wrappers {
            if let array = self[wrapper]?.arrayValue { return array.enumerated().map { ($1, "\(wrapper)[\($0)]") } }
        }
        return [(self, name)]
    }

    /// A short description of an object by its first member names, for "found ..." messages.
    var shapeDescription: String {
        guard let members = objectValue else { return typeDescription }
        if members.isEmpty { return "an empty object" }
        let names = members.prefix(4).map { "\"\($0.key)\"" }.joined(separator: ", ")
        return "an object with members \(names)\(members.count > 4 ? ", ..." : "")"
    }
}
