/// A DEFLATE encoder (RFC 1951): LZ77 matching over a 32 KiB window with hash chains, then one
/// dynamic-Huffman block per run of symbols (or a stored block when that is smaller), so that
/// `papergraph export --compress gzip` writes files any gzip reader (and ``Inflate``) decodes.
///
/// Input comes in chunks (``compress(_:final:)``); matches stay inside a chunk, which costs a few
/// bytes per chunk of 1 MiB and keeps memory at O(chunk). Output is deterministic.
///
///     var encoder = DeflateEncoder()
///     var stream = encoder.compress(part1, final: false)
///     stream += encoder.compress(part2, final: true)
///
/// - Complexity: O(n · c) time for n input bytes and a hash-chain bound c (``maxChain``), O(chunk) space.
struct DeflateEncoder {
    /// Hash-chain candidates tried per position: more finds longer matches, slower.
    static let maxChain = 16
    private static let windowSize = 1 << 15
    private static let hashBits = 15
    private static let symbolsPerBlock = 1 << 16
    private var bits = BitWriter()

    /// The stream bytes that `input` completes; with `final`, the last block and the padding to a byte.
    mutating func compress(_ input: [UInt8], final: Bool) -> [UInt8] {
        let symbols = Self.match(input)
        var start = 0, position = 0
        if symbols.isEmpty && final { bits.writeEmptyFinalBlock() }
        while start < symbols.count {
            let end = min(start + Self.symbolsPerBlock, symbols.count)
            let rawStart = position
            for s in symbols[start..<end] { position += s & Self.matchFlag != 0 ? Int((s >> 16) & 0xFF) + 3 : 1 }
            writeBlock(symbols[start..<end], raw: input[rawStart..<position], final: final && end == symbols.count)
            start = end
        }
        if final { bits.padToByte() }
        return bits.takeBytes()
    }

    // Symbols: a literal byte, or matchFlag | (length - 3) << 16 | (distance - 1).
    private static let matchFlag: UInt32 = 1 << 31

    /// Greedy LZ77 over `input`: the longest match among `maxChain` earlier positions with the same
    /// three-byte hash, at least 3 bytes long.
    private static func match(_ input: [UInt8]) -> [UInt32] {
        var symbols: [UInt32] = []
        symbols.reserveCapacity(input.count / 3 + 16)
        let mask = windowSize - 1
        var head = [Int32](repeating: -1, count: 1 << hashBits)
        var previous = [Int32](repeating: -1, count: windowSize)
        input.withUnsafeBufferPointer { data in
            let n = data.count
            func hash(_ i: Int) -> Int {
                (Int(data[i]) << 10 ^ Int(data[i + 1]) << 5 ^ Int(data[i + 2])) & ((1 << hashBits) - 1)
            }
            func insert(_ i: Int) -> Int {
                let h = hash(i)
                let candidate = Int(head[h])
                previous[i & mask] = Int32(candidate)
                head[h] = Int32(i)
                return candidate
            }
            var i = 0
            while i < n {
                var bestLength = 0, bestDistance = 0
                if i + 2 < n {
                    var candidate = insert(i), chain = maxChain
                    let limit = min(258, n - i)
                    while candidate >= 0 && i - candidate < windowSize && chain > 0 {
                        if data[candidate + bestLength] == data[i + bestLength] {
                            var length = 0
                            while length < limit && data[candidate + length] == data[i + length] { length += 1 }
                            if length > bestLength {
                                bestLength = length
                                bestDistance = i - candidate
                                if length == limit { break }
                            }
                        }
                        candidate = Int(previous[candidate & mask])
                        chain -= 1
                    }
                }
                if bestLength >= 3 {
                    symbols.append(matchFlag | UInt32(bestLength - 3) << 16 | UInt32(bestDistance - 1))
                    for j in (i + 1)..<(i + bestLength) where j + 2 < n { _ = insert(j) }
                    i += bestLength
                } else {
                    symbols.append(UInt32(data[i]))
                    i += 1
                }
            }
        }
        return symbols
    }

    /// Code 257... and extra bits of each match length 3...258.
    private static let lengthCodes: [(code: Int, extra: Int, base: Int)] = (3...258).map { length in
        let i = Inflate.lengthBase.lastIndex { $0 <= length }!
        return (257 + i, Inflate.lengthExtra[i], Inflate.lengthBase[i])
    }

