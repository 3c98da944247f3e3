import Foundation
import Testing
import GraphAlgorithms
import PaperGraphModel
import TestSupport
@testable import PaperGraphIO

/// The `.pgraph` of an edge list written from its CSR (``PGraphWriter/write(edgeListKeys:citations:selfCitations:source:toPath:)``)
/// against the file of the graph the builder makes of the same edge list.
@Suite("Edge lists written straight to .pgraph")
struct PGraphEdgeListWriterTests {
    /// The file and the warnings of the general path: records, builder, ``PGraphWriter/bytes(for:)``.
    private func general(_ path: String, format: InputFormat? = nil,
                         options: ImportOptions = ImportOptions()) throws -> (bytes: [UInt8], warnings: Set<String>) {
        let (graph, diagnostics) = try GraphLoader.load(paths: [path], format: format, options: options)
        return (try PGraphWriter.bytes(for: graph), Set(diagnostics.map(\.description)))
    }

    /// The file and the warnings of the fast path of any tokens (``EdgeListGraph``).
    private func direct(_ path: String, format: InputFormat? = nil,
                        options: ImportOptions = ImportOptions()) throws -> (bytes: [UInt8], warnings: Set<String>) {
        let read = try #require(try EdgeListGraph.read(atPath: path, format: format, options: options))
        let file = try PGraphWriter.layout(edgeListKeys: .text(read.keys), citations: read.citations,
                                           selfCitations: read.selfCitingPapers, source: PaperGraphBuilder.fileName(path))
        return (PGraphWriter.bytes(of: file), Set(read.diagnostics.map(\.description)))
    }

    /// The statistics stored in the file `bytes`.
    private func statistics(_ bytes: [UInt8]) throws -> GraphStatistics? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pgraph-edges-\(UUID().uuidString).pgraph")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try PGraphReader.readStatistics(atPath: url.path)
    }

    private func file(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pgraph-edges-\(UUID().uuidString)-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("a numeric edge list gives the general path's bytes: repeats once, a cycle, keys of 1 to 19 digits")
    func numeric() throws {
        let path = try file("n.txt", "# c\n5 3\n5 3\n3 9999999999999999999\n9999999999999999999 5\n0 5\n7 0\n7 3\n10 7\n")
        let list = try #require(try NumericEdgeList.read(atPath: path))
        let bytes = PGraphWriter.bytes(of: try PGraphWriter.layout(edgeListKeys: .decimal(list.keys), citations: list.graph,
                                                                   selfCitations: 0, source: PaperGraphBuilder.fileName(path)))
        let expected = try general(path)
        #expect(bytes == expected.bytes)
        #expect(expected.warnings.isEmpty)
        let read = try PGraphReader.readGraph(bytes: bytes, path: "n.pgraph")
        #expect(read.papers.map(\.key) == ["5", "3", "9999999999999999999", "0", "7", "10"])
        #expect(try statistics(bytes)?.cyclicGroups == 1)
    }

    @Test("tokens of any kind, skipped lines and self-citations: the same bytes and the same warnings",
          arguments: ["tiny-snap.txt", "tiny-linqs.cites", "tiny-pubmed.tab"])
    func fixtures(_ name: String) throws {
        let path = fixturePath(name)
        let (bytes, warnings) = try direct(path)
        let expected = try general(path)
        #expect(bytes == expected.bytes)
        #expect(warnings == expected.warnings)
    }

    @Test("a self-loop is dropped with the builder's warning and counted; --reverse and text keys agree with the general path")
    func selfLoopsAndReverse() throws {
        let path = try file("s.txt", "a b\nb b\nc a\nc  c\nb a\nx\n")
        let options = ImportOptions(edgeList: EdgeListOptions(reverse: true))
        for options in [ImportOptions(), options] {
            let (bytes, warnings) = try direct(path, options: options)
            let expected = try general(path, options: options)
            #expect(bytes == expected.bytes)
            #expect(warnings == expected.warnings)
        }
        let (bytes, warnings) = try direct(path)
        #expect(warnings.contains("\(path):2:3: warning: 'b' cites itself; citation dropped"))
        #expect(warnings.contains("\(path):4:4: warning: 'c' cites itself; citation dropped"))
        #expect(warnings.contains("\(path):6:2: warning: expected two node ids (citing cited), found only 'x'; line skipped"))
        #expect(try statistics(bytes)?.selfCitations == 2)
    }

    @Test("an edge list with no edge is the general path's error at its line and column; a Markdown .txt and --merge titles are declined")
    func errorsAndDeclines() throws {
        let path = try file("bad.txt", "one\ntwo three four\n")
        var fast: Diagnostic?, slow: Diagnostic?
        do { _ = try EdgeListGraph.read(atPath: path, format: .edgelist, options: ImportOptions()) } catch { fast = error }
        do { _ = try GraphLoader.load(paths: [path], format: .edgelist) } catch { slow = error }
        #expect(fast != nil && fast?.description == slow?.description)
        #expect(fast?.description.hasPrefix("\(path):1:4: error: expected an edge list") == true)
        let markdown = try file("list.txt", "# Reading\n\n- [Attention](https://arxiv.org/abs/1706.03762) ✅\n- Another paper\n")
        #expect(try EdgeListGraph.read(atPath: markdown, format: nil, options: ImportOptions()) == nil)
        var titles = ImportOptions()
        titles.merge = .titles
        #expect(try EdgeListGraph.read(atPath: fixturePath("tiny-snap.txt"), format: nil, options: titles) == nil)
        #expect(try EdgeListGraph.read(atPath: fixturePath("tiny-snap.txt"), format: .csv, options: ImportOptions()) == nil)
    }

    @Test("a streamed section hashes and writes the bytes of its array")
    func streamedSections() {
        let values: [UInt32] = (0..<40_000).map { UInt32($0 % 7) }
        let computed = SectionData.computed(UInt32.self, count: values.count) { UInt32($0 % 7) }
        #expect(computed.byteCount == 160_000 && computed.checksum == SectionData.u32(values).checksum)
        let repeated = SectionData.repeated(UInt64(3), count: 20_000)
        #expect(repeated.checksum == SectionData.u64([UInt64](repeating: 3, count: 20_000)).checksum)
    }
}
