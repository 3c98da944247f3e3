import Foundation
import Testing
import GraphAlgorithms
import TestSupport

@Suite("NeighborhoodSimilarity")
struct NeighborhoodSimilarityTests {
    /// From 0: 1 is its reference (N(1) = {0, 2, 3}), 5 its citer (N(5) = {0, 6, 7}).
    ///
    ///     0 ──▶ 1 ──▶ 2      0 → 1 → 2: a reference of a reference
    ///           ▲            3 → 1 ← 0: a shared reference (coupling)
    ///     3 ────┘
    ///     5 ──▶ 0            6 → 5 → 0: a citer of a citer
    ///     6 ──▶ 5 ──▶ 7      5 → 7, 5 → 0: a shared citer (co-citation)
    let small = CSRGraph(nodeCount: 8, edges: [(0, 1), (1, 2), (3, 1), (5, 0), (6, 5), (5, 7)])

    @Test("splits resource allocation by the kind of two-step path")
    func handDrawn() throws {
        var kernel = NeighborhoodSimilarity(outgoing: small, incoming: small.reversed())
        let scores = kernel.scores(from: 0)
        #expect(scores.map(\.node) == [2, 3, 6, 7])
        for s in scores {
            #expect(s.commonNeighbors == 1)
            #expect(abs(s.resourceAllocation - 1.0 / 3) < 1e-15)
            #expect(abs(s.adamicAdar - 1 / log(3.0)) < 1e-15)
            #expect(s.jaccard == 0.5)                       // |{1 or 5}| / |{1, 5}|
        }
        let (two, three, six, seven) = (scores[0], scores[1], scores[2], scores[3])
        #expect(two.referencesOfReferences == 1.0 / 3 && two.sharedReferences == 0 && two.viaReference == 1)
        #expect(three.sharedReferences == 1.0 / 3 && three.referencesOfReferences == 0 && three.viaReference == nil)
        #expect(six.citersOfCiters == 1.0 / 3 && six.viaCiter == 5 && six.sharedCiters == 0)
        #expect(seven.sharedCiters == 1.0 / 3 && seven.citersOfCiters == 0 && seven.viaCiter == nil)
        #expect(scores.map(\.coupling) == [0, 1, 0, 0] && scores.map(\.cocitation) == [0, 0, 0, 1])
    }

