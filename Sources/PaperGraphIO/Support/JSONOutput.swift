/// A JSON document to write, with object members in the order given (not sorted), so that output
/// reads naturally (`id` and `title` first) and is byte-for-byte deterministic.
public indirect enum JSONOutput: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONOutput])
    case object([(String, JSONOutput)])

    public static func == (a: JSONOutput, b: JSONOutput) -> Bool { a.serialized() == b.serialized() }

    /// An optional string, or `null`.
    public static func string(_ value: String?) -> JSONOutput { value.map { .string($0) } ?? .null }

    /// The document as text: compact on one line, or `pretty` with two-space indentation.
    ///
    /// Non-finite numbers, which JSON cannot hold, are written as `null`.
    /// - Complexity: O(n) in the size of the output.
    public func serialized(pretty: Bool = false) -> String {
        var out = ""
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    /// Appends the value as if nested `indent` levels deep (pretty output indents its inner lines
    /// by `indent + 1` levels), so that a large document can be written one element at a time.
    func write(to out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += JSONOutput.format(d)
        case .string(let s): JSONOutput.writeString(s, to: &out)
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            let inline = !pretty || elements.allSatisfy(\.isScalar)
            out += "["
            for (i, e) in elements.enumerated() {
                if i > 0 { out += inline && pretty ? ", " : "," }
                if !inline { newline(&out, indent + 1) }
                e.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if !inline { newline(&out, indent) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                if pretty { newline(&out, indent + 1) }
                JSONOutput.writeString(key, to: &out)
                out += pretty ? ": " : ":"
                value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(&out, indent) }
            out += "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private func newline(_ out: inout String, _ indent: Int) {
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    /// Shortest text that reads back as the same double; integers keep a `.0`-free form.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return "\(d)"
    }

    /// `s` as a JSON string literal; with `htmlSafe`, `<`, `>`, `&` and DEL are `\u` escapes too, so
    /// that the literal is inert inside an HTML `<script>` element.
    static func writeString(_ s: String, to out: inout String, htmlSafe: Bool = false) {
        out += "\""
        for scalar in s.unicodeScalars {
            if htmlSafe, scalar == "<" || scalar == ">" || scalar == "&" || scalar == "\u{7F}" {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                continue
            }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
