import Foundation
import Testing
import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel
import TestSupport

/// `.pgraph` files read from disk, where the graphs' sections are read in place from the mapping.
@Suite("Mapped .pgraph files")
struct PGraphMappedTests {
    /// 5,000 papers: the one-pass check runs over several blocks of rows.
    static let graph = PaperGraph(synthetic: SyntheticCitationGraph(options: .init(paperCount: 5_000, referencesPerPaper: 6,
                                                                                   seed: 11, shuffle: true)))
    static let valid: [UInt8] = (try? PGraphWriter.bytes(for: graph)) ?? []

    /// The byte offset and length of section `id` (1-based), from the section table.
    static func section(_ id: Int, in bytes: [UInt8]) -> (offset: Int, length: Int) {
        let at = 64 + 32 * (id - 1)
        func field(_ o: Int) -> Int { (0..<8).reduce(0) { $0 | Int(bytes[at + o + $1]) << (8 * $1) } }
        return (field(8), field(16))
    }

    /// Sets the `index`-th `UInt32` of section `id`, then fixes the section's and the header's checksums,
    /// so that only the structural checks can catch it.
    static func rewritten(_ bytes: [UInt8], section id: Int, index: Int, to value: UInt32) -> [UInt8] {
        let (offset, length) = section(id, in: bytes)
        var copy = bytes
        for i in 0..<4 { copy[offset + 4 * index + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
        let hash = XXHash64.hash(of: Array(copy[offset..<(offset + length)]))
        return PGraphCorruptionTests.patched(copy, at: 64 + 32 * (id - 1) + 24, hash, width: 8)
    }

    static func u32(_ bytes: [UInt8], section id: Int, index: Int) -> UInt32 {
        let at = section(id, in: bytes).offset + 4 * index
        return (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) }
    }

    /// The messages of both readers of `bytes` written to a file (`nil` when it reads).
    static func messages(_ bytes: [UInt8], name: String) throws -> (graph: String?, columns: String?) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-mapped-\(name)-\(UUID().uuidString).pgraph").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var result: (graph: String?, columns: String?) = (nil, nil)
        do { _ = try PGraphReader.readGraph(atPath: path) } catch { result.graph = error.message.replacingOccurrences(of: path, with: "g.pgraph") }
        do { _ = try PGraphColumns(atPath: path) } catch { result.columns = error.message.replacingOccurrences(of: path, with: "g.pgraph") }
        return result
    }

    @Test("XXH64 fed in pieces equals the hash of the whole", arguments: [1, 2, 3] as [UInt64])
    func streamedHash(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let bytes = (0..<1_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        for _ in 0..<20 {
            var stream = XXHash64.Stream(seed: seed)
            var at = 0
            while at < bytes.count {
                let piece = min(Int.random(in: 0...70, using: &random), bytes.count - at)
                bytes[at..<(at + piece)].withUnsafeBytes { stream.update($0) }
                at += piece
            }
            #expect(stream.finish() == XXHash64.hash(of: bytes, seed: seed))
        }
    }

    @Test("a mapped file's graphs are read in place and equal the copied ones")
    func readInPlace() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-mapped-\(UUID().uuidString).pgraph").path
        try Data(Self.valid).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapped = try PGraphReader.readGraph(atPath: path)
        let copied = try PGraphReader.readGraph(bytes: Self.valid, path: path)
        #expect(mapped.citations.targets.isBorrowed && mapped.citedBy.offsets.isBorrowed)
        #expect(!copied.citations.targets.isBorrowed)
        #expect(mapped.citations == Self.graph.citations && mapped.citedBy == Self.graph.citedBy)
        #expect(NativeFormatWriter.text(for: mapped) == NativeFormatWriter.text(for: copied))
        let columns = try PGraphColumns(atPath: path)
        #expect(columns.citations.targets.isBorrowed && columns.citations == Self.graph.citations)
        #expect(columns.citedBy == Self.graph.citedBy)
        // The file may go; the graphs keep their mapping.
        try FileManager.default.removeItem(atPath: path)
        #expect(columns.citations.pageRank(reversed: columns.citedBy).scores == Self.graph.citations.pageRank().scores)
    }

    @Test("a damaged or truncated mapped file is an error naming the file and the section, never a trap")
    func damagedFiles() throws {
        let bytes = Self.valid
        try #require(bytes.count > 100_000)
        #expect(try Self.messages(bytes, name: "valid") == (nil, nil))
        // A flipped bit in the middle of the citation targets.
        let targets = Self.section(2, in: bytes)
        var flipped = bytes
        flipped[targets.offset + targets.length / 2] ^= 0x10
        let checksum = "g.pgraph: corrupt .pgraph file: checksum mismatch in section 'citation targets'"
        #expect(try Self.messages(flipped, name: "flipped") == (checksum, checksum))
        // Cut short.
        let cut = try Self.messages(Array(bytes.prefix(bytes.count / 2)), name: "cut")
        #expect(cut.graph?.hasPrefix("g.pgraph: truncated or padded .pgraph file: the header says \(bytes.count) bytes") == true)
        #expect(cut.columns == cut.graph)
        // An offset in the middle of the reverse graph pointing far past its targets, checksums fixed.
        let past = Self.rewritten(bytes, section: 3, index: 2_500, to: 0xFFFF_FFF0)
        let offsets = "g.pgraph: corrupt .pgraph file: section 'cited by offsets' does not hold offsets from 0 rising to "
            + "\(Self.graph.citations.edgeCount)"
        #expect(try Self.messages(past, name: "past") == (offsets, offsets))
        // One falling offset.
        let falling = Self.rewritten(bytes, section: 3, index: 4_000, to: Self.u32(bytes, section: 3, index: 3_999) &- 1)
        #expect(try Self.messages(falling, name: "falling") == (offsets, offsets))
        // A target beyond the papers in the last row that has any.
        let last = Self.graph.citations.edgeCount - 1
        let range = Self.rewritten(bytes, section: 2, index: last, to: 5_000)
        let row = "g.pgraph: corrupt .pgraph file: section 'citation targets' has a row that is unsorted, repeats a node "
            + "or names a paper ≥ 5000"
        #expect(try Self.messages(range, name: "range") == (row, row))
    }

    @Test("a reverse graph that disagrees with the forward one is caught with valid checksums")
    func reverseDisagrees() throws {
        let bytes = Self.valid
        let reverse = Self.graph.citedBy
        // A row of the reverse with a gap above its first entry: lower that entry by one (still ascending).
        let v = try #require((0..<reverse.nodeCount).first { v in
            let row = Array(reverse.neighbors(of: v))
            return row.count >= 2 && row[0] > 0
        })
        let index = Int(reverse.offsets[v])
        let changed = Self.rewritten(bytes, section: 4, index: index, to: reverse.targets[index] - 1)
        let message = "g.pgraph: corrupt .pgraph file: the reverse of the citations graph does not hold the same edges"
        #expect(try Self.messages(changed, name: "reverse") == (message, message))
    }
}
