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

    /// Steps taken, for tests of the complexity.
    private(set) var operations = OperationCounter()

    /// - Complexity: O(n): brackets, parentheses, `>` and backticks are matched once up front, so an
    ///   opener never rescans the rest of the line (`[[[[...`, `<a<a<a...`, `[a]([a](...`).
    init(parsing text: String) {
        let chars = Array(text)
        let matches = Matches(chars, operations: &operations)
        parse(chars, matches, from: 0, to: chars.count, insideLink: false)
    }

    /// For each opener, where it closes: precomputed in O(n).
    private struct Matches {
        /// The matching `]` of each `[` (escapes skipped), or -1.
        var bracket: [Int32]
        /// The matching `)` of each `(`, or -1.
        var paren: [Int32]
        /// The first index at or after i holding `>`, `` ` `` or `]`; `count` when none.
        var nextGreater: [Int32]
        var nextBacktick: [Int32]
        var nextCloseBracket: [Int32]

        init(_ chars: [Character], operations: inout OperationCounter) {
            let n = chars.count
            bracket = [Int32](repeating: -1, count: n)
            paren = [Int32](repeating: -1, count: n)
            var brackets: [Int32] = [], parens: [Int32] = []
            for (i, c) in chars.enumerated() {
                if c == "(" { parens.append(Int32(i)) }
                if c == ")", let open = parens.popLast() { paren[Int(open)] = Int32(i) }
            }
            var i = 0
            while i < n {
                let c = chars[i]
                if c == "\\" {
                    i += 2
                    continue
                }
                if c == "[" { brackets.append(Int32(i)) }
                if c == "]", let open = brackets.popLast() { bracket[Int(open)] = Int32(i) }
                i += 1
            }
            nextGreater = [Int32](repeating: Int32(n), count: n + 1)
            nextBacktick = nextGreater
            nextCloseBracket = nextGreater
            var k = n - 1
            while k >= 0 {
                nextGreater[k] = chars[k] == ">" ? Int32(k) : nextGreater[k + 1]
                nextBacktick[k] = chars[k] == "`" ? Int32(k) : nextBacktick[k + 1]
                nextCloseBracket[k] = chars[k] == "]" ? Int32(k) : nextCloseBracket[k + 1]
                k -= 1
            }
            operations.add(2 * n)
        }

        /// `next[from]` when it lies before `end`.
        static func first(_ next: [Int32], from: Int, before end: Int) -> Int? {
            guard from < next.count else { return nil }
            let k = Int(next[from])
            return k < end ? k : nil
        }
    }

    private mutating func parse(_ chars: [Character], _ matches: Matches, from start: Int, to end: Int, insideLink: Bool) {
        var i = start
        while i < end {
            operations.add()
            let c = chars[i]
            let next: Character? = i + 1 < end ? chars[i + 1] : nil
            if c == "\\", let next, next.isASCII, next.isPunctuation || next.isSymbol {
                plain.append(next)
                i += 2
            } else if c == "`", let close = Matches.first(matches.nextBacktick, from: i + 1, before: end) {
                plain += String(chars[(i + 1)..<close])
                operations.add(close - i)
                i = close + 1
            } else if c == "<", let next, next.isLetter || next == "/" || next == "!",
                      let close = Matches.first(matches.nextGreater, from: i + 1, before: end) {
                let inner = String(chars[(i + 1)..<close])
                operations.add(close - i)
                if inner.hasPrefix("http://") || inner.hasPrefix("https://") {
                    links.append(MarkdownLink(text: inner, url: inner, isImage: false, wrapsImage: false, offset: plain.count))
                    plain += inner
                } else {
                    plain.append(" ")
                }
                i = close + 1
            } else if c == "!", next == "[", let link = linkParts(chars, matches, at: i + 1, end: end) {
                links.append(MarkdownLink(text: String(chars[link.text]), url: link.url, isImage: true, wrapsImage: false,
                                          offset: plain.count))
                i = link.end
            } else if c == "[", next == "^", let close = Matches.first(matches.nextCloseBracket, from: i + 1, before: end) {
                i = close + 1
            } else if c == "[", !insideLink, let link = linkParts(chars, matches, at: i, end: end) {
                let offset = plain.count
                let slot = links.count
                links.append(MarkdownLink(text: "", url: link.url, isImage: false, wrapsImage: false, offset: offset))
                parse(chars, matches, from: link.text.lowerBound, to: link.text.upperBound, insideLink: true)
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
    private mutating func linkParts(_ chars: [Character], _ matches: Matches, at open: Int,
                                    end: Int) -> (text: Range<Int>, url: String, end: Int)? {
        let close = Int(matches.bracket[open])
        guard close > open, close + 1 < end, chars[close + 1] == "(" else { return nil }
        let j = Int(matches.paren[close + 1])
        guard j > close, j < end else { return nil }
        operations.add(j - close)
        var target = String(chars[(close + 2)..<j]).trimmingWhitespace()
        if target.hasPrefix("<"), let gt = target.firstIndex(of: ">") {
            target = String(target[target.index(after: target.startIndex)..<gt])
        } else if let space = target.firstIndex(where: { $0 == " " || $0 == "\t" }) {
            target = String(target[..<space])
        }
        return ((open + 1)..<close, target, j + 1)
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
