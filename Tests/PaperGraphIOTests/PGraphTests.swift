import Foundation
import Testing
import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel
import TestSupport

/// A hand-written graph that uses every field the format stores.
let richGraphJSON = """
{"format": "papergraph", "version": 1,
 "topics": [{"id": "ml", "name": "Machine Learning"}, {"id": "nlp", "name": "NLP", "parent": "ml"}],
 "papers": [
  {"id": "vaswani2017", "title": "Attention Is All You Need", "year": 2017, "venue": "NeurIPS",
   "authors": ["Ashish Vaswani", "Noam Shazeer"], "topics": ["nlp", "ml"], "status": "read", "kind": "paper",
   "ids": {"arxiv": "1706.03762", "doi": "10.48550/arXiv.1706.03762", "url": "https://example.org/t",
           "s2": "204e3073", "pmid": "42"},
   "cites": ["bahdanau2014"], "prerequisites": [{"id": "bahdanau2014", "reason": "introduces attention"}, "goodfellow"],
   "summary": "Transformers. ✓", "notes": "line one\\nline two"},
  {"id": "bahdanau2014", "title": "Neural Machine Translation by Jointly Learning to Align and Translate",
   "year": -44, "status": "reading", "authors": ["Dzmitry Bahdanau"], "cites": ["goodfellow"]},
  {"id": "goodfellow", "title": "Deep Learning", "kind": "book", "topics": ["Optimization"]},
  {"id": "dup", "title": "Attention Is All You Need", "year": 2017, "ids": {"doi": "10.48550/arXiv.1706.03762"}}
 ]}
"""

@Suite("Binary .pgraph format")
struct PGraphTests {
    static func graph(_ json: String) throws -> PaperGraph {
        let document = try JSONParser.parse(Array(json.utf8), path: "test.json")
        var builder = PaperGraphBuilder()
        builder.add(NativeFormatReader.read(document))
        return builder.build().graph
    }

    @Test("XXH64 matches the reference implementation's test values")
    func xxhash() {
        #expect(XXHash64.hash(of: [UInt8]()) == 0xEF46_DB37_51D8_E999)
        #expect(XXHash64.hash(of: Array("a".utf8)) == 0xD24E_C4F1_A98C_6E5B)
        #expect(XXHash64.hash(of: Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        #expect(XXHash64.hash(of: Array(0..<100)) == 0x6AC1_E580_3216_6597)
        #expect(XXHash64.hash(of: Array(0..<100), seed: 7) == 0x8065_3E7E_9B88_7CDD)
        #expect(XXHash64.hash(of: Array(String(repeating: "PaperGraph binary format", count: 3).utf8)) == 0x6D57_60A6_81E8_27A4)
    }

    @Test("json → pgraph → json gives identical native JSON, with every field and the lookups")
    func roundTrip() throws {
        let original = try Self.graph(richGraphJSON)
        #expect(original.papers[0].aliases == ["dup"])
        let bytes = try PGraphWriter.bytes(for: original)
        let loaded = try PGraphReader.readGraph(bytes: bytes, path: "rich.pgraph")
        #expect(NativeFormatWriter.text(for: loaded) == NativeFormatWriter.text(for: original))
        #expect(loaded.papers == original.papers && loaded.authors == original.authors && loaded.topics == original.topics)
        #expect(loaded.citations == original.citations && loaded.citedBy == original.citedBy)
        #expect(loaded.prerequisites == original.prerequisites && loaded.dependents == original.dependents)
        #expect(loaded.readingDependencies == original.readingDependencies)
        #expect(loaded.prerequisiteReasons == original.prerequisiteReasons)
        #expect(loaded.authorship == original.authorship && loaded.tagging == original.tagging)
        #expect(loaded.topicPapers == original.topicPapers && loaded.paperAuthors == original.paperAuthors)
        #expect(loaded.paper(forKey: "dup") == original.paper(forKey: "dup"))
        #expect(loaded.paper(forDOI: "10.48550/ARXIV.1706.03762") == PaperID(0))
        #expect(loaded.paper(forArXiv: "1706.03762v2") == PaperID(0))
        #expect(loaded.topic(named: "machine learning") == original.topic(named: "machine learning"))
        #expect(try PGraphWriter.bytes(for: loaded) == bytes)
    }

    @Test("round-trips the sample graph and a generated one through a file")
    func roundTripFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let (sample, _) = try GraphLoader.load(paths: [root.appendingPathComponent("Graphs/ml-foundations.json").path])
        let generated = PaperGraph(synthetic: SyntheticCitationGraph(options: .init(paperCount: 500, seed: 3, shuffle: true)))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, graph) in [("sample", sample), ("generated", generated)] {
            let path = folder.appendingPathComponent("\(name).pgraph").path
            try PGraphWriter.write(graph, toPath: path)
            let loaded = try GraphLoader.load(paths: [path]).graph
            #expect(NativeFormatWriter.text(for: loaded) == NativeFormatWriter.text(for: graph))
            let citations = try PGraphReader.readCitations(atPath: path)
            #expect(citations.citations == graph.citations && citations.citedBy == graph.citedBy)
        }
    }

    @Test("merging a .pgraph with another file goes through records")
    func merges() throws {
        let original = try Self.graph(richGraphJSON)
        let library = PGraphReader.library(from: original)
        var builder = PaperGraphBuilder()
        builder.add(library)
        let rebuilt = builder.build().graph
        #expect(rebuilt.papers.map(\.key) == original.papers.map(\.key))
        #expect(rebuilt.citations == original.citations && rebuilt.prerequisiteReasons == original.prerequisiteReasons)
    }
}
