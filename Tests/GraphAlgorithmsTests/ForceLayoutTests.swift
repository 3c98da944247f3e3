import Testing
import GraphAlgorithms
import TestSupport

/// The deepest overlap between two circles, as a fraction of the smaller radius (0 = none).
private func worstOverlap(_ layout: GraphLayout, radius: [Double]) -> Double {
    var worst = 0.0
    for i in radius.indices {
        for j in radius.indices where j > i {
            let d = ((layout.x[i] - layout.x[j]) * (layout.x[i] - layout.x[j])
                + (layout.y[i] - layout.y[j]) * (layout.y[i] - layout.y[j])).squareRoot()
            worst = max(worst, (radius[i] + radius[j] - d) / min(radius[i], radius[j]))
        }
    }
    return worst
}

@Suite("Force layout (ForceAtlas2 + Barnes–Hut)")
struct ForceLayoutTests {
    @Test("the same seed gives the same positions; another seed other positions")
    func deterministic() {
        let g = RandomGraphs.directed(nodeCount: 80, edgeCount: 200, seed: 7)
        let radius = [Double](repeating: 5, count: 80)
        let a = g.forceLayout(radius: radius, options: ForceLayoutOptions(iterations: 120, seed: 3))
        let b = g.forceLayout(radius: radius, options: ForceLayoutOptions(iterations: 120, seed: 3))
        let c = g.forceLayout(radius: radius, options: ForceLayoutOptions(iterations: 120, seed: 4))
        #expect(a == b)
        #expect(a != c)
        #expect(a.x.allSatisfy(\.isFinite) && a.y.allSatisfy(\.isFinite))
    }

    @Test("circles overlap by at most 5% of a radius on small graphs", arguments: [(30, 60, UInt64(1)), (60, 150, 2), (12, 11, 3)])
    func boundedOverlaps(nodes: Int, edges: Int, seed: UInt64) {
        let g = RandomGraphs.directed(nodeCount: nodes, edgeCount: edges, seed: seed)
        let radius = (0..<nodes).map { 4 + Double($0 % 5) * 3 }
        let layout = g.forceLayout(radius: radius, options: ForceLayoutOptions(iterations: 200, seed: seed))
        #expect(worstOverlap(layout, radius: radius) <= 0.05)
    }

    @Test("linked nodes sit closer than unlinked ones")
    func edgesAttract() {
        // Two 6-cliques joined by one edge: the mean distance inside a clique is below the mean across.
        var edges: [(UInt32, UInt32)] = []
        for base in [0, 6] {
            for i in 0..<6 { for j in (i + 1)..<6 { edges.append((UInt32(base + i), UInt32(base + j))) } }
        }
        edges.append((0, 6))
        let g = CSRGraph(nodeCount: 12, edges: edges)
        let layout = g.forceLayout(radius: [Double](repeating: 3, count: 12))
        func d(_ i: Int, _ j: Int) -> Double {
            ((layout.x[i] - layout.x[j]) * (layout.x[i] - layout.x[j]) + (layout.y[i] - layout.y[j]) * (layout.y[i] - layout.y[j])).squareRoot()
        }
        var inside = 0.0, across = 0.0
        for i in 1..<6 { for j in (i + 1)..<6 { inside += d(i, j) + d(i + 6, j + 6) } }
        for i in 1..<6 { for j in 7..<12 { across += d(i, j) } }
        #expect(inside / 20 < across / 25)
    }

    @Test("connected components do not overlap: their bounding boxes are disjoint")
    func componentsSeparated() {
        // Three paths of 8, 5 and 3 nodes plus two isolated nodes.
        var edges: [(UInt32, UInt32)] = []
        for (start, length) in [(0, 8), (8, 5), (13, 3)] {
            for i in start..<(start + length - 1) { edges.append((UInt32(i), UInt32(i + 1))) }
        }
        let g = CSRGraph(nodeCount: 18, edges: edges)
        let radius = [Double](repeating: 4, count: 18)
        let layout = g.forceLayout(radius: radius)
        let groups = [Array(0..<8), Array(8..<13), Array(13..<16), [16], [17]]
        let boxes = groups.map { members in
            (members.map { layout.x[$0] }.min()! - 4, members.map { layout.x[$0] }.max()! + 4,
             members.map { layout.y[$0] }.min()! - 4, members.map { layout.y[$0] }.max()! + 4)
        }
        for a in boxes.indices {
            for b in boxes.indices where b > a {
                let apart = boxes[a].1 < boxes[b].0 || boxes[b].1 < boxes[a].0 || boxes[a].3 < boxes[b].2 || boxes[b].3 < boxes[a].2
                #expect(apart, "components \(a) and \(b) overlap")
            }
        }
    }

    @Test("an empty graph and a single node lay out")
    func tiny() {
        #expect(CSRGraph(nodeCount: 0, edges: []).forceLayout(radius: []) == GraphLayout(x: [], y: []))
        let one = CSRGraph(nodeCount: 1, edges: []).forceLayout(radius: [5])
        #expect(one.x.count == 1 && one.x[0].isFinite)
    }

    @Test("large components take fewer iterations, down to a quarter")
    func iterationBudget() {
        let options = ForceLayoutOptions(iterations: 300)
        #expect(options.iterations(forNodes: 2_000) == 300)
        #expect(options.iterations(forNodes: 4_000) == 150)
        #expect(options.iterations(forNodes: 1_000_000) == 75)
    }
}

@Suite("Layered layout")
struct LayeredLayoutTests {
    @Test("layers run left to right; linked nodes line up; no two circles overlap")
    func layers() {
        // 0 → 2, 1 → 3, 2 → 4: layers [0, 0, 1, 1, 2].
        let g = CSRGraph(nodeCount: 5, edges: [(2, 0), (3, 1), (4, 2)])
        let radius = [Double](repeating: 5, count: 5)
        let layout = g.layeredLayout(layer: [0, 0, 1, 1, 2], radius: radius)
        #expect(layout.x[0] == layout.x[1] && layout.x[2] == layout.x[3])
        #expect(layout.x[0] < layout.x[2] && layout.x[2] < layout.x[4])
        #expect(layout.y[2] == layout.y[0] && layout.y[3] == layout.y[1])
        #expect(layout.y[4] == layout.y[2])
        #expect(worstOverlap(layout, radius: radius) <= 0)
    }

    @Test("a crowded layer wraps into columns")
    func wraps() {
        let g = CSRGraph(nodeCount: 20, edges: [])
        let layout = g.layeredLayout(layer: [Int](repeating: 0, count: 20), radius: [Double](repeating: 2, count: 20), rowsPerColumn: 8)
        #expect(Set(layout.x).count == 3)
        #expect(Set(layout.y).count == 8)
    }
}
