import Foundation
import Testing
import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel
import TestSupport

/// Version 4 stores the author and topic relations both ways (sections 33–40), which `related`
/// reads in place; version 3 files still read, their relations built from the bylines.
@Suite(".pgraph author and topic relations")
struct PGraphRelationTests {
    static let graph = PGraphMappedTests.graph
    static let valid = PGraphMappedTests.valid
    static let names = ["sorted paper author offsets", "sorted paper authors", "author paper offsets", "author papers",
                        "sorted paper topic offsets", "sorted paper topics", "topic paper offsets", "topic papers"]

    /// `bytes` written to a temporary file for the length of `body`.
    static func withFile<R>(_ bytes: [UInt8], _ body: (String) throws -> R) throws -> R {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-relations-\(UUID().uuidString).pgraph").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// The messages of the whole-graph reader and of `related`'s columns on `bytes` (`nil` when it reads).
    static func messages(_ bytes: [UInt8]) throws -> (graph: String?, related: String?) {
        try withFile(bytes) { path in
            func message(_ read: () throws(Diagnostic) -> Void) -> String? {
                do { try read() } catch { return error.message.replacingOccurrences(of: path, with: "g.pgraph") }
                return nil
            }
            return (message { () throws(Diagnostic) in _ = try PGraphReader.readGraph(atPath: path) },
                    message { () throws(Diagnostic) in _ = try PGraphRelatedColumns(PGraphColumns(atPath: path)) })
        }
    }

    static func relatedColumns(_ path: String) throws -> PGraphRelatedColumns {
        try PGraphRelatedColumns(PGraphColumns(atPath: path))
    }

    @Test("the file stores the graph's author and topic relations both ways, and related reads them in place")
    func storedRelations() throws {
        #expect(Self.valid[8] == 4 && Self.valid[36] == 40)
        try Self.withFile(Self.valid) { path in
            let columns = try Self.relatedColumns(path)
            #expect(columns.paperAuthors == Self.graph.paperAuthors && columns.authorship == Self.graph.authorship)
            #expect(columns.tagging == Self.graph.tagging && columns.topicPapers == Self.graph.topicPapers)
            for relation in [columns.paperAuthors, columns.authorship, columns.tagging, columns.topicPapers] {
                #expect(relation.offsets.isBorrowed && relation.columns.isBorrowed)
            }
        }
        // The generator's bylines are not in id order, so the sorted sections are not a copy of sections 19–22.
        #expect((0..<Self.graph.papers.count).contains { Self.graph[PaperID($0)].authors.map(\.rawValue)
            != Array(Self.graph.paperAuthors.columns(of: $0)) })
    }

    @Test("version 3 files written by the previous papergraph give related the same relations",
          arguments: ["ml-foundations", "ml-landmarks"])
    func versionThreeFixture(name: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let fixture = root.appendingPathComponent("Fixtures/pgraph-v3/\(name).pgraph").path
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture)))
        #expect(bytes[8] == 3 && bytes[36] == 32)
        let json = try String(contentsOf: root.appendingPathComponent("../../Graphs/\(name).json"), encoding: .utf8)
        let original = try PGraphTests.graph(json)
        #expect(NativeFormatWriter.text(for: try PGraphReader.readGraph(atPath: fixture)) == NativeFormatWriter.text(for: original))
        let columns = try Self.relatedColumns(fixture)
        #expect(columns.paperAuthors == original.paperAuthors && columns.authorship == original.authorship)
        #expect(columns.tagging == original.tagging && columns.topicPapers == original.topicPapers)
        #expect(!columns.authorship.columns.isBorrowed)
    }

    @Test("damage to a relation section, checksums fixed, is one located error from both readers")
    func damagedShapes() throws {
        let bytes = Self.valid
        let authors = Self.graph.authors.count, n = Self.graph.papers.count
        let pairs = Self.graph.paperAuthors.pairCount
        let twoAuthors = try #require((0..<n).first { Self.graph.paperAuthors.columns(of: $0).count >= 2 })
        let first = Int(Self.graph.paperAuthors.offsets[twoAuthors])
        let onePaper = try #require((0..<authors).first { Self.graph.authorship.columns(of: $0).count == 1 })
        let lonely = Int(Self.graph.authorship.offsets[onePaper])
        let paper = Self.graph.authorship.columns[lonely]
        let cases: [(section: Int, index: Int, value: UInt32, message: String)] = [
            (33, 1, UInt32(pairs + 1), "section 'sorted paper author offsets' does not hold offsets from 0 rising to \(pairs)"),
            (34, first + 1, Self.graph.paperAuthors.columns[first],
             "section 'sorted paper authors' has a row that is unsorted, repeats a node or names an author ≥ \(authors)"),
            (34, first + 1, UInt32(authors),
             "section 'sorted paper authors' has a row that is unsorted, repeats a node or names an author ≥ \(authors)"),
            (36, lonely, UInt32(n),
             "section 'author papers' has a row that is unsorted, repeats a node or names a paper ≥ \(n)"),
            // Another paper for an author with one: both directions in shape, not the same pairs.
            (36, lonely, paper == 0 ? 1 : 0, "the author → paper rows do not hold the paper → author pairs"),
            (40, 0, UInt32(n), "section 'topic papers' has a row that is unsorted, repeats a node or names a paper ≥ \(n)"),
        ]
        for (section, index, value, message) in cases {
            let found = try Self.messages(PGraphMappedTests.rewritten(bytes, section: section, index: index, to: value))
            let expected = "g.pgraph: corrupt .pgraph file: \(message)"
            #expect(found.graph == expected, "\(section): \(found)")
            #expect(found.related == expected, "\(section): \(found)")
        }
    }

    @Test("a flipped bit in a relation section is that section's checksum mismatch", arguments: Array(33...40))
    func flippedBit(section: Int) throws {
        var damaged = Self.valid
        let (offset, length) = PGraphMappedTests.section(section, in: damaged)
        damaged[offset + length / 2] ^= 0x10
        let expected = "g.pgraph: corrupt .pgraph file: checksum mismatch in section '\(Self.names[section - 33])'"
        let found = try Self.messages(damaged)
        #expect(found.graph == expected && found.related == expected)
    }

    @Test("relations that disagree with the bylines are caught by the whole-graph reader; related reads them safely")
    func otherBylines() throws {
        // The same papers, authors and pair counts; a → {X}, b → {X, Y} against a → {X, Y}, b → {Y}.
        let one = try PGraphTests.graph("""
        {"papers": [{"id": "a", "title": "A", "authors": ["X"]}, {"id": "b", "title": "B", "authors": ["X", "Y"]}]}
        """)
        let other = try PGraphTests.graph("""
        {"papers": [{"id": "a", "title": "A", "authors": ["X", "Y"]}, {"id": "b", "title": "B", "authors": ["Y"]}]}
        """)
        var bytes = try PGraphWriter.bytes(for: one)
        let theirs = try PGraphWriter.bytes(for: other)
        for section in 33...36 {
            let words = PGraphMappedTests.section(section, in: theirs).length / 4
            #expect(PGraphMappedTests.section(section, in: bytes).length / 4 == words)
            for i in 0..<words {
                bytes = PGraphMappedTests.rewritten(bytes, section: section, index: i,
                                                    to: PGraphMappedTests.u32(theirs, section: section, index: i))
            }
        }
        let found = try Self.messages(bytes)
        #expect(found.graph == "g.pgraph: corrupt .pgraph file: section 'sorted paper authors' does not hold the papers' authors")
        #expect(found.related == nil)
        let columns = try Self.withFile(bytes) { path in try Self.relatedColumns(path) }
        #expect(columns.paperAuthors == other.paperAuthors && columns.authorship == other.authorship)
    }
}
