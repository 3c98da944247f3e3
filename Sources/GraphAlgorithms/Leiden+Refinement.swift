import Foundation

extension LeidenLevel {
    /// Leiden's refinement phase: splits every community of `clusters` into well-connected,
    /// connected sub-communities by merging singletons.
    ///
    /// Every node starts alone. Nodes are visited in a random order; a node is considered only if
    /// it is still alone and *well connected* to its community `S`:
    ///
    ///     w(v, S − v) ≥ γ' · k_v · (K_S − k_v)
    ///
    /// It may then join a refined community `R ⊆ S` it has an edge to (or stay alone) if `R` is
    /// well connected to `S` in the same sense and the gain `w(v, R) − γ' · k_v · K_R` is ≥ 0. The
    /// choice is random with probability ∝ `exp(gain / θ)`, θ = `randomness` (computed relative to
    /// the best gain so it never overflows). With `randomness == 0` the best gain wins and ties go
    /// to staying alone, then to the earliest candidate in row order, which makes the phase
    /// deterministic without consuming random numbers.
    ///
    /// Because a node only ever joins a refined community it has an edge to, and communities only
    /// grow by whole nodes, every refined community is connected.
    ///
    /// - Parameters:
    ///   - clusters: The community of every node after local moving, each below `nodeCount`.
    ///   - scaledResolution: `γ / 2m`, where `2m` is the sum of all node weights.
    ///   - randomness: θ ≥ 0.
    ///   - random: Supplies the visiting order and the random choices.
    /// - Returns: A refined community id per node (the id of one of its members; not contiguous).
    /// - Complexity: O(V + E) time, O(V) extra space.
    /// - SeeAlso: Traag, Waltman & van Eck (2019), Algorithm A.2, `MergeNodesSubset`.
    func refine(clusters: [UInt32], scaledResolution: Double, randomness: Double,
                random: inout SplitMix64) -> [UInt32] {
        var refined = (0..<UInt32(nodeCount)).map { $0 }
        let order = random.permutation(count: nodeCount)
        // Unchecked buffers, as in local moving: refinement is the second-hottest phase.
        func run<Weights: LeidenWeightReader>(_ weights: Weights) {
            offsets.withUnsafeBufferPointer { offsets in
                neighbors.withUnsafeBufferPointer { neighbors in
                    nodeWeights.withUnsafeBufferPointer { nodeWeights in
                        clusters.withUnsafeBufferPointer { clusters in
                            refined.withUnsafeMutableBufferPointer { refined in
                                Self.refine(offsets: offsets, neighbors: neighbors, weights: weights,
                                            nodeWeights: nodeWeights, clusters: clusters, order: order,
                                            refined: refined, scaledResolution: scaledResolution,
                                            randomness: randomness, random: &random)
                            }
                        }
                    }
                }
            }
        }
        if weights.withNarrowValues({ run(Float32WeightReader(buffer: $0)) }) == nil {
            weights.withStoredValues { stored in
                if let stored { run(stored) } else { run(UnitWeightReader()) }
            }
        }
        return refined
    }

    private static func refine<Weights: LeidenWeightReader>(
        offsets: UnsafeBufferPointer<UInt32>, neighbors: UnsafeBufferPointer<UInt32>,
        weights: Weights, nodeWeights: UnsafeBufferPointer<Double>,
        clusters: UnsafeBufferPointer<UInt32>, order: [UInt32], refined: UnsafeMutableBufferPointer<UInt32>,
        scaledResolution: Double, randomness: Double, random: inout SplitMix64
    ) {
        let n = nodeWeights.count
        let communityWeights = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let refinedWeights = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let external = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let weightTo = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let nonSingleton = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n)
        let seen = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n)
        let candidates = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: n + 1)
        let gains = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        defer {
            for buffer in [UnsafeMutableRawBufferPointer(communityWeights), UnsafeMutableRawBufferPointer(refinedWeights),
                           UnsafeMutableRawBufferPointer(external), UnsafeMutableRawBufferPointer(weightTo),
                           UnsafeMutableRawBufferPointer(nonSingleton), UnsafeMutableRawBufferPointer(seen),
                           UnsafeMutableRawBufferPointer(candidates), UnsafeMutableRawBufferPointer(gains)] {
                buffer.deallocate()
            }
        }
        communityWeights.initialize(repeating: 0)
        _ = refinedWeights.initialize(from: nodeWeights)
        weightTo.initialize(repeating: 0)
        nonSingleton.initialize(repeating: false)
        seen.initialize(repeating: false)
        for v in 0..<n { communityWeights[Int(clusters[v])] += nodeWeights[v] }
        // Weight from each refined community to the rest of its community S.
        for v in 0..<n {
            let s = clusters[v]
            var sum = 0.0
            for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                let u = Int(neighbors[i])
                if u != v && clusters[u] == s { sum += weights[i] }
            }
            external[v] = sum
        }

        for vv in order {
            let v = Int(vv)
            if nonSingleton[v] { continue }
            let s = clusters[v]
            let total = communityWeights[Int(s)]
            let k = nodeWeights[v]
            guard external[v] >= scaledResolution * k * (total - k) else { continue }

            refinedWeights[v] = 0
            external[v] = 0
            candidates[0] = UInt32(v)
            seen[v] = true
            var candidateCount = 1
            let start = Int(offsets[v]), end = Int(offsets[v + 1])
            for i in start..<end {
                let u = Int(neighbors[i])
                if u == v || clusters[u] != s { continue }
                let r = Int(refined[u])
                if !seen[r] {
                    seen[r] = true
                    candidates[candidateCount] = UInt32(r)
                    candidateCount += 1
                }
                weightTo[r] += weights[i]
            }
            // Gains of the admissible candidates (−∞ marks the others); staying alone scores 0.
            var bestGain = 0.0
            var best = v
            for j in 0..<candidateCount {
                let r = Int(candidates[j])
                let w = refinedWeights[r]
                var gain = -Double.infinity
                if external[r] >= scaledResolution * w * (total - w) {
                    let g = weightTo[r] - scaledResolution * k * w
                    if g >= 0 { gain = g }
                }
                gains[j] = gain
                if gain > bestGain {
                    bestGain = gain
                    best = r
                }
                weightTo[r] = 0
                seen[r] = false
            }
            var chosen = best
            if randomness > 0 && candidateCount > 1 {
                var sum = 0.0
                for j in 0..<candidateCount {
                    if gains[j] > -Double.infinity { sum += exp((gains[j] - bestGain) / randomness) }
                    gains[j] = sum
                }
                let target = sum * random.nextUnitDouble()
                var j = 0
                while j < candidateCount - 1 && gains[j] <= target { j += 1 }
                // Skip trailing inadmissible candidates, which add nothing to the running sum.
                while j > 0 && gains[j] == gains[j - 1] { j -= 1 }
                chosen = Int(candidates[j])
            }

            refinedWeights[chosen] += k
            for i in start..<end {
                let u = Int(neighbors[i])
                if u == v || clusters[u] != s { continue }
                if Int(refined[u]) == chosen { external[chosen] -= weights[i] } else { external[chosen] += weights[i] }
            }
            if chosen != v {
                refined[v] = UInt32(chosen)
                nonSingleton[chosen] = true
            }
        }
    }
}
