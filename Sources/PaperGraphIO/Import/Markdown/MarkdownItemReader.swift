import Foundation
import PaperGraphModel

/// What one list item, numbered entry or table row says about a work.
struct ReadingListItem: Sendable, Equatable {
    var title: String
    var year: Int?
    var status: ReadingStatus?
    var identifiers = PaperIdentifiers()
    var kind: PaperKind = .paper
    /// The item shows by itself that it names a work: a read mark, a `(2017)` year, a year
    /// column or a link to a paper (arXiv, DOI, PDF).
    var hasOwnEvidence = false
    /// The item has links but none to a work (table-of-contents anchors, other pages, folders).
    var isNavigation = false
    /// The item links to a work.
    var hasWorkLink = false
}

/// Reads the title, year, identifiers, reading status and kind of one reading-list item.
///
/// Title: the text of a link that opens the item (after read marks and emoji), else the first
/// quoted text, else the first bold text, else the text before the first link, a parenthesis
/// opening a year, or `, A.` author initials. Year: `(2017)`-style text (the year last inside short parentheses),
/// else the arXiv id's `YYMM`, else (list items only) a bare year outside the title. Status:
/// ✔️ ✅ ☑ ✓ or `[x]` → read; `[ ]` or "to read" outside the title → unread.
enum MarkdownItemReader {
    /// Reads a list item's or numbered entry's text.
    ///
    /// - Complexity: O(n) in the item's length (O(n²) worst case for unbalanced brackets).
    static func read(item text: String) -> ReadingListItem {
        let inline = MarkdownInline(parsing: strippingNumbering(text))
        let plain = inline.plain
        var title = ""
        let titleLink = inline.links.first { link in
            link.isWorkLink && names(link) && isOnlyMarkers(plain.prefix(link.offset))
        }
        if let titleLink {
            title = cleanTitle(titleLink.text)
        } else {
            title = quotedText(in: plain) ?? boldText(in: plain) ?? leadingText(of: plain, before: inline.links.first?.offset)
        }
        if title.isEmpty, let bare = inline.links.first(where: { TitleCleaning.isBareURL($0.text) }),
           isOnlyMarkers(plain.prefix(bare.offset)) {
            // `[https://…](https://…) Title (2015)`: the words after the address name the work.
            let after = String(plain.dropFirst(bare.offset + bare.text.count))
            let next = inline.links.first { $0.offset > bare.offset }.map { $0.offset - bare.offset - bare.text.count }
            title = leadingText(of: after, before: next)
        }
        var item = ReadingListItem(title: title)
        let rest = titleRemoved(title, from: MarkdownInline.strippingEmphasis(plain))
        let start = plain.drop(while: { $0 == " " || $0 == "*" || $0 == "_" })
        if start.hasPrefix("[x]") || start.hasPrefix("[X]") || hasReadMark(plain) {
            item.status = .read
        } else if start.hasPrefix("[ ]") || hasToReadMark(rest) {
            item.status = .unread
        }
        let work = inline.links.filter(\.isWorkLink)
        item.identifiers = identifiers(links: identifyingLinks(work, title: titleLink), text: plain)
        let parenthesized = parenthesizedYear(in: plain)
        item.year = parenthesized ?? item.identifiers.arxiv.flatMap(IdentifierText.arXivYear) ?? bareYear(in: rest)
        item.hasWorkLink = !work.isEmpty
        item.isNavigation = work.isEmpty && inline.links.contains { !$0.isImage && !$0.wrapsImage }
        item.hasOwnEvidence = item.status != nil || parenthesized != nil || work.contains(where: isPaperLink)
            || item.identifiers.arxiv != nil
        item.kind = kind(text: plain, url: (titleLink ?? work.first)?.url)
        let badgesOnly = !inline.links.isEmpty && inline.links.allSatisfy { $0.isImage || $0.wrapsImage } && title.isEmpty
        item.isNavigation = item.isNavigation || badgesOnly || isNavigationLabel(plain)
        return item
    }

    /// Whether a link's text names a work: not a format label (`[pdf]`) and not a bare URL.
    static func names(_ link: MarkdownLink) -> Bool {
        link.hasNamingText && !TitleCleaning.isBareURL(link.text)
    }

