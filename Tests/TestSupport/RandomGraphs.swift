import GraphAlgorithms

/// Random graph generators for invariant tests; every graph is fixed by its seed.
public enum RandomGraphs {
    /// A directed graph with `nodeCount` nodes and about `edgeCount` random edges (self-loops allowed
    /// only when `allowSelfLoops`).
    public static func directed(nodeCount: Int, edgeCount: Int, seed: UInt64, allowSelfLoops: Bool = false) -> CSRGraph {
        var rng = SeededGenerator(seed: seed)
        var sources = [UInt32](), destinations = [UInt32]()
        while sources.count < edgeCount && nodeCount > 1 {
            let s = UInt32.random(in: 0..<UInt32(nodeCount), using: &rng)
            let d = UInt32.random(in: 0..<UInt32(nodeCount), using: &rng)
            if s == d && !allowSelfLoops { continue }
            sources.append(s)
            destinations.append(d)
        }
        return CSRGraph(nodeCount: nodeCount, sources: sources, destinations: destinations)
    }

    /// A directed acyclic graph: every edge points from a higher id to a lower one, like a
    /// citation graph in time order.
    public static func acyclic(nodeCount: Int, edgeCount: Int, seed: UInt64) -> CSRGraph {
        var rng = SeededGenerator(seed: seed)
        var sources = [UInt32](), destinations = [UInt32]()
        while sources.count < edgeCount && nodeCount > 1 {
            let a = UInt32.random(in: 0..<UInt32(nodeCount), using: &rng)
            let b = UInt32.random(in: 0..<UInt32(nodeCount), using: &rng)
            if a == b { continue }
            sources.append(max(a, b))
            destinations.append(min(a, b))
        }
        return CSRGraph(nodeCount: nodeCount, sources: sources, destinations: destinations)
    }
}
