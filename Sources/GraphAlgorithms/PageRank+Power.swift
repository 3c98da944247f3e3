import Dispatch

extension PageRankProblem {
    /// Graphs with more edges than this sweep in parallel.
    static let parallelEdgeThreshold = 50_000
    /// The work (in-edges + nodes) aimed for per chunk, and the most chunks.
    static let chunkWork = 16_384
    static let maxChunks = 64

    /// Power iteration: Jacobi sweeps that pull rank over the reversed graph.
    ///
    /// Every sweep computes, for each node `v`,
    /// `x'[v] = damping * Σ_{u → v} x[u] / outDegree(u) + (damping * danglingRank + 1 - damping) * p[v]`,
    /// reading per-node contributions `x[u] / outDegree(u)` that the previous sweep wrote into a
    /// second buffer. The same pass writes the next contributions, sums the dangling rank and the
    /// L1 change, so a sweep is one read of the reversed graph and allocates nothing.
    ///
    /// The nodes are split into chunks of about equal in-edge count. Each chunk writes only its
    /// own node range and its own partial sums, which are added in chunk order afterwards. The
    /// chunks depend only on the graph, so the result is bit-for-bit the same whether the chunks
    /// run on one core or many. It starts from the uniform vector, like networkx.
    ///
    /// - Parameters:
    ///   - reversed: The reversed graph (in-edges as rows).
    ///   - allowParallel: Whether big graphs may sweep on several threads; tests turn it off to
    ///     check that both paths give identical bits.
    /// - Complexity: O(k (V + E)) for k sweeps; O(V) extra space besides `reversed`.
    ///
    /// Reference: L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank citation ranking:
    /// Bringing order to the Web", Stanford InfoLab technical report, 1999.
    /// <http://ilpubs.stanford.edu:8090/422/>
    func solveByPowerIteration(reversed: CSRGraph, allowParallel: Bool = true) -> PageRankResult {
        let n = nodeCount
        let bounds = Self.chunkBounds(reversed)
        let chunkCount = bounds.count - 1
        let parallel = allowParallel && reversed.edgeCount > Self.parallelEdgeThreshold && chunkCount > 1

        // Buffers shared by concurrent chunks; allocated once, freed on return.
        let x = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let contributions = UnsafeMutableBufferPointer<Double>.allocate(capacity: 2 * n)
        let partialSums = UnsafeMutableBufferPointer<Double>.allocate(capacity: 2 * chunkCount)
        defer {
            x.deallocate()
            contributions.deallocate()
            partialSums.deallocate()
        }
        var danglingRank = 0.0
        for u in 0..<n {
            x[u] = 1 / Double(n)
            contributions[u] = x[u] * inverseOutDegree[u]
            if inverseOutDegree[u] == 0 { danglingRank += x[u] }
        }
        var sweep = Sweep(x: x, read: UnsafeMutableBufferPointer(rebasing: contributions[0..<n]),
                          write: UnsafeMutableBufferPointer(rebasing: contributions[n...]),
                          errorParts: UnsafeMutableBufferPointer(rebasing: partialSums[0..<chunkCount]),
                          danglingParts: UnsafeMutableBufferPointer(rebasing: partialSums[chunkCount...]),
                          offsets: reversed.offsets, sources: reversed.targets, teleport: teleport,
                          inverseOutDegree: inverseOutDegree, bounds: bounds, damping: damping,
                          teleportScale: 0)
        var iterations = 0
        var converged = false
        while iterations < maxIterations {
            sweep.teleportScale = damping * danglingRank + (1 - damping)
            if parallel {
                let shared = sweep
                DispatchQueue.concurrentPerform(iterations: chunkCount) { shared.run(chunk: $0) }
            } else {
                for chunk in 0..<chunkCount { sweep.run(chunk: chunk) }
            }
            iterations += 1
            var error = 0.0
            danglingRank = 0
            for chunk in 0..<chunkCount {
                error += sweep.errorParts[chunk]
                danglingRank += sweep.danglingParts[chunk]
            }
            swap(&sweep.read, &sweep.write)
            if error < tolerance {
                converged = true
                break
            }
        }
        return PageRankResult(scores: Self.normalized(Array(x)), iterations: iterations, converged: converged,
                              method: .power)
    }

    /// Node boundaries of chunks holding about `chunkWork` units each, where a node weighs its
    /// in-degree plus one. Depends only on the graph, never on the machine.
    static func chunkBounds(_ reversed: CSRGraph) -> [Int] {
        let n = reversed.nodeCount
        let work = reversed.edgeCount + n
        let chunkCount = max(1, min(maxChunks, work / chunkWork))
        var bounds = [0]
        bounds.reserveCapacity(chunkCount + 1)
        var v = 0
        for k in 1..<chunkCount {
            let goal = work * k / chunkCount
            while v < n && Int(reversed.offsets[v]) + v < goal { v += 1 }
            if v > bounds[bounds.count - 1] { bounds.append(v) }
        }
        if n > bounds[bounds.count - 1] || bounds.count == 1 { bounds.append(n) }
        return bounds
    }
}

/// One power-method sweep over a chunk of nodes, on buffers owned by `solveByPowerIteration`.
///
/// Chunks write disjoint ranges of `x` and `write` and their own slots of the partial sums, and
/// only read `read`, so running them concurrently is race-free.
private struct Sweep: @unchecked Sendable {
    let x: UnsafeMutableBufferPointer<Double>
    var read: UnsafeMutableBufferPointer<Double>
    var write: UnsafeMutableBufferPointer<Double>
    let errorParts: UnsafeMutableBufferPointer<Double>
    let danglingParts: UnsafeMutableBufferPointer<Double>
    let offsets: CSRArray
    let sources: CSRArray
    let teleport: [Double]
    let inverseOutDegree: [Double]
    let bounds: [Int]
    let damping: Double
    var teleportScale: Double

    func run(chunk: Int) {
        var error = 0.0, dangling = 0.0
        // Unchecked access in the hot loop: the offsets and sources come from a valid CSRGraph.
        offsets.withUnsafeBufferPointer { offsets in
            sources.withUnsafeBufferPointer { sources in
                teleport.withUnsafeBufferPointer { teleport in
                    inverseOutDegree.withUnsafeBufferPointer { inverseOutDegree in
                        for v in bounds[chunk]..<bounds[chunk + 1] {
                            var inflow = 0.0
                            for e in Int(offsets[v])..<Int(offsets[v + 1]) { inflow += read[Int(sources[e])] }
                            let value = damping * inflow + teleportScale * teleport[v]
                            error += abs(value - x[v])
                            x[v] = value
                            let inverse = inverseOutDegree[v]
                            write[v] = value * inverse
                            if inverse == 0 { dangling += value }
                        }
                    }
                }
            }
        }
        errorParts[chunk] = error
        danglingParts[chunk] = dangling
    }
}
