import GraphAlgorithms
import PaperGraphModel

extension PGraphChecks {
    /// The stored solve order of a version 3 or 4 file, read in place from a mapped file (copied from
    /// other bytes) and checked in one pass (``PGraphSolveScan``): checksums, the order a
    /// permutation, component starts and offsets in shape, and every row's sources before the end
    /// of its component, which is what makes the sequential solve read only final values; with
    /// `citationFingerprint` (the citation graph's, from its own checks) also that it holds the
    /// citation graph's edges.
    ///
    /// - Returns: `nil` for a version 1 or 2 file, which stores none.
    /// - Throws: ``Diagnostic`` naming the first damaged section: checksums before shapes.
    /// - Complexity: O(V + E); with the fingerprint one random read of the order per edge.
    func solveOrder(citationFingerprint: UInt64? = nil) throws(Diagnostic) -> PageRankSolveOrder? {
        guard image.holds(.solveOrder) else { return nil }
        let n = image.counts.papers
        let sections: [PGraphLayout.Section] = [.solveOrder, .solveComponentStarts, .solveCitedByOffsets, .solveCitedBy]
        let order = try image.column(.solveOrder, count: n)
        let starts = try image.column(.solveComponentStarts, count: nil)
        let offsets = try image.column(.solveCitedByOffsets, count: n + 1)
        let sources = try image.column(.solveCitedBy, count: image.counts.citations)
        let scan = order.withUnsafeBufferPointer { order in
            starts.withUnsafeBufferPointer { starts in
                offsets.withUnsafeBufferPointer { offsets in
                    sources.withUnsafeBufferPointer {
                        PGraphSolveScan(order: order, starts: starts, offsets: offsets, sources: $0, nodeCount: n,
                                        fingerprinted: citationFingerprint != nil)
                    }
                }
            }
        }
        for (section, checksum) in zip(sections, scan.checksums) where checksum != image.checksum(section) {
            throw image.checksumMismatch(section)
        }
        guard scan.orderValid else { throw corrupt(.solveOrder, "is not an order of the \(n) papers") }
        guard scan.startsValid else {
            throw corrupt(.solveComponentStarts, "does not hold component starts from 0 rising strictly to \(n)")
        }
        guard scan.offsetsValid else {
            throw corrupt(.solveCitedByOffsets, "does not hold offsets from 0 rising to \(image.counts.citations)")
        }
        guard scan.rowsValid else {
            throw corrupt(.solveCitedBy, "has a citing paper that does not come before the cited one in the solve order")
        }
        if let citationFingerprint, scan.fingerprint != citationFingerprint {
            throw .error("\(image.path): corrupt .pgraph file: the solve order's cited-by rows do not hold the citations")
        }
        return PageRankSolveOrder(order: order, componentStarts: starts, inOffsets: offsets, inSources: sources)
    }
}
