import Testing
@testable import PaperGraphIO

@Suite("DEFLATE decoder")
struct InflateTests {
    @Test("decodes a stored block and reports where the stream ends")
    func storedBlock() throws {
        // BFINAL=1, BTYPE=00, LEN=3, NLEN=~3, "abc", then one byte that is not part of the stream.
        let stream: [UInt8] = [0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63, 0xAA]
        let (output, end) = try Inflate.inflate(stream, from: 0)
        #expect(output == Array("abc".utf8))
        #expect(end == 8)
    }

    @Test("decodes a fixed-Huffman block with a back reference that overlaps its output")
    func fixedBlockWithOverlap() throws {
        // zlib.compressobj(9, DEFLATED, -15, 9, Z_FIXED) of "abababababab": literals 'a', 'b', then
        // a length-10 match at distance 2.
        let stream: [UInt8] = [0x4B, 0x4C, 0x4A, 0x84, 0x43, 0x00]
        let (output, _) = try Inflate.inflate(stream, from: 0)
        #expect(output == Array("abababababab".utf8))
    }

    @Test("rejects malformed streams with a message instead of trapping", arguments: [
        ([UInt8](), "unexpected end of data"),
        ([0x07], "invalid block type 3"),
        ([0x01, 0x03, 0x00, 0x00, 0x00, 0x61], "stored block length 3 does not match its complement"),
        ([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x61], "stored block of 5 bytes runs past the end of data"),
        // Fixed block whose first symbol is a match at distance 1 with nothing decoded yet.
        ([0x03, 0x02], "distance 1 reaches before the start of the output"),
    ] as [([UInt8], String)])
    func rejectsMalformed(stream: [UInt8], message: String) {
        #expect(throws: InflateError.self) { try Inflate.inflate(stream, from: 0) }
        do {
            _ = try Inflate.inflate(stream, from: 0)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test("rejects an over-subscribed Huffman code")
    func overSubscribed() {
        #expect(throws: InflateError("over-subscribed Huffman code", at: 0)) {
            try HuffmanTable(lengths: [1, 1, 1], at: 0)
        }
    }

    @Test("never traps on random corruptions of a valid stream")
    func randomCorruptions() {
        let valid: [UInt8] = [0x4B, 0x4C, 0x4A, 0x84, 0x43, 0x00]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var failures = 0
        for _ in 0..<2000 {
            var stream = valid
            for _ in 0..<2 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let position = Int(state >> 33) % stream.count
                stream[position] ^= UInt8(truncatingIfNeeded: state >> 13) | 1
            }
            if (try? Inflate.inflate(stream, from: 0)) == nil { failures += 1 }
        }
        #expect(failures > 0)
    }
}
