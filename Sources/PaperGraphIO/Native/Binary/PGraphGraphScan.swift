/// One pass over a `.pgraph` graph's two sections (offsets and targets), as they lie in the file:
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
    /// Whether every row is strictly ascending with targets below the node count (meaningful
    /// only with valid offsets).
    private(set) var rowsValid = true
    /// The sum over edges of a hashed `(tail, head)` pair, independent of the edges' order; with
    /// `headsFirst` the pair of row `v` and target `t` is taken as `(t, v)`, so a graph and its
    /// reverse have equal fingerprints exactly when (but for collisions) they hold the same edges.
    private(set) var fingerprint: UInt64 = 0

    /// Rows per block: their offsets and targets stay in the cache between hashing and checking.
    static let blockRows = 2048

    /// Scans the sections.
    ///
    /// - Parameters:
    ///   - offsets: The offsets section, `nodeCount + 1` entries.
    ///   - targets: The targets section.
    ///   - nodeCount: The number of nodes, below 2³².
    ///   - headsFirst: Whether this is a reverse graph (see ``fingerprint``).
    /// - Complexity: O(V + E), one sequential pass.
    init(offsets: UnsafeBufferPointer<UInt32>, targets: UnsafeBufferPointer<UInt32>, nodeCount n: Int, headsFirst: Bool) {
        precondition(offsets.count == n + 1, "offsets needs nodeCount + 1 entries")
        let edgeCount = targets.count
        var offsetStream = XXHash64.Stream(), targetStream = XXHash64.Stream()
        var offsetsHashed = 0, targetsHashed = 0
        var shaped = offsets[0] == 0 && Int(offsets[n]) == edgeCount
        var ascending = true
        var sum: UInt64 = 0
        let headShift: UInt64 = headsFirst ? 32 : 0, rowShift: UInt64 = headsFirst ? 0 : 32
        let nodes = Int64(n)
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
                let row = UInt64(v) << rowShift
                var previous: Int64 = -1
                for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let t = targets[e]
                    ascending = ascending && Int64(t) > previous
                    previous = Int64(t)
                    sum &+= Self.mix(UInt64(t) << headShift | row)
                }
                ascending = ascending && previous < nodes
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

    /// SplitMix64's finalizer: a bijection of 64 bits that spreads every input bit.
    @inline(__always)
    private static func mix(_ pair: UInt64) -> UInt64 {
        var z = pair &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return z ^ (z >> 32)
    }
}
