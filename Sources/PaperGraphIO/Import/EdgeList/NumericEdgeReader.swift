import GraphAlgorithms

/// The parser behind ``NumericEdgeList``, fed whole lines a buffer at a time: ids interned as
/// integers in order of first appearance, edges as two arrays of dense ids.
///
/// One reader takes one stretch of the file; ``NumericEdgeList`` runs one per core on
/// consecutive stretches and merges them (``append(_:)``) in file order, which numbers the nodes
/// exactly as one reader over the whole file would.
struct NumericEdgeReader: Sendable {
    let reverse: Bool
    /// Whether a lone CR ends a line, as in a file read through ``LineEndings``; otherwise a CR
    /// is allowed only before an LF.
    let carriageReturnEndsLine: Bool
    private(set) var interner = IntegerInterner()
    private(set) var sources: [UInt32] = [], destinations: [UInt32] = []
    private var lastCiting = UInt64.max, lastCitingID: UInt32 = 0, lastCited = UInt64.max

    /// - Parameter expectedBytes: The bytes to come, to reserve room for about one edge per 10.
    init(reverse: Bool, carriageReturnEndsLine: Bool, expectedBytes: Int) {
        self.reverse = reverse
        self.carriageReturnEndsLine = carriageReturnEndsLine
        sources.reserveCapacity(expectedBytes / 10)
        destinations.reserveCapacity(expectedBytes / 10)
    }

    /// Parses `buffer`, whole lines (the last one may lack its line end only at the end of the stretch).
    ///
    /// - Returns: False at the first line that is not a plain numeric edge.
    /// - Complexity: O(n) expected time for n bytes.
    mutating func consume(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = buffer.count
        let crEndsLine = carriageReturnEndsLine
        var i = 0
        while i < n {
            Self.skipBlanks(buffer, &i)
            guard i < n else { break }
            let b = buffer[i]
            if b == 0x0A { i += 1; continue }
            if b == 0x0D {
                if crEndsLine { i += 1; continue }
                guard i + 1 < n, buffer[i + 1] == 0x0A else { return false }
                i += 2
                continue
            }
            if b == 0x23 || b == 0x25 {  // '#' or '%': a comment line of ASCII text
                while i < n, buffer[i] != 0x0A, !(crEndsLine && buffer[i] == 0x0D) {
                    if buffer[i] >= 0x80 { return false }
                    i += 1
                }
                continue
            }
            guard var citing = Self.number(buffer, &i), i < n, buffer[i] == 0x20 || buffer[i] == 0x09 else { return false }
            Self.skipBlanks(buffer, &i)
            guard var cited = Self.number(buffer, &i) else { return false }
            Self.skipBlanks(buffer, &i)
            if i < n, buffer[i] == 0x0D {
                i += 1
                if !crEndsLine {
                    guard i == n || buffer[i] == 0x0A else { return false }
                }
            } else {
                guard i == n || buffer[i] == 0x0A else { return false }
            }
            // An LF after a CR, when a CR ends the line, is read next as an empty line.
            if i < n, buffer[i] == 0x0A { i += 1 }
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

    /// The canonical decimal at `i`, or nil; `i` is moved past its digits.
    @inline(__always)
    private static func number(_ buffer: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt64? {
        let n = buffer.count, start = i
        var value: UInt64 = 0
        while i < n {
            let digit = buffer[i] &- 0x30
            if digit >= 10 { break }
            value = value &* 10 &+ UInt64(digit)
            i += 1
        }
        let digits = i - start
        guard digits > 0, digits <= 19, digits == 1 || buffer[start] != 0x30 else { return nil }
        return value
    }

    @inline(__always)
    private static func skipBlanks(_ buffer: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        let n = buffer.count
        while i < n, buffer[i] == 0x20 || buffer[i] == 0x09 { i += 1 }
    }

    /// Adds the edges of `later`, a reader of the stretch that follows this one: its nodes not
    /// seen here are numbered after these, in its order of first appearance.
    ///
    /// - Complexity: O(V' + E') expected time for the V' nodes and E' edges of `later`.
    mutating func append(_ later: consuming NumericEdgeReader) {
        let mapping = later.interner.keys.map { interner.id($0) }
        sources.reserveCapacity(sources.count + later.sources.count)
        destinations.reserveCapacity(destinations.count + later.destinations.count)
        mapping.withUnsafeBufferPointer { mapping in
            for s in later.sources { sources.append(mapping[Int(s)]) }
            for d in later.destinations { destinations.append(mapping[Int(d)]) }
        }
    }

    /// The list read, or `nil` when there is no edge or too many nodes for `UInt32` ids.
    ///
    /// - Complexity: O(V + E) (the graph's two counting sorts).
    func finish() -> NumericEdgeList? {
        guard !sources.isEmpty, interner.keys.count < Int(UInt32.max) else { return nil }
        return NumericEdgeList(keys: interner.keys,
                               graph: CSRGraph(nodeCount: interner.keys.count, sources: sources, destinations: destinations))
    }
}

/// Dense ids for 64-bit integers in order of first appearance: open addressing, linear probing.
struct IntegerInterner: Sendable {
    private(set) var keys: [UInt64] = []
    /// Id + 1 per slot, 0 when empty; the count is `1 << bits`, at most half full.
    private var slots = [UInt32](repeating: 0, count: 1 << 16)
    private var bits = 16

    /// The top `bits` bits of the value times 2^64 / φ (Knuth's multiplicative hashing).
    private func slot(_ value: UInt64) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// The id of `value`, a new one (the count so far) when it is new.
    ///
    /// - Complexity: O(1) expected, amortized over the table's doublings.
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
