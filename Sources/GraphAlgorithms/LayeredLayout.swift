extension CSRGraph {
    /// A layered layout: each node in the column block of its layer (left to right by layer), and
    /// within a layer ordered by, and placed near, the barycentre of its neighbours in earlier layers,
    /// so that linked nodes line up and edges cross less.
    ///
    ///     layer 0   layer 1   layer 2
    ///       a ─────── c ─────── e          a, b first (by id); c under a, d under b, e next to c
    ///       b ─────── d
    ///
    /// A layer holds at most `rowsPerColumn` nodes per column and wraps into more columns, so a
    /// year with thousands of papers stays readable. Spacing is 2.5 times the largest radius.
    ///
    /// - Parameters:
    ///   - layer: The layer of each node, from 0 (one per node).
    ///   - radius: The radius of each node's circle (one per node).
    ///   - rowsPerColumn: Nodes per column; `nil` picks about 1.5 √V, at least 8.
    /// - Returns: Positions with layers along x and the order within a layer along y.
    /// - Complexity: O(V log V + E) time, O(V) extra space.
    public func layeredLayout(layer: [Int], radius: [Double], rowsPerColumn: Int? = nil) -> GraphLayout {
        precondition(layer.count == nodeCount && radius.count == nodeCount, "one layer and one radius per node")
        precondition(layer.allSatisfy { $0 >= 0 }, "layers are 0 or more")
        var x = [Double](repeating: 0, count: nodeCount), y = x
        guard nodeCount > 0 else { return GraphLayout(x: x, y: y) }
        let rows = max(1, rowsPerColumn ?? max(8, Int((Double(nodeCount).squareRoot() * 1.5).rounded())))
        let spacing = 2.5 * (radius.max() ?? 1)
        let layerCount = (layer.max() ?? 0) + 1
        var byLayer = [[Int]](repeating: [], count: layerCount)
        for v in 0..<nodeCount { byLayer[layer[v]].append(v) }
        let reverse = reversed()
        var placed = [Bool](repeating: false, count: nodeCount)
        var cursorX = 0.0
        for nodes in byLayer where !nodes.isEmpty {
            var key = [Double](repeating: 0, count: nodeCount)
            for v in nodes {
                var sum = 0.0, count = 0.0
                for w in neighbors(of: v) where placed[Int(w)] { sum += y[Int(w)]; count += 1 }
                for w in reverse.neighbors(of: v) where placed[Int(w)] { sum += y[Int(w)]; count += 1 }
                key[v] = count > 0 ? sum / count : Double.infinity
            }
            let ordered = nodes.sorted { key[$0] != key[$1] ? key[$0] < key[$1] : $0 < $1 }
            if ordered.count <= rows {
                // One column: each node at its barycentre, pushed down to keep the spacing, then the
                // column shifted back by the mean push.
                var previous = -Double.infinity, push = 0.0, anchored = 0.0
                for v in ordered {
                    let wanted = key[v].isFinite ? key[v] : previous + spacing
                    y[v] = previous.isFinite ? max(wanted.isFinite ? wanted : 0, previous + spacing) : (wanted.isFinite ? wanted : 0)
                    if key[v].isFinite { push += y[v] - key[v]; anchored += 1 }
                    previous = y[v]
                    x[v] = cursorX
                }
                let shift = anchored > 0 ? push / anchored : (y[ordered[0]] + y[ordered[ordered.count - 1]]) / 2
                for v in ordered { y[v] -= shift }
            } else {
                let height = Double(rows)
                for (i, v) in ordered.enumerated() {
                    let column = i / rows, row = i % rows
                    x[v] = cursorX + Double(column) * spacing
                    y[v] = (Double(row) - (height - 1) / 2) * spacing
                }
            }
            for v in ordered { placed[v] = true }
            cursorX += Double((ordered.count + rows - 1) / rows) * spacing + 2 * spacing
        }
        return GraphLayout(x: x, y: y)
    }
}
