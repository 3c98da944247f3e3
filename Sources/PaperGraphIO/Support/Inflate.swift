/// A DEFLATE decoder (RFC 1951: stored, fixed-Huffman and dynamic-Huffman blocks).
///
/// Foundation on Linux has no decompression, so PaperGraph carries this small decoder for
/// gzipped inputs. Every read is bounds-checked: corrupt or truncated input throws an
/// ``InflateError`` describing the problem and the byte offset, and never traps.
///
///     let (output, end) = try Inflate.inflate(bytes, from: 10)
///
/// Huffman codes are decoded with one lookup table per code indexed by the next `maxLength`
/// input bits (at most 2^15 entries), so each symbol costs one table read.
enum Inflate {
    /// Decompresses the DEFLATE stream that starts at byte `start` of `input`.
    ///
    /// - Returns: The decompressed bytes and the index of the first byte after the stream (the
    ///   final block ends on a bit; the remaining bits of its last byte are skipped).
    /// - Throws: ``InflateError`` for any malformed, truncated or inconsistent stream.
    /// - Complexity: O(n + m) time for n input and m output bytes, plus O(2^15) per dynamic block.
    static func inflate(_ input: [UInt8], from start: Int) throws(InflateError) -> (output: [UInt8], end: Int) {
        var output = InflateOutput(reservingCapacity: max(0, input.count - start) * 4)
        var reader = BitReader(CompressedInput(input, from: start))
        try inflate(&reader, appendingTo: &output, guard: .unlimited)
        return (output.bytes, reader.byteOffset)
    }

    /// Decompresses the stream at `reader`'s position, appending to `output` (which may hand bytes
    /// over as it fills), under `bomb`'s ratio guard, which counts every byte decoded into `output`.
    /// `reader` is left at the first whole byte after the stream (the final block ends on a bit;
    /// the rest of its last byte is skipped).
    ///
    /// - Throws: ``InflateError`` for a malformed stream or one past the guard's ratio;
    ///   ``InflateError/stopped`` when `output`'s receiver asks to stop.
    static func inflate(_ reader: inout BitReader, appendingTo output: inout InflateOutput,
                        guard bomb: BombGuard) throws(InflateError) {
        var bomb = bomb
        var isFinal = false
        while !isFinal {
            isFinal = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try copyStoredBlock(&reader, into: &output)
            case 1: try decodeBlock(&reader, literals: HuffmanTable.fixedLiterals, distances: HuffmanTable.fixedDistances,
                                    into: &output, guard: &bomb)
            case 2:
                let (literals, distances) = try readDynamicTables(&reader)
                try decodeBlock(&reader, literals: literals, distances: distances, into: &output, guard: &bomb)
            default: throw InflateError("invalid block type 3", at: reader.byteOffset)
            }
            try bomb.check(output: output.total, input: reader.byteOffset)
            try output.handOverIfFull()
        }
        reader.alignToByte()
    }

    private static func copyStoredBlock(_ reader: inout BitReader, into output: inout InflateOutput) throws(InflateError) {
        reader.alignToByte()
        let length = try reader.bits(16), complement = try reader.bits(16)
        guard length == ~complement & 0xFFFF else {
            throw InflateError("stored block length \(length) does not match its complement", at: reader.byteOffset)
        }
        try reader.copyBytes(length, into: &output.bytes)
    }

    // RFC 1951 §3.2.5: base values and extra bits of length codes 257...285 and distance codes 0...29.
    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                            67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
                                             5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
                                              769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
                                               11, 11, 12, 12, 13, 13]

    private static func decodeBlock(_ reader: inout BitReader, literals: HuffmanTable, distances: HuffmanTable,
                                    into output: inout InflateOutput, guard bomb: inout BombGuard) throws(InflateError) {
        while true {
            if output.total >= bomb.nextCheck { try bomb.check(output: output.total, input: reader.byteOffset) }
            try output.handOverIfFull()
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                output.bytes.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthCode = symbol - 257
            guard lengthCode < lengthBase.count else {
                throw InflateError("invalid length symbol \(symbol)", at: reader.byteOffset)
            }
            let length = lengthBase[lengthCode] + (try reader.bits(lengthExtra[lengthCode]))
            let distanceCode = try distances.decode(&reader)
            guard distanceCode < distanceBase.count else {
                throw InflateError("invalid distance symbol \(distanceCode)", at: reader.byteOffset)
            }
            let distance = distanceBase[distanceCode] + (try reader.bits(distanceExtra[distanceCode]))
            // After a hand-over the window is kept, so the check against what is kept is the check
            // against everything decoded.
            guard distance <= output.bytes.count else {
                throw InflateError("distance \(distance) reaches before the start of the output", at: reader.byteOffset)
            }
            // Byte by byte: a copy may overlap the bytes it produces (distance < length).
            var from = output.bytes.count - distance
            for _ in 0..<length {
                output.bytes.append(output.bytes[from])
                from += 1
            }
        }
    }

    /// The order in which code length code lengths are sent (RFC 1951 §3.2.7).
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private static func readDynamicTables(_ reader: inout BitReader) throws(InflateError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else {
            throw InflateError("too many length or distance codes (\(literalCount), \(distanceCount))", at: reader.byteOffset)
        }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for i in 0..<codeLengthCount { codeLengthLengths[codeLengthOrder[i]] = try reader.bits(3) }
        let codeLengthTable = try HuffmanTable(lengths: codeLengthLengths, at: reader.byteOffset)

        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengthTable.decode(&reader)
            let value: Int, repeats: Int
            switch symbol {
            case 0...15: value = symbol; repeats = 1
            case 16:
                guard let previous = lengths.last else {
                    throw InflateError("repeat of a code length with no previous length", at: reader.byteOffset)
                }
                value = previous; repeats = 3 + (try reader.bits(2))
            case 17: value = 0; repeats = 3 + (try reader.bits(3))
            default: value = 0; repeats = 11 + (try reader.bits(7))
            }
            guard lengths.count + repeats <= literalCount + distanceCount else {
                throw InflateError("code lengths overflow the declared code counts", at: reader.byteOffset)
            }
            lengths.append(contentsOf: repeatElement(value, count: repeats))
        }
        guard lengths[256] != 0 else { throw InflateError("no code for the end-of-block symbol", at: reader.byteOffset) }
        let literals = try HuffmanTable(lengths: Array(lengths[..<literalCount]), at: reader.byteOffset)
        let distances = try HuffmanTable(lengths: Array(lengths[literalCount...]), at: reader.byteOffset)
        return (literals, distances)
    }
}

