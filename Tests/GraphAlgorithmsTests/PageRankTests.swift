import Testing
@testable import GraphAlgorithms
import TestSupport

@Suite("PageRank")
struct PageRankTests {
    static let solvers: [PageRankMethod] = [.power, .exact, .automatic]

    /// Tight power-method settings for comparisons against the reference values.
    static func options(_ method: PageRankMethod, personalization: [Double]? = nil) -> PageRankOptions {
        PageRankOptions(tolerance: 1e-13, maxIterations: 1_000, personalization: personalization, method: method)
    }

    static func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { abs($0 - $1) }.max() ?? 0
    }

    @Test("solves a three-node chain by hand")
    func chainByHand() {
        // y = p + 0.85 Pᵀ y with p = 1/3: y0 = 1/3, y1 = 1/3 + 0.85 y0, y2 = 1/3 + 0.85 y1.
        let y0 = 1.0 / 3, y1 = 1.0 / 3 + 0.85 * y0, y2 = 1.0 / 3 + 0.85 * y1
        let expected = [y0, y1, y2].map { $0 / (y0 + y1 + y2) }
        let g = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 2)])
        let exact = g.pageRank(options: .init(method: .exact))
        #expect(Self.maxDifference(exact.scores, expected) < 1e-15)
        #expect(exact.iterations == 1)
        #expect(exact.converged)
        #expect(Self.maxDifference(g.pageRank(options: .init(method: .power)).scores, expected) < 1e-9)
    }

    @Test("counts a repeated edge once per copy")
    func repeatedEdges() {
        let g = CSRGraph(nodeCount: 3, edges: [(0, 1), (0, 1), (0, 2)], deduplicate: false)
        let y0 = 1.0 / 3, y1 = 1.0 / 3 + 0.85 * 2 / 3 * y0, y2 = 1.0 / 3 + 0.85 / 3 * y0
        let expected = [y0, y1, y2].map { $0 / (y0 + y1 + y2) }
        for method in [PageRankMethod.power, .exact] {
            #expect(Self.maxDifference(g.pageRank(options: .init(method: method)).scores, expected) < 1e-9)
        }
    }

    @Test("matches networkx on hand-drawn graphs",
          arguments: PageRankFixture.handDrawn, PageRankTests.solvers)
    func handDrawn(example: PageRankFixture.Case, method: PageRankMethod) {
        let g = CSRGraph(nodeCount: example.nodeCount, edges: example.edges)
        let result = g.pageRank(options: Self.options(method, personalization: example.personalization))
        #expect(result.converged)
        #expect(result.method != .automatic)
        #expect(Self.maxDifference(result.scores, example.expected) < 1e-12)
    }

    @Test("matches networkx on a 250-node random graph to 1e-11 with default settings",
          arguments: [PageRankMethod.exact, .automatic])
    func randomGraphDefaults(method: PageRankMethod) {
        let g = CSRGraph(nodeCount: PageRankFixture.randomNodeCount, edges: PageRankFixture.randomEdges)
        let result = g.pageRank(options: .init(method: method))
        #expect(result.converged)
        #expect(result.method == .exact)
        #expect(Self.maxDifference(result.scores, PageRankFixture.randomExpected) < 1e-11)
        let personalized = g.pageRank(options: .init(personalization: PageRankFixture.randomPersonalization,
                                                      method: method))
        #expect(Self.maxDifference(personalized.scores, PageRankFixture.randomPersonalizedExpected) < 1e-11)
    }

    @Test("matches networkx on a 250-node random graph with the power method")
    func randomGraphPower() {
        let g = CSRGraph(nodeCount: PageRankFixture.randomNodeCount, edges: PageRankFixture.randomEdges)
        // This graph has closed groups, so power iteration contracts only by 0.85 a sweep and needs
        // more than the default 100 sweeps to reach the default tolerance.
        let capped = g.pageRank(options: .init(method: .power))
        #expect(capped.iterations == 100)
        #expect(!capped.converged)
        let options = PageRankOptions(maxIterations: 1_000, method: .power)
        let result = g.pageRank(options: options)
        #expect(result.converged)
        #expect(Self.maxDifference(result.scores, PageRankFixture.randomExpected) < 1e-9)
        var personalizedOptions = options
        personalizedOptions.personalization = PageRankFixture.randomPersonalization
        let personalized = g.pageRank(options: personalizedOptions)
        #expect(personalized.converged)
        #expect(Self.maxDifference(personalized.scores, PageRankFixture.randomPersonalizedExpected) < 1e-9)
    }

    @Test("stops when the L1 change of a sweep drops below the tolerance")
    func stoppingRule() {
        // On a directed 4-cycle the uniform start is already the fixed point.
        let g = SimpleGraphs.path(nodeCount: 4, closed: true)
        let result = g.pageRank(options: .init(method: .power))
        #expect(result.iterations == 1)
        #expect(result.converged)
        let none = g.pageRank(options: .init(maxIterations: 0, method: .power))
        #expect(none.iterations == 0 && !none.converged)
        #expect(none.scores == [0.25, 0.25, 0.25, 0.25])
    }

    @Test("counts one sweep on a DAG and adds Gauss–Seidel sweeps for cycles")
    func exactIterations() {
        let dag = RandomGraphs.acyclic(nodeCount: 500, edgeCount: 2_000, seed: 3)
        let onDAG = dag.pageRank()
        #expect(onDAG.method == .exact && onDAG.iterations == 1 && onDAG.converged)
        let cyclic = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2)])
        let withCycle = cyclic.pageRank(options: .init(method: .exact))
        #expect(withCycle.iterations > 2)
        #expect(withCycle.converged)
    }

    @Test("picks power iteration when one component holds most nodes")
    func automaticChoice() {
        let cycle = SimpleGraphs.path(nodeCount: 10, closed: true)
        #expect(cycle.pageRank().method == .power)
        #expect(SimpleGraphs.path(nodeCount: 10).pageRank().method == .exact)
        #expect(CSRGraph(nodeCount: 0, edges: []).pageRank().scores.isEmpty)
    }

    @Test("gives rank only to nodes reachable from the personalization")
    func personalizationSupport() {
        //  0 ──▶ 1      2 ──▶ 3
        let g = CSRGraph(nodeCount: 4, edges: [(0, 1), (2, 3)])
        for method in [PageRankMethod.power, .exact] {
            // The teleport and the dangling node make a 2-periodic walk, so power iteration needs
            // more than the default 100 sweeps.
            let result = g.pageRank(options: .init(maxIterations: 1_000, personalization: [2, 0, 0, 0],
                                                   method: method))
            #expect(result.converged)
            let r = result.scores
            #expect(r[2] == 0 && r[3] == 0)
            // Teleports and the dangling node 1 both return to 0: x0 = 1 / 1.85.
            #expect(abs(r[0] - 1 / 1.85) < 1e-9)
        }
    }

    @Test("keeps scores non-negative and summing to one, and both solvers agree",
          arguments: [(1, false), (2, true), (3, false), (4, true)] as [(UInt64, Bool)])
    func invariants(seed: UInt64, acyclic: Bool) {
        let g = acyclic
            ? RandomGraphs.acyclic(nodeCount: 400, edgeCount: 1_600, seed: seed)
            : RandomGraphs.directed(nodeCount: 400, edgeCount: 1_200, seed: seed, allowSelfLoops: true)
        let power = g.pageRank(options: .init(maxIterations: 1_000, method: .power))
        let exact = g.pageRank(options: .init(method: .exact))
        for result in [power, exact] {
            #expect(result.converged)
            #expect(result.scores.allSatisfy { $0 >= 0 })
            #expect(abs(result.scores.reduce(0, +) - 1) < 1e-12)
        }
        #expect(Self.maxDifference(power.scores, exact.scores) < 1e-9)
        #expect(g.pageRank(options: .init(maxIterations: 1_000, method: .power)) == power)
        #expect(g.pageRank(options: .init(method: .exact)) == exact)
    }

    @Test("sweeps a graph above the parallel threshold deterministically")
    func parallelSweep() {
        let g = RandomGraphs.directed(nodeCount: 20_000, edgeCount: 60_000, seed: 11, allowSelfLoops: true)
        let first = g.pageRank(options: .init(method: .power))
        let second = g.pageRank(options: .init(method: .power))
        #expect(first == second)
        #expect(first.converged)
        #expect(abs(first.scores.reduce(0, +) - 1) < 1e-12)
        let exact = g.pageRank(options: .init(method: .exact))
        #expect(Self.maxDifference(first.scores, exact.scores) < 1e-9)
        let serial = PageRankProblem(graph: g, options: .init(method: .power))
            .solveByPowerIteration(reversed: g.reversed(), allowParallel: false)
        #expect(serial == first)
        #expect(PageRankProblem.chunkBounds(g.reversed()).count > 2)
    }

    @Test("splits nodes into chunks of similar in-edge work")
    func chunks() {
        let g = RandomGraphs.directed(nodeCount: 30_000, edgeCount: 90_000, seed: 5).reversed()
        let bounds = PageRankProblem.chunkBounds(g)
        #expect(bounds.first == 0 && bounds.last == g.nodeCount)
        #expect(zip(bounds, bounds.dropFirst()).allSatisfy { $0 < $1 })
        let work = zip(bounds, bounds.dropFirst()).map { a, b in Int(g.offsets[b]) - Int(g.offsets[a]) + b - a }
        #expect(work.count == (g.edgeCount + g.nodeCount) / PageRankProblem.chunkWork)
        #expect(work.max()! - work.min()! < 100)
        #expect(PageRankProblem.chunkBounds(CSRGraph(nodeCount: 3, edges: [])) == [0, 3])
        #expect(PageRankProblem.chunkBounds(CSRGraph(nodeCount: 0, edges: [])) == [0, 0])
    }
}
