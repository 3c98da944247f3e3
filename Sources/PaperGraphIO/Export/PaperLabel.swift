/// Short titles for diagram labels (DOT, Mermaid).
enum PaperLabel {
    /// `title` with white space folded, cut to at most `maxLength` characters at a word boundary when
    /// one is near (adding `…`), and wrapped into lines of about `wrapWidth` characters joined by `\n`,
    /// at most `maxLines` of them (the last ending in `…` when more were cut).
    ///
    ///     short("Attention Is All You Need", maxLength: 30, wrapWidth: 16) == "Attention Is All\nYou Need"
    ///
    /// - Complexity: O(n) in the length of `title`.
    static func short(_ title: String, maxLength: Int, wrapWidth: Int, maxLines: Int = .max) -> String {
        let words = title.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        var text = words.joined(separator: " ")
        if text.count > maxLength {
            let limit = max(1, maxLength - 1)
            var cut = String(text.prefix(limit))
            if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= limit / 2 {
                cut = String(cut[..<space])
            }
            text = cut + "…"
        }
        let lines = wrapped(text, width: wrapWidth).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > maxLines, maxLines > 0 else { return lines.joined(separator: "\n") }
        let kept = lines.prefix(maxLines).map(String.init)
        return (kept.dropLast() + [kept[kept.count - 1].hasSuffix("…") ? kept[kept.count - 1] : kept[kept.count - 1] + "…"])
            .joined(separator: "\n")
    }

    /// `text` wrapped at spaces into lines of at most `width` characters (longer words stay whole).
    static func wrapped(_ text: String, width: Int) -> String {
        guard width > 0 else { return text }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
