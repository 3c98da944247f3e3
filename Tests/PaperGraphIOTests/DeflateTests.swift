import Testing
import TestSupport
@testable import PaperGraphIO

@Suite("DEFLATE and gzip encoder")
struct DeflateTests {
    static func randomBytes(_ count: Int, seed: UInt64, alphabet: Int = 256) -> [UInt8] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in UInt8(Int.random(in: 0..<alphabet, using: &rng)) }
    }

    /// Inputs that reach every kind of block: empty, one byte, runs (long matches, distance 1),
    /// text (dynamic Huffman), random bytes (stored blocks), and more than one 64 Ki-symbol block.
    static let inputs: [(String, [UInt8])] = [
        ("empty", []),
        ("one byte", [42]),
        ("a run of zeros", [UInt8](repeating: 0, count: 100_000)),
        ("CSV rows", Array((0..<20_000).map { "\($0),\($0 * 7919 % 10_007),CITES,\($0),cites,\n" }.joined().utf8)),
        ("random bytes", randomBytes(200_000, seed: 7)),
        ("four-letter text", randomBytes(300_000, seed: 8, alphabet: 4).map { $0 + 65 }),
        ("every byte value", (0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 31) }),
    ]

    @Test("gzip output decompresses to the input with the independent inflater", arguments: inputs.map(\.0))
    func roundTrip(name: String) throws {
        let input = Self.inputs.first { $0.0 == name }!.1
        let compressed = GzipEncoder.compress(input)
        #expect(try Gzip.decompress(compressed, path: name) == input)
    }

    @Test("input given in chunks gives one stream that decompresses to their concatenation")
    func chunks() throws {
        let parts = [Array("nodes,header\n".utf8), [], Self.randomBytes(70_000, seed: 3, alphabet: 3), Array("last\n".utf8)]
        var encoder = GzipEncoder()
        var file: [UInt8] = []
        for (i, part) in parts.enumerated() { file += encoder.compress(part, final: i == parts.count - 1) }
        #expect(try Gzip.decompress(file, path: "chunks") == parts.flatMap { $0 })
        var empty = GzipEncoder()
        let a = empty.compress(Array("x".utf8), final: false), b = empty.compress([], final: true)
        #expect(try Gzip.decompress(a + b, path: "empty final chunk") == Array("x".utf8))
    }

    @Test("compresses CSV rows about as well as zlib level 6 and never grows random bytes by more than a few bytes per block")
    func sizes() {
        let rows = Self.inputs.first { $0.0 == "CSV rows" }!.1
        // Python's gzip.compress(rows, 6) gives 154,862 bytes for these 575,576.
        #expect(rows.count == 575_576)
        #expect(Double(GzipEncoder.compress(rows).count) < 1.05 * 154_862)
        #expect(GzipEncoder.compress([UInt8](repeating: 0, count: 100_000)).count < 300)
        let random = Self.randomBytes(200_000, seed: 7)
        #expect(GzipEncoder.compress(random).count <= random.count + 18 + 5 * (random.count / 32_768 + 2))
    }

    @Test("the same input gives the same bytes (no time stamp)")
    func deterministic() {
        let text = Array("2004.05150,007,\"a, b\"\n".utf8)
        #expect(GzipEncoder.compress(text) == GzipEncoder.compress(text))
        #expect(Array(GzipEncoder.compress(text)[4..<8]) == [0, 0, 0, 0])
    }

    @Test("Huffman lengths respect the limit and form a complete prefix code", arguments: [7, 15])
    func lengthLimit(limit: Int) {
        // Fibonacci frequencies give an optimal tree as deep as the number of symbols.
        var fibonacci = [1, 1]
        while fibonacci.count < 30 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        for frequency in [fibonacci, [0, 5, 0], [0, 0, 3], [Int](repeating: 1, count: 19)] {
            let lengths = HuffmanLengths.build(frequency, limit: limit)
            #expect(lengths.allSatisfy { Int($0) <= limit })
            let kraft = lengths.filter { $0 > 0 }.map { 1.0 / Double(1 << Int($0)) }.reduce(0, +)
            #expect(kraft == 1.0)
            for (f, l) in zip(frequency, lengths) where f > 0 { #expect(l > 0) }
        }
    }

    @Test("canonical codes follow RFC 1951's example (lengths 3,3,3,3,3,2,4,4)")
    func canonical() {
        // RFC 1951 §3.2.2: A..H get 010, 011, 100, 101, 110, 00, 1110, 1111 (stored bit-reversed).
        let codes = HuffmanLengths.codes([3, 3, 3, 3, 3, 2, 4, 4])
        let expected: [UInt32] = [0b010, 0b011, 0b100, 0b101, 0b110, 0b00, 0b1110, 0b1111]
        let lengths = [3, 3, 3, 3, 3, 2, 4, 4]
        for i in 0..<8 {
            var reversed: UInt32 = 0
            for b in 0..<lengths[i] where expected[i] & (1 << b) != 0 { reversed |= 1 << (lengths[i] - 1 - b) }
            #expect(codes[i] == reversed)
        }
    }
}
