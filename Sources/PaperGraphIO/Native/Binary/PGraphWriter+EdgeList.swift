import GraphAlgorithms
import PaperGraphModel

/// The node keys of an edge list, as its file writes them.
public enum EdgeListKeys: Sendable {
    /// Canonical decimals kept as integers (``NumericEdgeList``).
    case decimal([UInt64])
    /// Any other tokens.
    case text([String])

    public var count: Int {
        switch self {
        case .decimal(let keys): keys.count
        case .text(let keys): keys.count
        }
    }

    /// The UTF-8 length of key `i`.
    func length(_ i: Int) -> Int {
        switch self {
        case .decimal(let keys): Self.decimalLength(keys[i])
        case .text(let keys): keys[i].utf8.count
        }
    }

    /// Appends key `i`'s UTF-8 to `bytes`.
    func append(_ i: Int, to bytes: inout [UInt8]) {
        switch self {
        case .decimal(let keys): Self.appendDecimal(keys[i], to: &bytes)
        case .text(let keys): bytes.append(contentsOf: keys[i].utf8)
        }
    }

    /// The number of decimal digits of `value`.
    static func decimalLength(_ value: UInt64) -> Int {
        var value = value / 10, digits = 1
        while value > 0 {
            value /= 10
            digits += 1
        }
        return digits
    }

    /// Appends the decimal digits of `value` to `bytes`.
    static func appendDecimal(_ value: UInt64, to bytes: inout [UInt8]) {
        let start = bytes.count
        var value = value
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: value % 10) + 0x30)
            value /= 10
        } while value > 0
        bytes[start...].reverse()
    }
}

extension PGraphWriter {
    /// Writes the graph of an edge list to `path` atomically, without a ``PaperGraph``: the same
    /// bytes as ``write(_:toPath:)`` of the graph the builder makes of the same file (paper `v`
    /// has key and title `keys[v]`, kind `paper`, no year, unread; no authors, topics or
    /// prerequisites; every citation from `source`).
    ///
    /// Only the citation graph, its reverse and the solve order are held as arrays; the string
    /// pool, the paper columns and the empty relations are made 64 KiB at a time, once to hash
    /// them and once to write them.
    ///
    /// - Parameters:
    ///   - keys: Node `v`'s key.
    ///   - citations: Citing → cited over the keys' indices, rows sorted, no self-loops or repeats,
    ///     at least one edge.
    ///   - selfCitations: The papers that cited themselves in the file (their edges dropped).
    ///   - source: The file's name (its last path component), which every citation comes from.
    /// - Throws: ``Diagnostic`` naming the path when it cannot be written.
    /// - Complexity: O(V + E + S) time; O(V + E) space for the two graphs, the components and the
    ///   solve order (about 12 bytes per citation and 40 per paper at the peak), S being the keys' bytes.
    public static func write(edgeListKeys keys: EdgeListKeys, citations: CSRGraph, selfCitations: Int, source: String,
                             toPath path: String) throws(Diagnostic) {
        try write(try layout(edgeListKeys: keys, citations: citations, selfCitations: selfCitations, source: source),
                  toPath: path)
    }

