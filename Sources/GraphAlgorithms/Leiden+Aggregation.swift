/// One level of the Leiden hierarchy: a weighted undirected graph whose nodes stand for sets of
/// original nodes.
///
/// `nodeWeights[v]` is the summed weighted degree of the original nodes behind `v`, so modularity
/// keeps its meaning on every level. Self-loops carry no information for moving nodes (they stay
/// inside whatever community the node joins), so the loops below skip them and aggregated levels
/// do not store them.
struct LeidenLevel: Sendable {
    var offsets: [UInt32]
    var neighbors: [UInt32]
    var weights: EdgeWeights
    var nodeWeights: [Double]

    var nodeCount: Int { nodeWeights.count }

    /// The bottom level: the graph itself, with weighted degrees as node weights.
    init(_ graph: WeightedGraph) {
        offsets = graph.offsets
        neighbors = graph.neighbors
        weights = graph.weights
        nodeWeights = graph.weightedDegrees
    }

    init(offsets: [UInt32], neighbors: [UInt32], weights: EdgeWeights, nodeWeights: [Double]) {
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
        self.nodeWeights = nodeWeights
    }

    /// Collapses every refined community into one node.
    ///
    /// New node ids follow the first appearance of each refined id in node order. Edges between
    /// the members of two refined communities are summed into one edge; edges inside a refined
    /// community are dropped (see the type's discussion of self-loops). Buffers are dense arrays
    /// reset through a touched list, so there is no hashing.
    ///
    /// - Parameter refined: A refined community id per node, each below `nodeCount`.
    /// - Returns: The aggregated level and, per node of this level, its node in the new level.
    /// - Complexity: O(V + E) time and space.
    func aggregated(by refined: [UInt32]) -> (level: LeidenLevel, nodeOf: [UInt32]) {
        let n = nodeCount
        var dense = [UInt32](repeating: UInt32.max, count: n)
        var nodeOf = [UInt32](repeating: 0, count: n)
        var next: UInt32 = 0
        for v in 0..<n {
            let r = Int(refined[v])
            if dense[r] == UInt32.max {
                dense[r] = next
                next += 1
            }
            nodeOf[v] = dense[r]
        }
        let k = Int(next)
        // Group members by new node (counting sort keeps them in id order).
        let (memberOffsets, members) = CompressedRows.group(rowCount: k, rows: nodeOf,
                                                            values: (0..<UInt32(truncatingIfNeeded: n)).map { $0 })
        var nodeWeights = [Double](repeating: 0, count: k)
        for v in 0..<n { nodeWeights[Int(nodeOf[v])] += self.nodeWeights[v] }

        // The entries between two refined communities bound the aggregate's: reserving that many
        // once costs a pass but never regrows the arrays (at 10^8 citations a regrowth held the old
        // and the new arrays, 1.2 GB, at once).
        let bound = Self.crossingEntryCount(offsets: offsets, neighbors: neighbors, nodeOf: nodeOf)
        // An aggregated weight is at most its node's weight (the summed degrees behind it): on an
        // unweighted graph it is an integer, exact in a Float while the node weights stay within
        // 2^24, so those levels store 4 bytes a weight with the same values.
        let narrow = (weights.isUnit || weights.isNarrow) && (nodeWeights.max() ?? 0) <= 16_777_216
        var newOffsets = [UInt32](repeating: 0, count: k + 1)
        var newWeights = [Double](), newNarrow = [Float]()
        // Unchecked buffers, as in local moving: a profile at 10^6 nodes put 16 % of Leiden here
        // with checked arrays.
        func build<Out: BinaryFloatingPoint>(_ out: inout [Out]) -> [UInt32] {
            [UInt32](unsafeUninitializedCapacity: bound) { newNeighbors, neighborCount in
                out = [Out](unsafeUninitializedCapacity: bound) { newWeights, weightCount in
                    func run<Weights: LeidenWeightReader>(_ weights: Weights) -> Int {
                        offsets.withUnsafeBufferPointer { offsets in
                            neighbors.withUnsafeBufferPointer { neighbors in
                                nodeOf.withUnsafeBufferPointer { nodeOf in
                                    memberOffsets.withUnsafeBufferPointer { memberOffsets in
                                        members.withUnsafeBufferPointer { members in
                                            newOffsets.withUnsafeMutableBufferPointer { newOffsets in
                                                Self.aggregateRows(
                                                    offsets: offsets, neighbors: neighbors, weights: weights, nodeOf: nodeOf,
                                                    memberOffsets: memberOffsets, members: members, newOffsets: newOffsets,
                                                    newNeighbors: newNeighbors, newWeights: newWeights)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    let count: Int
                    if let narrowCount = weights.withNarrowValues({ run(Float32WeightReader(buffer: $0)) }) {
                        count = narrowCount
                    } else {
                        count = weights.withStoredValues { stored in stored.map { run($0) } ?? run(UnitWeightReader()) }
                    }
                    weightCount = count
                    neighborCount = count
                }
            }
        }
        let newNeighbors = narrow ? build(&newNarrow) : build(&newWeights)
        let level = LeidenLevel(offsets: newOffsets, neighbors: newNeighbors,
                                weights: narrow ? EdgeWeights(exactInFloat32: newNarrow) : EdgeWeights(newWeights),
                                nodeWeights: nodeWeights)
        return (level, nodeOf)
    }

    /// The entries whose two ends lie in different aggregate nodes.
    private static func crossingEntryCount(offsets: [UInt32], neighbors: [UInt32], nodeOf: [UInt32]) -> Int {
        offsets.withUnsafeBufferPointer { offsets in
            neighbors.withUnsafeBufferPointer { neighbors in
                nodeOf.withUnsafeBufferPointer { nodeOf in
                    var count = 0
                    for v in 0..<nodeOf.count {
                        let own = nodeOf[v]
                        for i in Int(offsets[v])..<Int(offsets[v + 1]) where nodeOf[Int(neighbors[i])] != own { count += 1 }
                    }
                    return count
                }
            }
        }
    }

    /// Writes the aggregate's rows: per new node, its members' entries summed by the new node at
    /// their other end, in order of first appearance. Returns the number of entries written.
    private static func aggregateRows<Weights: LeidenWeightReader, Out: BinaryFloatingPoint>(
        offsets: UnsafeBufferPointer<UInt32>, neighbors: UnsafeBufferPointer<UInt32>, weights: Weights,
        nodeOf: UnsafeBufferPointer<UInt32>, memberOffsets: UnsafeBufferPointer<UInt32>,
        members: UnsafeBufferPointer<UInt32>, newOffsets: UnsafeMutableBufferPointer<UInt32>,
        newNeighbors: UnsafeMutableBufferPointer<UInt32>, newWeights: UnsafeMutableBufferPointer<Out>
    ) -> Int {
        let k = newOffsets.count - 1
        let accumulated = UnsafeMutableBufferPointer<Double>.allocate(capacity: k)
        let seen = UnsafeMutableBufferPointer<Bool>.allocate(capacity: k)
        let touched = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: k)
        defer {
            accumulated.deallocate()
            seen.deallocate()
            touched.deallocate()
        }
        accumulated.initialize(repeating: 0)
        seen.initialize(repeating: false)
        var count = 0
        for c in 0..<k {
            var touchedCount = 0
            for m in Int(memberOffsets[c])..<Int(memberOffsets[c + 1]) {
                let v = Int(members[m])
                for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let d = Int(nodeOf[Int(neighbors[i])])
                    if d == c { continue }
                    if !seen[d] {
                        seen[d] = true
                        touched[touchedCount] = UInt32(d)
                        touchedCount += 1
                    }
                    accumulated[d] += weights[i]
                }
            }
            for t in 0..<touchedCount {
                let d = Int(touched[t])
                newNeighbors[count] = UInt32(d)
                newWeights[count] = Out(accumulated[d])
                count += 1
                accumulated[d] = 0
                seen[d] = false
            }
            newOffsets[c + 1] = UInt32(count)
        }
        return count
    }
}

/// How the hot loops of Leiden read an entry's weight: from a buffer of stored weights, or 1 for
/// every entry of an unweighted level. The loops are generic over it, so each reader gets its own
/// specialized loop and a unit weight costs no memory read.
protocol LeidenWeightReader {
    subscript(i: Int) -> Double { get }
}

extension UnsafeBufferPointer<Double>: LeidenWeightReader {}

/// Weights stored as exact `Float`s (see ``EdgeWeights/init(exactInFloat32:)``).
struct Float32WeightReader: LeidenWeightReader {
    let buffer: UnsafeBufferPointer<Float>
    @inline(__always) subscript(i: Int) -> Double { Double(buffer[i]) }
}

/// Every weight 1 (see ``EdgeWeights/init(unit:)``).
struct UnitWeightReader: LeidenWeightReader {
    @inline(__always) subscript(i: Int) -> Double { 1 }
}
