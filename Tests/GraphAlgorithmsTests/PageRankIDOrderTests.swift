import Testing
@testable import GraphAlgorithms
import TestSupport

@Suite("PageRank in id order")
struct PageRankIDOrderTests {
    @Test("finds graphs whose edges all run to smaller or all to larger ids, and no others")
    func detectsDirection() {
        let down = CSRGraph(nodeCount: 4, edges: [(3, 1), (1, 0), (2, 0)])
        let up = CSRGraph(nodeCount: 4, edges: [(0, 1), (1, 3), (0, 2)])
        let mixed = CSRGraph(nodeCount: 3, edges: [(0, 1), (2, 1)])
        let selfLoop = CSRGraph(nodeCount: 2, edges: [(1, 0), (1, 1)])
        #expect(down.uniformEdgeDirection() == .towardSmallerIDs)
        #expect(up.uniformEdgeDirection() == .towardLargerIDs)
        #expect(mixed.uniformEdgeDirection() == nil)
        #expect(selfLoop.uniformEdgeDirection() == nil)
    }

    @Test("gives the same bits as the solve along components", arguments: [UInt64(1), 2, 3])
    func sameBitsAsComponentSolve(seed: UInt64) {
        let down = RandomGraphs.acyclic(nodeCount: 400, edgeCount: 2_000, seed: seed)
        let up = down.reversed()
        for graph in [down, up] {
            let problem = PageRankProblem(graph: graph, options: PageRankOptions(method: .exact))
            let reference = problem.solveExactly(components: graph.stronglyConnectedComponents(), reversed: graph.reversed())
            let fast = graph.pageRank(options: PageRankOptions(method: .exact))
            #expect(graph.uniformEdgeDirection() != nil)
            #expect(fast == reference)
            #expect(graph.pageRank(options: PageRankOptions()) == reference)
        }
    }

    @Test("a prebuilt reverse gives the same result as building it")
    func prebuiltReverse() {
        let graph = RandomGraphs.directed(nodeCount: 300, edgeCount: 1_500, seed: 9)
        for method in [PageRankMethod.power, .exact, .automatic] {
            let options = PageRankOptions(method: method)
            #expect(graph.pageRank(options: options, reversed: graph.reversed()) == graph.pageRank(options: options))
        }
    }

    @Test("the reverse of the reverse is the graph, rows sorted", arguments: [UInt64(4), 5])
    func reverseTwice(seed: UInt64) {
        let graph = RandomGraphs.directed(nodeCount: 500, edgeCount: 3_000, seed: seed, allowSelfLoops: true)
        let reversed = graph.reversed()
        #expect(reversed.reversed() == graph)
        #expect(reversed.edgeCount == graph.edgeCount)
        for v in 0..<reversed.nodeCount { #expect(Array(reversed.neighbors(of: v)) == reversed.neighbors(of: v).sorted()) }
        for (u, v) in graph.edges { #expect(reversed.hasEdge(from: Int(v), to: Int(u))) }
    }

    @Test("shuffled ids: solving along the condensation order gives the same bits as along Tarjan's",
          arguments: [UInt64(21), 22])
    func condensationOrderSameBits(seed: UInt64) {
        // An acyclic part with shuffled ids (no uniform direction) plus cycles and self-loops.
        let graph = RandomGraphs.directed(nodeCount: 400, edgeCount: 470, seed: seed, allowSelfLoops: true)
        #expect(graph.uniformEdgeDirection() == nil)
        #expect(!graph.stronglyConnectedComponents().nontrivialComponents.isEmpty)
        let problem = PageRankProblem(graph: graph, options: PageRankOptions(method: .exact))
        let reference = problem.solveExactly(components: graph.stronglyConnectedComponents(), reversed: graph.reversed())
        #expect(graph.pageRank(options: PageRankOptions(method: .exact)) == reference)
        let power = graph.pageRank(options: PageRankOptions(tolerance: 1e-13, maxIterations: 1_000, method: .power))
        var difference = 0.0
        for v in 0..<graph.nodeCount { difference += abs(power.scores[v] - reference.scores[v]) }
        #expect(difference < 1e-11)
    }
}
