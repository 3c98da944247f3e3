/// Positions of a graph's nodes in the plane.
public struct GraphLayout: Sendable, Hashable {
    /// One x coordinate per node.
    public var x: [Double]
    /// One y coordinate per node.
    public var y: [Double]

    public init(x: [Double], y: [Double]) {
        precondition(x.count == y.count, "one x and one y per node")
        self.x = x
        self.y = y
    }
}

/// Settings for ``CSRGraph/forceLayout(radius:options:)``.
public struct ForceLayoutOptions: Sendable, Equatable {
    /// ForceAtlas2 iterations per connected component. Default 300; large components take fewer
    /// (see ``iterations(forNodes:)``) so that 50,000 nodes lay out in seconds.
    public var iterations = 300
    /// Seed of the initial positions. Default 1.
    public var seed: UInt64 = 1
    /// Repulsion strength k_r of ForceAtlas2. Default 2.
    public var scaling = 2.0
    /// Gravity k_g towards the component's centre. Default 1.
    public var gravity = 1.0
    /// Barnes–Hut opening criterion θ: a cell of side s at distance d counts as one body when
    /// s / d < θ. Default 1.2 (Gephi's).
    public var theta = 1.2
    /// Sweeps of overlap removal after the force iterations. Default 40.
    public var overlapSweeps = 40
    /// Empty space between packed components, in multiples of the largest radius. Default 4.
    public var componentGap = 4.0

    public init(iterations: Int = 300, seed: UInt64 = 1) {
        self.iterations = iterations
        self.seed = seed
    }

    /// Iterations for a component of `n` nodes: ``iterations`` up to 2,000 nodes, then fewer, down
    /// to a quarter.
    public func iterations(forNodes n: Int) -> Int {
        n <= 2_000 ? iterations : max(iterations / 4, iterations * 2_000 / n)
    }
}

extension CSRGraph {
    /// A force-directed layout: ForceAtlas2 with Barnes–Hut repulsion on each weakly connected
    /// component, overlaps between circles removed, components packed side by side in rows.
    ///
    /// Edges attract their ends linearly (direction ignored), every pair of nodes repels in
    /// proportion to the product of their degrees plus one, and gravity keeps loose nodes near the
    /// centre; the step size adapts per node to its swinging, as in ForceAtlas2. Then the layout is
    /// scaled so that circles fill about a tenth of its area, and overlapping circles are pushed
    /// apart. Components are laid out alone and packed largest first, so they never overlap.
    ///
    ///     0 ── 1 ── 2        3 ── 4        two components: 0, 1, 2 in a row, 3 and 4 beside them
    ///
    /// The result depends only on the graph, the radii and the options (seeded start, fixed
    /// iteration order): the same input gives the same positions.
    ///
    /// - Parameters:
    ///   - radius: The radius of each node's circle, in layout units (one per node).
    ///   - options: Iterations, seed and force constants.
    /// - Returns: Positions with the first component's circles around the origin.
    /// - Complexity: O(k (V log V + E)) time for k iterations, O(V + E) space.
    ///
    /// Reference: M. Jacomy, T. Venturini, S. Heymann and M. Bastian, "ForceAtlas2, a continuous
    /// graph layout algorithm for handy network visualization", PLoS ONE 9(6), 2014.
    /// <https://doi.org/10.1371/journal.pone.0098679>
    public func forceLayout(radius: [Double], options: ForceLayoutOptions = .init()) -> GraphLayout {
        precondition(radius.count == nodeCount, "one radius per node")
        let components = weakComponents()
        var members = [[UInt32]](repeating: [], count: components.componentCount)
        for v in 0..<nodeCount { members[Int(components.componentOf[v])].append(UInt32(v)) }
        var local = [Int](repeating: 0, count: nodeCount)
        var pieces: [GraphLayout] = []
        var random = SplitMix64(seed: options.seed)
        for nodes in members {
            for (i, v) in nodes.enumerated() { local[Int(v)] = i }
            let edges = nodes.reduce(0) { $0 + neighbors(of: Int($1)).count }
            var sources: [UInt32] = [], destinations: [UInt32] = []
            sources.reserveCapacity(edges)
            destinations.reserveCapacity(edges)
            for v in nodes {
                for w in neighbors(of: Int(v)) where w != v {
                    sources.append(UInt32(local[Int(v)]))
                    destinations.append(UInt32(local[Int(w)]))
                }
            }
            let r = nodes.map { radius[Int($0)] }
            var piece = ForceAtlas2.run(nodeCount: nodes.count, sources: sources, destinations: destinations,
                                        options: options, random: &random)
            ForceAtlas2.fit(&piece, radius: r, sweeps: options.overlapSweeps)
            pieces.append(piece)
        }
        return ComponentPacking.pack(pieces, members: members, radius: radius, gap: options.componentGap,
                                     nodeCount: nodeCount)
    }
}

