import Testing
@testable import GraphAlgorithms
import TestSupport

@Suite("Topological order by levels and weights")
struct TopologicalOrderLevelsTests {
    @Test("takes the lowest level, then the largest weight, then the smallest id")
    func handDrawn() {
        //  0 ──▶ 2 ◀── 1      3 (free, year 2018, light)     4 (free, no year)
        let g = CSRGraph(nodeCount: 5, edges: [(0, 2), (1, 2)])
        let levels = [2020, 2018, 2019, 2018, Int.max]
        let weights = [0.1, 0.2, 0.4, 0.1, 0.9]
        // Free: 0 (2020), 1 (2018, 0.2), 3 (2018, 0.1), 4 (last). 1 before 3 by weight; 2 waits for 0.
        let t = g.topologicalOrder(levels: levels, weights: weights)
        #expect(t.order == [1, 3, 0, 2, 4])
        #expect(t.isAcyclic)
        // Equal level and weight: the smaller id first.
        #expect(g.topologicalOrder(levels: [0, 0, 0, 0, 0], weights: [1, 1, 1, 1, 1]).order == [0, 1, 2, 3, 4])
    }

    @Test("a paper older than a free one still waits for what it builds on")
    func edgesWin() {
        // 0 ──▶ 1: 1 is older, but must come after 0.
        let g = CSRGraph(nodeCount: 3, edges: [(0, 1)])
        #expect(g.topologicalOrder(levels: [2020, 1990, 2000], weights: [0, 0, 0]).order == [2, 0, 1])
    }

