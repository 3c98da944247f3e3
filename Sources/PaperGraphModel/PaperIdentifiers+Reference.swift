/// Identifiers recognised in the text of a reference, and the identifier schemes the builder
/// matches works by.
extension PaperIdentifiers {
    /// The OpenAlex work id (`W2741809807`), kept as identifier `openalex`.
    public var openAlex: String? { other["openalex"] }
    /// The Semantic Scholar paper id (40 hexadecimal digits), kept as identifier `s2`.
    public var semanticScholar: String? { other["s2"] }
    /// The Semantic Scholar corpus id (decimal), kept as identifier `s2corpus`.
    public var semanticScholarCorpus: String? { other["s2corpus"] }

    /// Whether an identifier that names one work is set: a DOI, an arXiv id, an OpenAlex or
    /// Semantic Scholar id. (A URL does not count: it may name a site.)
    public var namesWork: Bool {
        doi != nil || arxiv != nil || openAlex != nil || semanticScholar != nil || semanticScholarCorpus != nil
    }

    /// The identifiers a reference's text spells out: `openalex:W123` or an OpenAlex URL, `s2:<id>`,
    /// `doi:10.…`, a DOI URL or a bare `10.NNNN/…`, `arXiv:…`, an arXiv URL or a bare new-style id
    /// (`1706.03762`, `2004.05150v2`). Anything else (a citation key such as `vaswani2017`) gives
    /// no identifier.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func spelledOut(in text: String) -> PaperIdentifiers {
        var ids = PaperIdentifiers()
        // Every form above holds a ':', '/' or '.'; a plain key (`vaswani2017`, `4217`) is
        // answered without lowercasing or searching it.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }) else {
            return ids
        }
        let s = text.trimmingWhitespace()
        let lower = s.lowercased()
        if lower.hasPrefix("openalex:") || lower.containsASCII("openalex.org/") {
            let tail = s.split(separator: ":").last.map(String.init) ?? s
            let id = tail.split(separator: "/").last.map(String.init) ?? tail
            if let first = id.first, first == "W" || first == "w", id.count > 1, id.dropFirst().allSatisfy(\.isASCIIDigit) {
                ids.other["openalex"] = "W" + id.dropFirst()
            }
        } else if lower.hasPrefix("s2:") {
            let id = String(s.dropFirst(3))
            if !id.isEmpty, id.allSatisfy(\.isASCIIDigit) {
                ids.other["s2corpus"] = id
            } else if id.count == 40, id.allSatisfy(\.isHexDigit) {
                ids.other["s2"] = id.lowercased()
            }
        } else if lower.hasPrefix("doi:") || lower.containsASCII("doi.org/") || isBareDOI(lower) {
            ids.doi = normalizedDOI(s)
        } else if lower.hasPrefix("arxiv:") || lower.containsASCII("arxiv.org/abs/") || lower.containsASCII("arxiv.org/pdf/")
                    || isNewStyleArXiv(lower) {
            ids.arxiv = normalizedArXiv(s)
        }
        return ids
    }

    /// `10.` then a registrant of four or more digits, a slash and a suffix.
    private static func isBareDOI(_ s: String) -> Bool {
        guard s.hasPrefix("10."), let slash = s.firstIndex(of: "/"), s.index(after: slash) < s.endIndex else { return false }
        let registrant = s[s.index(s.startIndex, offsetBy: 3)..<slash]
        return registrant.count >= 4 && registrant.allSatisfy { $0.isASCIIDigit || $0 == "." }
    }

    /// `YYMM.NNNNN`, optionally with a version: the arXiv scheme since 2007.
    private static func isNewStyleArXiv(_ s: String) -> Bool {
        var body = Substring(s)
        if let v = body.lastIndex(of: "v"), body[body.index(after: v)...].allSatisfy(\.isASCIIDigit),
           body.index(after: v) < body.endIndex {
            body = body[..<v]
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 4 && (4...5).contains(parts[1].count)
            && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// Fills the identifiers this value lacks from `other`; what is set stays.
    ///
    /// - Complexity: O(k) for the k other schemes of `other`.
    public mutating func fillGaps(from other: PaperIdentifiers) {
        if doi == nil { doi = other.doi }
        if arxiv == nil { arxiv = other.arxiv }
        if url == nil { url = other.url }
        for (scheme, value) in other.other where self.other[scheme] == nil { self.other[scheme] = value }
    }
}

extension String {
    /// Whether `needle` (ASCII) occurs in the string's UTF-8 bytes: a plain byte search, without
    /// Foundation's locale-aware `contains`.
    ///
    /// - Complexity: O(n · m) for lengths n and m (m is a short literal here).
    func containsASCII(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= pattern.count else { return false }
            return (0...(bytes.count - pattern.count)).contains { i in
                pattern.indices.allSatisfy { bytes[i + $0] == pattern[$0] }
            }
        }
        // Native strings are contiguous: searched in place, without copying the bytes.
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
