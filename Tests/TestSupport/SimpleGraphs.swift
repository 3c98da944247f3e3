import GraphAlgorithms

/// Small deterministic graph shapes for tests.
public enum SimpleGraphs {
    /// A chain `0 → 1 → … → n-1`, closed into a cycle `n-1 → 0` when `closed`.
    public static func path(nodeCount n: Int, closed: Bool = false) -> CSRGraph {
        var sources = [UInt32](), destinations = [UInt32]()
        sources.reserveCapacity(n); destinations.reserveCapacity(n)
        for v in 0..<max(0, n - 1) { sources.append(UInt32(v)); destinations.append(UInt32(v + 1)) }
        if closed && n > 1 { sources.append(UInt32(n - 1)); destinations.append(0) }
        return CSRGraph(nodeCount: n, sources: sources, destinations: destinations)
    }
}
