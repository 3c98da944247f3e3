import Foundation
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

@Suite("Numeric edge lists read in stretches")
struct NumericEdgeListStretchTests {
    private func file(_ text: String, _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-nel-\(UUID().uuidString)-\(name)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// 3,000 lines over 400 ids, sparse and large, a paper's references together, with comments and blank lines.
    private static func text(seed: UInt64, ending: String) -> String {
        var rng = SeededGenerator(seed: seed)
        let ids = (0..<400).map { _ in UInt64.random(in: 1...9_999_999_999, using: &rng) }
        var lines = ["# citing cited", ""]
        for _ in 0..<600 {
            let citing = Int.random(in: 0..<400, using: &rng)
            for _ in 0..<5 {
                let cited = Int.random(in: 0..<400, using: &rng)
                if cited != citing { lines.append("\(ids[citing])\t\(ids[cited])") }
            }
            if Int.random(in: 0..<50, using: &rng) == 0 { lines.append("% a comment") }
        }
        return lines.joined(separator: ending) + ending
    }

    @Test("numbers nodes as one pass does, whatever the stretch count, with LF, CRLF or CR",
          arguments: ["\n", "\r\n", "\r"])
    func sameAsOnePass(ending: String) throws {
        let text = Self.text(seed: 11, ending: ending)
        let path = try file(text, "s.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let onePass = try #require(NumericEdgeList.read(Array(Self.text(seed: 11, ending: "\n").utf8)))
        for stretches in [1, 2, 3, 7, 64] {
            let read = try #require(try NumericEdgeList.read(atPath: path, reverse: false, stretches: stretches, minimumStretch: 1))
            #expect(read.keys == onePass.keys, "\(stretches) stretches")
            #expect(read.graph == onePass.graph, "\(stretches) stretches")
        }
        let reversed = try #require(try NumericEdgeList.read(atPath: path, reverse: true, stretches: 3, minimumStretch: 1))
        #expect(reversed.graph == (try #require(NumericEdgeList.read(Array(Self.text(seed: 11, ending: "\n").utf8), reverse: true))).graph)
    }

    @Test("declines the file when a line of a later stretch is not a plain edge", arguments: ["3 3\n", "7 8 9\n", "007 1\n"])
    func declinesInLaterStretch(lastLine: String) throws {
        let path = try file(Self.text(seed: 12, ending: "\n") + lastLine, "bad.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try NumericEdgeList.read(atPath: path, reverse: false, stretches: 4, minimumStretch: 1) == nil)
        #expect(try NumericEdgeList.read(atPath: path, reverse: false, stretches: 1, minimumStretch: 1) == nil)
    }
}
