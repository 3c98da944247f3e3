import Testing
import GraphAlgorithms

/// Two triangles {0,1,2} and {3,4,5} joined by the edge {2,3}.
let twoTriangles = WeightedGraph(nodeCount: 6, edges: [(0, 1, 1), (0, 2, 1), (1, 2, 1),
                                                        (3, 4, 1), (3, 5, 1), (4, 5, 1), (2, 3, 1)])

@Suite("Modularity")
struct ModularityTests {
    @Test("two triangles split in two score 5/14")
    func twoTrianglesByHand() {
        // m = 7. Each triangle: L = 3 internal edges, K = 2 + 2 + 3 = 7.
        // Q = 2 · (3/7 − (7/14)²) = 2 · (12/28 − 7/28) = 10/28 = 5/14.
        let q = twoTriangles.modularity(communityOf: [0, 0, 0, 1, 1, 1])
        #expect(abs(q - 5.0 / 14.0) < 1e-15)
        // All in one community: Q = 7/7 − (14/14)² = 0; with γ = 0.5: 1 − 0.5 = 0.5.
        #expect(abs(twoTriangles.modularity(communityOf: [0, 0, 0, 0, 0, 0])) < 1e-15)
        #expect(abs(twoTriangles.modularity(communityOf: [3, 3, 3, 3, 3, 3], resolution: 0.5) - 0.5) < 1e-15)
        // Singletons: Q = −Σ (k/14)² = −(4·4 + 2·9)/196 = −34/196.
        #expect(abs(twoTriangles.modularity(communityOf: [0, 1, 2, 3, 4, 5]) + 34.0 / 196.0) < 1e-15)
    }

    /// Values from networkx 3.6.1:
    ///
    ///     import networkx as nx
    ///     G = nx.Graph()
    ///     G.add_weighted_edges_from([(0,1,2.0),(0,2,1.0),(1,2,1.5),(2,3,0.25),(3,4,3.0),(3,5,1.0),
    ///                                (4,5,2.0),(5,5,0.75),(5,6,0.5),(6,0,0.125)])
    ///     P = [{0,1,2},{3,4,5},{6}]
    ///     for g in (1.0, 0.5, 2.0):
    ///         print(g, repr(nx.community.modularity(G, P, weight="weight", resolution=g)))
    @Test("matches networkx on a weighted graph with a self-loop",
          arguments: [(1.0, 0.43240514401105323), (0.5, 0.6801200977787226), (2.0, -0.06302476352428528)])
    func matchesNetworkx(resolution: Double, expected: Double) {
        let g = WeightedGraph(nodeCount: 7, edges: [
            (0, 1, 2.0), (0, 2, 1.0), (1, 2, 1.5), (2, 3, 0.25), (3, 4, 3.0), (3, 5, 1.0),
            (4, 5, 2.0), (5, 5, 0.75), (5, 6, 0.5), (6, 0, 0.125),
        ])
        let q = g.modularity(communityOf: [0, 0, 0, 1, 1, 1, 2], resolution: resolution)
        #expect(abs(q - expected) < 1e-13)
    }

    /// Zachary's karate club split by the two clubs, from networkx 3.6.1:
    ///
    ///     K = nx.karate_club_graph()
    ///     clubs = [{v for v in K if K.nodes[v]["club"] == "Mr. Hi"},
    ///              {v for v in K if K.nodes[v]["club"] != "Mr. Hi"}]
    ///     nx.community.modularity(K, clubs, weight="weight")  # 0.39143756676224206
    ///     nx.community.modularity(K, clubs, weight=None)      # 0.3582347140039448
    @Test("matches networkx on the karate club, weighted and unweighted")
    func karateClub() {
        let clubs = karateClubs
        #expect(abs(karate(weighted: true).modularity(communityOf: clubs) - 0.39143756676224206) < 1e-13)
        #expect(abs(karate(weighted: false).modularity(communityOf: clubs) - 0.3582347140039448) < 1e-13)
    }

    @Test("a graph without edges has modularity 0")
    func emptyGraph() {
        #expect(WeightedGraph(nodeCount: 3, edges: []).modularity(communityOf: [0, 1, 1]) == 0)
    }
}

/// Zachary's karate club with networkx's edge weights (`nx.karate_club_graph()`).
func karate(weighted: Bool) -> WeightedGraph {
    let edges: [(UInt32, UInt32, Double)] = [
        (0, 1, 4), (0, 2, 5), (0, 3, 3), (0, 4, 3), (0, 5, 3), (0, 6, 3), (0, 7, 2), (0, 8, 2), (0, 10, 2),
        (0, 11, 3), (0, 12, 1), (0, 13, 3), (0, 17, 2), (0, 19, 2), (0, 21, 2), (0, 31, 2), (1, 2, 6),
        (1, 3, 3), (1, 7, 4), (1, 13, 5), (1, 17, 1), (1, 19, 2), (1, 21, 2), (1, 30, 2), (2, 3, 3),
        (2, 7, 4), (2, 8, 5), (2, 9, 1), (2, 13, 3), (2, 27, 2), (2, 28, 2), (2, 32, 2), (3, 7, 3),
        (3, 12, 3), (3, 13, 3), (4, 6, 2), (4, 10, 3), (5, 6, 5), (5, 10, 3), (5, 16, 3), (6, 16, 3),
        (8, 30, 3), (8, 32, 3), (8, 33, 4), (9, 33, 2), (13, 33, 3), (14, 32, 3), (14, 33, 2), (15, 32, 3),
        (15, 33, 4), (18, 32, 1), (18, 33, 2), (19, 33, 1), (20, 32, 3), (20, 33, 1), (22, 32, 2),
        (22, 33, 3), (23, 25, 5), (23, 27, 4), (23, 29, 3), (23, 32, 5), (23, 33, 4), (24, 25, 2),
        (24, 27, 3), (24, 31, 2), (25, 31, 7), (26, 29, 4), (26, 33, 2), (27, 33, 4), (28, 31, 2),
        (28, 33, 2), (29, 32, 4), (29, 33, 2), (30, 32, 3), (30, 33, 3), (31, 32, 4), (31, 33, 4), (32, 33, 5),
    ]
    return WeightedGraph(nodeCount: 34, edges: edges.map { ($0.0, $0.1, weighted ? $0.2 : 1) })
}

/// Mr. Hi's club (0) and the Officer's (1).
let karateClubs: [UInt32] = (0..<34).map {
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21].contains($0) ? 0 : 1
}
