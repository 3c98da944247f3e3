import PaperGraphModel

/// Rows of weekly paper digests and links that are not works.
extension MarkdownItemReader {
    /// A table cell up to its first `<br>`: digests put a title first and then paragraphs of notes.
    static func firstLine(ofCell cell: String) -> String {
        let lower = cell.lowercased()
        guard let br = lower.range(of: "<br") else { return cell }
        return String(cell[..<cell.index(cell.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: br.lowerBound))])
    }

    /// The title of a digest cell: `1) **Title** - description` → `Title`; without bold or
    /// quotes, the text before ` - ` (or ` – `, ` — `), else all of it.
    static func digestTitle(_ plain: String) -> String {
        let text = strippingListNumber(plain)
        if let bold = boldText(in: text), text.trimmingWhitespace().hasPrefix("**") || text.hasPrefix("__") { return bold }
        if let quoted = quotedText(in: text), text.trimmingWhitespace().first == "\"" || text.trimmingWhitespace().first == "“" {
            return quoted
        }
        var title = Substring(text)
        for separator in [" - ", " – ", " — "] {
            if let range = title.range(of: separator) { title = title[..<range.lowerBound] }
        }
        return cleanTitle(String(title))
    }

    /// `1) Title`, `1. Title`, `#1 Title` → `Title`.
    static func strippingListNumber(_ text: String) -> String {
        var rest = Substring(text.trimmingWhitespace())
        if rest.first == "#" { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4 else { return text }
        rest = rest.dropFirst(digits.count)
        guard let mark = rest.first, mark == ")" || mark == "." || mark == " " else { return text }
        if mark != " " { rest = rest.dropFirst() }
        guard rest.first == " " else { return text }
        return String(rest).trimmingWhitespace()
    }

    /// Social-media links of a digest row (`[Tweet](…)`): never the work's address.
    static func isSocialLink(_ link: MarkdownLink) -> Bool {
        let lower = link.url.lowercased()
        let hosts = ["twitter.com/", "x.com/", "mastodon.", "bsky.app/", "linkedin.com/", "threads.net/", "facebook.com/",
                     "reddit.com/", "news.ycombinator.com/"]
        return hosts.contains { lower.contains("://" + $0) || lower.contains("://www." + $0) || lower.contains("." + $0) }
            || link.text.lowercased().trimmingWhitespace() == "tweet"
    }

    /// Labels of links that lead around a page or to a channel, never to a work.
    static let navigationLabels: Set<String> = [
        "subscribe", "follow us", "follow", "newsletter", "join us", "join our discord", "join the discord", "discord",
        "sponsor", "donate", "back to top", "top", "contents", "table of contents", "contributing", "license",
        "star this repo", "share", "sign up", "contact", "contact us", "rss",
    ]

    /// Whether an item's whole text is a navigation label (`Subscribe`, `Follow us on X`, `⬆ Back to top`).
    static func isNavigationLabel(_ plain: String) -> Bool {
        let words = MarkdownInline.strippingEmphasis(plain).lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
        if navigationLabels.contains(words) { return true }
        return ["follow us on ", "subscribe to ", "join us on ", "follow me on "].contains { words.hasPrefix($0) }
            && words.split(separator: " ").count <= 6
    }
}
