import PaperGraphModel

/// One field of a BibTeX entry: its lowercased name and its raw value (LaTeX and braces kept,
/// macros expanded, `#` parts concatenated).
struct BibTeXField: Sendable, Equatable {
    var name: String
    var value: String
    var location: SourceLocation
}

/// One entry (`@article{key, ...}`), with its lowercased type.
struct BibTeXEntry: Sendable, Equatable {
    var type: String
    var key: String
    var fields: [BibTeXField]
    var location: SourceLocation

    /// The raw value of the field named `name` (lowercase), if present.
    subscript(name: String) -> String? { fields.first { $0.name == name }?.value }
}

/// The entries of a BibTeX file and the warnings for entries that had to be skipped.
struct BibTeXDocument: Sendable {
    var entries: [BibTeXEntry] = []
    var preambles: [String] = []
    var diagnostics: [Diagnostic] = []
}

/// The `@string` macros defined so far and the bytes their expansions have produced.
struct BibTeXMacros {
    /// The longest value (field, `@string` or `@preamble`) macros may expand to, in UTF-8 bytes.
    static let maxValueBytes = 1 << 20
    /// The most bytes all macro expansions in one file may produce together.
    static let maxTotalBytes = 16 << 20

    var values: [String: String]
    var expandedBytes = 0
}

