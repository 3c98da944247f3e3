import GraphAlgorithms

extension PaperGraph {
    /// The shortest chains of citations linking two papers, ignoring direction (as Inciteful's
    /// Literature Connector does): `a cites x, x is cited by b` is a chain of length 2.
    ///
    /// - Parameters:
    ///   - limit: The most chains to return; when more exist, the first `limit` in id order.
    /// - Returns: Chains from `a` to `b` (each a list of papers), shortest only; empty when the
    ///   papers are not connected.
    /// - Complexity: O(V + E) for the search plus the size of the chains returned.
    public func citationChains(from a: PaperID, to b: PaperID, limit: Int = 5) -> [[PaperID]] {
        citations.shortestUndirectedPaths(from: a.index, to: b.index, limit: limit, reversed: citedBy)
            .paths.map { $0.map(PaperID.init) }
    }

    /// Describes one link of a chain: "cites" or "is cited by".
    public func citationLink(from a: PaperID, to b: PaperID) -> String {
        citations.hasEdge(from: a.index, to: b.index) ? "cites" : "is cited by"
    }
}