    /// The file ``write(edgeListKeys:citations:selfCitations:source:toPath:)`` writes.
    static func layout(edgeListKeys keys: EdgeListKeys, citations: CSRGraph, selfCitations: Int,
                       source: String) throws(Diagnostic) -> File {
        let n = keys.count
        precondition(citations.nodeCount == n && citations.edgeCount > 0, "one node per key and at least one citation")
        guard 2 * n + 3 <= Int(PGraphLayout.none) else { throw .error("the graph is too large for .pgraph (more than 2³² strings)") }
        let citedBy = citations.reversed()
        // The components as the general writer finds them: by years, here none.
        let components = citations.condensationOrder(levels: [Int](repeating: .max, count: n))
        let statistics = GraphStatistics(citations: citations, citedBy: citedBy, components: components,
                                         selfCitations: selfCitations, source: source)
        let solve = PageRankSolveOrder(components: components, reversed: citedBy)
        let sourceID = UInt32(truncatingIfNeeded: 2 * n + 1)
        let empty = SectionData.u32([])
        let zeroOffsets = SectionData.repeated(UInt32(0), count: n + 1)
        let sections: [SectionData] = [
            .csr(citations.offsets), .csr(citations.targets), .csr(citedBy.offsets), .csr(citedBy.targets),
            zeroOffsets, empty, zeroOffsets, empty, empty,
            stringOffsets(keys, source: source), stringBytes(keys, source: source),
            keyTitleKindColumns(paperCount: n),
            .repeated(Int64(0), count: n), .repeated(UInt8(0), count: n),
            zeroOffsets, empty, zeroOffsets, empty, zeroOffsets, empty, zeroOffsets, empty, empty, empty,
            .u32([sourceID]), empty,
            .i64(statistics.storedValues.map(Int64.init)), .i64([Int64(citations.edgeCount)]),
            .csr(solve.order), .csr(solve.componentStarts), .csr(solve.inOffsets), .csr(solve.inSources),
            // The author and topic relations both ways (version 4), all empty: no author or topic.
            zeroOffsets, empty, .u32([0]), empty, zeroOffsets, empty, .u32([0]), empty,
        ]
        let counts = PGraphLayout.Counts(papers: n, authors: 0, topics: 0, citations: citations.edgeCount, prerequisites: 0)
        return try layout(counts: counts, sections: sections)
    }

    /// Section 12 of papers whose strings open the pool as `key₀ title₀ paper key₁ title₁ …`:
    /// key, title and kind (`paper`) set, the other columns `none`.
    static func keyTitleKindColumns(paperCount n: Int) -> SectionData {
        // String ids: key and title of paper 0, then the kind `paper`, then key and title of each later paper.
        func keyID(_ v: Int) -> UInt32 { UInt32(truncatingIfNeeded: v == 0 ? 0 : 2 * v + 1) }
        return .computed(UInt32.self, count: PGraphLayout.paperStringColumns.count * n) { i in
            switch i / n {
            case 0: keyID(i % n)
            case 1: keyID(i % n) + 1
            case 5: 2
            default: PGraphLayout.none
            }
        }
    }

    /// Section 10 for the pool `key₀ key₀ paper key₁ key₁ … source`: the end offset of each string.
    private static func stringOffsets(_ keys: EdgeListKeys, source: String) -> SectionData {
        let n = keys.count
        return .streamed(byteCount: 8 * (2 * n + 3)) { emit in
            var chunk: [UInt64] = [0]
            chunk.reserveCapacity(1 << 13)
            var end: UInt64 = 0
            for v in 0..<n {
                let length = UInt64(keys.length(v))
                end += length
                chunk.append(end)
                end += length
                chunk.append(end)
                if v == 0 {
                    end += UInt64(PaperKind.paper.rawValue.utf8.count)
                    chunk.append(end)
                }
                if chunk.count >= (1 << 13) - 3 {
                    chunk.withUnsafeBytes(emit)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            chunk.append(end + UInt64(source.utf8.count))
            chunk.withUnsafeBytes(emit)
        }
    }

    /// Section 11: the pool's bytes, `key₀ key₀ paper key₁ key₁ … source`.
    private static func stringBytes(_ keys: EdgeListKeys, source: String) -> SectionData {
        let n = keys.count
        let kind = Array(PaperKind.paper.rawValue.utf8), tail = Array(source.utf8)
        let total = (0..<n).reduce(0) { $0 + 2 * keys.length($1) } + kind.count + tail.count
        return .streamed(byteCount: total) { emit in
            var chunk: [UInt8] = []
            chunk.reserveCapacity(1 << 16)
            for v in 0..<n {
                keys.append(v, to: &chunk)
                keys.append(v, to: &chunk)
                if v == 0 { chunk += kind }
                if chunk.count >= (1 << 16) - 64 {
                    chunk.withUnsafeBytes(emit)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            chunk += tail
            chunk.withUnsafeBytes(emit)
        }
    }
}