    /// Distance code of a distance 1...32768.
    private static func distanceCode(_ distance: Int) -> Int {
        var lo = 0, hi = Inflate.distanceBase.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Inflate.distanceBase[mid] <= distance { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    private mutating func writeBlock(_ symbols: ArraySlice<UInt32>, raw: ArraySlice<UInt8>, final: Bool) {
        var literalFrequency = [Int](repeating: 0, count: 286), distanceFrequency = [Int](repeating: 0, count: 30)
        var extraBits = 0
        for s in symbols {
            if s & Self.matchFlag == 0 {
                literalFrequency[Int(s)] += 1
            } else {
                let length = Self.lengthCodes[Int((s >> 16) & 0xFF)], distance = Self.distanceCode(Int(s & 0xFFFF) + 1)
                literalFrequency[length.code] += 1
                distanceFrequency[distance] += 1
                extraBits += length.extra + Inflate.distanceExtra[distance]
            }
        }
        literalFrequency[256] = 1
        let literalLengths = HuffmanLengths.build(literalFrequency, limit: 15)
        let distanceLengths = HuffmanLengths.build(distanceFrequency, limit: 15)
        let header = DynamicHeader(literalLengths: literalLengths, distanceLengths: distanceLengths)
        var dynamicBits = 3 + header.bitCount + extraBits
        for (f, l) in zip(literalFrequency, literalLengths) { dynamicBits += f * Int(l) }
        for (f, l) in zip(distanceFrequency, distanceLengths) { dynamicBits += f * Int(l) }
        let storedBits = (raw.count + 5 * ((raw.count + 65_534) / 65_535)) * 8 + 7
        if storedBits < dynamicBits {
            writeStored(raw, final: final)
            return
        }
        bits.write(final ? 1 : 0, count: 1)
        bits.write(2, count: 2)
        header.write(to: &bits)
        let literalCodes = HuffmanLengths.codes(literalLengths), distanceCodes = HuffmanLengths.codes(distanceLengths)
        for s in symbols {
            if s & Self.matchFlag == 0 {
                bits.write(literalCodes[Int(s)], count: Int(literalLengths[Int(s)]))
            } else {
                let length = Int((s >> 16) & 0xFF) + 3, distance = Int(s & 0xFFFF) + 1
                let l = Self.lengthCodes[length - 3], d = Self.distanceCode(distance)
                bits.write(literalCodes[l.code], count: Int(literalLengths[l.code]))
                bits.write(UInt32(length - l.base), count: l.extra)
                bits.write(distanceCodes[d], count: Int(distanceLengths[d]))
                bits.write(UInt32(distance - Inflate.distanceBase[d]), count: Inflate.distanceExtra[d])
            }
        }
        bits.write(literalCodes[256], count: Int(literalLengths[256]))
    }

    private mutating func writeStored(_ raw: ArraySlice<UInt8>, final: Bool) {
        var start = raw.startIndex
        repeat {
            let end = min(start + 65_535, raw.endIndex)
            bits.write(final && end == raw.endIndex ? 1 : 0, count: 1)
            bits.write(0, count: 2)
            bits.padToByte()
            let length = UInt32(end - start)
            bits.write(length, count: 16)
            bits.write(~length & 0xFFFF, count: 16)
            bits.appendBytes(raw[start..<end])
            start = end
        } while start < raw.endIndex
    }
}

/// The code-length header of a dynamic block (RFC 1951 §3.2.7), run-length coded with 16, 17, 18.
private struct DynamicHeader {
    let literalCount: Int, distanceCount: Int, codeLengthCount: Int
    /// (symbol 0...18, extra bits value, extra bit count).
    let runs: [(symbol: Int, extra: UInt32, extraCount: Int)]
    let codeLengthLengths: [UInt8]
    let bitCount: Int

    init(literalLengths: [UInt8], distanceLengths: [UInt8]) {
        var literalCount = 286, distanceCount = 30
        while literalCount > 257 && literalLengths[literalCount - 1] == 0 { literalCount -= 1 }
        while distanceCount > 1 && distanceLengths[distanceCount - 1] == 0 { distanceCount -= 1 }
        let lengths = Array(literalLengths[..<literalCount]) + Array(distanceLengths[..<distanceCount])
        var runs: [(symbol: Int, extra: UInt32, extraCount: Int)] = []
        var i = 0
        while i < lengths.count {
            let value = lengths[i]
            var run = 1
            while i + run < lengths.count && lengths[i + run] == value { run += 1 }
            if value == 0 && run >= 11 {
                let n = min(run, 138)
                runs.append((18, UInt32(n - 11), 7)); i += n
            } else if value == 0 && run >= 3 {
                runs.append((17, UInt32(run - 3), 3)); i += run
            } else if value != 0 && run >= 4 {
                runs.append((Int(value), 0, 0))
                let n = min(run - 1, 6)
                runs.append((16, UInt32(n - 3), 2)); i += n + 1
            } else {
                runs.append((Int(value), 0, 0)); i += 1
            }
        }
        var frequency = [Int](repeating: 0, count: 19)
        for r in runs { frequency[r.symbol] += 1 }
        let codeLengthLengths = HuffmanLengths.build(frequency, limit: 7)
        var codeLengthCount = 19
        while codeLengthCount > 4 && codeLengthLengths[Inflate.codeLengthOrder[codeLengthCount - 1]] == 0 { codeLengthCount -= 1 }
        var bitCount = 5 + 5 + 4 + 3 * codeLengthCount
        for r in runs { bitCount += Int(codeLengthLengths[r.symbol]) + r.extraCount }
        self.literalCount = literalCount
        self.distanceCount = distanceCount
        self.codeLengthCount = codeLengthCount
        self.runs = runs
        self.codeLengthLengths = codeLengthLengths
        self.bitCount = bitCount
    }

    func write(to bits: inout BitWriter) {
        bits.write(UInt32(literalCount - 257), count: 5)
        bits.write(UInt32(distanceCount - 1), count: 5)
        bits.write(UInt32(codeLengthCount - 4), count: 4)
        for i in 0..<codeLengthCount { bits.write(UInt32(codeLengthLengths[Inflate.codeLengthOrder[i]]), count: 3) }
        let codes = HuffmanLengths.codes(codeLengthLengths)
        for r in runs {
            bits.write(codes[r.symbol], count: Int(codeLengthLengths[r.symbol]))
            if r.extraCount > 0 { bits.write(r.extra, count: r.extraCount) }
        }
    }
}

/// Length-limited Huffman code lengths and their canonical codes.
enum HuffmanLengths {
    /// Code lengths for `frequency` no longer than `limit` bits. At least two symbols get a code
    /// (unused ones are added), so every code is complete, which all inflaters accept.
    ///
    /// When the optimal tree is too deep, frequencies are halved (rounding up) until it fits, a
    /// simple approximation of package-merge that converges since equal weights give a balanced tree.
    /// - Complexity: O(n log n) per attempt for n symbols.
    static func build(_ frequency: [Int], limit: Int) -> [UInt8] {
        var weights = frequency
        var used = weights.indices.filter { weights[$0] > 0 }
        for filler in weights.indices where used.count < 2 && !used.contains(filler) {
            weights[filler] = 1
            used.append(filler)
        }
        while true {
            let lengths = treeDepths(weights, symbols: used.sorted())
            if lengths.max()! <= UInt8(limit) { return lengths }
            for i in used { weights[i] = (weights[i] + 1) / 2 }
        }
    }

    /// Huffman depths by the two-queue method over leaves sorted by (weight, symbol).
    private static func treeDepths(_ weights: [Int], symbols: [Int]) -> [UInt8] {
        let leaves = symbols.sorted { (weights[$0], $0) < (weights[$1], $1) }
        let m = leaves.count
        var weight = leaves.map { weights[$0] } + [Int](repeating: 0, count: m - 1)
        var parent = [Int](repeating: 0, count: 2 * m - 1)
        var leaf = 0, inner = m
        func takeSmallest(_ next: Int) -> Int {
            if leaf < m && (inner >= next || weight[leaf] <= weight[inner]) { leaf += 1; return leaf - 1 }
            inner += 1
            return inner - 1
        }
        for next in m..<(2 * m - 1) {
            let a = takeSmallest(next), b = takeSmallest(next)
            weight[next] = weight[a] + weight[b]
            parent[a] = next
            parent[b] = next
        }
        var depth = [Int](repeating: 0, count: 2 * m - 1)
        var lengths = [UInt8](repeating: 0, count: weights.count)
        for node in stride(from: 2 * m - 3, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        for (i, s) in leaves.enumerated() { lengths[s] = UInt8(depth[i]) }
        return lengths
    }

    /// Canonical codes (RFC 1951 §3.2.2), bit-reversed for the LSB-first stream.
    static func codes(_ lengths: [UInt8]) -> [UInt32] {
        var count = [Int](repeating: 0, count: 16)
        for l in lengths where l > 0 { count[Int(l)] += 1 }
        var next = [UInt32](repeating: 0, count: 16)
        var code: UInt32 = 0
        for bitsLength in 1..<16 {
            code = (code + UInt32(count[bitsLength - 1])) << 1
            next[bitsLength] = code
        }
        return lengths.map { l in
            guard l > 0 else { return 0 }
            let c = next[Int(l)]
            next[Int(l)] += 1
            var reversed: UInt32 = 0
            for b in 0..<Int(l) where c & (1 << b) != 0 { reversed |= 1 << (Int(l) - 1 - b) }
            return reversed
        }
    }
}

/// An LSB-first bit stream into bytes.
struct BitWriter {
    private var accumulator: UInt64 = 0
    private var pending = 0
    private var bytes: [UInt8] = []

    mutating func write(_ value: UInt32, count: Int) {
        accumulator |= UInt64(value) << UInt64(pending)
        pending += count
        while pending >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: accumulator))
            accumulator >>= 8
            pending -= 8
        }
    }

    mutating func padToByte() {
        if pending > 0 { write(0, count: 8 - pending) }
    }

    /// Appends whole bytes; the stream must be at a byte boundary.
    mutating func appendBytes(_ raw: ArraySlice<UInt8>) {
        precondition(pending == 0, "stored bytes start on a byte boundary")
        bytes.append(contentsOf: raw)
    }

    /// A final fixed-Huffman block holding only the end-of-block code.
    mutating func writeEmptyFinalBlock() {
        write(1, count: 1)
        write(1, count: 2)
        write(0, count: 7)
    }

    /// The complete bytes written so far (bits of an unfinished byte stay).
    mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }
}
