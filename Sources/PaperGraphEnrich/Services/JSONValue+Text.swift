import PaperGraphIO

extension JSONValue {
    /// The value written back as compact JSON (numbers as written), to cache one record of a
    /// batch answer on its own.
    ///
    /// - Complexity: O(n) in the size of the value.
    var output: JSONOutput {
        switch kind {
        case .null: .null
        case .bool(let b): .bool(b)
        case .number(let d, let text): Int(text).map(JSONOutput.int) ?? .double(d)
        case .string(let s): .string(s)
        case .array(let elements): .array(elements.map(\.output))
        case .object(let members): .object(members.map { ($0.key, $0.value.output) })
        }
    }

    var compactText: String { output.serialized() }
}
