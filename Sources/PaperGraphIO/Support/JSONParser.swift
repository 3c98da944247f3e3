import Foundation
import PaperGraphModel

/// A strict JSON parser (RFC 8259) over UTF-8 bytes that records the line and column of
/// every value and reports errors as `path:line:column: error: expected ..., found ...`.
///
/// - Complexity: O(n) time in the input length; nesting depth is limited to 512 to keep the
///   recursive descent off the end of the stack on hostile input.
public struct JSONParser {
    private let bytes: [UInt8]
    private let path: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private static let maximumDepth = 512

    /// Parses one JSON document.
    ///
    /// - Throws: ``Diagnostic`` with the location of the first syntax error or invalid UTF-8 byte.
    public static func parse(_ data: [UInt8], path: String) throws(Diagnostic) -> JSONValue {
        try TextInput.validateUTF8(data, path: path)
        var parser = JSONParser(bytes: data, path: path)
        parser.skipByteOrderMark()
        parser.skipWhitespace()
        if parser.position == data.count { throw parser.error("expected a JSON value, found an empty file") }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.position < data.count { throw parser.error("expected end of file after the JSON value, found \(parser.describeCurrent())") }
        return value
    }

    /// Parses JSON Lines: one document per non-blank line.
    public static func parseLines(_ data: [UInt8], path: String) throws(Diagnostic) -> [JSONValue] {
        try TextInput.validateUTF8(data, path: path)
        var parser = JSONParser(bytes: data, path: path)
        parser.skipByteOrderMark()
        var values: [JSONValue] = []
        while true {
            parser.skipWhitespace()
            if parser.position == data.count { break }
            values.append(try parser.parseValue())
            parser.skipSpacesOnLine()
            if parser.position < data.count && data[parser.position] != UInt8(ascii: "\n") && data[parser.position] != UInt8(ascii: "\r") {
                throw parser.error("expected a new line after a JSON Lines record, found \(parser.describeCurrent())")
            }
        }
        return values
    }

    /// Parses the JSON Lines records of one ``TextPiece`` (already checked to be UTF-8).
    ///
    /// A record that runs past the end of a piece that is not the last is left for the next
    /// piece: parsing stops before it.
    ///
    /// - Returns: The records and the count of bytes they take (with the line ends after them).
    /// - Throws: ``Diagnostic`` at the first syntax error.
    /// - Complexity: O(n) in the piece's size.
    static func parseLines(_ piece: TextPiece, path: String) throws(Diagnostic) -> (values: [JSONValue], taken: Int) {
        var parser = JSONParser(bytes: Array(piece.bytes), path: path)
        parser.line = piece.line
        let data = parser.bytes
        var values: [JSONValue] = []
        var taken = 0
        while true {
            parser.skipWhitespace()
            if parser.position == data.count { return (values, data.count) }
            do {
                values.append(try parser.parseValue())
            } catch {
                if !piece.isLast && parser.position >= data.count { return (values, taken) }
                throw error
            }
            parser.skipSpacesOnLine()
            if parser.position < data.count && data[parser.position] != UInt8(ascii: "\n") {
                throw parser.error("expected a new line after a JSON Lines record, found \(parser.describeCurrent())")
            }
            if parser.position < data.count { taken = parser.position + 1 }
        }
    }

    private init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// Column bookkeeping: the scalar column at `columnMark`, so that asking for the location
    /// repeatedly along one long line (minified JSON) stays linear overall.
    private var columnMark = 0
    private var columnAtMark = 1

    private var location: SourceLocation {
        mutating get {
            if columnMark < lineStart || columnMark > position {
                columnMark = lineStart
                columnAtMark = 1
            }
            var column = columnAtMark
            for i in columnMark..<position where bytes[i] & 0xC0 != 0x80 { column += 1 }
            columnMark = position
            columnAtMark = column
            return SourceLocation(file: path, line: line, column: column)
        }
    }

    /// An error at the current position (errors are rare, so the column is counted afresh).
    private func error(_ message: String) -> Diagnostic {
        let column = bytes[lineStart..<position].lazy.filter { $0 & 0xC0 != 0x80 }.count + 1
        return .error(message, at: SourceLocation(file: path, line: line, column: column))
    }

    private func describeCurrent() -> String {
        guard position < bytes.count else { return "end of file" }
        let b = bytes[position]
        if b < 0x20 { return "a control character" }
        if b < 0x80 { return "'\(Character(UnicodeScalar(b)))'" }
        return "a non-ASCII character"
    }

