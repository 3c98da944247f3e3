/// Settings for `WeightedGraph.leidenCommunities(options:)`.
public struct LeidenOptions: Sendable, Equatable {
    /// The modularity resolution γ ≥ 0. Default 1.0 (classic modularity). Larger values give more,
    /// smaller communities; 0 gives one community per connected component.
    public var resolution: Double
    /// Seeds the node orders and the refinement's random choices. Default 42; the same seed and
    /// graph always give the same communities.
    public var seed: UInt64
    /// The refinement temperature θ ≥ 0. Default 0.01, as in the paper. 0 selects a greedy,
    /// deterministic refinement (the best merge wins).
    public var randomness: Double
    /// The most full Leiden iterations, each starting from the previous partition. One iteration
    /// runs local moving, refinement and aggregation level after level until no community can be
    /// aggregated further (the paper's loop); iterating stops earlier as soon as an iteration
    /// leaves the partition unchanged. Default 2, as in leidenalg and igraph.
    ///
    /// Further iterations still gain a little and each costs a few O(E) passes: on Cora the mean
    /// modularity over ten seeds is 0.8140 after one iteration, 0.8216 after two and 0.8242 when
    /// stable (after 6 to 11); each further iteration costs a little over half the first
    /// (`Benchmarks/run.sh` times `clusters`). Use `Int.max` to run until stable.
    public var maxIterations: Int
    /// The most aggregation levels within one iteration, a safety bound. Default 64.
    public var maxLevels: Int

    /// The seed every Leiden run of the package starts from unless told otherwise.
    public static let defaultSeed: UInt64 = 42

    public init(resolution: Double = 1.0, seed: UInt64 = LeidenOptions.defaultSeed, randomness: Double = 0.01,
                maxIterations: Int = 2, maxLevels: Int = 64) {
        self.resolution = resolution
        self.seed = seed
        self.randomness = randomness
        self.maxIterations = maxIterations
        self.maxLevels = maxLevels
    }
}

/// The communities found by `WeightedGraph.leidenCommunities(options:)`.
public struct LeidenResult: Sendable, Equatable {
    /// The community of every node. Ids run `0 ..< communityCount`, numbered by decreasing size,
    /// ties broken by the smallest member id (so community 0 is the largest).
    public let communityOf: [UInt32]
    /// The number of communities.
    public let communityCount: Int
    /// The modularity of `communityOf` at the requested resolution, recomputed on the input graph.
    public let modularity: Double
    /// The number of Leiden iterations run.
    public let iterations: Int
    /// Whether the last iteration left the partition unchanged (false if `maxIterations` ran out).
    public let converged: Bool

    /// The members of every community, each sorted ascending, indexed by community id.
    public var communities: [[UInt32]] {
        var result = [[UInt32]](repeating: [], count: communityCount)
        for (v, c) in communityOf.enumerated() { result[Int(c)].append(UInt32(v)) }
        return result
    }
}

extension WeightedGraph {
    /// Finds communities that maximize modularity with the Leiden algorithm.
    ///
    /// Each iteration runs three phases until every community is a single aggregate node:
    /// fast local moving (nodes join the neighbouring community with the best modularity gain,
    /// revisiting only neighbours of moved nodes), refinement (each community is split into
    /// well-connected sub-communities by randomly merging singletons) and aggregation (one node
    /// per *refined* community, starting from the *unrefined* partition). Iterations repeat from
    /// the previous result until the partition stops changing.
    ///
    /// Every returned community is connected. Refinement guarantees this when the levels run to
    /// the end; as a safety net for the level bound, a final pass splits any community into its
    /// connected parts, which never lowers modularity.
    ///
    ///     0 ─ 1         4 ─ 5
    ///      ╲  │         │  ╱        communityOf = [0, 0, 0, 1, 1, 1]
    ///        2 ──────── 3           modularity  = 5/14
    ///
    /// Isolated nodes stay alone. A graph without edges gives one community per node and
    /// modularity 0.
    ///
    /// The result is a function of the graph and the options only: randomness comes from the
    /// target's own SplitMix64 seeded by `options.seed`, no hashed container is involved, and ties
    /// are broken by the documented orders (see `LeidenOptions` and the phase functions).
    ///
    /// - Parameter options: Resolution, seed, refinement randomness and iteration bounds.
    /// - Returns: The partition, renumbered by decreasing size, and its modularity.
    /// - Complexity: O(E) per local-moving pass, refinement and aggregation; in practice a few
    ///   passes per level and O(log V) levels, so near-linear overall. O(V + E) extra space.
    /// - SeeAlso: V. A. Traag, L. Waltman and N. J. van Eck, "From Louvain to Leiden: guaranteeing
    ///   well-connected communities", Scientific Reports 9, 5233 (2019),
    ///   https://doi.org/10.1038/s41598-019-41695-z
    public func leidenCommunities(options: LeidenOptions = LeidenOptions()) -> LeidenResult {
        precondition(options.resolution >= 0 && options.resolution.isFinite, "resolution must be finite and non-negative")
        precondition(options.randomness >= 0 && options.randomness.isFinite, "randomness must be finite and non-negative")
        precondition(options.maxIterations >= 1 && options.maxLevels >= 1, "iteration bounds must be positive")
        var membership = (0..<UInt32(nodeCount)).map { $0 }
        var iterations = 0
        var converged = totalWeight == 0
        if !converged {
            let bottom = LeidenLevel(self)
            let scaledResolution = options.resolution / (2 * totalWeight)
            var random = SplitMix64(seed: options.seed)
            while iterations < options.maxIterations {
                iterations += 1
                let next = Self.firstAppearanceLabels(
                    bottom.leidenIteration(start: membership, scaledResolution: scaledResolution,
                                           options: options, random: &random))
                if next == membership {
                    converged = true
                    break
                }
                membership = next
            }
        }
        membership = splitIntoConnectedParts(membership)
        let (communityOf, count) = Self.numberedBySize(membership)
        return LeidenResult(communityOf: communityOf, communityCount: count,
                            modularity: modularity(communityOf: communityOf, resolution: options.resolution),
                            iterations: iterations, converged: converged)
    }

