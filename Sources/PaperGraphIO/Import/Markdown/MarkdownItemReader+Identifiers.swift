import Foundation
import PaperGraphModel

/// Identifiers, years and kinds read from an item's links and text.
extension MarkdownItemReader {
    /// arXiv links → `arxiv`, doi.org links → `doi`, the first other absolute link → `url`;
    /// an `arXiv:1409.1556` in the text when no link gives one.
    static func identifiers(links: [MarkdownLink], text: String) -> PaperIdentifiers {
        var arxiv: String?, doi: String?, url: String?
        for link in links {
            if let id = IdentifierText.arXivID(inURL: link.url) {
                if arxiv == nil { arxiv = id }
            } else if let id = IdentifierText.doiInURL(link.url) {
                if doi == nil { doi = id }
            } else if url == nil, link.url.lowercased().hasPrefix("http") {
                url = link.url
            }
        }
        if arxiv == nil { arxiv = IdentifierText.arXivIDInText(text) }
        return PaperIdentifiers(doi: doi, arxiv: arxiv, url: url)
    }

    /// Whether a link points at a paper itself: arXiv, a DOI, or a PDF.
    static func isPaperLink(_ link: MarkdownLink) -> Bool {
        let path = MarkdownLink.path(of: link.url.lowercased())
        return IdentifierText.arXivID(inURL: link.url) != nil || IdentifierText.doiInURL(link.url) != nil || path.hasSuffix(".pdf")
            || path.contains("/pdf/")
    }

    // MARK: - Years

    /// A year written last inside short parentheses: `(2017)`, `(Book, Jan 2017)`, `Models(2017)`.
    static func parenthesizedYear(in text: String) -> Int? {
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "(" || $0 == "（" }) {
            let inside = rest[rest.index(after: open)...]
            guard let close = inside.firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
            let content = inside[..<close]
            if content.count <= 20,
               let last = content.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).last,
               let year = IdentifierText.yearValue(last) {
                return year
            }
            rest = inside[close...].dropFirst()
        }
        return nil
    }

    /// The first standalone four-digit year (`..., 2014.`), not part of a number, id or range.
    static func bareYear(in text: String) -> Int? {
        let chars = Array(text)
        var i = 0
        while i + 4 <= chars.count {
            let token = chars[i..<(i + 4)]
            let before: Character = i > 0 ? chars[i - 1] : " "
            let after: Character = i + 4 < chars.count ? chars[i + 4] : " "
            let afterNext: Character = i + 5 < chars.count ? chars[i + 5] : " "
            let boundedBefore = !before.isLetter && !before.isNumber && !".:/-".contains(before)
            let boundedAfter = !after.isLetter && !after.isNumber && !(after == "." && afterNext.isNumber) && after != "-"
            if boundedBefore, boundedAfter, let year = IdentifierText.yearValue(String(token)) { return year }
            i += 1
        }
        return nil
    }

    // MARK: - Kind

    /// `.book` when the text has the word "book" or the link a `book(s)` path segment; `.video`
    /// for YouTube and Vimeo; `.course` for the word "course"/"lectures", course sites (Coursera, edX,
    /// ...) or a `course(s)`/`class` path; `.homepage` for the word "homepage" or a `~user` page; `.blogPost` for blog hosts (`blog.*`, `*blog*`, Medium, Substack,
    /// distill.pub) or a `/blog/` path; otherwise `.paper`.
    static func kind(text: String, url: String?) -> PaperKind {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        if words.contains("book") { return .book }
        guard let url else { return .paper }
        let lower = url.lowercased()
        guard let scheme = lower.range(of: "://") else { return .paper }
        let afterScheme = lower[scheme.upperBound...]
        let authority = afterScheme.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        let host = authority.hasPrefix("www.") ? authority.dropFirst(4) : authority
        let segments = MarkdownLink.path(of: String(afterScheme.dropFirst(authority.count))).split(separator: "/")
        if segments.contains("book") || segments.contains("books") { return .book }
        if host.hasSuffix("youtube.com") || host == "youtu.be" || host.hasSuffix("vimeo.com") { return .video }
        let courseHosts = ["coursera.org", "edx.org", "udacity.com", "udemy.com", "fast.ai", "ocw.mit.edu"]
        if words.contains("course") || words.contains("lectures") || courseHosts.contains(where: { host.hasSuffix($0) })
            || segments.contains { $0 == "course" || $0 == "courses" || $0 == "class" } {
            return .course
        }
        // Not a site's root: whole books and essays live there (neuralnetworksanddeeplearning.com).
        if words.contains("homepage") || (words.contains("home") && words.contains("page"))
            || segments.count == 1 && segments[0].hasPrefix("~") {
            return .homepage
        }
        if host.contains("blog") || host.hasSuffix("medium.com") || host.hasSuffix("substack.com") || host == "distill.pub"
            || segments.first == "blog" {
            return .blogPost
        }
        return .paper
    }
}
