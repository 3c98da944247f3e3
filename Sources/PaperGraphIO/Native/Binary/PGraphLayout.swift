/// The layout of PaperGraph's binary format, `.pgraph`, version 4 (see `Docs/pgraph-format.md`);
/// version 3 files (the first 32 sections, no author and topic relations both ways), version 2
/// files (the first 28, no stored solve order) and version 1 files (the first 24, no citation
/// sources) still read.
///
/// A file is a 64-byte header, a table of 32-byte section entries, then the sections, each at an
/// offset that is a multiple of 8. Every number is little-endian. Sections hold flat arrays of
/// `UInt8`, `UInt32`, `Int64` or `UInt64`, so a reader maps the file and copies each array with
/// one `memcpy`, with no parsing.
///
///     0   magic "PGRAPH\0\x1A"        8 bytes
///     8   version                      u32 = 4 (1 to 3 still read)
///     12  header size                  u32 = 64 + 32 × section count
///     16  papers, authors, topics      u32 × 3
///     28  citations, prerequisites     u32 × 2
///     36  section count                u32
///     40  file size                    u64
///     48  reserved                     u64 = 0
///     56  header checksum              u64: XXH64 of the header and table with this field zero
///     64  section table: id u32, element size u32, offset u64, length u64, XXH64 u64
enum PGraphLayout {
    static let magic: [UInt8] = [0x50, 0x47, 0x52, 0x41, 0x50, 0x48, 0x00, 0x1A]
    static let version: UInt32 = 4
    /// The versions a reader accepts.
    static let readableVersions: ClosedRange<UInt32> = 1...4
    static let headerSize = 64
    static let entrySize = 32
    static let alignment = 8
    /// Marks an absent optional string or parent.
    static let none = UInt32.max
    /// The string columns of ``Section/paperStrings``, each `paperCount` entries long, in this order.
    static let paperStringColumns = ["key", "title", "venue", "summary", "notes", "kind", "doi", "arxiv", "url"]
    /// The columns of ``Section/topicColumns``: key, name, parent topic.
    static let topicColumnCount = 3

    /// Bits of a paper's flag byte: status in bits 0–1 (0 unread, 1 reading, 2 read), year present
    /// in bit 2, external paper (outside the user's list) in bit 3.
    static let statusMask: UInt8 = 0b11
    static let hasYear: UInt8 = 0b100
    static let isExternal: UInt8 = 0b1000

    /// The sections of version 4, all required, in the order they are written; version 3 has the
    /// first 32, version 2 the first 28 and version 1 the first 24 (see ``sections(inVersion:)``).
    ///
    /// Section 27 (`statistics`) holds, as i64, the counts of ``GraphStatistics`` in the order of
    /// ``GraphStatistics/storedFields``, computed when the file is written, so that `stats` on a
    /// file of any size reads a few bytes.
    enum Section: UInt32, CaseIterable {
        case citationOffsets = 1, citationTargets, citedByOffsets, citedByTargets
        case prerequisiteOffsets, prerequisiteTargets, dependentOffsets, dependentTargets, prerequisiteReasons
        case stringOffsets, stringBytes
        case paperStrings, paperYears, paperFlags
        case identifierOffsets, identifierPairs, aliasOffsets, aliases
        case paperAuthorOffsets, paperAuthors, paperTopicOffsets, paperTopics
        case authorNames, topicColumns
        /// Version 2: the names of the citation sources (string ids), and the index into them of
        /// each citation (aligned with ``citationTargets``), empty when there is at most one source.
        case citationSourceNames, citationSources
        /// Version 2: the graph's statistics as `papergraph stats` prints them (see
        /// ``PGraphLayout/statisticsFields``), and the citations from each source name.
        case statistics, citationSourceCounts
        /// Version 3: the exact PageRank's solve order (``PageRankSolveOrder``): papers in a
        /// topological order of the citation graph's components (citing before cited), the
        /// component starts (empty when every paper is alone), and the cited-by rows relabelled
        /// into that order.
        case solveOrder, solveComponentStarts, solveCitedByOffsets, solveCitedBy
        /// Version 4: the author and topic relations as ``PaperGraph`` holds them, both ways, so
        /// that `related` reads them in place: paper → authors with each row sorted ascending
        /// without repeats (the byline order stays in ``paperAuthors``), author → papers, and the
        /// same for topics.
        case sortedPaperAuthorOffsets, sortedPaperAuthors, authorPaperOffsets, authorPapers
        case sortedPaperTopicOffsets, sortedPaperTopics, topicPaperOffsets, topicPapers

        /// Bytes per element.
        var elementSize: Int {
            switch self {
            case .stringBytes, .paperFlags: 1
            case .stringOffsets, .paperYears, .statistics, .citationSourceCounts: 8
            default: 4
            }
        }

        /// A readable name for messages.
        var name: String {
            String(describing: self).reduce(into: "") { text, c in
                if c.isUppercase { text += " " + c.lowercased() } else { text.append(c) }
            }
        }
    }

    /// The sections a file of `version` holds, in order.
    static func sections(inVersion version: UInt32) -> ArraySlice<Section> {
        Section.allCases.prefix(version == 1 ? 24 : version == 2 ? 28 : version == 3 ? 32 : 40)
    }

    /// The counts in a header.
    struct Counts: Equatable {
        var papers: Int
        var authors: Int
        var topics: Int
        var citations: Int
        var prerequisites: Int
    }

    /// One entry of the section table.
    struct Entry: Equatable {
        var id: UInt32
        var elementSize: Int
        var offset: Int
        var length: Int
        var checksum: UInt64
    }

    /// The header and section table as bytes, checksum filled in.
    static func header(counts: Counts, entries: [Entry], fileSize: Int) -> [UInt8] {
        var bytes = magic
        func put32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { bytes += $0 } }
        func put64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
        put32(Int(version))
        put32(headerSize + entrySize * entries.count)
        for count in [counts.papers, counts.authors, counts.topics, counts.citations, counts.prerequisites] { put32(count) }
        put32(entries.count)
        put64(UInt64(fileSize))
        put64(0)
        put64(0)
        for entry in entries {
            put32(Int(entry.id))
            put32(entry.elementSize)
            put64(UInt64(entry.offset))
            put64(UInt64(entry.length))
            put64(entry.checksum)
        }
        let checksum = XXHash64.hash(of: bytes)
        withUnsafeBytes(of: checksum.littleEndian) { bytes.replaceSubrange(56..<64, with: $0) }
        return bytes
    }

    /// `value` rounded up to the section alignment.
    static func aligned(_ value: Int) -> Int { (value + alignment - 1) / alignment * alignment }
}