/// The force iterations of ForceAtlas2 on one connected component.
enum ForceAtlas2 {
    static func run(nodeCount n: Int, sources: [UInt32], destinations: [UInt32], options: ForceLayoutOptions,
                    random: inout SplitMix64) -> GraphLayout {
        var x = [Double](repeating: 0, count: n), y = [Double](repeating: 0, count: n)
        let spread = Double(n).squareRoot() * 10
        for i in 0..<n {
            x[i] = (random.nextUnitDouble() - 0.5) * spread
            y[i] = (random.nextUnitDouble() - 0.5) * spread
        }
        guard n > 1 else { return GraphLayout(x: [0], y: [0]).prefix(n) }
        var mass = [Double](repeating: 1, count: n)
        for (s, d) in zip(sources, destinations) {
            mass[Int(s)] += 0.5
            mass[Int(d)] += 0.5
        }
        var fx = [Double](repeating: 0, count: n), fy = fx, oldX = fx, oldY = fx
        var speed = 1.0, speedEfficiency = 1.0
        var stack: [Int32] = []
        for _ in 0..<options.iterations(forNodes: n) {
            swap(&fx, &oldX)
            swap(&fy, &oldY)
            for i in 0..<n { fx[i] = 0; fy[i] = 0 }
            let tree = BarnesHutTree(x: x, y: y, masses: mass)
            for i in 0..<n {
                let px = x[i], py = y[i], m = mass[i]
                var ax = 0.0, ay = 0.0
                tree.forEachBody(near: px, py, skip: Int32(i), theta: options.theta, stack: &stack) { bodyMass, cx, cy in
                    var dx = px - cx, dy = py - cy
                    var d2 = dx * dx + dy * dy
                    if d2 < 1e-12 {
                        dx = 1e-3 * Double(i % 7 + 1)
                        dy = 1e-3 * Double(i % 5 + 1)
                        d2 = dx * dx + dy * dy
                    }
                    let f = options.scaling * m * bodyMass / d2
                    ax += dx * f
                    ay += dy * f
                }
                let d = (px * px + py * py).squareRoot()
                if d > 0 {
                    ax -= px / d * options.gravity * m
                    ay -= py / d * options.gravity * m
                }
                fx[i] = ax
                fy[i] = ay
            }
            for (s, t) in zip(sources, destinations) {
                let a = Int(s), b = Int(t)
                let dx = x[b] - x[a], dy = y[b] - y[a]
                fx[a] += dx; fy[a] += dy
                fx[b] -= dx; fy[b] -= dy
            }
            // Adaptive speed (Gephi's ForceAtlas2): slow down where nodes swing, speed up where they glide.
            var totalSwing = 0.0, totalTraction = 0.0
            var swing = [Double](repeating: 0, count: n)
            for i in 0..<n {
                let sx = fx[i] - oldX[i], sy = fy[i] - oldY[i]
                let tx = fx[i] + oldX[i], ty = fy[i] + oldY[i]
                swing[i] = mass[i] * (sx * sx + sy * sy).squareRoot()
                totalSwing += swing[i]
                totalTraction += mass[i] * 0.5 * (tx * tx + ty * ty).squareRoot()
            }
            let estimated = 0.05 * Double(n).squareRoot()
            var jitter = max(estimated.squareRoot(), min(10, estimated * totalTraction / Double(n * n)))
            if totalSwing / max(totalTraction, 1e-12) > 2 {
                if speedEfficiency > 0.05 { speedEfficiency *= 0.5 }
                jitter = max(jitter, 1)
            }
            let target = jitter * speedEfficiency * totalTraction / max(totalSwing, 1e-12)
            if totalSwing > jitter * totalTraction {
                if speedEfficiency > 0.05 { speedEfficiency *= 0.7 }
            } else if speed < 1_000 {
                speedEfficiency *= 1.3
            }
            speed += min(target - speed, 0.5 * speed)
            for i in 0..<n {
                let factor = speed / (1 + (speed * swing[i]).squareRoot())
                x[i] += fx[i] * factor
                y[i] += fy[i] * factor
            }
        }
        return GraphLayout(x: x, y: y)
    }

