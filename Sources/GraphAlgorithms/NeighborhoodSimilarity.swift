import Foundation

/// How a node `y` overlaps with a source node `x` through shared neighbours, the directed graph
/// taken as undirected, with the resource-allocation mass split by the direction of the two edges.
public struct NeighborhoodSimilarityScore: Sendable, Equatable {
    /// The other node.
    public var node: UInt32
    /// Common neighbours: `|N(x) ∩ N(y)|`, where `N(v)` is every node other than `v` joined to
    /// `v` by an edge either way.
    public var commonNeighbors: Int
    /// Adamic–Adar: `Σ 1 / ln |N(z)|` over common neighbours `z`.
    public var adamicAdar: Double
    /// Resource allocation: `Σ 1 / |N(z)|` over common neighbours `z`.
    public var resourceAllocation: Double
    /// Jaccard: `|N(x) ∩ N(y)| / |N(x) ∪ N(y)|`.
    public var jaccard: Double
    /// Resource allocation over paths `x → z ← y` (a shared reference: coupling).
    public var sharedReferences: Double
    /// Resource allocation over paths `x ← z → y` (a shared citer: co-citation).
    public var sharedCiters: Double
    /// Resource allocation over paths `x → z → y` (`y` is a reference of a reference of `x`).
    public var referencesOfReferences: Double
    /// Resource allocation over paths `x ← z ← y` (`y` cites a node that cites `x`).
    public var citersOfCiters: Double
    /// Resource allocation over three-step paths `x → z ← w → y`: `y` is cited by a node `w` that
    /// shares the reference `z` with `x`, each path passing `1 / (|N(z)| · |N(w)|)` ("nodes that
    /// cite what `x` cites also cite `y`"). 0 unless asked for (``NeighborhoodSimilarity/scores(from:undirectedIndices:referencesOfCoupled:coupledLimit:)``).
    public var referencesOfCoupled: Double = 0
    /// The number of paths `x → z ← y`: bibliographic coupling, the references both cite.
    public var coupling: Int
    /// The number of paths `x ← z → y`: co-citation, the nodes citing both.
    public var cocitation: Int
    /// The middle node `z` of the heaviest path `x → z → y` (smallest `|N(z)|`, then smallest
    /// id), or `nil` when there is none.
    public var viaReference: UInt32?
    /// The middle node `z` of the heaviest path `x ← z ← y`, or `nil` when there is none.
    public var viaCiter: UInt32?
    /// The node `w` passing the most mass over paths `x → z ← w → y` (then the smallest id), or
    /// `nil` when there is none or they were not asked for.
    public var viaCoupled: UInt32? = nil
}

/// Single-source neighbourhood similarity on a directed graph taken as undirected: common
/// neighbours, Adamic–Adar, resource allocation and Jaccard, as in link prediction, plus the
/// resource-allocation mass of each of the four kinds of two-step path between `x` and `y`.
///
/// Edges point from the citing node to the cited one. A common neighbour `z` of `x` and `y` is a
/// node joined to both, whatever the direction; each such `z` passes `1 / |N(z)|` to `y`
/// (resource allocation), so a neighbour shared by few counts more than a hub:
///
///     0 ──▶ 1 ──▶ 2        x = 0, y = 2, z = 1, N(1) = {0, 2}:
///                          resourceAllocation = referencesOfReferences = 1/2, adamicAdar = 1/ln 2
///
/// The four directional sums add up to `resourceAllocation` when no two nodes cite each other (a
/// node both citing and cited by `x` counts once in the undirected indices, and in each direction
/// in the directional sums). Self-loops are ignored. The undirected indices equal networkx's
/// `adamic_adar_index`, `resource_allocation_index` and `jaccard_coefficient` on the undirected
/// graph.
///
/// No undirected copy of the graph is built: neighbourhoods are read from `outgoing` and
/// `incoming` (a node in both rows counts once). Scratch space is two `Int32` per node (a slot, and
/// `|N(v)|` once computed, so a hub's neighbourhood is merged once for all queries) plus a few
/// words per candidate, kept between calls; `scores(from:)` is therefore `mutating`.
///
/// - SeeAlso: T. Zhou, L. Lü and Y.-C. Zhang, "Predicting missing links via local information"
///   (2009), https://doi.org/10.1140/epjb/e2009-00335-8; D. Liben-Nowell and J. Kleinberg, "The
///   link-prediction problem for social networks" (2007), https://doi.org/10.1002/asi.20591
public struct NeighborhoodSimilarity: Sendable {
    /// The directed graph: `x → r`.
    public let outgoing: CSRGraph
    /// Its reverse.
    public let incoming: CSRGraph

