import Foundation
import Testing
import TestSupport
@testable import PaperGraphIO

/// gzip read a piece at a time: the same bytes and checks as the whole-file reader, in bounded memory.
@Suite("gzip read a piece at a time")
struct GzipStreamingTests {
    /// 20,000 edge lines (about 200 KB, over 3 hand-overs of 64 KiB) with long back-references.
    static let edgeText = (0..<20_000).map { "\($0 % 5_000 + 1) \(($0 * 7_919) % 4_999 + 5_001)\n" }.joined()

    private func file(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-gzs-\(UUID().uuidString)-\(name)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func pieces(_ compressed: [UInt8], chunkSize: Int) throws -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        try Gzip.decompress(compressed, path: "s.gz", chunkSize: chunkSize) { pieces.append(Array($0)); return true }
        return pieces
    }

    @Test("pieces join to the whole output, each at most the chunk, across members")
    func piecesJoin() throws {
        let text = Array(Self.edgeText.utf8)
        let third = text.count / 3
        // Three members, cut inside lines.
        let compressed = GzipEncoder.compress(Array(text[..<third])) + GzipEncoder.compress(Array(text[third..<(2 * third)]))
            + GzipEncoder.compress(Array(text[(2 * third)...]))
        let got = try pieces(compressed, chunkSize: 1 << 16)
        #expect(got.count > 3)
        #expect(got.allSatisfy { $0.count <= 1 << 16 })
        #expect(Array(got.joined()) == text)
        #expect(try Gzip.decompress(compressed, path: "w.gz") == text)
    }

    @Test("a receiver that stops ends the decoding without an error")
    func stops() throws {
        let compressed = GzipEncoder.compress(Array(Self.edgeText.utf8))
        var calls = 0
        try Gzip.decompress(compressed, path: "s.gz", chunkSize: 1 << 16) { _ in calls += 1; return false }
        #expect(calls == 1)
    }

    @Test("a truncated member, a damaged CRC and a bomb are refused with the file and byte offset")
    func refuses() throws {
        let one = GzipEncoder.compress(Array(Self.edgeText.utf8))
        let two = one + one
        let cut = Array(two[..<(one.count + one.count / 2)])
        let truncated = thrownDiagnostic { _ = try self.pieces(cut, chunkSize: 1 << 16) }
        #expect(truncated?.message == "s.gz: corrupt gzip data: unexpected end of data (at byte \(cut.count))")
        #expect(thrownDiagnostic { _ = try Gzip.decompress(cut, path: "s.gz") }?.message == truncated?.message)
        var badCRC = two
        badCRC[badCRC.count - 8] ^= 0xFF
        #expect(thrownDiagnostic { _ = try self.pieces(badCRC, chunkSize: 1 << 16) }?.message
                == "s.gz: corrupt gzip data: CRC-32 mismatch (the data is damaged) (at byte \(two.count - 8))")
        let zeros = GzipEncoder.compress([UInt8](repeating: 0x30, count: 4 << 20))
        let bomb = thrownDiagnostic {
            try Gzip.decompress(zeros, path: "z.gz", maxRatio: 100, floor: 1 << 20, chunkSize: 1 << 16) { _ in true }
        }
        #expect(bomb?.message.contains("PAPERGRAPH_GZIP_MAX_RATIO=0") == true)
    }

    @Test("an edge list in a multi-member gzip file reads as the plain file does, with LF, CRLF or CR")
    func edgeListEndings() throws {
        let plain = try #require(NumericEdgeList.read(Array(Self.edgeText.utf8)))
        for ending in ["\n", "\r\n", "\r"] {
            let text = Array(Self.edgeText.replacingOccurrences(of: "\n", with: ending).utf8)
            let half = text.count / 2  // inside a line, and for CRLF perhaps between CR and LF
            let path = try file(GzipEncoder.compress(Array(text[..<half])) + GzipEncoder.compress(Array(text[half...])), "e.txt.gz")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let streamed = try #require(try NumericEdgeList.read(atPath: path), "ending \(ending.debugDescription)")
            #expect(streamed.keys == plain.keys)
            #expect(streamed.graph.edges.map { [$0.source, $0.destination] } == plain.graph.edges.map { [$0.source, $0.destination] })
        }
        let cut = try file(Array(GzipEncoder.compress(Array(Self.edgeText.utf8)).dropLast(5)), "cut.txt.gz")
        defer { try? FileManager.default.removeItem(atPath: cut) }
        #expect(thrownDiagnostic { _ = try NumericEdgeList.read(atPath: cut) }?.message.hasPrefix("\(cut): corrupt gzip data: ") == true)
    }

    @Test("the line cutter hands over whole lines, joins a CR and LF split between pieces, and stops at an overlong line")
    func lineChunks() throws {
        var lines = LineChunks(maxHeld: 8)
        var got: [String] = []
        func take(_ piece: TextPiece) -> Int? { got.append(String(decoding: piece.bytes, as: UTF8.self)); return piece.bytes.count }
        var progress: [LineChunks.Progress] = []
        for piece in ["1 2\r", "\n3 ", "4\r5 6", "\n7 8"] { progress.append(try lines.add(Array(piece.utf8)[...], take)) }
        #expect(try lines.finish(take))
        #expect(progress.allSatisfy { $0 == .more })
        #expect(got == ["1 2\n", "3 4\n", "5 6\n", "7 8"])
        var long = LineChunks(maxHeld: 8)
        #expect(try long.add(Array("123456789".utf8)[...], take) == .overflow)
    }
}
