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
        let view = try ExportView(graph: graph, decorations: ExportTestSupport.smallDecorations(graph))
        let text = DOTWriter.write(view, options: .init(maxTitleLength: 30, wrapWidth: 16))
        #expect(text.contains("label=\"2. Neural Machine\\nTranslation…\\n2014\""))
        #expect(text.contains("label=\"3. ✓ Attention Is All\\nYou Need\\n2017\""))
        #expect(text.contains("peripheries=2"))
    }

    @Test("default labels keep most of a title on at most three lines; the tooltip has all of it")
    func defaultLabels() {
        let title = "Neural Machine Translation by Jointly Learning to Align and Translate with Many Extra Words"
        let label = PaperLabel.short(title, maxLength: DOTWriter.Options().maxTitleLength, wrapWidth: DOTWriter.Options().wrapWidth,
                                     maxLines: DOTWriter.Options().maxTitleLines)
        let lines = label.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= 23 })
        #expect(label.hasPrefix("Neural Machine\nTranslation by Jointly") || label.hasPrefix("Neural Machine Translation"))
        #expect(label.hasSuffix("…"))
        #expect(PaperLabel.short("a b c d e f g h", maxLength: 100, wrapWidth: 3, maxLines: 2) == "a b\nc d…")
    }

    /// Eight clusters of one paper each, cluster 0 the largest.
    private func clusteredView(papers: Int) throws -> ExportView {
        var builder = PaperGraphBuilder()
        builder.add(ImportedLibrary(papers: (0..<papers).map { PaperRecord(key: "k\($0)", title: "Paper \($0)") }))
        let graph = builder.build().graph
        return try ExportView(graph: graph, decorations: ExportDecorations(
            clusters: ClusterAssignment(communityOf: Array(0..<papers), labels: (0..<papers).map { "Topic \($0)" })))
    }

    @Test("the six largest clusters take the palette's colours, the rest grey; a legend names them")
    func paletteAndLegend() throws {
        let text = DOTWriter.write(try clusteredView(papers: 8))
        for c in 0..<6 { #expect(text.contains("\"p\(c)\" [label=\"Paper \(c)\", tooltip") && text.contains(ExportPalette.clusters[c])) }
        let grey = ExportPalette.clusters[6]
        #expect(text.split(separator: "\n").filter { $0.contains("\"p6\"") || $0.contains("\"p7\"") }
            .allSatisfy { $0.contains("fillcolor=\"\(grey)\"") })
        #expect(DOTWriter.clusterColor(6) == grey && DOTWriter.clusterColor(40) == grey && DOTWriter.clusterColor(5) == ExportPalette.clusters[5])
        #expect(text.contains("subgraph \"cluster_legend\""))
        for c in 0..<6 { #expect(text.contains("\"legend_cluster\(c)\" [label=\"Topic \(c)\"")) }
        #expect(!text.contains("legend_cluster6") && text.contains("\"legend_other\" [label=\"other clusters\""))
        #expect(text.contains("label=\" prerequisite\"") && text.contains("label=\" citation\"") && text.contains("✓ read"))
        #expect(!DOTWriter.write(try clusteredView(papers: 2), options: .init(legend: false)).contains("legend"))
    }

    @Test("free layouts pack components onto a page; the year layout does not")
    func packing() throws {
        let view = try clusteredView(papers: 3)
        #expect(DOTWriter.write(view).contains("pack=true"))
        #expect(!DOTWriter.write(view, options: .init(layout: .year)).contains("pack=true"))
        #expect(DOTWriter.write(view, options: .init(clusterSubgraphs: true)).contains("pack=true, layout=fdp]"))
        #expect(!DOTWriter.write(view).contains("layout=fdp"))
        #expect(!DOTWriter.write(view, options: .init(layout: .year, clusterSubgraphs: true)).contains("layout=fdp"))
    }

    @Test("refuses a view larger than the documented size, with advice")
    func sizeGuard() throws {
        let view = try clusteredView(papers: 5)
        var options = ExportFormat.Options()
        options.dot.maxNodes = 4
        #expect(DOTWriter.Options().maxNodes == 2_000)
        do {
            _ = try ExportFormat.dot.render(view, options: options)
            Issue.record("expected the size guard")
        } catch {
            #expect(error.message.hasPrefix("a DOT map of 5 nodes is more than Graphviz lays out in reasonable time (the limit is 4)"))
            #expect(error.message.contains("--top N") && error.message.contains("--topic") && error.message.contains("--around"))
        }
        options.dot.maxNodes = 5
        #expect(try ExportFormat.dot.render(view, options: options).count == 1)
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
        // Wrapped at 22 characters: the backslashes and tags come through literally.
        #expect(texts.contains("Back\\slash \\n \\N \\G \\l"))
        #expect(texts.contains("and C:\\"))
        #expect(texts.contains("✓ <b>Tags</b> & {braces}"))
        #expect(texts.contains { $0.contains("日本語のタイトル") })
    }
}
