/// Removes what web pages and exports wrap around a title: arXiv id prefixes, site suffixes,
/// surrounding quotes, brackets and emphasis.
///
///     [1410.5401] Neural Turing Machines            → Neural Turing Machines
///     Scaling Laws | OpenReview                     → Scaling Laws
///     "Attention Is All You Need" - arXiv           → Attention Is All You Need
///
/// Pure standard library, like ``TitleNormalization``.
public enum TitleCleaning {
    /// Sites whose name a page title appends after ` | `, ` - `, ` – `, ` — ` or ` · `.
    public static let siteSuffixes: [String] = [
        "openreview", "openreview.net", "arxiv", "arxiv.org", "papers with code", "paperswithcode", "semantic scholar",
        "acl anthology", "google scholar", "researchgate", "ieee xplore", "acm digital library", "sciencedirect",
        "springerlink", "pubmed", "hugging face", "hugging face papers", "cvf open access", "proceedings.mlr.press",
        "neurips proceedings", "jmlr",
    ]

    /// The most rounds of removal ``cleaned(_:)`` makes: real titles carry one or two decorations;
    /// a hostile one (`1410.5401 ` repeated thousands of times) keeps what is left after these.
    public static let maximumRounds = 8

    /// `title` without decorations, applied until nothing changes (at most ``maximumRounds``
    /// rounds, each removing one prefix, suffix and wrapping); white space trimmed.
    ///
    /// - Complexity: O(n) for a title of length n (each round is linear, and there are at most
    ///   ``maximumRounds``).
    public static func cleaned(_ title: String) -> String {
        var current = Substring(title).trimmedSpaces
        for _ in 0..<maximumRounds {
            let next = withoutWrapping(withoutSiteSuffix(withoutArXivPrefix(current)))
            if next == current || next.isEmpty { break }
            current = next
        }
        return String(current)
    }

    /// Whether `title` carries any decoration ``cleaned(_:)`` removes.
    public static func isDecorated(_ title: String) -> Bool {
        cleaned(title) != Substring(title).trimmedSpaces
    }

    /// Whether `text` is only a web address (`https://…`, `www.…`, `arxiv.org/abs/…`): never a title.
    public static func isBareURL(_ text: String) -> Bool {
        let trimmed = Substring(text).trimmedSpaces
        guard !trimmed.isEmpty, !trimmed.contains(where: \.isWhitespace) else { return false }
        let lower = trimmed.lowercased()
        if lower.contains("://") || lower.hasPrefix("www.") { return true }
        guard let slash = lower.firstIndex(of: "/") else { return false }
        let host = lower[..<slash]
        return host.contains(".") && host.split(separator: ".").last.map { $0.count >= 2 && $0.allSatisfy(\.isLetter) } == true
    }

    /// `[1410.5401] T`, `[arXiv:1410.5401v2] T`, `(1410.5401) T`, `arXiv:1410.5401: T` → `T`.
    private static func withoutArXivPrefix(_ text: Substring) -> Substring {
        var rest = text
        var closing: Character?
        if rest.first == "[" { closing = "]" } else if rest.first == "(" { closing = ")" }
        if closing != nil { rest = rest.dropFirst() }
        let label = rest.prefix(6).lowercased()
        if label == "arxiv:" || label == "arxiv " { rest = rest.dropFirst(6) }
        let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (4...5).contains(parts[1].count) else { return text }
        rest = rest.dropFirst(digits.count)
        if rest.first == "v" { rest = rest.dropFirst().drop { $0.isASCII && $0.isNumber } }
        if let closing {
            guard rest.first == closing else { return text }
            rest = rest.dropFirst()
        }
        let after = rest.drop { $0 == " " || $0 == ":" || $0 == "-" || $0 == "–" || $0 == "—" }
        return after.isEmpty || after.startIndex == rest.startIndex && closing == nil ? text : after
    }

    /// `T | OpenReview`, `T - arXiv` … → `T`.
    private static func withoutSiteSuffix(_ text: Substring) -> Substring {
        for separator in [" | ", " - ", " – ", " — ", " · "] {
            guard let start = lastStart(of: separator, in: text) else { continue }
            let suffix = text[text.index(start, offsetBy: separator.count)...].trimmedSpaces.lowercased()
            if siteSuffixes.contains(suffix) { return text[..<start].trimmedSpaces }
        }
        return text
    }

    private static func lastStart(of needle: String, in text: Substring) -> Substring.Index? {
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index...].hasPrefix(needle) { return index }
        }
        return nil
    }

    /// `"T"`, `“T”`, `'T'`, `[T]`, `(T)`, `*T*`, `**T**`, `_T_`, `` `T` `` → `T`, when the pair wraps it all.
    private static func withoutWrapping(_ text: Substring) -> Substring {
        let pairs: [(String, String)] = [("**", "**"), ("__", "__"), ("\"", "\""), ("“", "”"), ("‘", "’"), ("'", "'"),
                                         ("«", "»"), ("[", "]"), ("(", ")"), ("*", "*"), ("_", "_"), ("`", "`")]
        for (open, close) in pairs where text.count > open.count + close.count && text.hasPrefix(open) && text.hasSuffix(close) {
            let inner = text.dropFirst(open.count).dropLast(close.count)
            // `(a) and (b)` or `"A" and "B"` are not wrapped as a whole.
            if inner.contains(close.first!) || (open != close && inner.contains(open.first!)) { continue }
            return inner.trimmedSpaces
        }
        return text
    }
}

extension Substring {
    fileprivate var trimmedSpaces: Substring {
        var s = self
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return s
    }
}
