import Testing
import PaperGraphIO
import PaperGraphModel

/// Records what reaches it: the chunks' sizes (not their bytes), so a test can check that a
/// writer never handed over more than the buffer at once.
private struct CountingSink: ByteSink {
    var total = 0
    var largest = 0
    var writes = 0
    var bytes: [UInt8] = []
    var keepsBytes = false

    mutating func write(_ chunk: UnsafeRawBufferPointer) {
        total += chunk.count
        largest = max(largest, chunk.count)
        writes += 1
        if keepsBytes { bytes.append(contentsOf: chunk) }
    }
}

@Suite("Byte sinks: bounded buffers")
struct ByteSinkTests {
    @Test("small writes are gathered into chunks of at most the capacity, in order")
    func gathersSmallWrites() {
        var sink = BufferedSink(CountingSink(keepsBytes: true), capacity: 8)
        for piece in ["abc", "defgh", "ij", "klmnop"] { sink.write(piece) }
        // "abc" + "defgh" fill 8 bytes; "ij" starts the next chunk, and "klmnop" fits beside it.
        #expect(sink.base.writes == 1)
        sink.flush()
        #expect(sink.base.writes == 2)
        #expect(sink.base.largest == 8)
        #expect(String(decoding: sink.base.bytes, as: UTF8.self) == "abcdefghijklmnop")
    }

    @Test("a write longer than the buffer is split, never between the bytes of one character")
    func splitsLongWritesAtCharacters() {
        var sink = BufferedSink(CountingSink(keepsBytes: true), capacity: 8)
        // 7 ASCII bytes then "é" (2 bytes): the first chunk ends before "é", at 7 bytes.
        let text = "abcdefgé" + String(repeating: "x", count: 20)
        sink.write(text)
        sink.flush()
        #expect(sink.base.largest <= 8)
        #expect(sink.base.total == text.utf8.count)
        #expect(String(decoding: sink.base.bytes, as: UTF8.self) == text)
        var pieces = BufferedSink(PiecesSink(), capacity: 8)
        pieces.write(text)
        pieces.flush()
        #expect(pieces.base.pieces.first == "abcdefg")
        #expect(pieces.base.pieces.joined() == text)
    }

    @Test("every single-file exporter writes a generated graph in chunks no larger than the buffer",
          arguments: [ExportFormat.json, .graphml, .gexf, .bibtex, .cslJSON, .html, .dot, .mermaid])
    func exportersStayWithinTheBuffer(format: ExportFormat) throws {
        let graph = PaperGraph(synthetic: SyntheticCitationGraph(options: .init(paperCount: 400, referencesPerPaper: 6, seed: 5)))
        let ranking = graph.rankPapers()
        // DOT and Mermaid refuse large views: give them the 100 highest-ranked papers.
        let selection = format == .dot || format == .mermaid ? ExportSelection(top: 100) : .everything
        let view = try ExportView(graph: graph, selection: selection, decorations: ExportDecorations(rank: ranking.scores))
        var options = ExportFormat.Options()
        if format == .html {
            options.htmlMapContent = HTMLMapContent(graph: graph, view: view, ranking: ranking) { _, _ in "reason" }
        }
        let capacity = 1 << 10
        var sink = BufferedSink(CountingSink(), capacity: capacity)
        try format.write(view, options: options, to: &sink)
        sink.flush()
        let expected = try #require(try format.render(view, options: options).first).text.utf8.count
        #expect(expected > 4 * capacity, "the output is several buffers long")
        #expect(sink.base.largest <= capacity)
        #expect(sink.base.total == expected)
        #expect(sink.base.writes >= expected / capacity)
    }

    @Test("CSV asked to write one file throws a diagnostic and writes nothing, instead of trapping")
    func csvRefusesOneFile() throws {
        let view = try ExportView(graph: ExportTestSupport.smallGraph())
        var sink = BufferedSink(CountingSink(), capacity: 64)
        #expect(throws: Diagnostic.self) { try ExportFormat.csv.write(view, to: &sink) }
        sink.flush()
        #expect(sink.base.total == 0)
    }

    @Test("native JSON is written in chunks no larger than the buffer, the same bytes as its text")
    func nativeJSONStaysWithinTheBuffer() {
        let graph = PaperGraph(synthetic: SyntheticCitationGraph(options: .init(paperCount: 300, referencesPerPaper: 5, seed: 2)))
        var sink = BufferedSink(CountingSink(keepsBytes: true), capacity: 1 << 12)
        NativeFormatWriter.write(graph, to: &sink)
        sink.flush()
        #expect(sink.base.largest <= 1 << 12)
        #expect(sink.base.bytes == Array(NativeFormatWriter.text(for: graph).utf8))
        #expect(sink.base.total > 4 << 12)
    }
}

/// Keeps each chunk as text, to see where chunks end.
private struct PiecesSink: ByteSink {
    var pieces: [String] = []
    mutating func write(_ chunk: UnsafeRawBufferPointer) { pieces.append(String(decoding: chunk, as: UTF8.self)) }
}
