import Testing
import PaperGraphIO
import PaperGraphModel

/// Version 2 keeps where each citation came from; version 1 files still read.
@Suite(".pgraph citation sources")
struct PGraphProvenanceTests {
    /// a cites b (OpenAlex) and c (Semantic Scholar); c cites b, from the file itself.
    static let json = """
    {"format": "papergraph", "version": 2, "papers": [
      {"id": "a", "title": "A", "cites": [{"id": "b", "source": "openalex"}, {"id": "c", "source": "s2"}]},
      {"id": "b", "title": "B"},
      {"id": "c", "title": "C", "cites": [{"id": "b", "source": "crossref"}]}]}
    """

    static func sources(_ graph: PaperGraph) -> [String: String] {
        var out: [String: String] = [:]
        for v in graph.papers.indices {
            let row = graph.citations.neighbors(of: v)
            for (i, w) in row.enumerated() {
                let slot = Int(graph.citations.offsets[v]) + i
                out[graph.papers[v].key + "→" + graph.papers[Int(w)].key] = graph.citationProvenance.source(atSlot: slot)
            }
        }
        return out
    }

    @Test("each citation's source survives json → pgraph → graph")
    func roundTrip() throws {
        let original = try PGraphTests.graph(Self.json)
        #expect(Self.sources(original) == ["a→b": "openalex", "a→c": "s2", "c→b": "crossref"])
        let bytes = try PGraphWriter.bytes(for: original)
        let loaded = try PGraphReader.readGraph(bytes: bytes, path: "p.pgraph")
        #expect(Self.sources(loaded) == Self.sources(original))
        #expect(GraphStatistics(loaded).citationsBySource == GraphStatistics(original).citationsBySource)
        #expect(NativeFormatWriter.text(for: loaded) == NativeFormatWriter.text(for: original))
    }

    /// The same file cut down to version 1: the first 24 sections, version field 1.
    static func versionOne(_ bytes: [UInt8]) -> [UInt8] {
        func field(_ at: Int) -> Int { (0..<8).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        let lastEntry = 64 + 32 * 23
        let end = field(lastEntry + 8) + field(lastEntry + 16)
        var copy = Array(bytes[0..<end])
        let sections = Int(bytes[36])
        copy.replaceSubrange((64 + 32 * 24)..<(64 + 32 * sections), with: repeatElement(0, count: 32 * (sections - 24)))
        copy = PGraphCorruptionTests.patched(copy, at: 8, 1, rehash: false)
        copy = PGraphCorruptionTests.patched(copy, at: 12, UInt64(64 + 32 * 24), rehash: false)
        copy = PGraphCorruptionTests.patched(copy, at: 36, 24, rehash: false)
        copy = PGraphCorruptionTests.patched(copy, at: 40, UInt64(end), width: 8)
        return copy
    }

    @Test("a version 1 file reads, with no sources recorded")
    func versionOneReads() throws {
        let original = try PGraphTests.graph(richGraphJSON)
        let old = Self.versionOne(try PGraphWriter.bytes(for: original))
        #expect(old[8] == 1)
        let loaded = try PGraphReader.readGraph(bytes: old, path: "v1.pgraph")
        #expect(loaded.papers == original.papers && loaded.citations == original.citations)
        #expect(loaded.citationProvenance.names.isEmpty)
    }

    @Test("a source index past the names is a located error")
    func badIndex() throws {
        let bytes = try PGraphWriter.bytes(for: try PGraphTests.graph(Self.json))
        func field(_ at: Int) -> Int { (0..<8).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        let entry = 64 + 32 * 25
        let offset = field(entry + 8)
        var damaged = PGraphCorruptionTests.patched(bytes, at: offset, 9, rehash: false)
        let hash = XXHash64.hash(of: Array(damaged[offset..<(offset + field(entry + 16))]))
        damaged = PGraphCorruptionTests.patched(damaged, at: entry + 24, hash, width: 8)
        #expect(PGraphCorruptionTests.message(damaged)?.contains("section 'citation sources'") == true)
    }
}