    /// Relabels a partition by the order in which its communities first appear.
    static func firstAppearanceLabels(_ labels: [UInt32]) -> [UInt32] {
        var map = [UInt32](repeating: UInt32.max, count: labels.count)
        var next: UInt32 = 0
        return labels.map { label in
            if map[Int(label)] == UInt32.max {
                map[Int(label)] = next
                next += 1
            }
            return map[Int(label)]
        }
    }

    /// Relabels a partition `0 ..< k` by decreasing size, ties by smallest member id.
    static func numberedBySize(_ labels: [UInt32]) -> (labels: [UInt32], count: Int) {
        let first = firstAppearanceLabels(labels)  // label order == smallest-member order
        var sizes = [Int]()
        for c in first {
            if Int(c) == sizes.count { sizes.append(0) }
            sizes[Int(c)] += 1
        }
        let order = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        var rank = [UInt32](repeating: 0, count: sizes.count)
        for (r, c) in order.enumerated() { rank[c] = UInt32(r) }
        return (first.map { rank[Int($0)] }, sizes.count)
    }

    /// Splits every community into its connected parts (iterative search, no recursion).
    func splitIntoConnectedParts(_ labels: [UInt32]) -> [UInt32] {
        var part = [UInt32](repeating: UInt32.max, count: nodeCount)
        var stack = [UInt32]()
        var next: UInt32 = 0
        for root in 0..<nodeCount where part[root] == UInt32.max {
            part[root] = next
            stack.append(UInt32(root))
            while let v = stack.popLast() {
                for u in neighbors(of: Int(v)) where part[Int(u)] == UInt32.max && labels[Int(u)] == labels[root] {
                    part[Int(u)] = next
                    stack.append(u)
                }
            }
            next += 1
        }
        return part
    }
}

extension LeidenLevel {
    /// One Leiden iteration starting from `start` on this (bottom) level.
    ///
    /// - Returns: The community of every node of this level.
    func leidenIteration(start: [UInt32], scaledResolution: Double, options: LeidenOptions,
                         random: inout SplitMix64) -> [UInt32] {
        var level = self
        var clusters = start
        var nodeOf: [UInt32] = (0..<UInt32(nodeCount)).map { $0 }  // bottom node -> level node
        for _ in 0..<options.maxLevels {
            _ = level.moveNodesFast(clusters: &clusters, scaledResolution: scaledResolution, random: &random)
            clusters = WeightedGraph.firstAppearanceLabels(clusters)
            let communityCount = Int(clusters.max().map { $0 + 1 } ?? 0)
            if communityCount == level.nodeCount { break }
            let refined = level.refine(clusters: clusters, scaledResolution: scaledResolution,
                                       randomness: options.randomness, random: &random)
            let (aggregate, aggregateOf) = level.aggregated(by: refined)
            if aggregate.nodeCount == level.nodeCount { break }
            // The aggregate starts from the unrefined partition: each refined community lies
            // inside one community, whose dense id is below the aggregate's node count.
            var next = [UInt32](repeating: 0, count: aggregate.nodeCount)
            for v in 0..<level.nodeCount { next[Int(aggregateOf[v])] = clusters[v] }
            for v in nodeOf.indices { nodeOf[v] = aggregateOf[Int(nodeOf[v])] }
            level = aggregate
            clusters = next
        }
        return nodeOf.map { clusters[Int($0)] }
    }
}
