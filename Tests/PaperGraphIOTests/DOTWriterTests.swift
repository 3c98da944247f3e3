import Foundation
import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("DOT writer")
struct DOTWriterTests {
    static let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// How a title reads in a DOT tooltip: CR and tab as spaces, other C0 controls and DEL dropped.
    static func dotTitle(_ title: String) -> String {
        ExportTestSupport.withoutControls(title).replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\u{7F}", with: "")
    }

    @Test("writes the small graph exactly as the golden files", arguments: [
        ("small.dot", false, DOTWriter.Options()),
        ("small-decorated.dot", true, DOTWriter.Options(rankdir: .LR, layout: .year)),
        ("small-clusters.dot", true, DOTWriter.Options(layout: .year, clusterSubgraphs: true)),
    ])
    func golden(name: String, decorated: Bool, options: DOTWriter.Options) throws {
        let graph = ExportTestSupport.smallGraph()
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: decorated, includeAuthors: decorated),
                                  decorations: decorated ? ExportTestSupport.smallDecorations(graph) : .none)
        let text = DOTWriter.write(view, options: options)
        ExportTestSupport.expectGolden(text, name)
        ExportTestSupport.writeSample(text, name, view: view, titles: ["vaswani2017": "Attention Is All You Need"])
    }

    @Test("draws arrows in reading order: cited paper to citing paper")
    func readingOrder() throws {
        let view = try ExportView(graph: ExportTestSupport.smallGraph())
        let text = DOTWriter.write(view)
        // p1 = bahdanau2014, p2 = vaswani2017: vaswani cites bahdanau, drawn bahdanau → vaswani.
        #expect(text.contains("\"p1\" -> \"p2\" [tooltip=\"vaswani2017 cites bahdanau2014\"];"))
        #expect(!text.contains("\"p2\" -> \"p1\""))
    }

    @Test("shortens and wraps titles, marks read papers and numbers path steps")
    func labels() throws {
        let graph = ExportTestSupport.smallGraph()
        let text = DOTWriter.write(try ExportView(graph: graph, decorations: ExportTestSupport.smallDecorations(graph)))
        #expect(text.contains("label=\"2. Neural Machine\\nTranslation…\\n2014\""))
        #expect(text.contains("label=\"3. ✓ Attention Is All\\nYou Need\\n2017\""))
        #expect(text.contains("peripheries=2"))
    }

    @Test("escapes quotes, backslashes, ampersands and newlines so Graphviz shows them literally")
    func escaping() {
        #expect(DOTWriter.escaped("say \"hi\" \\n C:\\ & co") == "say \\\"hi\\\" \\\\n C:\\\\ &amp; co")
        #expect(DOTWriter.escaped("\\N", tooltip: true) == "\\\\\\\\N")
        #expect(DOTWriter.escaped("a\nb\r\tc\u{01}d\u{7F}") == "a\\nb  cd")
    }

    @Test("Graphviz renders every hostile title unchanged", .enabled(if: dotPath != nil, "needs Graphviz dot"))
    func graphvizRendersHostileTitles() throws {
        let graph = ExportTestSupport.hostileGraph()
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true, includeAuthors: true))
        let text = DOTWriter.write(view, options: .init(layout: .year))
        var titles: [String: String] = [:]
        for paper in graph.papers { titles[paper.key] = Self.dotTitle(paper.title) }
        ExportTestSupport.writeSample(text, "hostile.dot", view: view, titles: titles)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.dotPath))
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "dot failed: \(stderr)")
        #expect(stderr.isEmpty)
        let root = try XMLTestParser.parse(String(decoding: svg, as: UTF8.self)).get()
        // Graphviz writes runs of spaces as a space and no-break spaces.
        let tooltips = root.all("a").compactMap { $0.attributes["xlink:title"]?.replacingOccurrences(of: "\u{A0}", with: " ") }
        for title in graph.papers.map({ Self.dotTitle($0.title) }) {
            #expect(tooltips.contains { $0.hasPrefix(title + "\n") }, "no tooltip for \(title.debugDescription)")
        }
        let texts = root.all("text").map(\.text)
        #expect(texts.contains("Back\\slash \\n \\N"))
        #expect(texts.contains("\\G \\l and C:\\"))
        #expect(texts.contains("✓ <b>Tags</b> &"))
        #expect(texts.contains { $0.contains("日本語のタイトル") })
    }
}
