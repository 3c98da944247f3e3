import Foundation

/// External identifiers of a paper: DOI, arXiv id, a URL, and any others a source provides.
public struct PaperIdentifiers: Hashable, Sendable {
    /// A DOI such as `10.48550/arXiv.1706.03762`, stored without a `https://doi.org/` prefix.
    public var doi: String?
    /// An arXiv id such as `1706.03762` or `cs/0112017`, without version suffix or URL.
    public var arxiv: String?
    /// A landing page for the work.
    public var url: String?
    /// Other identifiers by scheme (`s2`, `openalex`, `pmid`, ...); written sorted by scheme.
    public var other: [String: String]

    public init(doi: String? = nil, arxiv: String? = nil, url: String? = nil, other: [String: String] = [:]) {
        self.doi = doi.flatMap(Self.normalizedDOI)
        self.arxiv = arxiv.flatMap(Self.normalizedArXiv)
        self.url = url
        self.other = other
    }

    /// Whether no identifier is set.
    public var isEmpty: Bool { doi == nil && arxiv == nil && url == nil && other.isEmpty }

    /// A DOI lowercased and stripped of resolver prefixes, or `nil` if nothing is left.
    public static func normalizedDOI(_ raw: String) -> String? {
        var s = raw.trimmingWhitespace()
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where s.lowercased().hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count))
        }
        s = s.lowercased()
        return s.isEmpty ? nil : s
    }

    /// An arXiv id without `arXiv:` prefix, URL or version suffix (`1706.03762v5` → `1706.03762`).
    public static func normalizedArXiv(_ raw: String) -> String? {
        var s = raw.trimmingWhitespace()
        for marker in ["arxiv.org/abs/", "arxiv.org/pdf/"] {
            if let r = s.range(of: marker, options: .caseInsensitive) { s = String(s[r.upperBound...]) }
        }
        if s.lowercased().hasPrefix("arxiv:") { s = String(s.dropFirst(6)) }
        if s.hasSuffix(".pdf") { s = String(s.dropLast(4)) }
        if let v = s.lastIndex(of: "v"), v != s.startIndex, s[s.index(after: v)...].allSatisfy(\.isNumber),
           s.index(after: v) != s.endIndex, s[s.index(before: v)].isNumber {
            s = String(s[..<v])
        }
        return s.isEmpty ? nil : s
    }
}

extension String {
    /// The string without leading and trailing white space and newlines.
    public func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