    private mutating func skipByteOrderMark() {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3; lineStart = 3 }
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): position += 1
            case UInt8(ascii: "\n"):
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    private mutating func skipSpacesOnLine() {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
    }

    private mutating func parseValue() throws(Diagnostic) -> JSONValue {
        guard position < bytes.count else { throw error("expected a JSON value, found end of file") }
        let start = location
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), at: start)
        case UInt8(ascii: "t"): try expectLiteral("true"); return JSONValue(.bool(true), at: start)
        case UInt8(ascii: "f"): try expectLiteral("false"); return JSONValue(.bool(false), at: start)
        case UInt8(ascii: "n"): try expectLiteral("null"); return JSONValue(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("expected a JSON value, found \(describeCurrent())")
        }
    }

    private mutating func expectLiteral(_ literal: String) throws(Diagnostic) {
        for byte in literal.utf8 {
            guard position < bytes.count, bytes[position] == byte else {
                throw error("expected '\(literal)', found \(describeCurrent())")
            }
            position += 1
        }
    }

    private mutating func enter() throws(Diagnostic) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseObject() throws(Diagnostic) -> JSONValue {
        let start = location
        try enter()
        position += 1
        var members: [JSONValue.Member] = []
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return JSONValue(.object(members), at: start)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error("expected a member name in double quotes, found \(describeCurrent())")
            }
            let keyLocation = location
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw error("expected ':' after member name \"\(key)\", found \(describeCurrent())")
            }
            position += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONValue.Member(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            guard position < bytes.count else { throw error("expected ',' or '}' to continue the object, found end of file") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; break }
            throw error("expected ',' or '}' after a member, found \(describeCurrent())")
        }
        depth -= 1
        return JSONValue(.object(members), at: start)
    }

    private mutating func parseArray() throws(Diagnostic) -> JSONValue {
        let start = location
        try enter()
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return JSONValue(.array(elements), at: start)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else { throw error("expected ',' or ']' to continue the array, found end of file") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; break }
            throw error("expected ',' or ']' after an array element, found \(describeCurrent())")
        }
        depth -= 1
        return JSONValue(.array(elements), at: start)
    }

    private mutating func parseString() throws(Diagnostic) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var runStart = position
        func flush(_ end: Int) {
            if end > runStart { scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
        }
        while true {
            guard position < bytes.count else { throw error("expected '\"' to close the string, found end of file") }
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                defer { position += 1 }
                // No escape met: the bytes are the string (most strings take this path).
                if scalars.isEmpty { return String(decoding: bytes[runStart..<position], as: UTF8.self) }
                flush(position)
                return String(scalars)
            }
            if b < 0x20 {
                throw error("expected '\"' to close the string, found \(b == 0x0A ? "a line break" : "a control character") (escape it)")
            }
            if b == UInt8(ascii: "\\") {
                flush(position)
                position += 1
                guard position < bytes.count else { throw error("expected an escape character, found end of file") }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"): scalars.append(try parseUnicodeEscape())
                default:
                    position -= 1
                    throw error("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after '\\', found \(describeCurrent())")
                }
                runStart = position
                continue
            }
            position += 1
        }
    }

    private mutating func parseHex4() throws(Diagnostic) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count, let digit = hexValue(bytes[position]) else {
                throw error("expected 4 hexadecimal digits after '\\u', found \(describeCurrent())")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    private mutating func parseUnicodeEscape() throws(Diagnostic) -> Unicode.Scalar {
        let high = try parseHex4()
        if (0xD800...0xDBFF).contains(high) {
            if position + 1 < bytes.count && bytes[position] == UInt8(ascii: "\\") && bytes[position + 1] == UInt8(ascii: "u") {
                position += 2
                let low = try parseHex4()
                if (0xDC00...0xDFFF).contains(low) {
                    return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
                }
            }
            return "\u{FFFD}"
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func parseNumber() throws(Diagnostic) -> JSONValue {
        let start = location
        let first = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        func digits() -> Int {
            let s = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - s
        }
        guard position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) else {
            throw error("expected a digit, found \(describeCurrent())")
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                throw error("expected a number without leading zeros")
            }
        } else {
            _ = digits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            if digits() == 0 { throw error("expected a digit after the decimal point, found \(describeCurrent())") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            if digits() == 0 { throw error("expected a digit in the exponent, found \(describeCurrent())") }
        }
        let text = String(decoding: bytes[first..<position], as: UTF8.self)
        return JSONValue(.number(Double(text) ?? .nan, text: text), at: start)
    }
}
