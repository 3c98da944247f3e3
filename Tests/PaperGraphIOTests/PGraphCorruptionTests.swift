import Foundation
import Testing
import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel
import TestSupport

@Suite("Corrupt .pgraph files")
struct PGraphCorruptionTests {
    static let valid: [UInt8] = {
        let json = try? PGraphTests.graph(richGraphJSON)
        return json.flatMap { try? PGraphWriter.bytes(for: $0) } ?? []
    }()

    static func message(_ bytes: [UInt8]) -> String? {
        do {
            _ = try PGraphReader.readGraph(bytes: bytes, path: "g.pgraph")
            return nil
        } catch {
            return error.message
        }
    }

    /// Puts a little-endian value at `offset`, then fixes the header checksum so only the value is wrong.
    static func patched(_ bytes: [UInt8], at offset: Int, _ value: UInt64, width: Int = 4, rehash: Bool = true) -> [UInt8] {
        var copy = bytes
        for i in 0..<width { copy[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
        if rehash {
            let tableEnd = 64 + 32 * Int(copy[36])
            var header = Array(copy[0..<tableEnd])
            header.replaceSubrange(56..<64, with: repeatElement(0, count: 8))
            let hash = XXHash64.hash(of: header)
            for i in 0..<8 { copy[56 + i] = UInt8(truncatingIfNeeded: hash >> (8 * UInt64(i))) }
        }
        return copy
    }

    @Test("names each kind of damage")
    func clearMessages() throws {
        let bytes = Self.valid
        try #require(bytes.count > 1_000)
        #expect(Self.message(bytes) == nil)
        #expect(Self.message([]) == "g.pgraph: not a .pgraph file (expected the magic bytes \"PGRAPH\\0\\x1A\" at its start)")
        #expect(Self.message(Array("{\"papers\": []}".utf8))?.contains("not a .pgraph file") == true)
        #expect(Self.message(Array(bytes.prefix(40))) == "g.pgraph: truncated .pgraph file: 40 bytes, shorter than the 64-byte header")
        #expect(Self.message(Self.patched(bytes, at: 8, 5))
                == "g.pgraph: unsupported .pgraph version 5; this papergraph reads versions 1 to 4")
        #expect(Self.message(Array(bytes.dropLast(5)))?.hasPrefix("g.pgraph: truncated or padded .pgraph file") == true)
        #expect(Self.message(Self.patched(bytes, at: 20, 1, rehash: false)) == "g.pgraph: corrupt .pgraph file: header checksum mismatch")
        // The last byte of the last non-empty section (the bytes after it may be padding, never read).
        let sections = Int(bytes[36])
        let lastEnd = (0..<sections).map { i -> Int in
            let at = 64 + 32 * i
            let field = { (o: Int) in (0..<8).reduce(0) { $0 | Int(bytes[at + o + $1]) << (8 * $1) } }
            return field(16) > 0 ? field(8) + field(16) : 0
        }.max()!
        var flipped = bytes
        flipped[lastEnd - 1] ^= 0x40
        #expect(Self.message(flipped)?.contains("checksum mismatch in section") == true)
        // Counts that disagree with the sections: one paper too many.
        #expect(Self.message(Self.patched(bytes, at: 16, 5))?.contains("where the header's counts call for") == true)
        // A section that runs past the end of the file.
        #expect(Self.message(Self.patched(bytes, at: 64 + 16, UInt64(bytes.count), width: 8))?
                    .contains("beyond the end of the file") == true)
    }

    @Test("a target id beyond the papers is caught even with valid checksums")
    func targetOutOfRange() throws {
        let original = try PGraphTests.graph(richGraphJSON)
        // Section 2 (citation targets): overwrite its first target and fix its checksum and the header's.
        let bytes = Self.valid
        let entry = 64 + 32 * 1
        let offset = Int(bytes[entry + 8]) | Int(bytes[entry + 9]) << 8
        var damaged = Self.patched(bytes, at: offset, UInt64(original.papers.count + 7), rehash: false)
        let sectionHash = XXHash64.hash(of: Array(damaged[offset..<(offset + 4 * original.citations.edgeCount)]))
        damaged = Self.patched(damaged, at: entry + 24, sectionHash, width: 8)
        #expect(Self.message(damaged)?.contains("section 'citation targets' has a row that is unsorted") == true)
    }

    @Test("seeded flips and truncations never crash: each is an error or the same graph", arguments: 0..<4)
    func fuzz(batch: Int) throws {
        let bytes = Self.valid
        let expected = NativeFormatWriter.text(for: try PGraphReader.readGraph(bytes: bytes, path: "g.pgraph"))
        var random = SeededGenerator(seed: UInt64(batch) &+ 0x5EED)
        for _ in 0..<100 {
            var damaged = bytes
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                damaged[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            case 1:
                damaged.removeLast(Int.random(in: 1..<bytes.count, using: &random))
            default:
                // Damage in the header region, where counts and offsets live.
                damaged[Int.random(in: 0..<min(bytes.count, 64 + 32 * 24), using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            do {
                let graph = try PGraphReader.readGraph(bytes: damaged, path: "g.pgraph")
                // Only padding between sections is not covered by a checksum.
                #expect(NativeFormatWriter.text(for: graph) == expected)
            } catch {
                #expect(error.message.hasPrefix("g.pgraph: "))
            }
        }
    }
}
