extension PageRankProblem {
    /// Exact PageRank: one linear solve, done component by component along the condensation.
    ///
    /// Because dangling rank and teleports are both spread by the same vector `p`, the PageRank
    /// equation `x = damping (Pᵀ x + (Σ dangling x) p) + (1 - damping) p` says that `x` is a
    /// multiple of `p` pushed through `Pᵀ`:
    ///
    ///     x ∝ y,  where  y = (I - damping Pᵀ)⁻¹ p,  i.e.  y[v] = p[v] + damping Σ_{u → v} y[u] / outDegree(u)
    ///
    /// so it is enough to solve for `y` and divide by its sum. `y[v]` depends only on nodes that
    /// reach `v`, so the strongly connected components are solved in topological order (sources
    /// of rank first), each one after everything upstream is final:
    ///
    /// - a node alone in its component is solved directly from its in-edges, dividing by
    ///   `1 - damping / outDegree(v)` when it has a self-loop;
    /// - a cyclic component is solved by Gauss–Seidel sweeps over its members in ascending id
    ///   order until a sweep changes its rank by less than `exactRelativeTolerance` (1e-14) of
    ///   the component's total, at most `exactSweepLimit` sweeps.
    ///
    /// On a DAG, such as most citation graphs, this is a single pass with no iteration at all.
    /// This is the approach of PRPACK, igraph's default PageRank solver.
    ///
    ///     0 ──▶ 1 ──▶ 2      y = [1/3, 1/3 + 0.85/3, 1/3 + 0.85 y[1]], then x = y / Σ y
    ///
    /// - Parameters:
    ///   - components: The graph's strongly connected components.
    ///   - reversed: The reversed graph (in-edges as rows).
    /// - Complexity: O(V + E) plus O(s (Vc + Ec)) per cyclic component of Vc nodes and Ec in-edges
    ///   that takes s sweeps; O(V) extra space.
    ///
    /// References: A. N. Langville and C. D. Meyer, "A reordering for the PageRank problem", SIAM
    /// Journal on Scientific Computing 27(6), 2006, for PageRank as the linear system above;
    /// A. Arasu, J. Novak, A. Tomkins and J. Tomlin, "PageRank computation and the structure of the
    /// web", WWW 2002, for Gauss–Seidel on the block structure; and PRPACK
    /// (<https://github.com/dgleich/prpack>), which solves the components in order.
    func solveExactly(components: StronglyConnectedComponents, reversed: CSRGraph) -> PageRankResult {
        // With every node alone (any DAG) the members are the whole order.
        let starts = components.nontrivialComponents.isEmpty ? nil : components.offsets
        let solved = reversed.offsets.withUnsafeBufferPointer { rowStart in
            reversed.targets.withUnsafeBufferPointer { tails in
                components.members.withUnsafeBufferPointer { members in
                    (starts ?? []).withUnsafeBufferPointer { componentStarts in
                        teleport.withUnsafeBufferPointer { teleport in
                            inverseOutDegree.withUnsafeBufferPointer { inverse in
                                Self.solve(ExactSweep(order: members, componentStarts: starts == nil ? nil : componentStarts,
                                                      rowStart: rowStart, tails: tails, teleport: teleport, inverse: inverse),
                                           damping: damping)
                            }
                        }
                    }
                }
            }
        }
        return PageRankResult(scores: Self.normalized(solved.y), iterations: solved.iterations, converged: solved.converged,
                              method: .exact)
    }

    /// What one exact solve reads, every array indexed by node (a position of a relabelled graph
    /// for ``PageRankSolveOrder``).
    struct ExactSweep {
        /// The nodes in solve order, or `nil` for `0 ..< n` in order.
        var order: UnsafeBufferPointer<UInt32>?
        /// Component `c` is `order[componentStarts[c] ..< componentStarts[c + 1]]`; `nil` when
        /// every node is alone.
        var componentStarts: UnsafeBufferPointer<UInt32>?
        /// In-edges: node `v`'s in-neighbours are `tails[rowStart[v] ..< rowStart[v + 1]]`.
        var rowStart: UnsafeBufferPointer<UInt32>
        var tails: UnsafeBufferPointer<UInt32>
        var teleport: UnsafeBufferPointer<Double>
        var inverse: UnsafeBufferPointer<Double>
    }

    /// The one exact solve: the components in the order given, each solved from its in-edges
    /// summed in row order; returns `y` unnormalized.
    ///
    /// - Precondition: every in-neighbour of a component lies in it or in an earlier one.
    static func solve(_ sweep: ExactSweep, damping: Double) -> (y: [Double], iterations: Int, converged: Bool) {
        let n = sweep.teleport.count
        // y and y / outDegree, kept side by side so a pull reads one array.
        var y = [Double](repeating: 0, count: n)
        var contribution = [Double](repeating: 0, count: n)
        var iterations = 1
        var converged = true
        let rowStart = sweep.rowStart, tails = sweep.tails, teleport = sweep.teleport, inverse = sweep.inverse
        y.withUnsafeMutableBufferPointer { y in
            contribution.withUnsafeMutableBufferPointer { contribution in
                // y[v] from its in-edges, a self-loop moved to the left-hand side;
                // returns the change from the previous value.
                @inline(__always) func update(_ v: Int) -> (value: Double, change: Double) {
                    var inflow = 0.0
                    var selfLoop = false
                    for e in Int(rowStart[v])..<Int(rowStart[v + 1]) {
                        let u = Int(tails[e])
                        if u == v { selfLoop = true } else { inflow += contribution[u] }
                    }
                    var value = teleport[v] + damping * inflow
                    if selfLoop { value /= 1 - damping * inverse[v] }
                    let change = abs(value - y[v])
                    y[v] = value
                    contribution[v] = value * inverse[v]
                    return (value, change)
                }
                guard let componentStarts = sweep.componentStarts else {
                    if let order = sweep.order {
                        for v in order { _ = update(Int(v)) }
                    } else {
                        for v in 0..<n { _ = update(v) }
                    }
                    return
                }
                let order = sweep.order
                @inline(__always) func node(_ i: Int) -> Int { order.map { Int($0[i]) } ?? i }
                for c in 0..<(componentStarts.count - 1) {
                    let first = Int(componentStarts[c]), end = Int(componentStarts[c + 1])
                    if end - first == 1 {
                        _ = update(node(first))
                        continue
                    }
                    // A cycle: Gauss–Seidel sweeps in ascending id order.
                    var sweeps = 0
                    while true {
                        var change = 0.0, total = 0.0
                        for i in first..<end {
                            let step = update(node(i))
                            change += step.change
                            total += step.value
                        }
                        sweeps += 1
                        if change <= PageRankOptions.exactRelativeTolerance * total { break }
                        if sweeps == PageRankOptions.exactSweepLimit {
                            converged = false
                            break
                        }
                    }
                    iterations += sweeps
                }
            }
        }
        return (y, iterations, converged)
    }
}
