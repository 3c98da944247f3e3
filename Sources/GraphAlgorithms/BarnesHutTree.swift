/// A quadtree over weighted points that approximates far-away groups by their centre of mass
/// (Barnes & Hut 1986), for the O(n log n) repulsion of ``ForceLayout``.
///
/// Cells live in flat arrays (four child slots per cell, `-1` for none); a leaf holds one point,
/// and points that coincide below ``minimumCellSize`` share a leaf so that building never recurses
/// without end.
///
/// Reference: J. Barnes and P. Hut, "A hierarchical O(N log N) force-calculation algorithm",
/// Nature 324, 1986. <https://doi.org/10.1038/324446a0>
struct BarnesHutTree {
    private var children: [Int32] = []
    private var mass: [Double] = []
    private var centerX: [Double] = []
    private var centerY: [Double] = []
    private var size: [Double] = []
    private var originX: [Double] = []
    private var originY: [Double] = []
    /// The single point of a leaf cell, or -1 for an inner or empty cell.
    private var point: [Int32] = []

    static let minimumCellSize = 1e-6

    /// Builds the tree over points `0 ..< x.count` with the given masses.
    ///
    /// - Complexity: O(n d) for n points and tree depth d (O(n log n) for spread-out points).
    init(x: [Double], y: [Double], masses: [Double]) {
        guard let minX = x.min(), let maxX = x.max(), let minY = y.min(), let maxY = y.max() else { return }
        let side = max(maxX - minX, maxY - minY, 1e-3) * 1.0001
        reserveCells(2 * x.count + 1)
        newCell(originX: minX, originY: minY, size: side)
        for i in x.indices { insert(Int32(i), x: x, y: y, masses: masses) }
    }

    /// Room for `cells` cells at once: spread-out points make about 1.3–2 cells each, so the arrays
    /// rarely regrow (a regrowth holds the old and the doubled array together).
    private mutating func reserveCells(_ cells: Int) {
        children.reserveCapacity(4 * cells)
        point.reserveCapacity(cells)
        mass.reserveCapacity(cells)
        centerX.reserveCapacity(cells)
        centerY.reserveCapacity(cells)
        size.reserveCapacity(cells)
        originX.reserveCapacity(cells)
        originY.reserveCapacity(cells)
    }

    private mutating func newCell(originX ox: Double, originY oy: Double, size s: Double) {
        children.append(contentsOf: [-1, -1, -1, -1])
        mass.append(0)
        centerX.append(0)
        centerY.append(0)
        size.append(s)
        originX.append(ox)
        originY.append(oy)
        point.append(-1)
    }

    private func quadrant(_ cell: Int, _ px: Double, _ py: Double) -> Int {
        let half = size[cell] / 2
        return (px >= originX[cell] + half ? 1 : 0) + (py >= originY[cell] + half ? 2 : 0)
    }

    private mutating func child(_ cell: Int, _ q: Int) -> Int {
        let existing = Int(children[cell * 4 + q])
        if existing >= 0 { return existing }
        let half = size[cell] / 2
        let index = mass.count
        newCell(originX: originX[cell] + (q & 1 == 1 ? half : 0), originY: originY[cell] + (q & 2 == 2 ? half : 0),
                size: half)
        children[cell * 4 + q] = Int32(index)
        return index
    }

    private mutating func insert(_ p: Int32, x: [Double], y: [Double], masses: [Double]) {
        let px = x[Int(p)], py = y[Int(p)], m = masses[Int(p)]
        var cell = 0
        while true {
            let isEmptyLeaf = mass[cell] == 0 && point[cell] < 0 && children[cell * 4 ..< cell * 4 + 4].allSatisfy { $0 < 0 }
            let total = mass[cell] + m
            centerX[cell] = (centerX[cell] * mass[cell] + px * m) / total
            centerY[cell] = (centerY[cell] * mass[cell] + py * m) / total
            mass[cell] = total
            if isEmptyLeaf {
                point[cell] = p
                return
            }
            if size[cell] < Self.minimumCellSize { return }   // coincident points share the leaf
            let resident = point[cell]
            if resident >= 0 {
                point[cell] = -1
                let r = Int(resident)
                let target = child(cell, quadrant(cell, x[r], y[r]))
                mass[target] = masses[r]
                centerX[target] = x[r]
                centerY[target] = y[r]
                point[target] = resident
            }
            cell = child(cell, quadrant(cell, px, py))
        }
    }

    /// Calls `body(mass, cx, cy)` for each group whose force on the point at (`px`, `py`) is
    /// approximated: a cell of side s at distance d counts as one body when s / d < `theta`.
    /// The point itself (`skip`) is left out.
    ///
    /// - Complexity: O(log n) cells for spread-out points and a fixed `theta`.
    func forEachBody(near px: Double, _ py: Double, skip: Int32, theta: Double, stack: inout [Int32],
                     _ body: (Double, Double, Double) -> Void) {
        guard !mass.isEmpty else { return }
        stack.removeAll(keepingCapacity: true)
        stack.append(0)
        while let top = stack.popLast() {
            let cell = Int(top)
            if mass[cell] == 0 || point[cell] == skip { continue }
            let dx = centerX[cell] - px, dy = centerY[cell] - py
            let distanceSquared = dx * dx + dy * dy
            let isLeaf = children[cell * 4 ..< cell * 4 + 4].allSatisfy { $0 < 0 }
            if isLeaf || size[cell] * size[cell] < theta * theta * distanceSquared {
                body(mass[cell], centerX[cell], centerY[cell])
                continue
            }
            for q in 0..<4 where children[cell * 4 + q] >= 0 { stack.append(children[cell * 4 + q]) }
        }
    }
}
