/// Escaping for XML 1.0 text and attribute values (GraphML, GEXF).
enum XMLEscaping {
    /// Whether XML 1.0 allows `scalar` at all: tab, newline, carriage return, and everything from
    /// U+0020 except U+FFFE and U+FFFF (surrogates cannot occur in a Swift string).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `s` escaped for an attribute value in double quotes or for element text. Characters XML 1.0
    /// forbids (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF) are dropped; tab,
    /// newline and carriage return become character references so that parsers do not normalize them.
    ///
    /// - Complexity: O(n) in the length of `s`.
    static func escaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