    @Test("keeps a cycle together, ordered inside by level, weight, id, keyed by its best member")
    func cycle() {
        // 0 ──▶ 1 ◀─▶ 2, and 3 free. The group {1, 2} has its best member 2 (2015).
        let g = CSRGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 1)])
        let t = g.topologicalOrder(levels: [2010, 2020, 2015, 2016], weights: [0, 0.5, 0.1, 0])
        #expect(t.order == [0, 2, 1, 3])
        #expect(t.cyclicGroups == [[2, 1]])
        #expect(t.groupOf == [-1, 0, 0, -1])
    }

    @Test("levels spread far apart are compressed to their ranks")
    func denseLevels() {
        #expect(CSRGraph.denseLevels([5, -3, 5, Int.max, 0]) == [2, 0, 2, 3, 1])
        #expect(CSRGraph.denseLevels([2020, 2018, 2020]) == [1, 0, 1])
        #expect(CSRGraph.denseLevels([]) == [])
        // Years and Int.max (unknown) lie in the two windows; 0 between Int.min and Int.max does not.
        #expect(CSRGraph.denseLevels([2020, Int.max, 1990, Int.max, 2020]) == [1, 2, 0, 2, 1])
        #expect(CSRGraph.denseLevels([Int.max, 0, Int.min]) == [2, 1, 0])
        #expect(CSRGraph.denseLevels([Int.min, Int.min + 3, Int.max - 1, Int.max]) == [0, 1, 2, 3])
    }

    @Test("dense levels are the ranks among the distinct values", arguments: [UInt64(51), 52, 53])
    func denseLevelsAreRanks(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let pool = [Int.min, -5, 0, 1_990, 2_000, 2_024, Int.max - 7, Int.max]
        let levels = (0..<200).map { _ in pool[Int.random(in: 0..<pool.count, using: &rng)] }
        let distinct = Set(levels).sorted()
        #expect(CSRGraph.denseLevels(levels) == levels.map { UInt32(distinct.firstIndex(of: $0)!) })
        let years = levels.filter { $0 > Int.min && $0 < Int.max - 7 } + [Int.max]
        let distinctYears = Set(years).sorted()
        #expect(CSRGraph.denseLevels(years) == years.map { UInt32(distinctYears.firstIndex(of: $0)!) })
    }

    @Test("agrees with a brute-force greedy order on random graphs", arguments: [UInt64(31), 32, 33])
    func matchesGreedy(seed: UInt64) {
        let g = RandomGraphs.acyclic(nodeCount: 120, edgeCount: 300, seed: seed)
        var rng = SeededGenerator(seed: seed)
        let levels = (0..<g.nodeCount).map { _ in Int.random(in: 0..<6, using: &rng) }
        let weights = (0..<g.nodeCount).map { _ in Double(Int.random(in: 0..<4, using: &rng)) }
        let t = g.topologicalOrder(levels: levels, weights: weights)
        // Reference: repeatedly take the best node whose in-edges are all done, by a linear scan.
        var indegree = [Int](repeating: 0, count: g.nodeCount)
        for (_, v) in g.edges { indegree[Int(v)] += 1 }
        var done = [Bool](repeating: false, count: g.nodeCount)
        var expected: [UInt32] = []
        for _ in 0..<g.nodeCount {
            let best = (0..<g.nodeCount).filter { !done[$0] && indegree[$0] == 0 }.min { a, b in
                (levels[a], -weights[a], a) < (levels[b], -weights[b], b)
            }!
            done[best] = true
            expected.append(UInt32(best))
            for w in g.neighbors(of: best) { indegree[Int(w)] -= 1 }
        }
        #expect(t.order == expected)
        #expect(GraphPredicates.isTopologicalOrder(t.order, of: g))
    }

    @Test("with cycles and unknown levels: the greedy order over the condensation, components found or given",
          arguments: [UInt64(41), 42, 43])
    func cyclesMatchGreedy(seed: UInt64) {
        let g = RandomGraphs.directed(nodeCount: 150, edgeCount: 190, seed: seed, allowSelfLoops: true)
        var rng = SeededGenerator(seed: seed)
        // Int.max stands for an unknown year, as the reading order passes it.
        let levels = (0..<g.nodeCount).map { _ in [1990, 2000, 2010, Int.max][Int.random(in: 0..<4, using: &rng)] }
        let weights = (0..<g.nodeCount).map { _ in Double(Int.random(in: 0..<3, using: &rng)) }
        #expect(!g.stronglyConnectedComponents().nontrivialComponents.isEmpty)
        let (expected, expectedGroups) = Self.greedyOrder(g, levels: levels, weights: weights)
        for components in [nil, g.condensationOrder(), g.stronglyConnectedComponents(), g.reversed().condensationOrder()] {
            let t = g.topologicalOrder(levels: levels, weights: weights, components: components)
            #expect(t.order == expected)
            #expect(t.cyclicGroups == expectedGroups)
            #expect(GraphPredicates.isTopologicalOrder(t.order, of: g, groups: t.groupOf))
        }
    }

    @Test("levels that never fall along an edge: only the edges within a level are followed, same order",
          arguments: [UInt64(61), 62, 63, 64])
    func risingLevelsMatchGreedy(seed: UInt64) {
        let g = RandomGraphs.directed(nodeCount: 160, edgeCount: 170, seed: seed, allowSelfLoops: true)
        var rng = SeededGenerator(seed: seed)
        // Components numbered along the edges, grouped by eight: no edge falls to a lower level,
        // many stay within one, and cycles lie within one.
        let components = g.condensationOrder()
        let levels = components.componentOf.map { 1990 + Int($0) / 8 }
        let weights = (0..<g.nodeCount).map { _ in Double(Int.random(in: 0..<3, using: &rng)) }
        #expect(!components.nontrivialComponents.isEmpty)
        let dense = CSRGraph.denseLevels(levels)
        let within = g.sameLevelEdges(dense)!
        #expect(within.edgeCount == g.edges.filter { dense[Int($0.source)] == dense[Int($0.destination)] }.count)
        #expect(within.edgeCount < g.edgeCount)
        let (expected, expectedGroups) = Self.greedyOrder(g, levels: levels, weights: weights)
        let t = g.topologicalOrder(levels: levels, weights: weights)
        #expect(t.order == expected)
        #expect(t.cyclicGroups == expectedGroups)
        #expect(GraphPredicates.isTopologicalOrder(t.order, of: g, groups: t.groupOf))
        // Acyclic, ids in time order, levels rising with the id as years do.
        let dag = RandomGraphs.acyclic(nodeCount: 150, edgeCount: 400, seed: seed)
        let years = (0..<dag.nodeCount).map { 2025 - $0 / 20 }, dagWeights = Array(weights.prefix(dag.nodeCount))
        #expect(dag.sameLevelEdges(CSRGraph.denseLevels(years)) != nil)
        #expect(dag.topologicalOrder(levels: years, weights: dagWeights).order
                == Self.greedyOrder(dag, levels: years, weights: dagWeights).order)
    }

    @Test("the edges within levels, or nil when an edge falls to a lower level")
    func sameLevelEdges() {
        // 0 ──▶ 1 ──▶ 2, 0 ──▶ 2, 2 ──▶ 2
        let g = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (0, 2), (2, 2)])
        let within = g.sameLevelEdges([1, 1, 2])!
        #expect(within.edges.map { [$0.source, $0.destination] } == [[0, 1], [2, 2]])
        #expect(g.sameLevelEdges([1, 2, 1]) == nil)
        #expect(g.sameLevelEdges([0, 0, 0])!.edgeCount == 4)
        #expect(CSRGraph(nodeCount: 0, edges: []).sameLevelEdges([])!.edgeCount == 0)
    }

    /// The reference order: take the free component with the best member by a linear scan, and
    /// list it in key order (lowest level, then largest weight, then smallest id).
    static func greedyOrder(_ g: CSRGraph, levels: [Int], weights: [Double]) -> (order: [UInt32], groups: [[UInt32]]) {
        let tarjan = g.stronglyConnectedComponents()
        func better(_ a: Int, _ b: Int) -> Bool { (levels[a], -weights[a], a) < (levels[b], -weights[b], b) }
        var waiting = [Int](repeating: 0, count: tarjan.componentCount)
        for (u, v) in g.edges where tarjan.componentOf[Int(u)] != tarjan.componentOf[Int(v)] {
            waiting[Int(tarjan.componentOf[Int(v)])] += 1
        }
        var done = [Bool](repeating: false, count: tarjan.componentCount)
        var expected: [UInt32] = [], expectedGroups: [[UInt32]] = []
        for _ in 0..<tarjan.componentCount {
            let free = (0..<tarjan.componentCount).filter { !done[$0] && waiting[$0] == 0 }
            let best = free.min { a, b in
                better(tarjan.members(of: a).map(Int.init).min(by: better)!, tarjan.members(of: b).map(Int.init).min(by: better)!)
            }!
            done[best] = true
            let group = tarjan.members(of: best).sorted { better(Int($0), Int($1)) }
            if group.count > 1 { expectedGroups.append(group) }
            expected += group
            for u in group {
                for v in g.neighbors(of: Int(u)) where tarjan.componentOf[Int(v)] != UInt32(best) {
                    waiting[Int(tarjan.componentOf[Int(v)])] -= 1
                }
            }
        }
        return (expected, expectedGroups)
    }
}
