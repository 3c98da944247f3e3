import Foundation
import Testing
import TestSupport
@testable import PaperGraphIO
import PaperGraphModel

/// gzip files whose compressed bytes are read a window at a time: the same output and the same
/// errors, at the same byte offsets, whatever the window's size.
@Suite("gzip compressed bytes read a window at a time")
struct GzipWindowTests {
    /// Serves `bytes` a window of `size` at a time, counting the windows read.
    final class WindowedBytes {
        let bytes: [UInt8]
        let size: Int
        private(set) var offset = 0
        private(set) var reads = 0

        init(_ bytes: [UInt8], size: Int) {
            self.bytes = bytes
            self.size = size
        }

        /// The input: the first window in hand, as ``TextInput`` has it after sniffing the magic number.
        func input() -> CompressedInput {
            offset = min(size, bytes.count)
            return CompressedInput(first: bytes[..<offset], windowSize: size) { window in
                self.reads += 1
                let count = min(window.count, self.bytes.count - self.offset)
                window.replaceSubrange(0..<count, with: self.bytes[self.offset..<(self.offset + count)])
                self.offset += count
                return count
            }
        }
    }

    static let text = Array((0..<20_000).map { "\($0 % 5_000 + 1) \(($0 * 7_919) % 4_999 + 5_001)\n" }.joined().utf8)

    /// A gzip member of one stored (uncompressed) block, written by hand (RFC 1951 §3.2.4, RFC 1952).
    static func storedMember(_ data: [UInt8]) -> [UInt8] {
        let n = data.count
        let header: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
        let block: [UInt8] = [0x01, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
        let crc = CRC32.checksum(data)
        let trailer = (0..<4).map { UInt8(truncatingIfNeeded: crc >> (8 * $0)) } + (0..<4).map { UInt8(truncatingIfNeeded: n >> (8 * $0)) }
        return header + block + data + trailer
    }

    /// Three members (dynamic Huffman, one stored block, dynamic again) and tape padding.
    static let file = GzipEncoder.compress(Array(text[..<90_000])) + storedMember(Array(text[90_000..<150_000]))
        + GzipEncoder.compress(Array(text[150_000...])) + [0, 0, 0]

    private func decompressed(_ bytes: [UInt8], window: Int) throws(Diagnostic) -> [UInt8] {
        var output: [UInt8] = []
        try Gzip.decompress(WindowedBytes(bytes, size: window).input(), path: "w.gz", chunkSize: 1 << 16) {
            output.append(contentsOf: $0)
            return true
        }
        return output
    }

    @Test("every window size gives the whole output, stored blocks and member boundaries included",
          arguments: [1, 2, 3, 7, 64, 4_096, 1 << 20])
    func sameOutput(window: Int) throws {
        #expect(Self.file.count > 4_096 * 2)
        #expect(try decompressed(Self.file, window: window) == Self.text)
    }

    @Test("errors name the same byte offset whatever the window", arguments: [1, 5, 4_096])
    func sameErrors(window: Int) throws {
        var badCRC = Self.file
        badCRC[badCRC.count - 11] ^= 0xFF  // the last member's CRC-32, before its length and the padding
        var damaged: [[UInt8]] = [Array(Self.file[..<(Self.file.count / 2)]), badCRC,
                                  Self.file + [0x41], Array(Self.file.dropLast(3)) + [0x41, 0x42],
                                  Array(Self.file[..<12])]
        let stored = Self.storedMember(Array(Self.text[..<1_000]))
        damaged.append(Array(stored[..<500]))  // a stored block cut short
        for bytes in damaged {
            let whole = thrownDiagnostic { _ = try Gzip.decompress(bytes, path: "w.gz") }
            let windowed = thrownDiagnostic { _ = try self.decompressed(bytes, window: window) }
            #expect(whole != nil)
            #expect(windowed?.message == whole?.message, "window \(window), \(bytes.count) bytes")
        }
        #expect(thrownDiagnostic { _ = try self.decompressed(Self.file + [0x41], window: window) }?.message
                == "w.gz: corrupt gzip data: expected the gzip magic number 1f 8b, found other bytes (at byte \(Self.file.count - 3))")
        #expect(thrownDiagnostic { _ = try self.decompressed(Array(stored[..<500]), window: window) }?.message
                == "w.gz: corrupt gzip data: stored block of 1000 bytes runs past the end of data (at byte 15)")
    }

    @Test("300 seeded random corruptions: the windowed reader gives the whole reader's output or error, word for word")
    func sameOnCorruptions() throws {
        var random = SeededGenerator(seed: 16)
        let small = GzipEncoder.compress(Array(Self.text[..<3_000])) + Self.storedMember(Array(Self.text[3_000..<3_400]))
        for _ in 0..<300 {
            var bytes = small
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            if Bool.random(using: &random) { bytes.removeLast(Int.random(in: 0..<bytes.count, using: &random)) }
            let whole = Result { () throws(Diagnostic) in try Gzip.decompress(bytes, path: "w.gz") }
            let windowed = Result { () throws(Diagnostic) in try self.decompressed(bytes, window: 3) }
            switch (whole, windowed) {
            case (.success(let a), .success(let b)): #expect(a == b)
            case (.failure(let a), .failure(let b)): #expect(a.message == b.message)
            default: Issue.record("one reader failed and the other did not, on \(bytes.count) bytes")
            }
        }
    }

    @Test("the compressed bytes are read as the output is taken, not ahead of it")
    func readsLazily() throws {
        let source = WindowedBytes(Self.file, size: 1_024)
        var pieces = 0
        try Gzip.decompress(source.input(), path: "w.gz", chunkSize: 1 << 16) { _ in pieces += 1; return false }
        #expect(pieces == 1)
        // One piece of 64 KiB of text needs well under half of the file's windows.
        #expect(source.reads > 0 && source.reads < Self.file.count / 1_024 / 2)
    }

    @Test("a gzip file read through a FIFO decompresses as the file does")
    func throughFIFO() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pg-gzw-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/edges.txt.gz"
        #expect(mkfifo(fifo, 0o600) == 0)
        let bytes = Self.file
        let writer = Thread { try? Data(bytes).write(to: URL(fileURLWithPath: fifo)) }
        writer.start()
        #expect(try TextInput.readBytes(atPath: fifo) == Self.text)
    }
}