/// Stops decompression bombs: past `floor` bytes of output, an output more than `ratio` times the
/// compressed input read so far is refused. Checked every MiB of output, so it costs nothing per byte.
struct BombGuard: Sendable {
    /// Output-to-input ratio refused past the floor; 0 disables the guard.
    var ratio: Int
    /// Output size below which any ratio is accepted.
    var floor: Int
    fileprivate(set) var nextCheck: Int

    static let unlimited = BombGuard(ratio: 0, floor: .max)

    init(ratio: Int, floor: Int) {
        self.ratio = ratio
        self.floor = floor
        nextCheck = ratio == 0 ? .max : 0
    }

    /// Throws when `output` bytes (all members so far) from the first `input` bytes of the file exceed the ratio.
    mutating func check(output: Int, input: Int) throws(InflateError) {
        guard ratio > 0 else { return }
        nextCheck = output + (1 << 20)
        guard output > floor else { return }
        if output / max(input, 1) > ratio {
            throw InflateError("decompressed size exceeds \(ratio):1 of the compressed size past \(floor >> 20) MiB "
                               + "(a decompression bomb?); set PAPERGRAPH_GZIP_MAX_RATIO=0 to lift the limit", at: input)
        }
    }
}

/// Why a DEFLATE or gzip stream could not be decoded, with the input byte offset.
struct InflateError: Error, Equatable {
    var message: String
    var offset: Int

    /// Not an error: the receiver of the output asked to stop (see ``InflateOutput``).
    static let stopped = InflateError("stopped by the reader", at: -1)

    init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }
}

/// A canonical Huffman code as a lookup table indexed by the next `maxLength` input bits
/// (least significant bit first, so codes are stored bit-reversed).
struct HuffmanTable {
    /// `symbol << 4 | length` per entry; 0 marks a bit pattern that is no code (incomplete code).
    private var entries: [UInt32]
    private var maxLength: Int

    /// Builds the code from the code length of each symbol (0 = unused), as RFC 1951 §3.2.2.
    ///
    /// - Throws: ``InflateError`` when the lengths over-subscribe the code space.
    init(lengths: [Int], at offset: Int) throws(InflateError) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        var available = 1
        for length in 1...15 {
            available = available * 2 - counts[length]
            guard available >= 0 else { throw InflateError("over-subscribed Huffman code", at: offset) }
        }
        maxLength = max(1, (1...15).last { counts[$0] > 0 } ?? 1)
        entries = [UInt32](repeating: 0, count: 1 << maxLength)
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let code = nextCode[length]
            nextCode[length] += 1
            var reversed = 0
            for bit in 0..<length where code & (1 << (length - 1 - bit)) != 0 { reversed |= 1 << bit }
            let entry = UInt32(symbol) << 4 | UInt32(length)
            var index = reversed
            while index < entries.count {
                entries[index] = entry
                index += 1 << length
            }
        }
    }

    /// Reads one symbol.
    @inline(__always)
    func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
        let entry = entries[reader.peek(maxLength)]
        let length = Int(entry & 0xF)
        guard length > 0 else { throw InflateError("invalid Huffman code", at: reader.byteOffset) }
        try reader.skip(length)
        return Int(entry >> 4)
    }

    static let fixedLiterals: HuffmanTable = {
        let lengths = [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
            + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8)
        // The fixed lengths are a complete code: construction cannot fail.
        return (try? HuffmanTable(lengths: lengths, at: 0)) ?? HuffmanTable()
    }()

    static let fixedDistances: HuffmanTable = {
        (try? HuffmanTable(lengths: [Int](repeating: 5, count: 32), at: 0)) ?? HuffmanTable()
    }()

    /// A code with no symbols (every lookup fails).
    private init() {
        entries = [0, 0]
        maxLength = 1
    }
}