    /// Reads a table row; `nil` when it has no title cell.
    ///
    /// The title cell is the column headed like "title", "paper" or "name" (also 标题, 名字, 论文), else
    /// the first cell with a naming link. A column headed like "read" gives the status (✅ ✔ ✓
    /// yes y x read done true → read, anything else → unread); a "year" (年份) column the year.
    static func read(row cells: [String], header: [String]) -> ReadingListItem? {
        let headings = header.map { MarkdownInline.strippingEmphasis(MarkdownInline(parsing: $0).plain).lowercased() }
        let readColumn = headings.firstIndex { $0.contains("read") || $0.contains("已读") }
        let yearColumn = headings.firstIndex { $0.contains("year") || $0.contains("年") }
        let titleWords = ["title", "paper", "name", "work", "article", "标题", "名字", "论文", "题目"]
        let titleColumn = headings.indices.first { i in
            i != readColumn && i != yearColumn && titleWords.contains { headings[i].contains($0) }
        }
        let parsed = cells.map { MarkdownInline(parsing: firstLine(ofCell: $0)) }
        let cellIndex = titleColumn ?? parsed.firstIndex { $0.links.contains { $0.isWorkLink && names($0) } }
        guard let cellIndex, cellIndex < parsed.count else { return nil }
        var cell = parsed[cellIndex]
        let titleLink = cell.links.first { $0.isWorkLink && names($0) }
        var item = ReadingListItem(title: titleLink.map { cleanTitle($0.text) } ?? digestTitle(cell.plain))
        guard !item.title.isEmpty, !isNavigationLabel(cell.plain) else { return nil }
        if !cell.links.contains(where: \.isWorkLink) {
            // Weekly digests: `1) **Title** - what it does` with `[Paper](…), [Tweet](…)` in another column.
            cell.links = parsed.indices.filter { $0 != cellIndex && $0 != readColumn }
                .flatMap { parsed[$0].links }.filter { $0.isWorkLink && !isSocialLink($0) }
        }
        let rowText = cells.joined(separator: " ")
        if let readColumn {
            let mark = readColumn < cells.count ? cells[readColumn].trimmingWhitespace().lowercased() : ""
            let yes: Set<String> = ["yes", "y", "x", "[x]", "read", "done", "true"]
            item.status = hasReadMark(mark) || yes.contains(mark) ? .read : .unread
        } else if hasReadMark(rowText) {
            item.status = .read
        } else if hasToReadMark(titleRemoved(item.title, from: MarkdownInline.strippingEmphasis(rowText))) {
            item.status = .unread
        }
        let work = cell.links.filter(\.isWorkLink)
        item.identifiers = identifiers(links: identifyingLinks(work, title: titleLink), text: cell.plain)
        let columnYear = yearColumn.flatMap { $0 < cells.count ? IdentifierText.yearValue(cells[$0].trimmingWhitespace()) : nil }
        let parenthesized = parenthesizedYear(in: cell.plain)
        item.year = columnYear ?? parenthesized ?? item.identifiers.arxiv.flatMap(IdentifierText.arXivYear)
        item.hasWorkLink = !work.isEmpty
        item.isNavigation = work.isEmpty && cell.links.contains { !$0.isImage && !$0.wrapsImage }
        item.hasOwnEvidence = item.status != nil || columnYear != nil || parenthesized != nil
            || work.contains(where: isPaperLink)
        item.kind = kind(text: cell.plain, url: work.first?.url)
        return item
    }

    /// The status a paragraph holding nothing but a mark (`*TO READ*`, `✅`) gives the item before it.
    static func statusMark(ofParagraph text: String) -> ReadingStatus? {
        let plain = MarkdownInline.strippingEmphasis(MarkdownInline(parsing: text).plain).lowercased()
        let bare = plain.filter { !$0.isWhitespace && $0 != "(" && $0 != ")" }
        if !bare.isEmpty, bare.unicodeScalars.allSatisfy({ readMarks.contains($0.value) || $0.value == 0xFE0F }) { return .read }
        return plain.trimmingWhitespace() == "to read" ? .unread : nil
    }

    /// The title link, then the `[pdf]`-style links: another naming link names another work.
    static func identifyingLinks(_ work: [MarkdownLink], title: MarkdownLink?) -> [MarkdownLink] {
        let formats = work.filter { !$0.hasNamingText }
        guard let title else { return formats.isEmpty ? Array(work.prefix(1)) : formats }
        return [title] + formats
    }

    // MARK: - Marks

    static let readMarks: Set<UInt32> = [0x2714, 0x2705, 0x2611, 0x2713]

    static func hasReadMark(_ text: String) -> Bool {
        text.unicodeScalars.contains { readMarks.contains($0.value) }
    }

    /// "to read" as a phrase, in any case.
    static func hasToReadMark(_ text: String) -> Bool {
        let chars = Array(text.lowercased())
        let phrase = Array("to read")
        guard chars.count >= phrase.count else { return false }
        for i in 0...(chars.count - phrase.count) where Array(chars[i..<(i + phrase.count)]) == phrase {
            let before = i > 0 ? chars[i - 1] : " "
            let after = i + phrase.count < chars.count ? chars[i + phrase.count] : " "
            if !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber { return true }
        }
        return false
    }

