import Testing
import GraphAlgorithms
import PaperGraphModel
import TestSupport

@Suite("Synthetic citation graphs")
struct SyntheticCitationGraphTests {
    static let options = SyntheticCitationGraphOptions(paperCount: 5_000, referencesPerPaper: 10, seed: 7)

    @Test("the same seed gives the same graph, another seed another graph")
    func deterministic() {
        let a = SyntheticCitationGraph(options: Self.options)
        let b = SyntheticCitationGraph(options: Self.options)
        var other = Self.options
        other.seed = 8
        let c = SyntheticCitationGraph(options: other)
        #expect(a.citations == b.citations)
        #expect(a.authorIDs == b.authorIDs && a.topicIDs == b.topicIDs && a.years == b.years)
        #expect(a.citations != c.citations)
    }

    @Test("papers cite distinct earlier papers, about k each, in sorted rows")
    func citesBackInTime() {
        let g = SyntheticCitationGraph(options: Self.options).citations
        #expect(g.nodeCount == 5_000)
        for v in 0..<g.nodeCount {
            let row = Array(g.neighbors(of: v))
            #expect(row == row.sorted() && Set(row).count == row.count)
            #expect(row.allSatisfy { Int($0) < v })
        }
        let mean = Double(g.edgeCount) / Double(g.nodeCount)
        #expect(mean > 9.5 && mean <= 10.0)
        #expect(g.topologicalOrder().isAcyclic)
    }

    @Test("in-degrees are heavy-tailed: the most cited paper has many times the mean")
    func heavyTail() {
        let g = SyntheticCitationGraph(options: Self.options).citations.reversed()
        let degrees = (0..<g.nodeCount).map { g.outDegree(of: $0) }
        let mean = Double(g.edgeCount) / Double(g.nodeCount)
        #expect(Double(degrees.max() ?? 0) > 15 * mean)
        // Under uniform attachment the top 1% would hold about 5% of citations.
        let top = degrees.sorted(by: >).prefix(50).reduce(0, +)
        #expect(Double(top) > 0.10 * Double(g.edgeCount))
    }

    @Test("topic locality: most citations stay within a topic, far above chance")
    func topicLocality() {
        let s = SyntheticCitationGraph(options: Self.options)
        func topics(_ v: Int) -> Set<UInt32> { Set(s.topicIDs[Int(s.topicOffsets[v])..<Int(s.topicOffsets[v + 1])]) }
        var shared = 0
        for (u, v) in s.citations.edges where !topics(Int(u)).isDisjoint(with: topics(Int(v))) { shared += 1 }
        #expect(Double(shared) / Double(s.citations.edgeCount) > 0.7)
        for v in 0..<s.paperCount { #expect((1...2).contains(topics(v).count)) }
    }

    @Test("years rise with ids over 1990-2025; authors are 1-5 distinct names from a growing pool")
    func yearsAndAuthors() {
        let s = SyntheticCitationGraph(options: Self.options)
        #expect(s.years.first == 1990 && s.years.last == 2025)
        #expect(zip(s.years, s.years.dropFirst()).allSatisfy { $0 <= $1 })
        for v in 0..<s.paperCount {
            let byline = s.authorIDs[Int(s.authorOffsets[v])..<Int(s.authorOffsets[v + 1])]
            #expect((1...5).contains(byline.count) && Set(byline).count == byline.count)
            #expect(byline.allSatisfy { Int($0) < s.authorCount })
        }
        #expect(s.authorCount > s.paperCount / 2 && s.authorCount < 2 * s.paperCount)
    }

    @Test("shuffling relabels papers but keeps the degree sequence and years")
    func shuffle() {
        var options = Self.options
        options.shuffle = true
        let plain = SyntheticCitationGraph(options: Self.options)
        let shuffled = SyntheticCitationGraph(options: options)
        #expect(shuffled.citations.edgeCount == plain.citations.edgeCount)
        #expect(shuffled.citations != plain.citations)
        let degrees = { (g: CSRGraph) in (0..<g.nodeCount).map { g.outDegree(of: $0) }.sorted() }
        #expect(degrees(shuffled.citations) == degrees(plain.citations))
        #expect(shuffled.years.sorted() == plain.years)
        #expect(shuffled.citations.topologicalOrder().isAcyclic)
        #expect(!shuffled.citations.edges.allSatisfy { $0.destination < $0.source })
    }
}
