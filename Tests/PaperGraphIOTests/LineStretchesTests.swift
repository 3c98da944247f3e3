import Foundation
import Testing
@testable import PaperGraphIO

@Suite("A file cut into stretches of whole lines")
struct LineStretchesTests {
    private func file(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-ls-\(UUID().uuidString)-\(name)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func pieces(_ stretches: LineStretches, _ bounds: [Int], chunkSize: Int) throws -> [[String]] {
        try (0..<(bounds.count - 1)).map { k in
            var got: [String] = []
            let complete = try stretches.forEachLineChunk(from: bounds[k], to: bounds[k + 1], chunkSize: chunkSize) {
                got.append(String(decoding: $0, as: UTF8.self))
                return true
            }
            #expect(complete)
            return got
        }
    }

    @Test("cuts just after a line end and hands over whole lines, CRs as they are")
    func wholeLines() throws {
        // 20 bytes: the searches for a line end start at bytes 4 (in "33 44"), 10 (the LF after its CR;
        // the stretch before ended at 10) and 14 (the CR after "5 6").
        let path = try file(Array("1 2\n33 44\r\n5 6\r7 8\n9".utf8), "s.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let stretches = try #require(try LineStretches.open(path))
        defer { stretches.close() }
        let bounds = try stretches.bounds(count: 4)
        #expect(bounds == [0, 10, 11, 15, 20])
        #expect(try pieces(stretches, bounds, chunkSize: 1 << 10) == [["1 2\n33 44\r"], ["\n"], ["5 6\r"], ["7 8\n", "9"]])
        // Reads into 4 bytes: a piece ends at the last line end read, the rest waits for the next
        // read; a line longer than the buffer doubles it.
        #expect(try pieces(stretches, [0, 20], chunkSize: 4) == [["1 2\n", "33 44\r\n", "5 6\r7 8\n", "9"]])
    }

    @Test("stops at a line longer than the limit; declines gzip data, pipes and standard input")
    func limits() throws {
        let long = try file(Array(("1 2\n" + String(repeating: "9", count: 100) + "\n").utf8), "long.txt")
        defer { try? FileManager.default.removeItem(atPath: long) }
        let stretches = try #require(try LineStretches.open(long))
        defer { stretches.close() }
        #expect(try !stretches.forEachLineChunk(from: 0, to: stretches.size, chunkSize: 8, maxLineLength: 50) { _ in true })
        #expect(try stretches.forEachLineChunk(from: 0, to: stretches.size, chunkSize: 8, maxLineLength: 200) { _ in true })
        let gzip = try file(GzipEncoder.compress(Array("1 2\n".utf8)), "e.txt.gz")
        defer { try? FileManager.default.removeItem(atPath: gzip) }
        #expect(try LineStretches.open(gzip) == nil)
        #expect(try LineStretches.open("-") == nil)
    }
}
