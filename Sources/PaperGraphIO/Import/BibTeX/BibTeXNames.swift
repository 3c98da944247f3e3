import PaperGraphModel

/// BibTeX name lists (`author`, `editor`) → display names "First von Last".
///
///     BibTeXNames.displayNames(#"Sch{\"o}lkopf, Bernhard and Yann {Le Cun} and {OpenAI} and others"#)
///     // ["Bernhard Schölkopf", "Yann Le Cun", "OpenAI"]
///
/// Names are split on the word `and` at brace depth 0 (so `{Barnes and Noble}` stays whole).
/// Each name is "First von Last", "von Last, First" or "von Last, Jr, First" (→ "First von Last,
/// Jr"); a name entirely in braces is kept as written (a corporate name). `others` and `et al.`
/// are dropped; empty parts from stray commas are ignored.
enum BibTeXNames {
    /// - Complexity: O(n) in the length of the list.
    static func displayNames(_ raw: String) -> [String] {
        split(raw, onWord: "and").compactMap { words -> String? in
            let name = words.joined(separator: " ")
            let lower = name.lowercased()
            if lower == "others" || lower == "et al." || lower == "et al" || lower == "{others}" { return nil }
            let parts = splitOnCommas(name).map { LaTeXToUnicode.convert($0) }.filter { !$0.isEmpty }
            switch parts.count {
            case 0: return nil
            case 1: return parts[0]
            case 2: return "\(parts[1]) \(parts[0])"
            default: return "\(parts[2...].joined(separator: " ")) \(parts[0]), \(parts[1])"
            }
        }
    }

    /// Words (split on white space at brace depth 0) grouped between occurrences of `separator`.
    static func split(_ raw: String, onWord separator: String) -> [[String]] {
        var groups: [[String]] = [[]]
        var word = ""
        var depth = 0
        func endWord() {
            guard !word.isEmpty else { return }
            if word.lowercased() == separator {
                groups.append([])
            } else {
                groups[groups.count - 1].append(word)
            }
            word = ""
        }
        for c in raw {
            if c == "{" { depth += 1 }
            if c == "}" { depth = max(0, depth - 1) }
            if c.isWhitespace && depth == 0 {
                endWord()
            } else {
                word.append(c)
            }
        }
        endWord()
        return groups.filter { !$0.isEmpty }
    }

    /// `name` split on commas at brace depth 0, each part trimmed.
    static func splitOnCommas(_ name: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for c in name {
            if c == "{" { depth += 1 }
            if c == "}" { depth = max(0, depth - 1) }
            if c == "," && depth == 0 {
                parts.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current.trimmingWhitespace())
        return parts
    }
}