    @Test("a paper both citing and cited by the source counts once in the undirected indices")
    func mutualCitation() throws {
        // 0 ⇄ 1, 1 → 2: N(0) = {1}, N(1) = {0, 2}.
        let graph = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2)])
        var kernel = NeighborhoodSimilarity(outgoing: graph, incoming: graph.reversed())
        let s = try #require(kernel.scores(from: 0).first)
        #expect(s.node == 2 && s.commonNeighbors == 1 && s.resourceAllocation == 0.5 && s.jaccard == 1)
        #expect(s.referencesOfReferences == 0.5 && s.sharedCiters == 0.5)   // once in each direction
        #expect(kernel.undirectedDegree(of: 0) == 1 && kernel.undirectedDegree(of: 1) == 2)
    }

    @Test("matches brute-force set arithmetic on random graphs, and reuses its scratch space")
    func bruteForce() {
        for seed in UInt64(1)...4 {
            let graph = RandomGraphs.directed(nodeCount: 60, edgeCount: 240, seed: seed)
            let reversed = graph.reversed()
            var neighbours = [Set<Int>](repeating: [], count: 60)
            var references = [Set<Int>](repeating: [], count: 60), citers = references
            for (s, d) in graph.edges where s != d {
                neighbours[Int(s)].insert(Int(d)); neighbours[Int(d)].insert(Int(s))
                references[Int(s)].insert(Int(d)); citers[Int(d)].insert(Int(s))
            }
            var kernel = NeighborhoodSimilarity(outgoing: graph, incoming: reversed)
            for x in [0, 7, 31, 59, 0] {
                let scores = kernel.scores(from: x)
                let expected = (0..<60).filter { $0 != x && !neighbours[x].isDisjoint(with: neighbours[$0]) }
                #expect(scores.map { Int($0.node) } == expected)
                for s in scores {
                    let y = Int(s.node), common = neighbours[x].intersection(neighbours[y])
                    #expect(s.commonNeighbors == common.count)
                    #expect(abs(s.resourceAllocation - common.reduce(0) { $0 + 1 / Double(neighbours[$1].count) }) < 1e-12)
                    #expect(abs(s.adamicAdar - common.reduce(0) { $0 + 1 / log(Double(neighbours[$1].count)) }) < 1e-12)
                    #expect(s.jaccard == Double(common.count) / Double(neighbours[x].union(neighbours[y]).count))
                    #expect(s.coupling == references[x].intersection(references[y]).count)
                    #expect(s.cocitation == citers[x].intersection(citers[y]).count)
                }
            }
        }
    }

    @Test("without the undirected indices: the same nodes, path sums, counts and middle nodes, Adamic–Adar and Jaccard 0")
    func pathsOnly() {
        for seed in UInt64(5)...7 {
            let graph = RandomGraphs.directed(nodeCount: 80, edgeCount: 400, seed: seed)
            var full = NeighborhoodSimilarity(outgoing: graph, incoming: graph.reversed())
            var paths = full
            for x in [0, 13, 79, 13] {
                var expected = full.scores(from: x)
                for i in expected.indices { expected[i].adamicAdar = 0; expected[i].jaccard = 0 }
                let found = paths.scores(from: x, undirectedIndices: false).sorted { $0.node < $1.node }
                #expect(found == expected)
            }
        }
    }

    @Test("pathScores: the results of the full kernel without the undirected sums, in the same order, bit for bit")
    func pathScoresMatchFullKernel() {
        // Random graphs with mutual citations and self-loops; the order matters (the three-step
        // sums add in the order the nodes were met), so the arrays are compared as they come.
        for seed in UInt64(11)...14 {
            let random = RandomGraphs.directed(nodeCount: 60, edgeCount: 500, seed: seed, allowSelfLoops: true)
            var edges: [(UInt32, UInt32)] = (0..<60).flatMap { u in random.neighbors(of: u).map { (UInt32(u), $0) } }
            edges += [(3, 3), (7, 7)] + edges.prefix(40).map { ($0.1, $0.0) }
            let graph = CSRGraph(nodeCount: 60, edges: edges)
            var full = NeighborhoodSimilarity(outgoing: graph, incoming: graph.reversed())
            var paths = full
            for x in [0, 3, 7, 59, 3] {
                for limit in [2, NeighborhoodSimilarity.defaultCoupledLimit] {
                    var expected = full.scores(from: x, undirectedIndices: false, referencesOfCoupled: true, coupledLimit: limit)
                    for i in expected.indices { expected[i].commonNeighbors = 0; expected[i].resourceAllocation = 0 }
                    #expect(paths.pathScores(from: x, coupledLimit: limit) == expected)
                    #expect(paths.lastCoupledFollowed == full.lastCoupledFollowed && paths.lastThreeStepEdges == full.lastThreeStepEdges)
                }
            }
        }
        // On the small graph: the two-step paths of handDrawn(), plus 3 (holding 1/3, N(3) = {1})
        // passing 1/3 to 1 over 0 → 1 ← 3 → 1.
        var kernel = NeighborhoodSimilarity(outgoing: small, incoming: small.reversed())
        let scores = kernel.pathScores(from: 0).sorted { $0.node < $1.node }
        #expect(scores.map(\.node) == [1, 2, 3, 6, 7])
        #expect(scores.map(\.referencesOfReferences) == [0, 1.0 / 3, 0, 0, 0] && scores.map(\.sharedReferences) == [0, 0, 1.0 / 3, 0, 0])
        #expect(scores.map(\.citersOfCiters) == [0, 0, 0, 1.0 / 3, 0] && scores.map(\.sharedCiters) == [0, 0, 0, 0, 1.0 / 3])
        #expect(scores.map(\.referencesOfCoupled) == [1.0 / 3, 0, 0, 0, 0] && scores.map(\.viaCoupled) == [3, nil, nil, nil, nil])
        #expect(scores.map(\.viaReference) == [nil, 1, nil, nil, nil] && scores.map(\.viaCiter) == [nil, nil, nil, 5, nil])
        #expect(scores.allSatisfy { $0.commonNeighbors == 0 && $0.resourceAllocation == 0 })
    }

    @Test("follows x → z ← w → y when asked: each coupled w passes its shared-reference mass / |N(w)| to its references")
    func referencesOfCoupled() throws {
        // The small graph plus 3 → 4. From 0: w = 3 shares reference 1 (N(1) = {0, 2, 3}), so 3
        // holds 1/3; N(3) = {1, 4}, so each of 3's references, 1 and 4, gets 1/3 / 2 = 1/6 via 3.
        // 4 is reached only this way; without the option it is not a result and the sums are 0.
        let graph = CSRGraph(nodeCount: 8, edges: [(0, 1), (1, 2), (3, 1), (3, 4), (5, 0), (6, 5), (5, 7)])
        var kernel = NeighborhoodSimilarity(outgoing: graph, incoming: graph.reversed())
        let plain = kernel.scores(from: 0)
        #expect(plain.map(\.node) == [2, 3, 6, 7] && plain.allSatisfy { $0.referencesOfCoupled == 0 && $0.viaCoupled == nil })
        let scores = kernel.scores(from: 0, referencesOfCoupled: true)
        #expect(scores.map(\.node) == [1, 2, 3, 4, 6, 7])
        for s in scores {
            let reached = s.node == 1 || s.node == 4
            #expect(abs(s.referencesOfCoupled - (reached ? 1.0 / 6 : 0)) < 1e-15)
            #expect(s.viaCoupled == (reached ? 3 : nil))
        }
        let four = try #require(scores.first { $0.node == 4 })
        #expect(four.commonNeighbors == 0 && four.resourceAllocation == 0)
        #expect(scores.filter { $0.node != 1 && $0.node != 4 }.map { $0.resourceAllocation } == plain.map(\.resourceAllocation))
    }

    @Test("follows only the coupledLimit coupled nodes with the most shared-reference mass, then the smallest ids")
    func coupledLimit() throws {
        // x = 0 cites 1 and 2; N(1) = {0, 3, 4}, N(2) = {0, 3, 5, 6}. Shared-reference mass:
        // w = 3 holds 1/3 + 1/4 = 7/12, w = 4 holds 1/3, w = 5 and w = 6 hold 1/4 each.
        // Each w also cites a paper of its own (7, 8, 9, 10); N(3) = {1, 2, 7}, N(4) = {1, 8},
        // N(5) = {2, 9}, N(6) = {2, 10}.
        let graph = CSRGraph(nodeCount: 11, edges: [(0, 1), (0, 2), (3, 1), (3, 2), (3, 7), (4, 1), (4, 8),
                                                     (5, 2), (5, 9), (6, 2), (6, 10)])
        var kernel = NeighborhoodSimilarity(outgoing: graph, incoming: graph.reversed())
        func threeStep(_ limit: Int) -> [UInt32: Double] {
            var found: [UInt32: Double] = [:]
            for s in kernel.scores(from: 0, referencesOfCoupled: true, coupledLimit: limit) where s.referencesOfCoupled > 0 {
                found[s.node] = s.referencesOfCoupled
            }
            return found
        }
        func expect(_ found: [UInt32: Double], _ expected: [UInt32: Double]) {
            #expect(found.keys.sorted() == expected.keys.sorted())
            for (y, v) in expected { #expect(abs((found[y] ?? 0) - v) < 1e-15, "y = \(y)") }
        }
        // Limit 2: w = 3 (7/12 / 3 = 7/36 to 1, 2, 7) and w = 4 (1/3 / 2 = 1/6 to 1, 8).
        expect(threeStep(2), [1: 7.0 / 36 + 1.0 / 6, 2: 7.0 / 36, 7: 7.0 / 36, 8: 1.0 / 6])
        #expect(kernel.lastCoupledFollowed == 2 && kernel.lastThreeStepEdges == 5)
        // Limit 3: w = 5 wins the tie with w = 6 by its smaller id (1/4 / 2 = 1/8 to 2 and 9).
        expect(threeStep(3), [1: 7.0 / 36 + 1.0 / 6, 2: 7.0 / 36 + 1.0 / 8, 7: 7.0 / 36, 8: 1.0 / 6, 9: 1.0 / 8])
        #expect(kernel.lastCoupledFollowed == 3 && kernel.lastThreeStepEdges == 7)
        // The default limit (200) follows all four.
        expect(threeStep(NeighborhoodSimilarity.defaultCoupledLimit),
               [1: 7.0 / 36 + 1.0 / 6, 2: 7.0 / 36 + 2.0 / 8, 7: 7.0 / 36, 8: 1.0 / 6, 9: 1.0 / 8, 10: 1.0 / 8])
        #expect(kernel.lastCoupledFollowed == 4 && kernel.lastThreeStepEdges == 9)
        _ = kernel.scores(from: 0)
        #expect(kernel.lastCoupledFollowed == 0 && kernel.lastThreeStepEdges == 0)
    }

    @Test("a reference cited by 300 papers: the three-step paths follow 200 of them, 400 edges, not 300 and 600")
    func coupledHub() throws {
        // x = 0 cites 1; papers 2…301 cite 1 (each holds 1/301) and each its own paper 302…601.
        var edges: [(UInt32, UInt32)] = [(0, 1)]
        for w in UInt32(2)...301 { edges += [(w, 1), (w, w + 300)] }
        let graph = CSRGraph(nodeCount: 602, edges: edges)
        var kernel = NeighborhoodSimilarity(outgoing: graph, incoming: graph.reversed())
        let scores = kernel.scores(from: 0, undirectedIndices: false, referencesOfCoupled: true)
        #expect(kernel.lastCoupledFollowed == 200 && kernel.lastThreeStepEdges == 400)
        // Equal mass, so the smallest ids 2…201 are followed: their own papers 302…501 and 1 are reached.
        let reached = scores.filter { $0.referencesOfCoupled > 0 }.map(\.node).sorted()
        #expect(reached == [1] + Array(UInt32(302)...501))
        let each = 1.0 / 301 / 2
        #expect(scores.filter { $0.node >= 302 && $0.referencesOfCoupled > 0 }.allSatisfy { abs($0.referencesOfCoupled - each) < 1e-15 })
    }
}