    private struct Accumulator {
        var common: Int32 = 0, coupling: Int32 = 0, cocitation: Int32 = 0
        var adamicAdar = 0.0, resourceAllocation = 0.0
        var sharedReferences = 0.0, sharedCiters = 0.0, referencesOfReferences = 0.0, citersOfCiters = 0.0
        var referencesOfCoupled = 0.0, viaCoupledMass = 0.0, viaCoupled = UInt32.max
        var viaReference = UInt32.max, viaCiter = UInt32.max
        var viaReferenceDegree = Int.max, viaCiterDegree = Int.max
    }

    /// How many coupled nodes `w` the three-step paths follow by default: 200.
    public static let defaultCoupledLimit = 200
    /// The number of coupled nodes `w` the last call followed (0 without `referencesOfCoupled`).
    public private(set) var lastCoupledFollowed = 0
    /// The number of three-step paths `x → z ← w → y` the last call added, one per reference `y`
    /// of a followed `w` (the work the three-step paths cost beyond choosing the `w`).
    public private(set) var lastThreeStepEdges = 0

    /// A coupled node, ordered weakest first: less mass, then the larger id.
    private struct CoupledNode: Comparable {
        var mass: Double, node: UInt32, index: Int32
        static func < (a: Self, b: Self) -> Bool { a.mass != b.mass ? a.mass < b.mass : a.node > b.node }
    }

    private var slot: [Int32]
    /// `|N(v)|` once computed, -1 before.
    private var degrees: [Int32]
    private var nodes: [UInt32] = []
    private var accumulators: [Accumulator] = []

    /// Prepares the kernels for a graph and its reverse.
    ///
    /// - Precondition: `incoming == outgoing.reversed()` (checked only for node and edge counts).
    /// - Complexity: O(V) for the scratch space.
    public init(outgoing: CSRGraph, incoming: CSRGraph) {
        precondition(outgoing.nodeCount == incoming.nodeCount && outgoing.edgeCount == incoming.edgeCount,
                     "incoming must be the reverse of outgoing")
        self.outgoing = outgoing
        self.incoming = incoming
        slot = [Int32](repeating: -1, count: outgoing.nodeCount)
        degrees = slot
    }

    /// `|N(v)|`, computed on first use and kept.
    private mutating func cachedDegree(of v: Int) -> Int {
        if degrees[v] < 0 { degrees[v] = Int32(Self.undirectedDegree(of: v, outgoing, incoming)) }
        return Int(degrees[v])
    }

    /// `|N(v)|`: the distinct nodes other than `v` joined to `v` either way.
    ///
    /// - Complexity: O(|in(v)| log |out(v)|).
    public func undirectedDegree(of v: Int) -> Int {
        Self.undirectedDegree(of: v, outgoing, incoming)
    }

    static func undirectedDegree(of v: Int, _ outgoing: CSRGraph, _ incoming: CSRGraph) -> Int {
        var degree = 0
        forEachNeighbor(of: v, outgoing, incoming) { _ in degree += 1 }
        return degree
    }

    /// Calls `body` once for each node of `N(v)`: out-neighbours first, then in-neighbours that
    /// are not also out-neighbours.
    static func forEachNeighbor(of v: Int, _ outgoing: CSRGraph, _ incoming: CSRGraph, _ body: (UInt32) -> Void) {
        let out = outgoing.neighbors(of: v)
        for y in out where Int(y) != v { body(y) }
        for y in incoming.neighbors(of: v) where Int(y) != v && !sortedContains(out, y) { body(y) }
    }

