import Foundation
import PaperGraphModel

/// A link or image found in Markdown inline text.
struct MarkdownLink: Sendable, Equatable {
    /// The link's text as plain text (images inside it removed, emphasis markers kept).
    var text: String
    var url: String
    /// `![alt](src)`.
    var isImage: Bool
    /// `[![alt](src)](url)`: a badge or a linked image, never a paper.
    var wrapsImage: Bool
    /// Where the link's text starts in ``MarkdownInline/plain``, in characters.
    var offset: Int

    /// Whether the link points at a work: an absolute web address or a local PDF, not an anchor,
    /// another Markdown page, a folder or an image.
    var isWorkLink: Bool {
        guard !isImage, !wrapsImage, !url.isEmpty, !url.hasPrefix("#") else { return false }
        let lower = url.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("ftp://") { return true }
        return !lower.contains(":") && Self.path(of: lower).hasSuffix(".pdf")
    }

    /// Whether the link's text names the work rather than a format (`[pdf]`, `[html]`, `[code]` ...).
    var hasNamingText: Bool {
        let label = text.filter { $0 != "[" && $0 != "]" && $0 != "*" && $0 != "_" }.trimmingWhitespace().lowercased()
        return !label.isEmpty && !Self.genericLabels.contains(label)
    }

    /// The URL without query or fragment.
    static func path(of url: String) -> Substring {
        url.prefix(while: { $0 != "?" && $0 != "#" })
    }

    static let genericLabels: Set<String> = [
        "pdf", "html", "web", "link", "paper", "code", "arxiv", "url", "video", "slides", "blog", "website",
        "homepage", "project", "github", "doi", "source", "abs", "here", "bibtex", "page",
    ]
}

/// Markdown inline text reduced to plain text plus the links it holds.
///
/// Links contribute their text to ``plain``; images, HTML tags and footnote references contribute
/// nothing; code spans and backslash escapes contribute their literal characters. Emphasis
/// markers are kept (see ``strippingEmphasis(_:)``). Text that only looks like a link
/// (`[Notice]`, `[x]`, `[[pdf]] (url)` with a space) stays literal.
struct MarkdownInline: Sendable {
    var plain = ""
    var links: [MarkdownLink] = []

    /// - Complexity: O(n²) in the worst case of unbalanced brackets, O(n) for ordinary text.
    init(parsing text: String) {
        let chars = Array(text)
        parse(chars, from: 0, to: chars.count, insideLink: false)
    }

    private mutating func parse(_ chars: [Character], from start: Int, to end: Int, insideLink: Bool) {
        var i = start
        while i < end {
            let c = chars[i]
            let next: Character? = i + 1 < end ? chars[i + 1] : nil
            if c == "\\", let next, next.isASCII, next.isPunctuation || next.isSymbol {
                plain.append(next)
                i += 2
            } else if c == "`", let close = Self.index(of: "`", in: chars, from: i + 1, to: end) {
                plain += String(chars[(i + 1)..<close])
                i = close + 1
            } else if c == "<", let next, next.isLetter || next == "/" || next == "!",
                      let close = Self.index(of: ">", in: chars, from: i + 1, to: end) {
                let inner = String(chars[(i + 1)..<close])
                if inner.hasPrefix("http://") || inner.hasPrefix("https://") {
                    links.append(MarkdownLink(text: inner, url: inner, isImage: false, wrapsImage: false, offset: plain.count))
                    plain += inner
                } else {
                    plain.append(" ")
                }
                i = close + 1
            } else if c == "!", next == "[", let link = Self.linkParts(chars, at: i + 1, end: end) {
                links.append(MarkdownLink(text: String(chars[link.text]), url: link.url, isImage: true, wrapsImage: false,
                                          offset: plain.count))
                i = link.end
            } else if c == "[", next == "^", let close = Self.index(of: "]", in: chars, from: i + 1, to: end) {
                i = close + 1
            } else if c == "[", !insideLink, let link = Self.linkParts(chars, at: i, end: end) {
                let offset = plain.count
                let slot = links.count
                links.append(MarkdownLink(text: "", url: link.url, isImage: false, wrapsImage: false, offset: offset))
                parse(chars, from: link.text.lowerBound, to: link.text.upperBound, insideLink: true)
                let text = String(plain.dropFirst(offset))
                links[slot].text = text
                links[slot].wrapsImage = links.count > slot + 1 && text.trimmingWhitespace().isEmpty
                i = link.end
            } else {
                plain.append(c)
                i += 1
            }
        }
    }

    /// The text range and URL of `[text](url)` starting at `open` (a `[`), and the index after it.
    private static func linkParts(_ chars: [Character], at open: Int, end: Int) -> (text: Range<Int>, url: String, end: Int)? {
        var depth = 0
        var i = open
        var close: Int?
        while i < end {
            let c = chars[i]
            if c == "\\" { i += 2; continue }
            if c == "[" { depth += 1 }
            if c == "]" {
                depth -= 1
                if depth == 0 { close = i; break }
            }
            i += 1
        }
        guard let close, close + 1 < end, chars[close + 1] == "(" else { return nil }
        var parens = 0
        var j = close + 1
        while j < end {
            if chars[j] == "(" { parens += 1 }
            if chars[j] == ")" {
                parens -= 1
                if parens == 0 { break }
            }
            j += 1
        }
        guard j < end else { return nil }
        var target = String(chars[(close + 2)..<j]).trimmingWhitespace()
        if target.hasPrefix("<"), let gt = target.firstIndex(of: ">") {
            target = String(target[target.index(after: target.startIndex)..<gt])
        } else if let space = target.firstIndex(where: { $0 == " " || $0 == "\t" }) {
            target = String(target[..<space])
        }
        return ((open + 1)..<close, target, j + 1)
    }

    private static func index(of target: Character, in chars: [Character], from start: Int, to end: Int) -> Int? {
        var i = start
        while i < end {
            if chars[i] == target { return i }
            i += 1
        }
        return nil
    }

    /// `text` without emphasis markers: every `*` and `~~`, and `_` at the edges of words.
    static func strippingEmphasis(_ text: String) -> String {
        let chars = Array(text.replacingOccurrences(of: "~~", with: ""))
        var out = ""
        for (i, c) in chars.enumerated() {
            if c == "*" { continue }
            if c == "_" {
                let before = i > 0 ? chars[i - 1] : " "
                let after = i + 1 < chars.count ? chars[i + 1] : " "
                if !before.isLetter && !before.isNumber || !after.isLetter && !after.isNumber { continue }
            }
            out.append(c)
        }
        return TitleNormalization.foldedWhitespace(out)
    }
}