    /// Centres a component, scales it so circles cover about a tenth of its area, then pushes
    /// overlapping circles apart (half each way) for `sweeps` rounds over a uniform grid.
    ///
    /// - Complexity: O(sweeps · (n + pairs in neighbouring grid cells)).
    static func fit(_ layout: inout GraphLayout, radius: [Double], sweeps: Int) {
        let n = layout.x.count
        guard n > 0 else { return }
        let meanX = layout.x.reduce(0, +) / Double(n), meanY = layout.y.reduce(0, +) / Double(n)
        for i in 0..<n {
            layout.x[i] -= meanX
            layout.y[i] -= meanY
        }
        guard n > 1 else { return }
        var spread = 0.0
        for i in 0..<n { spread += layout.x[i] * layout.x[i] + layout.y[i] * layout.y[i] }
        spread = (spread / Double(n)).squareRoot()
        let discArea = radius.reduce(0) { $0 + $1 * $1 } * Double.pi
        let wanted = (discArea * 10 / Double.pi).squareRoot() / 1.4
        if spread > 0 {
            let k = wanted / spread
            for i in 0..<n {
                layout.x[i] *= k
                layout.y[i] *= k
            }
        }
        let cell = 2 * (radius.max() ?? 1)
        for _ in 0..<sweeps {
            let grid = UniformGrid(x: layout.x, y: layout.y, cell: cell)
            var moved = false
            for i in 0..<n {
                grid.forEachNeighbour(of: i, x: layout.x[i], y: layout.y[i]) { j in
                    guard j > i else { return }
                    var dx = layout.x[j] - layout.x[i], dy = layout.y[j] - layout.y[i]
                    var d = (dx * dx + dy * dy).squareRoot()
                    let wanted = radius[i] + radius[j]
                    guard d < wanted else { return }
                    if d < 1e-9 {
                        dx = Double((i &* 31 &+ j) % 11) - 5 + 0.5
                        dy = Double((i &* 17 &+ j) % 13) - 6 + 0.5
                        d = (dx * dx + dy * dy).squareRoot()
                    }
                    let push = (wanted - d) / 2 / d * 1.01
                    layout.x[i] -= dx * push
                    layout.y[i] -= dy * push
                    layout.x[j] += dx * push
                    layout.y[j] += dy * push
                    moved = true
                }
            }
            if !moved { break }
        }
    }
}

extension GraphLayout {
    func prefix(_ n: Int) -> GraphLayout { GraphLayout(x: Array(x.prefix(n)), y: Array(y.prefix(n))) }
}

/// Points bucketed into square cells, for finding the points near a point.
struct UniformGrid {
    private let cell: Double
    private let minX: Double, minY: Double
    private let columns: Int, rows: Int
    private let offsets: [Int32]
    private let items: [Int32]

    init(x: [Double], y: [Double], cell: Double) {
        minX = x.min() ?? 0
        minY = y.min() ?? 0
        let width = (x.max() ?? 0) - minX, height = (y.max() ?? 0) - minY
        let cell = max(cell, width / 4_000, height / 4_000)
        self.cell = cell
        columns = min(4_096, Int(width / cell) + 1)
        rows = min(4_096, Int(height / cell) + 1)
        var counts = [Int32](repeating: 0, count: columns * rows + 1)
        var slot = [Int](repeating: 0, count: x.count)
        for i in x.indices {
            let c = min(columns - 1, Int((x[i] - minX) / cell)), r = min(rows - 1, Int((y[i] - minY) / cell))
            slot[i] = r * columns + c
            counts[slot[i] + 1] += 1
        }
        for k in 1..<counts.count { counts[k] += counts[k - 1] }
        var fill = counts
        var items = [Int32](repeating: 0, count: x.count)
        for i in x.indices {
            items[Int(fill[slot[i]])] = Int32(i)
            fill[slot[i]] += 1
        }
        offsets = counts
        self.items = items
    }

    /// Calls `body` with every point (other than `i`) in the 3 × 3 cells around (`px`, `py`).
    func forEachNeighbour(of i: Int, x px: Double, y py: Double, _ body: (Int) -> Void) {
        let c = min(columns - 1, max(0, Int((px - minX) / cell))), r = min(rows - 1, max(0, Int((py - minY) / cell)))
        for rr in max(0, r - 1)...min(rows - 1, r + 1) {
            for cc in max(0, c - 1)...min(columns - 1, c + 1) {
                let k = rr * columns + cc
                for slot in Int(offsets[k])..<Int(offsets[k + 1]) where Int(items[slot]) != i { body(Int(items[slot])) }
            }
        }
    }
}
