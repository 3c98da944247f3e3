import Testing
import GraphAlgorithms
import TestSupport
@testable import PaperGraphIO

@Suite("Numeric edge lists")
struct NumericEdgeListTests {
    private func read(_ text: String, reverse: Bool = false) -> NumericEdgeList? {
        NumericEdgeList.read(Array(text.utf8), reverse: reverse)
    }

    @Test("numbers nodes in order of first appearance, citing before cited, repeated lines once")
    func firstAppearance() throws {
        let list = try #require(read("# SNAP header\n% also a comment\n\n2 0\n2\t1\r\n2 0\n  4385245566   2  \n"))
        #expect(list.keys == [2, 0, 1, 4385245566])
        #expect(list.graph.edges.map { [$0.source, $0.destination] } == [[0, 1], [0, 2], [3, 0]])
        let reversed = try #require(read("1 2\n", reverse: true))
        #expect(reversed.keys == [2, 1])
        #expect(reversed.graph.edges.map { [$0.source, $0.destination] } == [[0, 1]])
    }

    @Test("declines anything but two canonical decimals a line", arguments: [
        "007 1\n",                        // a leading zero: the key is the string "007"
        "1 2 1\n",                        // a third column
        "1 -2\n", "1 2x\n", "a b\n",     // not decimals
        "1\n",                            // one id
        "3 3\n",                          // a self-citation, which the builder reports
        "# café\n1 2\n",                  // a non-ASCII byte
        "12345678901234567890 1\n",       // more than 19 digits
        "1 2\r3 4\n",                     // a lone CR, which the general parser reads differently
        "",                               // no edge
    ])
    func declines(_ text: String) {
        #expect(read(text) == nil)
    }

    @Test("gives the graph and keys of the general importer on a random file", arguments: [UInt64(5), 6])
    func matchesGeneralImporter(seed: UInt64) throws {
        let random = RandomGraphs.directed(nodeCount: 300, edgeCount: 1_200, seed: seed)
        var rng = SeededGenerator(seed: seed)
        // Sparse, large ids, as OpenAlex W-numbers are: a table indexed by value would not fit.
        let ids = (0..<300).map { _ in UInt64.random(in: 1...9_999_999_999, using: &rng) }
        var text = "# random\n"
        for (u, v) in random.edges.shuffled(using: &rng) { text += "\(ids[Int(u)]) \(ids[Int(v)])\n" }
        let fast = try #require(read(text))
        let general = try EdgeListImporter.readCSR(Array(text.utf8), path: "random.txt")
        #expect(fast.keys.map(String.init) == general.keys)
        #expect(fast.graph == general.graph)
    }
}
