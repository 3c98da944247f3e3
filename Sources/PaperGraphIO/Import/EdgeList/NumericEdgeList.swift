import GraphAlgorithms
import PaperGraphModel

/// A text edge list whose node ids are all canonical decimals, read straight into a citation
/// graph with the ids kept as integers: no `String`, no string hashing, one byte pass.
///
/// A canonical decimal is `0` or a digit string without a leading zero, of at most 19 digits
/// (`007` is not one: as a key it is the string it is, and the general importer keeps it so).
/// Ids are interned by an open-addressing hash table of integers (Fibonacci hashing: a folding
/// hash that kept consecutive ids in consecutive slots was tried and made long runs of filled
/// slots, ruinous for linear probing when sequential and random ids mix); nodes are numbered in order of
/// first appearance (citing before cited on each line), exactly as ``EdgeListImporter`` and the
/// graph builder number them.
///
/// Only the plain shape is taken: blank lines, `#`/`%` comment lines of ASCII text, and lines of
/// exactly two ids separated by spaces or tabs (CRLF allowed; a lone CR too when read from a file,
/// which normalizes line endings as every text reader does). Anything else (a third column,
/// a LINQS header, a non-ASCII byte, a self-citation, which the builder reports) makes
/// ``read(_:reverse:)`` return `nil`, and the caller uses the general importer, which reports
/// every such line as it always has.
///
///     # citing cited
///     2 0
///     2 1          →  keys [2, 0, 1], edges 0 → 1, 0 → 2
public struct NumericEdgeList: Sendable {
    /// Node `i`'s id as written in the file.
    public let keys: [UInt64]
    /// Citations (citing → cited) over dense node ids, repeated lines kept once.
    public let graph: CSRGraph

    /// Reads `bytes`, or returns `nil` when the file is not a plain numeric edge list.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - reverse: Whether lines are `cited citing`.
    /// - Complexity: O(n + V + E) expected time for n bytes; O(V + E) space.
    public static func read(_ bytes: [UInt8], reverse: Bool = false) -> NumericEdgeList? {
        var reader = Reader(reverse: reverse, expectedBytes: bytes.count)
        guard bytes.withUnsafeBufferPointer({ reader.consume($0) }) else { return nil }
        return reader.finish()
    }

    /// Reads the file at `path` (or `-`, standard input) a piece at a time, gzip decompressed as it
    /// is read (``TextInput/forEachLineChunk(atPath:chunkSize:maxLineLength:_:)``), or returns `nil`
    /// when it is not a plain numeric edge list; stops reading at the first line that is not.
    ///
    /// Neither the file nor its decompressed text is held whole, and a line repeating the line
    /// before it adds nothing, so the memory is that of the graph (and a gzip file's compressed
    /// bytes).
    ///
    /// - Throws: ``Diagnostic`` when the file cannot be read or its gzip data is corrupt.
    /// - Complexity: O(n + V + E) expected time; O(V + E) space plus one piece of 1 MiB.
    public static func read(atPath path: String, reverse: Bool = false) throws(Diagnostic) -> NumericEdgeList? {
        var reader = Reader(reverse: reverse, expectedBytes: 0)
        let complete = try TextInput.forEachLineChunk(atPath: path) { piece in
            piece.withUnsafeBufferPointer { reader.consume($0) }
        }
        return complete ? reader.finish() : nil
    }

    /// The parser, fed whole lines a buffer at a time.
    private struct Reader {
        let reverse: Bool
        var interner = IntegerInterner()
        var sources: [UInt32] = [], destinations: [UInt32] = []
        var lastCiting = UInt64.max, lastCitingID: UInt32 = 0, lastCited = UInt64.max

        init(reverse: Bool, expectedBytes: Int) {
            self.reverse = reverse
            sources.reserveCapacity(expectedBytes / 12)
            destinations.reserveCapacity(expectedBytes / 12)
        }

        /// Parses `buffer`, whole lines (the last one may lack its LF only at the end of the file).
        ///
        /// - Returns: False at the first line that is not a plain numeric edge.
        mutating func consume(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = buffer.count
            var i = 0
            // The next canonical decimal at `i`, or nil.
            func number() -> UInt64? {
                let start = i
                var value: UInt64 = 0
                while i < n, buffer[i] &- 0x30 < 10 {
                    value = value &* 10 &+ UInt64(buffer[i] &- 0x30)
                    i += 1
                }
                let digits = i - start
                guard digits > 0, digits <= 19, digits == 1 || buffer[start] != 0x30 else { return nil }
                return value
            }
            func blanks() -> Int {
                let start = i
                while i < n, buffer[i] == 0x20 || buffer[i] == 0x09 { i += 1 }
                return i - start
            }
            while i < n {
                _ = blanks()
                guard i < n else { break }
                let b = buffer[i]
                if b == 0x0A { i += 1; continue }
                if b == 0x0D, i + 1 < n, buffer[i + 1] == 0x0A { i += 2; continue }
                if b == 0x23 || b == 0x25 {  // '#' or '%': a comment line of ASCII text
                    while i < n, buffer[i] != 0x0A {
                        if buffer[i] >= 0x80 { return false }
                        i += 1
                    }
                    continue
                }
                guard var citing = number(), blanks() > 0, var cited = number() else { return false }
                _ = blanks()
                if i < n, buffer[i] == 0x0D { i += 1 }
                guard i == n || buffer[i] == 0x0A else { return false }
                i += 1
                if reverse { swap(&citing, &cited) }
                guard citing != cited else { return false }
                // Files list a paper's references together: the citing id repeats line after line.
                if citing != lastCiting {
                    lastCiting = citing
                    lastCitingID = interner.id(citing)
                } else if cited == lastCited {
                    continue  // the line before, again: the graph keeps a repeated citation once
                }
                lastCited = cited
                sources.append(lastCitingID)
                destinations.append(interner.id(cited))
            }
            return true
        }

        func finish() -> NumericEdgeList? {
            guard !sources.isEmpty, interner.keys.count < Int(UInt32.max) else { return nil }
            return NumericEdgeList(keys: interner.keys,
                                   graph: CSRGraph(nodeCount: interner.keys.count, sources: sources, destinations: destinations))
        }
    }
}

/// Dense ids for 64-bit integers in order of first appearance: open addressing, linear probing.
private struct IntegerInterner {
    private(set) var keys: [UInt64] = []
    /// Id + 1 per slot, 0 when empty; the count is `1 << bits`, at most half full.
    private var slots = [UInt32](repeating: 0, count: 1 << 16)
    private var bits = 16

    /// The top `bits` bits of the value times 2^64 / φ (Knuth's multiplicative hashing).
    private func slot(_ value: UInt64) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    mutating func id(_ value: UInt64) -> UInt32 {
        let mask = slots.count - 1
        var slot = slot(value)
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if keys[Int(entry - 1)] == value { return entry - 1 }
            slot = (slot + 1) & mask
        }
        let id = UInt32(truncatingIfNeeded: keys.count)
        keys.append(value)
        slots[slot] = id + 1
        if 2 * keys.count > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        bits += 1
        slots = [UInt32](repeating: 0, count: 1 << bits)
        let mask = slots.count - 1
        for (id, value) in keys.enumerated() {
            var slot = slot(value)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(truncatingIfNeeded: id + 1)
        }
    }
}
