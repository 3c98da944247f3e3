import Testing
import GraphAlgorithms

@Suite("LocalPersonalizedPageRank")
struct LocalPersonalizedPageRankTests {
    /// Two triangles joined by one edge, with a tail, taken as undirected:
    ///
    ///     0 ── 1 ── 3 ── 4 ── 6
    ///      \  /      \  /
    ///       2          5
    let edges: [(UInt32, UInt32)] = [(0, 1), (1, 2), (2, 0), (1, 3), (3, 4), (4, 5), (5, 3), (4, 6)]

    /// Personalized PageRank from `source` over `edges` taken both ways, by 1,000 rounds of power
    /// iteration (damping 0.85): the exact values the local push approximates.
    func exact(from source: Int, nodes: Int) -> [Double] {
        var neighbors = [[Int]](repeating: [], count: nodes)
        for (a, b) in edges { neighbors[Int(a)].append(Int(b)); neighbors[Int(b)].append(Int(a)) }
        var p = [Double](repeating: 0, count: nodes)
        p[source] = 1
        for _ in 0..<1000 {
            var q = [Double](repeating: 0, count: nodes)
            q[source] = 0.15
            for u in 0..<nodes { for v in neighbors[u] { q[v] += 0.85 * p[u] / Double(neighbors[u].count) } }
            p = q
        }
        return p
    }

    @Test("each score is below the exact value by at most epsilon times the degree, at the default and a finer threshold")
    func errorBound() {
        let graph = CSRGraph(nodeCount: 7, edges: edges)
        var walk = LocalPersonalizedPageRank(graph: graph, reversed: graph.reversed())
        let truth = exact(from: 0, nodes: 7)
        for epsilon in [1e-5, 1e-3] {
            let scores = epsilon == 1e-5 ? walk.scores(from: 0) : walk.scores(from: 0, epsilon: epsilon)
            #expect(scores.map(\.node) == [0, 1, 2, 3, 4, 5, 6])
            for (node, score) in scores {
                let degree = Double(graph.outDegree(of: Int(node)) + graph.reversed().outDegree(of: Int(node)))
                #expect(score <= truth[Int(node)] + 1e-12)
                #expect(truth[Int(node)] - score <= epsilon * degree)
            }
        }
    }
}
