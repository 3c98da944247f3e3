import Foundation

/// Finds arXiv ids and DOIs in URLs and text (shared by the Markdown and BibTeX importers).
enum IdentifierText {
    /// The arXiv id in an `arxiv.org/abs/...` or `arxiv.org/pdf/...` address (any host ending so).
    static func arXivID(inURL url: String) -> String? {
        let lower = url.lowercased()
        guard let marker = lower.range(of: "arxiv.org/abs/") ?? lower.range(of: "arxiv.org/pdf/") else { return nil }
        return arXivID(atStartOf: Substring(lower[marker.upperBound...]))
    }

    static func arXivIDInText(_ text: String) -> String? {
        let lower = text.lowercased()
        guard let marker = lower.range(of: "arxiv:") else { return nil }
        return arXivID(atStartOf: lower[marker.upperBound...].drop(while: { $0 == " " }))
    }

    /// `1706.03762` or `cs/0112017` at the start of `s`, without version.
    static func arXivID(atStartOf s: Substring) -> String? {
        let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        let head = s.prefix(4)
        if head.count == 4, head.allSatisfy(isDigit), s.dropFirst(4).first == "." {
            let tail = s.dropFirst(5).prefix(while: isDigit)
            if (4...5).contains(tail.count) { return "\(head).\(tail)" }
        }
        let archive = s.prefix(while: { ($0.isASCII && $0.isLetter) || $0 == "-" || $0 == "." })
        if !archive.isEmpty, s.dropFirst(archive.count).first == "/" {
            let number = s.dropFirst(archive.count + 1).prefix(while: isDigit)
            if number.count == 7 { return "\(archive)/\(number)" }
        }
        return nil
    }

    /// The year an arXiv id was submitted: `1706.03762` → 2017, `cs/9912017` → 1999.
    static func arXivYear(_ id: String) -> Int? {
        let digits = id.contains("/") ? id.split(separator: "/").last.map(String.init) ?? "" : id
        guard let yy = Int(digits.prefix(2)), digits.count >= 4 else { return nil }
        return yy >= 91 ? 1900 + yy : 2000 + yy
    }

    static func doiInURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard let marker = lower.range(of: "doi.org/") else { return nil }
        let id = lower[marker.upperBound...]
        return id.hasPrefix("10.") ? String(id) : nil
    }

    /// A four-digit year from 1900 to 2099.
    static func yearValue<S: StringProtocol>(_ token: S) -> Int? {
        guard token.count == 4, token.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(token),
              (1900...2099).contains(year) else { return nil }
        return year
    }
}