    /// The neighbours of `v` in either direction, each once, without `v`: references first, then
    /// citers that are not also references.
    ///
    /// - Complexity: O(|out(v)| + |in(v)| log |out(v)|).
    static func neighbors(of v: Int, _ outgoing: CSRGraph, _ incoming: CSRGraph) -> [UInt32] {
        var found: [UInt32] = []
        forEachNeighbor(of: v, outgoing, incoming) { found.append($0) }
        return found
    }

    static func sortedContains(_ row: Slice<CSRArray>, _ value: UInt32) -> Bool {
        var low = row.startIndex, high = row.endIndex
        while low < high {
            let mid = (low + high) / 2
            if row[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < row.endIndex && row[low] == value
    }

    /// The overlap of `source` with every node `y ≠ x` that shares a neighbour with it, sorted
    /// by node id. Nodes adjacent to `x` are included when they also share a neighbour.
    ///
    /// With `undirectedIndices` false, only the resource allocation (in all and per kind of path),
    /// the common-neighbour, coupling and co-citation counts and the middle nodes are filled in;
    /// Adamic–Adar and Jaccard are 0 and the results come in no particular order. That skips a
    /// logarithm per middle node, `|N(y)|` per result (a merge of two rows each) and the sort:
    /// what `related` reads, for a hub most of the work.
    ///
    /// With `referencesOfCoupled`, the three-step paths `x → z ← w → y` are followed too: the
    /// `coupledLimit` nodes `w` with the most shared-reference mass with `x` (then the smallest
    /// ids) each pass that mass, divided by `|N(w)|`, to each of their references, and the nodes
    /// reached only that way are results as well. The others are not followed: a reference `z`
    /// cited by 10^4 nodes makes as many coupled nodes, most of them holding the least mass.
    ///
    /// - Complexity: O(Σ_{z ∈ N(x)} |N(z)| log d_max + t log t), where t is the number of results;
    ///   the degree of a node seen in an earlier call is not computed again. Without the undirected
    ///   indices O(Σ_{z ∈ N(x)} |N(z)| log d_max + t). The three-step paths add O(c log L) to choose
    ///   among the c nodes coupled with x (L = `coupledLimit`) and O(Σ_w (|N(w)| log d_max + |out(w)|))
    ///   over the at most L nodes w followed (counted in ``lastCoupledFollowed`` and ``lastThreeStepEdges``).
    public mutating func scores(from source: Int, undirectedIndices: Bool = true, referencesOfCoupled: Bool = false,
                                coupledLimit: Int = NeighborhoodSimilarity.defaultCoupledLimit) -> [NeighborhoodSimilarityScore] {
        precondition(source >= 0 && source < outgoing.nodeCount, "source out of range")
        let x = source
        let outgoing = self.outgoing, incoming = self.incoming
        let references = outgoing.neighbors(of: x), citers = incoming.neighbors(of: x)
        let middle = Self.neighbors(of: x, outgoing, incoming)
        let sourceDegree = middle.count
        for z in middle {
            let zi = Int(z)
            let degree = cachedDegree(of: zi)
            let aa = undirectedIndices ? 1 / log(Double(degree)) : 0, ra = 1 / Double(degree)
            Self.forEachNeighbor(of: zi, outgoing, incoming) { y in
                guard Int(y) != x else { return }
                let i = index(y)
                accumulators[i].common += 1
                accumulators[i].adamicAdar += aa
                accumulators[i].resourceAllocation += ra
            }
            if Self.sortedContains(references, z) {
                for y in incoming.neighbors(of: zi) where Int(y) != x && y != z {
                    let i = Int(slot[Int(y)])
                    accumulators[i].sharedReferences += ra
                    accumulators[i].coupling += 1
                }
                for y in outgoing.neighbors(of: zi) where Int(y) != x && y != z {
                    let i = Int(slot[Int(y)])
                    accumulators[i].referencesOfReferences += ra
                    if (degree, z) < (accumulators[i].viaReferenceDegree, accumulators[i].viaReference) {
                        accumulators[i].viaReference = z
                        accumulators[i].viaReferenceDegree = degree
                    }
                }
            }
            if Self.sortedContains(citers, z) {
                for y in outgoing.neighbors(of: zi) where Int(y) != x && y != z {
                    let i = Int(slot[Int(y)])
                    accumulators[i].sharedCiters += ra
                    accumulators[i].cocitation += 1
                }
                for y in incoming.neighbors(of: zi) where Int(y) != x && y != z {
                    let i = Int(slot[Int(y)])
                    accumulators[i].citersOfCiters += ra
                    if (degree, z) < (accumulators[i].viaCiterDegree, accumulators[i].viaCiter) {
                        accumulators[i].viaCiter = z
                        accumulators[i].viaCiterDegree = degree
                    }
                }
            }
        }
        lastCoupledFollowed = 0
        lastThreeStepEdges = 0
        if referencesOfCoupled { followCoupled(from: x, limit: max(0, coupledLimit)) }
        return takeResults(sourceDegree: sourceDegree, undirectedIndices: undirectedIndices)
    }

    /// The results of ``scores(from:undirectedIndices:referencesOfCoupled:coupledLimit:)`` without the
    /// undirected indices and with the three-step paths, in the same order and with the same bits,
    /// except that `commonNeighbors` and `resourceAllocation` are 0 too: what `related` reads.
    ///
    /// Each row of a middle node is read once, feeding every kind of path it makes at once, where
    /// the full kernel reads it a second time for the undirected sums (and looks each citer of the
    /// middle node up among its references).
    ///
    /// - Complexity: O(Σ_{z ∈ N(x)} (|out(z)| + |in(z)|) + t), the degree of a middle node not seen
    ///   before adding O(|in(z)| log |out(z)|), plus the three-step paths as in
    ///   ``scores(from:undirectedIndices:referencesOfCoupled:coupledLimit:)``.
    public mutating func pathScores(from source: Int, coupledLimit: Int = NeighborhoodSimilarity.defaultCoupledLimit) -> [NeighborhoodSimilarityScore] {
        precondition(source >= 0 && source < outgoing.nodeCount, "source out of range")
        let x = source
        let outgoing = self.outgoing, incoming = self.incoming
        let references = outgoing.neighbors(of: x), citers = incoming.neighbors(of: x)
        let middle = Self.neighbors(of: x, outgoing, incoming)
        // At most this many nodes are met: reserved once (untouched capacity costs no memory),
        // so that the accumulators are not copied while they double.
        let reached = middle.reduce(0) { $0 + outgoing.outDegree(of: Int($1)) + incoming.outDegree(of: Int($1)) }
        accumulators.reserveCapacity(min(reached, outgoing.nodeCount))
        nodes.reserveCapacity(min(reached, outgoing.nodeCount))
        for z in middle {
            let zi = Int(z)
            let degree = cachedDegree(of: zi), ra = 1 / Double(degree)
            let isReference = Self.sortedContains(references, z), isCiter = Self.sortedContains(citers, z)
            // The full kernel creates the accumulators of N(z) in this order: out(z), then in(z).
            for y in outgoing.neighbors(of: zi) where Int(y) != x && y != z {
                let i = index(y)
                if isReference {
                    accumulators[i].referencesOfReferences += ra
                    if (degree, z) < (accumulators[i].viaReferenceDegree, accumulators[i].viaReference) {
                        accumulators[i].viaReference = z
                        accumulators[i].viaReferenceDegree = degree
                    }
                }
                if isCiter {
                    accumulators[i].sharedCiters += ra
                    accumulators[i].cocitation += 1
                }
            }
            for y in incoming.neighbors(of: zi) where Int(y) != x && y != z {
                let i = index(y)
                if isReference {
                    accumulators[i].sharedReferences += ra
                    accumulators[i].coupling += 1
                }
                if isCiter {
                    accumulators[i].citersOfCiters += ra
                    if (degree, z) < (accumulators[i].viaCiterDegree, accumulators[i].viaCiter) {
                        accumulators[i].viaCiter = z
                        accumulators[i].viaCiterDegree = degree
                    }
                }
            }
        }
        followCoupled(from: x, limit: max(0, coupledLimit))
        return takeResults(sourceDegree: middle.count, undirectedIndices: false)
    }

    /// The accumulated results, in the order the nodes were met (by node id with the undirected
    /// indices), and the scratch space reset.
    private mutating func takeResults(sourceDegree: Int, undirectedIndices: Bool) -> [NeighborhoodSimilarityScore] {
        var order = Array(nodes.indices)
        if undirectedIndices { order.sort { nodes[$0] < nodes[$1] } }
        var result = [NeighborhoodSimilarityScore]()
        result.reserveCapacity(nodes.count)
        for k in order {
            let y = nodes[k], a = accumulators[k]
            let common = Int(a.common)
            let union = undirectedIndices ? sourceDegree + cachedDegree(of: Int(y)) - common : 0
            result.append(NeighborhoodSimilarityScore(
                node: y, commonNeighbors: common, adamicAdar: a.adamicAdar, resourceAllocation: a.resourceAllocation,
                jaccard: union > 0 ? Double(common) / Double(union) : 0,
                sharedReferences: a.sharedReferences, sharedCiters: a.sharedCiters,
                referencesOfReferences: a.referencesOfReferences, citersOfCiters: a.citersOfCiters,
                referencesOfCoupled: a.referencesOfCoupled,
                coupling: Int(a.coupling), cocitation: Int(a.cocitation),
                viaReference: a.viaReference == UInt32.max ? nil : a.viaReference,
                viaCiter: a.viaCiter == UInt32.max ? nil : a.viaCiter,
                viaCoupled: a.viaCoupled == UInt32.max ? nil : a.viaCoupled))
            slot[Int(y)] = -1
        }
        nodes.removeAll(keepingCapacity: true)
        accumulators.removeAll(keepingCapacity: true)
        return result
    }

    /// The paths `x → z ← w → y`: the `limit` nodes w with the most shared-reference mass (then
    /// the smallest ids) each pass it, divided by `|N(w)|`, to their references (other than x).
    ///
    /// The followed nodes pass their mass in the order they were first met, as they would unbounded.
    ///
    /// - Complexity: O(c log limit) for c coupled nodes (a bounded heap), plus
    ///   O(Σ_w (|N(w)| log d_max + |out(w)|)) over the followed nodes w only.
    private mutating func followCoupled(from x: Int, limit: Int) {
        let outgoing = self.outgoing
        var strongest = BinaryHeap<CoupledNode>()
        strongest.reserveCapacity(min(limit, nodes.count) + 1)
        for k in nodes.indices where accumulators[k].sharedReferences > 0 {
            let c = CoupledNode(mass: accumulators[k].sharedReferences, node: nodes[k], index: Int32(k))
            if strongest.count < limit {
                strongest.insert(c)
            } else if let weakest = strongest.min, weakest < c {
                _ = strongest.popMin()
                strongest.insert(c)
            }
        }
        lastCoupledFollowed = strongest.count
        lastThreeStepEdges = 0
        for c in strongest.storage.sorted(by: { $0.index < $1.index }) {
            let w = c.node
            let mass = c.mass / Double(cachedDegree(of: Int(w)))
            for y in outgoing.neighbors(of: Int(w)) where Int(y) != x && y != w {
                lastThreeStepEdges += 1
                let i = index(y)
                accumulators[i].referencesOfCoupled += mass
                if (mass, -Int64(w)) > (accumulators[i].viaCoupledMass, -Int64(accumulators[i].viaCoupled)) {
                    accumulators[i].viaCoupledMass = mass
                    accumulators[i].viaCoupled = w
                }
            }
        }
    }

    /// The accumulator of `y`, created on first touch.
    private mutating func index(_ y: UInt32) -> Int {
        if slot[Int(y)] < 0 {
            slot[Int(y)] = Int32(nodes.count)
            nodes.append(y)
            accumulators.append(Accumulator())
        }
        return Int(slot[Int(y)])
    }
}
