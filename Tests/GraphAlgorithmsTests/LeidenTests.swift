import Testing
import GraphAlgorithms
import TestSupport

@Suite("Leiden")
struct LeidenTests {
    @Test("splits two triangles joined by an edge into the triangles")
    func twoTrianglesSplit() {
        let result = twoTriangles.leidenCommunities()
        #expect(result.communityOf == [0, 0, 0, 1, 1, 1])
        #expect(result.communityCount == 2)
        #expect(abs(result.modularity - 5.0 / 14.0) < 1e-15)  // arithmetic in ModularityTests
        #expect(result.converged)
        #expect(result.communities == [[0, 1, 2], [3, 4, 5]])
    }

    @Test("finds every clique of a ring of cliques", arguments: [1, 2, 3] as [UInt64])
    func ringOfCliques(seed: UInt64) {
        // 6 cliques K5 joined in a ring by one edge each. Per clique L = 10 internal edges and
        // K = 2·10 + 2 = 22 (two ring edges end in it); m = 6·10 + 6 = 66.
        // Q = 6 · (10/66 − (22/132)²) = 10/11 − 1/6 = 49/66.
        let cliques = 6, size = 5
        var edges = [(UInt32, UInt32, Double)]()
        for c in 0..<cliques {
            let base = c * size
            for a in 0..<size { for b in (a + 1)..<size { edges.append((UInt32(base + a), UInt32(base + b), 1)) } }
            edges.append((UInt32(base + size - 1), UInt32(((c + 1) % cliques) * size), 1))
        }
        let g = WeightedGraph(nodeCount: cliques * size, edges: edges)
        let result = g.leidenCommunities(options: LeidenOptions(seed: seed))
        #expect(result.communityCount == cliques)
        #expect(result.communityOf == (0..<(cliques * size)).map { UInt32($0 / size) })
        #expect(abs(result.modularity - 49.0 / 66.0) < 1e-14)
    }

    @Test("reaches the known optimum 0.4198 on the karate club")
    func karateOptimum() {
        // Brandes et al. (2008) proved 0.41979 optimal for the unweighted club, with 4 groups.
        let result = karate(weighted: false).leidenCommunities()
        #expect(result.modularity > 0.41978)
        #expect(result.communityCount == 4)
    }

    @Test("resolution 0 gives one community per connected component; isolated nodes stay alone")
    func resolutionZero() {
        // Components {0,1,2}, {3,4} and isolated 5, 6; with γ = 0 any edge is worth taking.
        let g = WeightedGraph(nodeCount: 7, edges: [(0, 1, 1), (1, 2, 1), (3, 4, 2)])
        let result = g.leidenCommunities(options: LeidenOptions(resolution: 0))
        #expect(result.communityOf == [0, 0, 0, 1, 1, 2, 3])
        #expect(abs(result.modularity - 1) < 1e-15)

        let random = WeightedGraph(undirected: RandomGraphs.directed(nodeCount: 300, edgeCount: 240, seed: 9))
        let components = CommunityChecks.connectedComponents(random)
        let byComponents = random.leidenCommunities(options: LeidenOptions(resolution: 0))
        #expect(CommunityChecks.canonical(byComponents.communityOf) == components)
    }

    @Test("a graph without edges keeps every node alone")
    func noEdges() {
        let result = WeightedGraph(nodeCount: 3, edges: []).leidenCommunities()
        #expect(result.communityOf == [0, 1, 2])
        #expect(result.modularity == 0)
        let empty = WeightedGraph(nodeCount: 0, edges: []).leidenCommunities()
        #expect(empty.communityCount == 0)
    }

    @Test("a higher resolution gives more communities on a random graph")
    func resolutionSweep() {
        let g = WeightedGraph(undirected: RandomGraphs.directed(nodeCount: 200, edgeCount: 800, seed: 4))
        let coarse = g.leidenCommunities(options: LeidenOptions(resolution: 0.5))
        let fine = g.leidenCommunities(options: LeidenOptions(resolution: 2))
        #expect(coarse.communityCount < fine.communityCount)
    }

    @Test("partitions are valid, connected, honestly scored and numbered by size",
          arguments: [(1, 1.0, 0.01), (2, 1.0, 0.01), (3, 0.5, 0.01), (4, 2.0, 0.01), (5, 1.0, 0.0), (6, 1.0, 0.1)]
              as [(UInt64, Double, Double)])
    func invariants(seed: UInt64, resolution: Double, randomness: Double) {
        let directed = RandomGraphs.directed(nodeCount: 400, edgeCount: 1200, seed: seed, allowSelfLoops: true)
        let g = WeightedGraph(undirected: directed)
        let options = LeidenOptions(resolution: resolution, seed: seed, randomness: randomness)
        let result = g.leidenCommunities(options: options)
        #expect(CommunityChecks.isPartition(result.communityOf, nodeCount: g.nodeCount, count: result.communityCount))
        #expect(CommunityChecks.communitiesAreConnected(g, labels: result.communityOf))
        #expect(abs(result.modularity - g.modularity(communityOf: result.communityOf, resolution: resolution)) < 1e-12)
        // Better than everything alone and everything together.
        let singletons = (0..<UInt32(g.nodeCount)).map { $0 }
        #expect(result.modularity > g.modularity(communityOf: singletons, resolution: resolution))
        #expect(result.modularity > g.modularity(communityOf: [UInt32](repeating: 0, count: g.nodeCount),
                                                 resolution: resolution))
        // Numbered by decreasing size, then smallest member.
        let members = result.communities
        for c in 1..<members.count {
            let (a, b) = (members[c - 1], members[c])
            #expect(a.count > b.count || (a.count == b.count && a[0] < b[0]))
        }
        // Deterministic for a seed.
        #expect(g.leidenCommunities(options: options) == result)
    }

    @Test("weighted graphs: heavy edges pull their ends together")
    func weightsMatter() {
        // A 6-cycle; two heavy edges of weight 10 decide which neighbours pair up.
        let ring: [(UInt32, UInt32, Double)] = [(0, 1, 10), (1, 2, 1), (2, 3, 10), (3, 4, 1), (4, 5, 10), (5, 0, 1)]
        let result = WeightedGraph(nodeCount: 6, edges: ring).leidenCommunities()
        #expect(result.communityOf == [0, 0, 1, 1, 2, 2])
        let shifted: [(UInt32, UInt32, Double)] = ring.map { ($0.0, $0.1, $0.2 == 10 ? 1 : 10) }
        let other = WeightedGraph(nodeCount: 6, edges: shifted).leidenCommunities()
        #expect(CommunityChecks.canonical(other.communityOf) == [0, 1, 1, 2, 2, 0])
    }
}
