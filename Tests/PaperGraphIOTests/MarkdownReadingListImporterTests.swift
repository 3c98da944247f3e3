import Foundation
import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("Markdown reading-list importer")
struct MarkdownReadingListImporterTests {
    func importFixture(_ name: String, options: MarkdownReadingListOptions = .init()) throws -> ImportedLibrary {
        let path = fixturePath(name)
        return try MarkdownReadingListImporter.read(bytes: TextInput.readBytes(atPath: path), path: path, options: options)
    }

    @Test("reads headings as nested topics, skipping the table of contents and sections without papers")
    func nestedTopics() throws {
        let library = try importFixture("reading-list.md")
        #expect(library.topics.map(\.key) == ["machine-learning", "sequence-models", "attention", "generative-models"])
        #expect(library.topics.map(\.parent) == [nil, "machine-learning", "sequence-models", "machine-learning"])
        #expect(library.topics.map(\.name) == ["Machine Learning", "Sequence Models", "Attention", "Generative Models"])
        #expect(library.topics[2].location?.line == 26)
    }

    @Test("reads every item that names a paper, and nothing from prose, images, badges, code, comments or site lists")
    func papers() throws {
        let library = try importFixture("reading-list.md")
        // The two table-of-contents links are skipped with one note at the first of them.
        #expect(library.diagnostics.map(\.description) == [
            fixturePath("reading-list.md") + ":15:1: note: 2 items skipped as navigation (links to anchors or other pages, "
                + "Subscribe/Follow links), the first here",
        ])
        #expect(library.papers.map(\.key) == [
            "attention-is-all-you-need", "long-short-term-memory", "sequence-to-sequence-learning-with-neural-networks",
            "neural-machine-translation-by-jointly-learning-to-align-and-translate",
            "mamba-linear-time-sequence-modeling-with-selective-state-spaces",
            "effective-approaches-to-attention-based-neural-machine-translation", "the-illustrated-transformer",
            "transformer-circuits", "deep-learning", "understanding-diffusion-models", "auto-encoding-variational-bayes",
        ])
        #expect(library.papers.map(\.status) == [.read, .read, .unread, .read, .unread, .read, .read, .unread, nil, nil, nil])
        #expect(library.papers.map(\.year) == [2017, 1997, 2014, 2014, 2023, 2015, nil, nil, 2016, 2022, 2013])
        #expect(library.papers.map(\.topics) == [
            ["sequence-models"], ["sequence-models"], ["sequence-models"], ["sequence-models"], ["sequence-models"],
            ["attention"], ["attention"], ["attention"], ["generative-models"], ["generative-models"], ["generative-models"],
        ])
        #expect(library.papers.map(\.kind) == [.paper, .paper, .paper, .paper, .paper, .paper, .paper, .paper,
                                               .book, .blogPost, .paper])
    }

    @Test("takes arXiv ids, DOIs and URLs from links, and records where each item starts")
    func identifiersAndLocations() throws {
        let path = fixturePath("reading-list.md")
        let library = try importFixture("reading-list.md")
        let papers = Dictionary(uniqueKeysWithValues: library.papers.map { ($0.key, $0) })
        #expect(papers["attention-is-all-you-need"]?.identifiers == PaperIdentifiers(arxiv: "1706.03762"))
        #expect(papers["long-short-term-memory"]?.identifiers == PaperIdentifiers(doi: "10.1162/neco.1997.9.8.1735"))
        #expect(papers["effective-approaches-to-attention-based-neural-machine-translation"]?.identifiers.arxiv == "1508.04025")
        #expect(papers["the-illustrated-transformer"]?.identifiers.url == "https://jalammar.github.io/illustrated-transformer/")
        #expect(papers["neural-machine-translation-by-jointly-learning-to-align-and-translate"]?.identifiers.isEmpty == true)
        #expect(papers["attention-is-all-you-need"]?.location == SourceLocation(file: path, line: 20, column: 1))
        #expect(papers["auto-encoding-variational-bayes"]?.location == SourceLocation(file: path, line: 39, column: 5))
    }

    @Test("reads a table with Paper, Year and Read? columns, and a table whose titles are links")
    func tables() throws {
        let library = try importFixture("reading-table.md")
        #expect(library.papers.map(\.title) == ["Deep Residual Learning for Image Recognition", "Batch Normalization",
                                                "Layer Normalization", "Dropout", "Transformer"])
        #expect(library.papers.map(\.status) == [.read, .read, .unread, .unread, nil])
        #expect(library.papers.map(\.year) == [2015, 2015, 2016, nil, 2017])
        #expect(library.papers[0].identifiers == PaperIdentifiers(arxiv: "1512.03385"))
        #expect(library.papers.map(\.topics) == [["papers-i-track"], ["papers-i-track"], ["papers-i-track"],
                                                 ["papers-i-track"], ["watched"]])
        #expect(library.papers.map { $0.location?.line } == [5, 6, 7, 8, 14])
    }

    @Test("keeps a roadmap's order and, when asked, chains numbered items within a section as prerequisites")
    func roadmap() throws {
        let plain = try importFixture("roadmap.md")
        #expect(plain.papers.map(\.key) == [
            "neural-networks-and-deep-learning", "deep-learning", "adam-a-method-for-stochastic-optimization",
            "long-short-term-memory",
            "learning-phrase-representations-using-rnn-encoder-decoder-for-statistical-machine-translation",
            "attention-is-all-you-need",
            "bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding",
        ])
        #expect(plain.papers.allSatisfy { $0.prerequisites.isEmpty })
        #expect(plain.topics.map(\.key) == ["roadmap", "basics", "sequence-models", "lenient-heading"])
        #expect(plain.topics.map(\.parent) == [nil, "roadmap", "roadmap", nil])
        #expect(plain.papers[3].year == 1997)
        #expect(plain.papers[4].identifiers.arxiv == "1406.1078")

        let ordered = try importFixture("roadmap.md", options: MarkdownReadingListOptions(orderAsPrerequisites: true))
        let edges = ordered.papers.flatMap { paper in paper.prerequisites.map { "\(paper.key) <- \($0.key): \($0.reason ?? "")" } }
        #expect(edges == [
            "deep-learning <- neural-networks-and-deep-learning: listed before it in \"Basics\"",
            "adam-a-method-for-stochastic-optimization <- deep-learning: listed before it in \"Basics\"",
            "learning-phrase-representations-using-rnn-encoder-decoder-for-statistical-machine-translation <- long-short-term-memory: listed before it in \"Sequence models\"",
        ])
    }

    @Test("makes keys unique within a file with -2, -3 suffixes")
    func uniqueKeys() {
        let text = "- [Deep Learning](https://a.example.org/x.pdf)\n- [Deep Learning](https://b.example.org/y.pdf)\n- [Deep learning!](https://c.example.org/z.pdf)\n"
        let library = MarkdownReadingListImporter.read(text: text, path: "dup.md")
        #expect(library.papers.map(\.key) == ["deep-learning", "deep-learning-2", "deep-learning-3"])
    }

    @Test("warns once, at line 1, when a file names no paper")
    func emptyList() {
        let library = MarkdownReadingListImporter.read(text: "# Notes\n\nJust prose, and a [site](https://example.org).\n", path: "n.md")
        #expect(library.papers.isEmpty)
        #expect(library.diagnostics.map(\.description) == [
            "n.md:1:1: warning: no papers found: expected list items, numbered entries or table rows that link to or name a paper",
        ])
    }

    @Test("warns at the item when a marked item has no title")
    func markedItemWithoutTitle() {
        let library = MarkdownReadingListImporter.read(text: "## Done\n\n- ✅ [Real Paper](https://arxiv.org/abs/1706.03762)\n  - ✅\n", path: "m.md")
        #expect(library.papers.map(\.title) == ["Real Paper"])
        #expect(library.diagnostics.first?.description == "m.md:4:3: warning: item skipped: expected a title (link text, bold or quoted text), found none")
    }

    @Test("rejects bytes that are not UTF-8 with the line and column of the first bad byte")
    func invalidUTF8() {
        let bytes = Array("# T\n- [A](https://x.org/a.pdf) ".utf8) + [0xFF]
        #expect(throws: Diagnostic.error("invalid UTF-8 (byte 0xFF); expected a UTF-8 text file",
                                         at: SourceLocation(file: "bad.md", line: 2, column: 28))) {
            try MarkdownReadingListImporter.read(bytes: bytes, path: "bad.md")
        }
    }

    @Test("is chosen for .md and .markdown files")
    func inferredFormat() {
        #expect(InputFormat.inferred(fromPath: "list.md") == .markdown)
        #expect(InputFormat.inferred(fromPath: "LIST.MARKDOWN") == .markdown)
        #expect(InputFormat.inferred(fromPath: "edges.txt") == .edgelist)
    }

    @Test("builds a graph whose read papers and topic tree match the list")
    func buildsGraph() throws {
        let (graph, diagnostics) = try GraphLoader.load(paths: [fixturePath("reading-list.md")])
        #expect(diagnostics.allSatisfy { $0.severity == .note })
        #expect(graph.papers.count == 11)
        let attention = try #require(graph.paper(forArXiv: "1706.03762"))
        #expect(graph[attention].status == .read)
        #expect(graph[attention].topics.map { graph[$0].name } == ["Sequence Models"])
    }
}