    /// Whether `prefix` holds only white space, emphasis, read marks, task boxes and emoji.
    static func isOnlyMarkers(_ prefix: Substring) -> Bool {
        var rest = prefix
        while let c = rest.first {
            if c.isWhitespace || c == "*" || c == "_" || c == "#" { rest = rest.dropFirst(); continue }
            if rest.hasPrefix("[x]") || rest.hasPrefix("[X]") || rest.hasPrefix("[ ]") { rest = rest.dropFirst(3); continue }
            if c == ":", let close = rest.dropFirst().firstIndex(of: ":"),
               rest[rest.index(after: rest.startIndex)..<close].allSatisfy({ $0.isLetter || $0 == "_" }) {
                rest = rest[rest.index(after: close)...]
                continue
            }
            if c.unicodeScalars.allSatisfy({
                readMarks.contains($0.value) || $0.value > 0x7F && ($0.properties.isEmoji || $0.value == 0xFE0F)
            }) {
                rest = rest.dropFirst()
                continue
            }
            return false
        }
        return true
    }

    /// `text` without a leading `**[12]**` or `[12]` roadmap number.
    static func strippingNumbering(_ text: String) -> String {
        var rest = Substring(text)
        let bold = rest.hasPrefix("**[")
        if bold { rest = rest.dropFirst(2) }
        guard rest.hasPrefix("["), let close = rest.firstIndex(of: "]"),
              rest[rest.index(after: rest.startIndex)..<close].allSatisfy({ $0.isASCII && $0.isNumber }) else { return text }
        rest = rest[rest.index(after: close)...]
        if bold && rest.hasPrefix("**") { rest = rest.dropFirst(2) }
        return String(rest).trimmingWhitespace()
    }

    // MARK: - Titles

    /// A title without emphasis, a trailing `(2018)`, edge punctuation and unpaired edge quotes.
    static func cleanTitle(_ raw: String) -> String {
        var title = Substring(MarkdownInline.strippingEmphasis(raw))
        if title.hasSuffix(")"), let open = title.lastIndex(of: "("),
           IdentifierText.yearValue(title[title.index(after: open)..<title.index(before: title.endIndex)]) != nil {
            title = title[..<open]
        }
        let quotes: Set<Character> = ["\"", "“", "”"]
        let paired = title.filter { quotes.contains($0) }.count >= 2
        let edges: Set<Character> = [" ", ".", ",", ";", ":", "-", "–", "—"]
        while let first = title.first, edges.contains(first) || (!paired && quotes.contains(first)) { title = title.dropFirst() }
        while let last = title.last, edges.contains(last) || (!paired && quotes.contains(last)) { title = title.dropLast() }
        let cleaned = TitleCleaning.cleaned(String(title))
        return TitleCleaning.isBareURL(cleaned) ? "" : cleaned
    }

    static func quotedText(in plain: String) -> String? {
        guard let open = plain.firstIndex(where: { $0 == "\"" || $0 == "“" }) else { return nil }
        let after = plain.index(after: open)
        guard let close = plain[after...].firstIndex(where: { $0 == "\"" || $0 == "”" }) else { return nil }
        let title = cleanTitle(String(plain[after..<close]))
        return title.count >= 3 ? title : nil
    }

    static func boldText(in plain: String) -> String? {
        var rest = Substring(plain)
        while let open = rest.range(of: "**") {
            guard let close = rest[open.upperBound...].range(of: "**") else { return nil }
            let inner = String(rest[open.upperBound..<close.lowerBound]).trimmingWhitespace()
            let title = cleanTitle(inner)
            if !inner.hasPrefix("("), title.count >= 3 { return title }
            rest = rest[close.upperBound...]
        }
        return nil
    }

    /// The text before the first link, a parenthesis opening a year, or `, A.` author initials.
    static func leadingText(of plain: String, before linkOffset: Int?) -> String {
        var text = linkOffset.map { String(plain.prefix($0)) } ?? plain
        var search = text.startIndex
        while let paren = text[search...].firstIndex(of: "(") {
            let window = String(text[text.index(after: paren)...].prefix(20))
            if window.split(whereSeparator: { !$0.isNumber }).contains(where: { IdentifierText.yearValue($0) != nil }) {
                text = String(text[..<paren])
                break
            }
            search = text.index(after: paren)
        }
        let chars = Array(text)
        if chars.count >= 4 {
            for i in 0..<(chars.count - 3)
            where chars[i] == "," && chars[i + 1] == " " && chars[i + 2].isUppercase && chars[i + 3] == "." {
                text = String(chars[..<i])
                break
            }
        }
        let start = text.drop { !$0.isLetter && !$0.isNumber && $0 != "\"" && $0 != "“" }
        return cleanTitle(String(start))
    }

    static func titleRemoved(_ title: String, from text: String) -> String {
        guard !title.isEmpty, let range = text.range(of: title) else { return text }
        return String(text[..<range.lowerBound]) + " " + String(text[range.upperBound...])
    }
}
