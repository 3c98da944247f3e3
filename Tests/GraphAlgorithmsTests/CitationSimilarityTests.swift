import Foundation
import Testing
import GraphAlgorithms
import TestSupport

@Suite("CitationSimilarity")
struct CitationSimilarityTests {
    /// 2 and 3 both cite 0 and 1; 4 cites 0 only.
    ///
    ///     2 ──▶ 0 ◀── 3      4 ──▶ 0
    ///     2 ──▶ 1 ◀── 3
    let small = CSRGraph(nodeCount: 5, edges: [(2, 0), (2, 1), (3, 0), (3, 1), (4, 0)])

    @Test("scores a hand-drawn graph")
    func handDrawn() {
        var similarity = CitationSimilarity(citations: small)
        // Node 2: refs {0, 1}. Node 3 shares both; node 4 shares 0.
        // citers(0) = {2, 3, 4} → 1/ln 3; citers(1) = {2, 3} → 1/ln 2.
        let fromTwo = similarity.scores(from: 2)
        #expect(fromTwo.map(\.node) == [3, 4])
        #expect(fromTwo[0].coupling == 2 && fromTwo[0].cocitation == 0)
        #expect(fromTwo[0].saltonCoupling == 1)                        // 2 / √(2·2)
        #expect(abs(fromTwo[0].adamicAdarReferences - (1 / log(3.0) + 1 / log(2.0))) < 1e-15)
        #expect(fromTwo[1].coupling == 1)
        #expect(abs(fromTwo[1].saltonCoupling - 1 / 2.0.squareRoot()) < 1e-15)  // 1 / √(2·1)
        #expect(abs(fromTwo[1].adamicAdarReferences - 1 / log(3.0)) < 1e-15)
        // Node 0: citers {2, 3, 4}; node 1 is co-cited by 2 and 3, which cite 2 references each.
        let fromZero = similarity.scores(from: 0)
        #expect(fromZero.map(\.node) == [1])
        #expect(fromZero[0].cocitation == 2 && fromZero[0].coupling == 0)
        #expect(abs(fromZero[0].saltonCocitation - 2 / 6.0.squareRoot()) < 1e-15)  // 2 / √(3·2)
        #expect(abs(fromZero[0].adamicAdarCiters - 2 / log(2.0)) < 1e-15)
        // Scratch space is clean for the next call.
        #expect(similarity.scores(from: 4).map(\.node) == [2, 3])
        #expect(similarity.scores(from: 2) == fromTwo)
        // A node sharing nothing gets an empty list.
        var lonely = CitationSimilarity(citations: CSRGraph(nodeCount: 3, edges: [(0, 1)]))
        #expect(lonely.scores(from: 0).isEmpty)
        #expect(lonely.scores(from: 2).isEmpty)
    }

    @Test("matches brute-force set intersections and is symmetric", arguments: [1, 2, 3] as [UInt64])
    func bruteForce(seed: UInt64) {
        let g = RandomGraphs.directed(nodeCount: 80, edgeCount: 500, seed: seed, allowSelfLoops: true)
        let reversed = g.reversed()
        var similarity = CitationSimilarity(citations: g)
        let refs = (0..<g.nodeCount).map { Set(g.neighbors(of: $0)) }
        let citers = (0..<g.nodeCount).map { Set(reversed.neighbors(of: $0)) }
        let all = (0..<g.nodeCount).map { similarity.scores(from: $0) }
        for x in 0..<g.nodeCount {
            var expectedNodes = [UInt32]()
            for y in 0..<g.nodeCount where y != x {
                let sharedRefs = refs[x].intersection(refs[y]), sharedCiters = citers[x].intersection(citers[y])
                guard !sharedRefs.isEmpty || !sharedCiters.isEmpty else { continue }
                expectedNodes.append(UInt32(y))
                let score = all[x].first { $0.node == UInt32(y) }!
                #expect(score.coupling == sharedRefs.count)
                #expect(score.cocitation == sharedCiters.count)
                let aaRefs = sharedRefs.sorted().reduce(0.0) { $0 + 1 / log(Double(citers[Int($1)].count)) }
                let aaCiters = sharedCiters.sorted().reduce(0.0) { $0 + 1 / log(Double(refs[Int($1)].count)) }
                #expect(abs(score.adamicAdarReferences - aaRefs) < 1e-12)
                #expect(abs(score.adamicAdarCiters - aaCiters) < 1e-12)
                if !sharedRefs.isEmpty {
                    let salton = Double(sharedRefs.count) / Double(refs[x].count * refs[y].count).squareRoot()
                    #expect(abs(score.saltonCoupling - salton) < 1e-15)
                }
                // Symmetry: y's list holds the same numbers for x.
                let mirrored = all[y].first { $0.node == UInt32(x) }!
                #expect(mirrored.coupling == score.coupling && mirrored.cocitation == score.cocitation)
                #expect(mirrored.saltonCoupling == score.saltonCoupling)
                #expect(mirrored.saltonCocitation == score.saltonCocitation)
                #expect(abs(mirrored.adamicAdarReferences - score.adamicAdarReferences) < 1e-12)
                #expect(abs(mirrored.adamicAdarCiters - score.adamicAdarCiters) < 1e-12)
            }
            #expect(all[x].map(\.node) == expectedNodes)  // sorted, complete, without x
        }
    }
}