/// Parses BibTeX as real files use it.
///
/// `@string{name = value}` macros (and the standard `jan` ... `dec`), `#` concatenation,
/// `@preamble`, `@comment`, text outside entries (ignored), nested braces, quoted values, bare
/// numbers, case-insensitive entry types and field names, and both `{...}` and `(...)` entry
/// delimiters. A broken entry (unbalanced braces, a missing comma, an unknown macro) is skipped
/// with a warning at its line and column saying what was expected and what was found, and parsing
/// resumes at the next `@` that starts a line.
enum BibTeXParser {
    static let monthMacros: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]

    /// - Complexity: O(n) in the length of the text.
    static func parse(_ text: String, path: String) -> BibTeXDocument {
        var lexer = BibTeXLexer(text)
        var document = BibTeXDocument()
        var macros = BibTeXMacros(values: monthMacros)
        var seenKeys: Set<String> = []
        while !lexer.isAtEnd {
            while let c = lexer.current, c != "@" { lexer.advance() }
            guard !lexer.isAtEnd else { break }
            if !lexer.isAtLineStart && !startsEntry(lexer) {
                lexer.advance()  // an `@` inside free text, such as an e-mail address
                continue
            }
            let start = SourceLocation(file: path, line: lexer.line, column: lexer.column)
            var key: String?
            do {
                if let entry = try parseEntry(&lexer, macros: &macros, document: &document, start: start, key: &key) {
                    if seenKeys.insert(entry.key.lowercased()).inserted {
                        document.entries.append(entry)
                    } else {
                        document.diagnostics.append(.skipped("entry '\(entry.key)' skipped: the key is already used by an earlier entry",
                                                             at: start))
                    }
                }
            } catch {
                // Reported where the entry starts, naming it; the message says where the problem is.
                let name = key.map { "entry '\($0)' skipped" } ?? "entry skipped"
                let at = error.line == start.line && error.column == start.column || error.message.contains("(opened at ")
                    ? "" : " (at \(error.line):\(error.column))"
                document.diagnostics.append(.skipped("\(name): \(error.message)\(at)", at: start))
                if lexer.current == "@" && lexer.isAtLineStart { continue }
                lexer.advance()
                _ = lexer.skipToNextEntryAtLineStart()
            }
        }
        return document
    }

    /// Whether the `@` at the cursor is followed by a name and `{` or `(`.
    private static func startsEntry(_ lexer: BibTeXLexer) -> Bool {
        var i = lexer.position + 1
        let scalars = lexer.scalars
        while i < scalars.count, scalars[i].properties.isAlphabetic { i += 1 }
        guard i > lexer.position + 1 else { return false }
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        return i < scalars.count && (scalars[i] == "{" || scalars[i] == "(")
    }

    /// Reads from an `@` to the end of its entry; `nil` for `@string`, `@preamble` and `@comment`.
    private static func parseEntry(_ lexer: inout BibTeXLexer, macros: inout BibTeXMacros, document: inout BibTeXDocument,
                                   start: SourceLocation, key readKey: inout String?) throws(BibTeXSyntaxError) -> BibTeXEntry? {
        lexer.advance()  // @
        lexer.skipSpace()
        guard let rawType = lexer.name() else { throw lexer.error(expected: "an entry type after '@'") }
        let type = rawType.lowercased()
        lexer.skipSpace()
        if type == "comment" {
            if lexer.current == "{" || lexer.current == "(" { _ = try? skipGroup(&lexer) }
            return nil
        }
        guard let opener = lexer.current, opener == "{" || opener == "(" else {
            throw lexer.error(expected: "'{' or '(' after '@\(rawType)'")
        }
        let closer: Unicode.Scalar = opener == "{" ? "}" : ")"
        lexer.advance()
        lexer.skipSpace()
        switch type {
        case "preamble":
            document.preambles.append(try value(&lexer, macros: &macros))
            try expectClose(&lexer, closer, after: "the @preamble value")
            return nil
        case "string":
            guard let name = lexer.name() else { throw lexer.error(expected: "a macro name in @string") }
            lexer.skipSpace()
            guard lexer.current == "=" else { throw lexer.error(expected: "'=' after the macro name '\(name)'") }
            lexer.advance()
            macros.values[name.lowercased()] = try value(&lexer, macros: &macros)
            try expectClose(&lexer, closer, after: "the value of @string '\(name)'")
            return nil
        default:
            break
        }
        let key = lexer.key(closing: closer)
        readKey = key.isEmpty ? nil : key
        var entry = BibTeXEntry(type: type, key: key, fields: [], location: start)
        lexer.skipSpace()
        if lexer.current == closer {
            lexer.advance()
            return entry
        }
        guard lexer.current == "," else { throw lexer.error(expected: "',' after the key '\(key)'") }
        lexer.advance()
        while true {
            lexer.skipSpace()
            if lexer.current == closer {
                lexer.advance()
                return entry
            }
            let fieldLocation = SourceLocation(file: start.file, line: lexer.line, column: lexer.column)
            guard let name = lexer.name() else {
                throw lexer.error(expected: "a field name or '\(Character(closer))' in entry '\(key)'")
            }
            lexer.skipSpace()
            guard lexer.current == "=" else { throw lexer.error(expected: "'=' after the field name '\(name)'") }
            lexer.advance()
            lexer.skipSpace()
            let opened = (line: lexer.line, column: lexer.column, delimiter: lexer.current)
            let unclosed = BibTeXSyntaxError(
                message: "unclosed \(opened.delimiter == "\"" ? "quote" : "brace") in field '\(name)' (opened at \(opened.line):\(opened.column))",
                line: opened.line, column: opened.column, isUnclosedValue: true)
            let fieldValue: String
            do {
                fieldValue = try value(&lexer, macros: &macros)
            } catch {
                throw error.isUnclosedValue ? unclosed : error
            }
            entry.fields.append(BibTeXField(name: name.lowercased(), value: fieldValue, location: fieldLocation))
            lexer.skipSpace()
            if lexer.current == "," {
                lexer.advance()
            } else if lexer.current != closer {
                // A value that ran over lines into the next entry swallowed the entry's closing brace.
                let nextEntry = lexer.isAtEnd || lexer.current == "@" && lexer.isAtLineStart
                if nextEntry && (opened.delimiter == "{" || opened.delimiter == "\"") && lexer.line > opened.line + 1 { throw unclosed }
                throw lexer.error(expected: "',' or '\(Character(closer))' after the value of field '\(name)'")
            }
        }
    }

    /// A value: parts (`{...}`, `"..."`, a number or a macro name) joined by `#`.
    ///
    /// - Throws: ``BibTeXSyntaxError`` at the macro name when its expansion would make the value
    ///   longer than ``BibTeXMacros/maxValueBytes`` or the file's expansions exceed
    ///   ``BibTeXMacros/maxTotalBytes`` (doubling macros would otherwise take gigabytes).
    private static func value(_ lexer: inout BibTeXLexer, macros: inout BibTeXMacros) throws(BibTeXSyntaxError) -> String {
        var result = ""
        while true {
            lexer.skipSpace()
            switch lexer.current {
            case "{":
                result += try lexer.bracedValue()
            case "\"":
                result += try lexer.quotedValue()
            case let c? where c.isASCII && c.properties.numericType != nil:
                result += lexer.number() ?? ""
            default:
                let line = lexer.line, column = lexer.column
                guard let name = lexer.name() else { throw lexer.error(expected: "a value ('{', '\"', a number or a macro name)") }
                guard let expansion = macros.values[name.lowercased()] else {
                    throw BibTeXSyntaxError(message: "expected a defined @string macro, found unknown macro '\(name)'",
                                            line: line, column: column)
                }
                let size = expansion.utf8.count
                guard result.utf8.count + size <= BibTeXMacros.maxValueBytes else {
                    throw BibTeXSyntaxError(message: "macro '\(name)' makes the value longer than "
                                            + "\(BibTeXMacros.maxValueBytes >> 20) MiB, the most a value may expand to",
                                            line: line, column: column)
                }
                macros.expandedBytes += size
                guard macros.expandedBytes <= BibTeXMacros.maxTotalBytes else {
                    throw BibTeXSyntaxError(message: "macro '\(name)' takes @string expansions in this file past "
                                            + "\(BibTeXMacros.maxTotalBytes >> 20) MiB, the most allowed",
                                            line: line, column: column)
                }
                result += expansion
            }
            lexer.skipSpace()
            guard lexer.current == "#" else { return result }
            lexer.advance()
        }
    }

    private static func expectClose(_ lexer: inout BibTeXLexer, _ closer: Unicode.Scalar, after what: String) throws(BibTeXSyntaxError) {
        lexer.skipSpace()
        guard lexer.current == closer else { throw lexer.error(expected: "'\(Character(closer))' after \(what)") }
        lexer.advance()
    }

    /// Skips a balanced `{...}` or `(...)` group (for `@comment`).
    private static func skipGroup(_ lexer: inout BibTeXLexer) throws(BibTeXSyntaxError) {
        if lexer.current == "{" {
            _ = try lexer.bracedValue()
            return
        }
        var depth = 0
        while let c = lexer.current {
            lexer.advance()
            if c == "(" { depth += 1 }
            if c == ")" {
                depth -= 1
                if depth == 0 { return }
            }
        }
    }
}
