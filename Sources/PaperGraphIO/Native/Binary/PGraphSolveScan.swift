/// One pass over a `.pgraph` file's stored solve order (version 3, sections 29–32) as it lies in
/// the file: the four XXH64 checksums, and the shapes that make the exact PageRank along it safe
/// and right: the order a permutation of the papers, component starts rising from 0 to the paper
/// count (or none), in-edge offsets rising from 0 to the edge count, and every in-neighbour of a
/// row at an earlier position or in the row's own component. Optionally the fingerprint of the
/// edges (as ``PGraphGraphScan/fingerprint`` of a reverse graph, ids taken through the order), to
/// compare with the citation graph's.
///
/// Nothing is read out of bounds whatever the sections hold; the rows are read block by block
/// with their hashing, as ``PGraphGraphScan`` does.
///
///     order [2, 0, 1]   starts []   offsets [0, 0, 1, 3]   sources [0, 1, 0]    valid, 3 papers
struct PGraphSolveScan {
    /// XXH64 of the order, component starts, offsets and sources sections.
    private(set) var checksums: [UInt64] = []
    private(set) var orderValid = true, startsValid = true, offsetsValid = true, rowsValid = true
    /// The edges' fingerprint, when asked for and the order is a permutation.
    private(set) var fingerprint: UInt64?

    /// Scans the sections.
    ///
    /// - Parameters:
    ///   - order: Section 29, `nodeCount` entries.
    ///   - starts: Section 30.
    ///   - offsets: Section 31, `nodeCount + 1` entries.
    ///   - sources: Section 32.
    ///   - nodeCount: The number of papers, below 2³².
    ///   - fingerprinted: Whether to compute ``fingerprint`` (a random read of the order per edge).
    /// - Complexity: O(V + E), one sequential pass over each section.
    init(order: UnsafeBufferPointer<UInt32>, starts: UnsafeBufferPointer<UInt32>, offsets: UnsafeBufferPointer<UInt32>,
         sources: UnsafeBufferPointer<UInt32>, nodeCount n: Int, fingerprinted: Bool) {
        precondition(order.count == n && offsets.count == n + 1, "order needs nodeCount entries, offsets one more")
        var seen = [UInt64](repeating: 0, count: (n + 63) / 64)
        for v in order {
            let word = Int(v >> 6), bit = UInt64(1) << (v & 63)
            guard Int(v) < n, seen[word] & bit == 0 else {
                orderValid = false
                break
            }
            seen[word] |= bit
        }
        checksums = [XXHash64.hash(of: UnsafeRawBufferPointer(order)), XXHash64.hash(of: UnsafeRawBufferPointer(starts))]
        if !starts.isEmpty {
            var rising = starts.count >= 2 && starts[0] == 0 && Int(starts[starts.count - 1]) == n
            for c in 1..<starts.count { rising = rising && starts[c - 1] < starts[c] }
            startsValid = rising
        }
        let components = startsValid && !starts.isEmpty ? starts : nil
        let mapped = fingerprinted && orderValid ? order : nil
        let edgeCount = sources.count
        var offsetStream = XXHash64.Stream(), sourceStream = XXHash64.Stream()
        var offsetsHashed = 0, sourcesHashed = 0
        var shaped = offsets[0] == 0 && Int(offsets[n]) == edgeCount
        var inRange = true
        var sum: UInt64 = 0
        var component = 0
        var first = 0
        while shaped && first < n {
            let end = min(first + PGraphGraphScan.blockRows, n)
            var rising = true
            for v in first..<end { rising = rising && offsets[v] <= offsets[v + 1] }
            let blockEnd = Int(offsets[end])
            guard rising, blockEnd <= edgeCount else {
                shaped = false
                break
            }
            offsetStream.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: offsets[first..<end])))
            offsetsHashed = end
            sourceStream.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: sources[sourcesHashed..<blockEnd])))
            sourcesHashed = blockEnd
            for i in first..<end {
                // Sources lie before the end of the row's component: at most i when every paper is alone.
                var limit = UInt32(truncatingIfNeeded: i + 1)
                if let components {
                    while Int(components[component + 1]) <= i { component += 1 }
                    limit = components[component + 1]
                }
                let row = UnsafeBufferPointer(rebasing: sources[Int(offsets[i])..<Int(offsets[i + 1])])
                var below = true
                for t in row { below = below && t < limit }
                inRange = inRange && below
                if let mapped, below {
                    var tails: UInt64 = 0
                    for t in row { tails &+= PGraphGraphScan.tail(mapped[Int(t)]) }
                    sum &+= tails &* PGraphGraphScan.head(mapped[i])
                }
            }
            first = end
        }
        offsetStream.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: offsets[offsetsHashed...])))
        sourceStream.update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: sources[sourcesHashed...])))
        checksums += [offsetStream.finish(), sourceStream.finish()]
        offsetsValid = shaped
        rowsValid = inRange
        fingerprint = mapped == nil ? nil : sum
    }
}
