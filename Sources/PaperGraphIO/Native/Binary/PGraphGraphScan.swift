/// One pass over a `.pgraph` graph's or relation's two sections (offsets and targets), as they lie in the file:
/// both XXH64 checksums, the offsets' shape, every row's order and range, and the fingerprint of
/// its edges for the reverse check, computed block by block so each block is read from memory once.
///
/// Nothing is read out of bounds whatever the sections hold: once an offset is found out of
/// shape, the rest is only hashed, so a damaged file still gets its checksum verdict, which
/// ``PGraphChecks`` reports first.
///
///     offsets [0, 2, 2, 3]   targets [1, 2, 0]     rows 0 → {1, 2}, 2 → {0}: valid, 3 nodes
struct PGraphGraphScan {
    /// XXH64 of the offsets and of the targets sections.
    private(set) var offsetsChecksum: UInt64 = 0, targetsChecksum: UInt64 = 0
    /// Whether the offsets start at 0, never decrease and end at the edge count.
    private(set) var offsetsValid = true
    /// Whether every row is strictly ascending with targets below the column count (meaningful
    /// only with valid offsets).
    private(set) var rowsValid = true
    /// `Σ tail(u) · head(v)` over the edges `u → v` (mod 2⁶⁴), independent of the edges' order,
    /// where ``tail(_:)`` and ``head(_:)`` are two odd, one-to-one mixes of the id; with
    /// `headsFirst` row `v` and target `t` are the edge `t → v`, so a graph and its reverse have
    /// equal fingerprints when they hold the same edges (a relation and its transpose likewise). One mix per edge and one product per row:
    /// a row sums the mixes of its targets, then multiplies by its own. Moving one edge's head or
    /// tail always changes the sum (an odd factor times a nonzero difference).
    private(set) var fingerprint: UInt64 = 0

    /// Rows per block: their offsets and targets stay in the cache between hashing and checking.
    static let blockRows = 2048

    /// Scans the sections.
    ///
    /// - Parameters:
    ///   - offsets: The offsets section, `rowCount + 1` entries.
    ///   - targets: The targets section.
    ///   - rowCount: The number of rows, below 2³².
    ///   - columnCount: The bound of the targets, below 2³²: the node count for a graph.
    ///   - headsFirst: Whether this is a reverse graph or a transposed relation (see ``fingerprint``).
    /// - Complexity: O(R + E), one sequential pass.
    init(offsets: UnsafeBufferPointer<UInt32>, targets: UnsafeBufferPointer<UInt32>, rowCount n: Int, columnCount: Int,
         headsFirst: Bool) {
        precondition(offsets.count == n + 1, "offsets needs rowCount + 1 entries")
        let edgeCount = targets.count
        var offsetStream = XXHash64.Stream(), targetStream = XXHash64.Stream()
        var offsetsHashed = 0, targetsHashed = 0
        var shaped = offsets[0] == 0 && Int(offsets[n]) == edgeCount
        var ascending = true
        var sum: UInt64 = 0
        let columns = Int64(columnCount)
        var first = 0
        while shaped && first < n {
            let end = min(first + Self.blockRows, n)
            var rising = true
            for v in first..<end { rising = rising && offsets[v] <= offsets[v + 1] }
            let blockEnd = Int(offsets[end])
            guard rising, blockEnd <= edgeCount else {
                shaped = false
                break
            }
            offsetStream.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: offsets[first..<end])))
            offsetsHashed = end
            targetStream.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: targets[targetsHashed..<blockEnd])))
            targetsHashed = blockEnd
            for v in first..<end {
                var previous: Int64 = -1
                var row: UInt64 = 0
                for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let t = targets[e]
                    ascending = ascending && Int64(t) > previous
                    previous = Int64(t)
                    row &+= headsFirst ? Self.tail(t) : Self.head(t)
                }
                ascending = ascending && previous < columns
                sum &+= row &* (headsFirst ? Self.head(UInt32(truncatingIfNeeded: v)) : Self.tail(UInt32(truncatingIfNeeded: v)))
            }
            first = end
        }
        offsetStream.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: offsets[offsetsHashed...])))
        targetStream.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: targets[targetsHashed...])))
        offsetsChecksum = offsetStream.finish()
        targetsChecksum = targetStream.finish()
        offsetsValid = shaped
        rowsValid = ascending
        fingerprint = sum
    }

    /// The factor of an edge's tail (see ``factor(_:_:)``).
    @inline(__always)
    static func tail(_ id: UInt32) -> UInt64 { factor(id, 0x9E37_79B9_7F4A_7C15) }

    /// The factor of an edge's head, mixed with another multiplier than ``tail(_:)``.
    @inline(__always)
    static func head(_ id: UInt32) -> UInt64 { factor(id, 0xBF58_476D_1CE4_E5B9) }

    /// Odd and different for every id: the id in the high 32 bits, 31 bits of a multiply and
    /// xor-shift of it below, and a 1.
    @inline(__always)
    private static func factor(_ id: UInt32, _ multiplier: UInt64) -> UInt64 {
        var z = UInt64(id) &* multiplier
        z ^= z >> 29
        return UInt64(id) << 32 | (z >> 33) << 1 | 1
    }
}
