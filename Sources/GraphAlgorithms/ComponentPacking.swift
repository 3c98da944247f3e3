/// Places separately laid-out components side by side in rows (shelf packing), largest first.
enum ComponentPacking {
    /// Packs `pieces` (positions of `members[k]`, centred at their origin) into one layout.
    ///
    /// Components are sorted by node count (largest first, then smallest node id) and placed
    /// left to right in rows about as wide as the square root of their total box area, with `gap`
    /// times the largest radius between boxes, so no two components' circles come close.
    ///
    /// - Complexity: O(V + C log C) for V nodes and C components.
    static func pack(_ pieces: [GraphLayout], members: [[UInt32]], radius: [Double], gap: Double,
                     nodeCount: Int) -> GraphLayout {
        var x = [Double](repeating: 0, count: nodeCount), y = x
        guard !pieces.isEmpty else { return GraphLayout(x: x, y: y) }
        let margin = gap * (radius.max() ?? 1)
        struct Box { var minX, minY, width, height: Double }
        var boxes: [Box] = []
        for (k, piece) in pieces.enumerated() {
            var lowX = Double.infinity, lowY = Double.infinity, highX = -Double.infinity, highY = -Double.infinity
            for (i, v) in members[k].enumerated() {
                let r = radius[Int(v)]
                lowX = min(lowX, piece.x[i] - r); highX = max(highX, piece.x[i] + r)
                lowY = min(lowY, piece.y[i] - r); highY = max(highY, piece.y[i] + r)
            }
            boxes.append(Box(minX: lowX, minY: lowY, width: highX - lowX, height: highY - lowY))
        }
        let order = pieces.indices.sorted { a, b in
            members[a].count != members[b].count ? members[a].count > members[b].count : members[a][0] < members[b][0]
        }
        let area = boxes.reduce(0) { $0 + ($1.width + margin) * ($1.height + margin) }
        let rowWidth = max(area.squareRoot(), boxes[order[0]].width)
        var cursorX = 0.0, cursorY = 0.0, rowHeight = 0.0
        for k in order {
            let box = boxes[k]
            if cursorX > 0 && cursorX + box.width > rowWidth {
                cursorX = 0
                cursorY += rowHeight + margin
                rowHeight = 0
            }
            let shiftX = cursorX - box.minX, shiftY = cursorY - box.minY
            for (i, v) in members[k].enumerated() {
                x[Int(v)] = pieces[k].x[i] + shiftX
                y[Int(v)] = pieces[k].y[i] + shiftY
            }
            cursorX += box.width + margin
            rowHeight = max(rowHeight, box.height)
        }
        return GraphLayout(x: x, y: y)
    }
}
