import PaperGraphModel

/// A problem in a BibTeX entry: what was expected, what was found, and where.
struct BibTeXSyntaxError: Error, Sendable, Equatable {
    var message: String
    var line: Int
    var column: Int
    /// A brace or quote that opened a value was never closed before the next entry or the end.
    var isUnclosedValue = false
}

/// A cursor over BibTeX text that reads its tokens (names, braced and quoted values, numbers)
/// and tracks line and column (1-based, in Unicode scalars).
struct BibTeXLexer {
    let scalars: [Unicode.Scalar]
    private(set) var position = 0
    private(set) var line = 1
    private(set) var column = 1

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
    var isAtEnd: Bool { position >= scalars.count }

    mutating func advance() {
        guard let c = current else { return }
        position += 1
        if c == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    /// Skips white space and `%` comments up to the end of their line.
    mutating func skipSpace() {
        while let c = current {
            if c.properties.isWhitespace {
                advance()
            } else if c == "%" {
                while let d = current, d != "\n" { advance() }
            } else {
                return
            }
        }
    }

    /// An error at the cursor: `expected <expected>, found <what is here>`.
    func error(expected: String) -> BibTeXSyntaxError {
        BibTeXSyntaxError(message: "expected \(expected), found \(describeCurrent())", line: line, column: column)
    }

    func describeCurrent() -> String {
        guard let c = current else { return "end of file" }
        if c == "@" && isAtLineStart { return "'@' (the next entry)" }
        return "'\(Character(c))'"
    }

    /// Whether only white space precedes the cursor on its line.
    var isAtLineStart: Bool {
        var i = position - 1
        while i >= 0, scalars[i] != "\n" {
            if !scalars[i].properties.isWhitespace { return false }
            i -= 1
        }
        return true
    }

    /// Moves to the next `@` that starts a line (or stays on one); returns false at end of file.
    mutating func skipToNextEntryAtLineStart() -> Bool {
        while let c = current {
            if c == "@" && isAtLineStart { return true }
            advance()
        }
        return false
    }

    /// An entry type, field or macro name: letters, digits and `_-:.+/'!?&*`.
    mutating func name() -> String? {
        var out = ""
        while let c = current, c.properties.isAlphabetic || c.properties.numericType != nil || "_-:.+/'!?&*".unicodeScalars.contains(c) {
            out.unicodeScalars.append(c)
            advance()
        }
        return out.isEmpty ? nil : out
    }

    /// A citation key: everything up to `,`, white space or the entry's closing delimiter.
    mutating func key(closing: Unicode.Scalar) -> String {
        var out = ""
        while let c = current, c != ",", c != closing, c != "{", c != "}", !c.properties.isWhitespace {
            out.unicodeScalars.append(c)
            advance()
        }
        return out
    }

    /// A run of ASCII digits.
    mutating func number() -> String? {
        var out = ""
        while let c = current, c.isASCII, c.properties.numericType != nil {
            out.unicodeScalars.append(c)
            advance()
        }
        return out.isEmpty ? nil : out
    }

    /// `{...}` with nested braces; returns the content with inner braces kept.
    ///
    /// - Throws: when the file ends, or an `@` starts a line, before the braces balance.
    mutating func bracedValue() throws(BibTeXSyntaxError) -> String {
        try delimitedValue(closer: "}")
    }

    /// `"..."` (a `"` inside braces does not end it); returns the content.
    mutating func quotedValue() throws(BibTeXSyntaxError) -> String {
        try delimitedValue(closer: "\"")
    }

    private mutating func delimitedValue(closer: Unicode.Scalar) throws(BibTeXSyntaxError) -> String {
        let openLine = line, openColumn = column
        let opener = current.map { Character($0) } ?? "{"
        advance()
        var depth = 0
        var out = ""
        while let c = current {
            if c == "@" && isAtLineStart {
                throw BibTeXSyntaxError(
                    message: "expected '\(closer == "}" ? "}" : "\"")' to close the '\(opener)' at \(openLine):\(openColumn), found '@' (the next entry)",
                    line: line, column: column, isUnclosedValue: true)
            }
            if c == "\\", position + 1 < scalars.count, scalars[position + 1] == "\"" {
                // `\"u` inside a quoted value is an accent, not the closing quote.
                out.unicodeScalars.append(c)
                advance()
                out.unicodeScalars.append("\"")
                advance()
                continue
            }
            if depth == 0 && c == closer {
                advance()
                return out
            }
            if c == "{" { depth += 1 }
            if c == "}" {
                if depth == 0 {
                    throw BibTeXSyntaxError(message: "expected '\"' to close the '\"' at \(openLine):\(openColumn), found '}'",
                                            line: line, column: column, isUnclosedValue: true)
                }
                depth -= 1
            }
            out.unicodeScalars.append(c)
            advance()
        }
        throw BibTeXSyntaxError(message: "expected '\(closer == "}" ? "}" : "\"")' to close the '\(opener)' at \(openLine):\(openColumn), found end of file",
                                line: line, column: column, isUnclosedValue: true)
    }
}
