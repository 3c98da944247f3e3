/// One block of a Markdown document, at the level of detail the reading-list importer needs.
struct MarkdownBlock: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// An ATX (`## Title`) or setext (`Title` over `===`) heading.
        case heading(level: Int)
        /// A list item (`-`, `*`, `+`, `1.`, `1)`) or a `**[n]**` / `[n]` numbered paragraph.
        case item(indent: Int, numbered: Bool)
        /// A table body row; `header` holds the header row's cells.
        case tableRow(cells: [String], header: [String])
        /// Any other paragraph (prose, block quotes, footnotes).
        case paragraph
    }

    var kind: Kind
    /// The block's text without its marker; continuation lines are joined with a space.
    var text: String
    var line: Int
    /// 1-based column of the block's first character (the list marker for items), in Unicode scalars.
    var column: Int
}

/// Splits Markdown text into headings, list items, numbered paragraphs, table rows and paragraphs.
///
/// Skips YAML front matter, fenced code, HTML comments and thematic breaks. Lenient where real
/// lists are: `#2 Title` (no space after `#`) is a heading when the rest starts with a letter or
/// digit and has several words, as authors mean it.
enum MarkdownBlockScanner {
    /// The blocks of `text`, in document order.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func blocks(in text: String) -> [MarkdownBlock] {
        var operations = OperationCounter()
        return blocks(in: text, operations: &operations)
    }

    /// The blocks of `text`, counting the characters examined and copied into `operations`.
    static func blocks(in text: String, operations: inout OperationCounter) -> [MarkdownBlock] {
        // "\r\n" is one Character: split on it, on "\n" and on a lone "\r" alike.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        lines = removingHTMLComments(lines, operations: &operations)
        var scanner = Scanner(lines: lines)
        scanner.run()
        operations.add(scanner.operations.count)
        return scanner.blocks
    }

    /// Replaces `<!-- ... -->` spans (possibly over several lines) with spaces, keeping columns.
    ///
    /// - Complexity: O(n): one pass over each line's characters.
    static func removingHTMLComments(_ lines: [String]) -> [String] {
        var operations = OperationCounter()
        return removingHTMLComments(lines, operations: &operations)
    }

    static func removingHTMLComments(_ lines: [String], operations: inout OperationCounter) -> [String] {
        var inComment = false
        return lines.map { line in
            guard inComment || line.contains("<!--") else { return line }
            let chars = Array(line)
            let n = chars.count
            var out = ""
            out.reserveCapacity(line.utf8.count)
            var i = 0
            while i < n {
                operations.add()
                if inComment {
                    if chars[i] == "-", i + 2 < n, chars[i + 1] == "-", chars[i + 2] == ">" {
                        out += "   "
                        i += 3
                        inComment = false
                    } else {
                        out.append(" ")
                        i += 1
                    }
                } else if chars[i] == "<", i + 3 < n, chars[i + 1] == "!", chars[i + 2] == "-", chars[i + 3] == "-" {
                    out += "    "
                    i += 4
                    inComment = true
                } else {
                    out.append(chars[i])
                    i += 1
                }
            }
            return out
        }
    }

    private struct Scanner {
        let lines: [String]
        var blocks: [MarkdownBlock] = []
        var operations = OperationCounter()
        /// The block being accumulated (an item or paragraph that may continue on the next line).
        var open: MarkdownBlock?
        var index = 0

        init(lines: [String]) { self.lines = lines }

        mutating func run() {
            skipFrontMatter()
            while index < lines.count {
                let line = lines[index]
                let trimmed = line.trimmingWhitespace()
                let lineNumber = index + 1
                index += 1
                if trimmed.isEmpty { flush(); continue }
                let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
                if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                    flush()
                    skipFence(String(trimmed.prefix(3)))
                    continue
                }
                if indent < 4, let (level, text) = atxHeading(trimmed) {
                    flush()
                    blocks.append(MarkdownBlock(kind: .heading(level: level), text: text, line: lineNumber, column: indent + 1))
                    continue
                }
                if let level = setextLevel(trimmed), let pending = open, pending.kind == .paragraph {
                    open = nil
                    blocks.append(MarkdownBlock(kind: .heading(level: level), text: pending.text, line: pending.line,
                                                column: pending.column))
                    continue
                }
                if isThematicBreak(trimmed) { flush(); continue }
                if line.contains("|"), index < lines.count, isDelimiterRow(lines[index]) {
                    flush()
                    readTable(header: Self.cells(of: line))
                    continue
                }
                if let (markerLength, numbered) = listMarker(trimmed) {
                    flush()
                    let text = String(trimmed.dropFirst(markerLength)).trimmingWhitespace()
                    open = MarkdownBlock(kind: .item(indent: indent, numbered: numbered), text: text, line: lineNumber,
                                         column: indent + 1)
                    continue
                }
                if isNumberedParagraphStart(trimmed) {
                    flush()
                    open = MarkdownBlock(kind: .item(indent: 0, numbered: true), text: trimmed, line: lineNumber,
                                         column: indent + 1)
                    continue
                }
                if let kind = open?.kind {
                    if case .item = kind, trimmed.hasPrefix(">") {
                        flush()
                        continue
                    }
                    // In place: a copy of the block would copy its whole text on every line. Bytes
                    // moved by a reallocation are counted, so a test sees such copies.
                    let buffer = open!.text.withUTF8 { $0.baseAddress }
                    open!.text += " "
                    open!.text += trimmed
                    let moved = open!.text.withUTF8 { $0.baseAddress } != buffer
                    operations.add(trimmed.utf8.count + 1 + (moved ? open!.text.utf8.count : 0))
                    continue
                }
                open = MarkdownBlock(kind: .paragraph, text: trimmed, line: lineNumber, column: indent + 1)
            }
            flush()
        }

        mutating func flush() {
            if let block = open { blocks.append(block) }
            open = nil
        }

        mutating func skipFrontMatter() {
            guard lines.first?.trimmingWhitespace() == "---" else { return }
            for i in 1..<max(lines.count, 1) where lines[i].trimmingWhitespace() == "---" {
                index = i + 1
                return
            }
        }

        mutating func skipFence(_ fence: String) {
            while index < lines.count {
                let trimmed = lines[index].trimmingWhitespace()
                index += 1
                if trimmed.hasPrefix(fence) { return }
            }
        }

        mutating func readTable(header: [String]) {
            index += 1  // the delimiter row
            while index < lines.count {
                let line = lines[index]
                let trimmed = line.trimmingWhitespace()
                guard !trimmed.isEmpty, trimmed.contains("|") else { return }
                let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
                blocks.append(MarkdownBlock(kind: .tableRow(cells: Self.cells(of: line), header: header), text: trimmed,
                                            line: index + 1, column: indent + 1))
                index += 1
            }
        }

        /// `(level, text)` when `trimmed` is an ATX heading.
        func atxHeading(_ trimmed: String) -> (Int, String)? {
            let level = trimmed.prefix(while: { $0 == "#" }).count
            guard (1...6).contains(level) else { return nil }
            let rest = trimmed.dropFirst(level)
            if let next = rest.first {
                let lenient = (next.isLetter || next.isNumber) && rest.contains(" ")
                guard next == " " || next == "\t" || lenient else { return nil }
            }
            var text = String(rest).trimmingWhitespace()
            if text.hasSuffix("#") {
                let withoutClosing = text.reversed().drop(while: { $0 == "#" })
                if withoutClosing.first == " " || withoutClosing.isEmpty {
                    text = String(withoutClosing.reversed()).trimmingWhitespace()
                }
            }
            return (level, text)
        }

        func setextLevel(_ trimmed: String) -> Int? {
            if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
            if trimmed.count >= 2, trimmed.allSatisfy({ $0 == "-" }) { return 2 }
            return nil
        }

        func isThematicBreak(_ trimmed: String) -> Bool {
            guard let first = trimmed.first, "-*_".contains(first) else { return false }
            let marks = trimmed.filter { $0 != " " && $0 != "\t" }
            return marks.count >= 3 && marks.allSatisfy { $0 == first }
        }

        func isDelimiterRow(_ line: String) -> Bool {
            let cells = Self.cells(of: line)
            guard line.contains("-"), !cells.isEmpty else { return false }
            return cells.allSatisfy { cell in
                var body = Substring(cell)
                if body.hasPrefix(":") { body = body.dropFirst() }
                if body.hasSuffix(":") { body = body.dropLast() }
                return !body.isEmpty && body.allSatisfy { $0 == "-" }
            }
        }

        /// `(marker length including the following space, numbered)` for a list item line.
        func listMarker(_ trimmed: String) -> (Int, Bool)? {
            guard let first = trimmed.first else { return nil }
            if "-*+".contains(first) {
                let second = trimmed.dropFirst().first
                return second == nil || second == " " || second == "\t" ? (1, false) : nil
            }
            let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
            guard (1...9).contains(digits.count) else { return nil }
            let rest = trimmed.dropFirst(digits.count)
            guard let delimiter = rest.first, delimiter == "." || delimiter == ")" else { return nil }
            let after = rest.dropFirst().first
            return after == nil || after == " " || after == "\t" ? (digits.count + 1, true) : nil
        }

        /// `**[12]** ...` or `[12] ...` (but not a link reference definition `[12]: url`).
        func isNumberedParagraphStart(_ trimmed: String) -> Bool {
            var rest = Substring(trimmed)
            let bold = rest.hasPrefix("**[")
            if bold { rest = rest.dropFirst(2) }
            guard rest.hasPrefix("[") else { return false }
            rest = rest.dropFirst()
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty else { return false }
            rest = rest.dropFirst(digits.count)
            guard rest.hasPrefix("]") else { return false }
            rest = rest.dropFirst()
            if bold {
                guard rest.hasPrefix("**") else { return false }
                rest = rest.dropFirst(2)
            }
            return rest.first == " " || rest.first == "\t"
        }

        /// The cells of a table line, trimmed, without the outer pipes; `\|` does not split.
        static func cells(of line: String) -> [String] {
            var body = Substring(line.trimmingWhitespace())
            if body.hasPrefix("|") { body = body.dropFirst() }
            if body.hasSuffix("|") && !body.hasSuffix("\\|") { body = body.dropLast() }
            var cells: [String] = []
            var current = ""
            var previous: Character?
            for c in body {
                if c == "|" && previous != "\\" {
                    cells.append(current.trimmingWhitespace())
                    current = ""
                } else {
                    current.append(c)
                }
                previous = c
            }
            cells.append(current.trimmingWhitespace())
            return cells
        }
    }
}
