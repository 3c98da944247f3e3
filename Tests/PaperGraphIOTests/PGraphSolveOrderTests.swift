import Foundation
import Testing
import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel
import TestSupport

/// Version 3 stores the exact PageRank's solve order (sections 29–32); version 2 files still read.
@Suite(".pgraph solve order")
struct PGraphSolveOrderTests {
    static let graph = PGraphMappedTests.graph
    static let valid = PGraphMappedTests.valid

    /// Both readers that check the solve order, and `rank`'s, on `bytes` written to a file: their
    /// messages (`nil` when the file reads).
    static func messages(_ bytes: [UInt8], name: String) throws -> (graph: String?, citations: String?, solve: String?) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-solve-\(name)-\(UUID().uuidString).pgraph").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        func message(_ read: () throws(Diagnostic) -> Void) -> String? {
            do { try read() } catch { return error.message.replacingOccurrences(of: path, with: "g.pgraph") }
            return nil
        }
        return (message { () throws(Diagnostic) in _ = try PGraphReader.readGraph(atPath: path) },
                message { () throws(Diagnostic) in _ = try PGraphColumns(atPath: path, reading: .citationsAndSolveOrder) },
                message { () throws(Diagnostic) in _ = try PGraphColumns(atPath: path, reading: .solveOrder) })
    }

    static func columns(_ bytes: [UInt8], reading: PGraphColumns.Reading) throws -> PGraphColumns {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-solve-\(UUID().uuidString).pgraph").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try PGraphColumns(atPath: path, reading: reading)
    }

    @Test("the file stores the order rank would find, and the solve along it gives the same bits")
    func storedOrder() throws {
        #expect(Self.valid[8] == 4 && Self.valid[36] == 40)
        let levels = Self.graph.papers.map { $0.year ?? Int.max }
        let components = Self.graph.citations.condensationOrder(levels: levels)
        let expected = PageRankSolveOrder(components: components, reversed: Self.graph.citedBy)
        let solveOnly = try Self.columns(Self.valid, reading: .solveOrder)
        #expect(!solveOnly.readCitationGraph)
        #expect(solveOnly.solveOrder == expected)
        #expect(solveOnly.solveOrder?.order.isBorrowed == true)
        let both = try Self.columns(Self.valid, reading: .citationsAndSolveOrder)
        #expect(both.readCitationGraph && both.solveOrder == expected)
        #expect(try Self.columns(Self.valid, reading: .citations).solveOrder == nil)
        let reference = Self.graph.citations.pageRank(options: .init(method: .exact), reversed: Self.graph.citedBy,
                                                      components: components)
        let stored = try #require(solveOnly.solveOrder).exactPageRank(outOffsets: solveOnly.citationOffsets)
        #expect(stored.scores.map(\.bitPattern) == reference.scores.map(\.bitPattern))
        #expect(stored.iterations == reference.iterations)
    }

    @Test("version 2 files written by the previous papergraph read as the same graph", arguments: ["ml-foundations", "ml-landmarks"])
    func versionTwoFixture(name: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let fixture = root.appendingPathComponent("Fixtures/pgraph-v2/\(name).pgraph").path
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture)))
        #expect(bytes[8] == 2 && bytes[36] == 28)
        let json = try String(contentsOf: root.appendingPathComponent("../../Graphs/\(name).json"), encoding: .utf8)
        let original = try PGraphTests.graph(json)
        let loaded = try PGraphReader.readGraph(atPath: fixture)
        #expect(NativeFormatWriter.text(for: loaded) == NativeFormatWriter.text(for: original))
        let columns = try PGraphColumns(atPath: fixture, reading: .solveOrder)
        #expect(columns.solveOrder == nil && columns.readCitationGraph)
        #expect(columns.citations == original.citations)
        // Written again, it is a version 4 file of the same graph.
        let rewritten = try PGraphWriter.bytes(for: loaded)
        #expect(rewritten[8] == 4)
        #expect(NativeFormatWriter.text(for: try PGraphReader.readGraph(bytes: rewritten, path: "v4.pgraph"))
                == NativeFormatWriter.text(for: original))
    }

    @Test("damage to a solve section, checksums fixed, is one located error from every reader")
    func damagedShapes() throws {
        let bytes = Self.valid
        let n = Self.graph.papers.count
        let edges = Self.graph.citations.edgeCount
        let firstRow = (0..<n).first { PGraphMappedTests.u32(bytes, section: 31, index: $0 + 1) > 0 }!
        let cases: [(section: Int, index: Int, value: UInt32, message: String)] = [
            // A paper twice, another never.
            (29, 1, PGraphMappedTests.u32(bytes, section: 29, index: 0), "section 'solve order' is not an order of the \(n) papers"),
            (29, 0, UInt32(n), "section 'solve order' is not an order of the \(n) papers"),
            (31, 5, UInt32(edges + 1), "section 'solve cited by offsets' does not hold offsets from 0 rising to \(edges)"),
            // A citer at a later position than the paper it cites: the solve would read a value not yet final.
            (32, 0, UInt32(firstRow + 1), "section 'solve cited by' has a citing paper that does not come before the cited one"),
            (32, 0, UInt32.max, "section 'solve cited by' has a citing paper that does not come before the cited one"),
        ]
        for (section, index, value, message) in cases {
            let damaged = PGraphMappedTests.rewritten(bytes, section: section, index: index, to: value)
            let found = try Self.messages(damaged, name: "shape\(section)")
            let expected = "g.pgraph: corrupt .pgraph file: \(message)"
            #expect(found.graph?.hasPrefix(expected) == true, "\(found)")
            #expect(found.citations?.hasPrefix(expected) == true, "\(found)")
            #expect(found.solve?.hasPrefix(expected) == true, "\(found)")
        }
    }

    @Test("a flipped bit in a solve section is that section's checksum mismatch", arguments: [29, 31, 32])
    func flippedBit(section: Int) throws {
        var damaged = Self.valid
        let (offset, length) = PGraphMappedTests.section(section, in: damaged)
        damaged[offset + length / 2] ^= 0x10
        let name = ["solve order", "solve component starts", "solve cited by offsets", "solve cited by"][section - 29]
        let expected = "g.pgraph: corrupt .pgraph file: checksum mismatch in section '\(name)'"
        let found = try Self.messages(damaged, name: "flip\(section)")
        #expect(found.graph == expected && found.citations == expected && found.solve == expected)
    }

    @Test("component starts out of shape are caught on a file with cycles")
    func componentStarts() throws {
        // a ⇄ b, c → a, c → d: the component {a, b}.
        let cyclic = try PGraphTests.graph("""
        {"papers": [{"id": "a", "title": "A", "cites": ["b"]}, {"id": "b", "title": "B", "cites": ["a"]},
                    {"id": "c", "title": "C", "cites": ["a", "d"]}, {"id": "d", "title": "D"}]}
        """)
        let bytes = try PGraphWriter.bytes(for: cyclic)
        let (_, length) = PGraphMappedTests.section(30, in: bytes)
        try #require(length >= 12, "the rich graph has a citation cycle")
        let damaged = PGraphMappedTests.rewritten(bytes, section: 30, index: 1, to: 0)
        let found = try Self.messages(damaged, name: "starts")
        let expected = "g.pgraph: corrupt .pgraph file: section 'solve component starts' does not hold component starts"
        #expect(found.graph?.hasPrefix(expected) == true && found.solve?.hasPrefix(expected) == true, "\(found)")
    }

    @Test("a solve order that holds other citations is caught by the readers that read the citations")
    func otherEdges() throws {
        let bytes = Self.valid
        // Some row with a citer not at position 0: point it at position 0 instead (still earlier, still in shape).
        var target: Int?
        let total = Self.graph.citations.edgeCount
        for e in 0..<total where PGraphMappedTests.u32(bytes, section: 32, index: e) != 0 { target = e; break }
        let damaged = PGraphMappedTests.rewritten(bytes, section: 32, index: try #require(target), to: 0)
        let found = try Self.messages(damaged, name: "edges")
        let expected = "g.pgraph: corrupt .pgraph file: the solve order's cited-by rows do not hold the citations"
        #expect(found.graph == expected && found.citations == expected)
        // Opened for the solve alone the file is safe to solve along, and not compared with the citations.
        #expect(found.solve == nil)
    }
}
