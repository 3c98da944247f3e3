import Foundation
import Testing
import TestSupport
import PaperGraphIO
import PaperGraphModel

/// Real reading lists from `../shared` (see its SOURCE.md), with the counts a person gets by hand.
///
/// How the counts were established: by reading each file and counting with grep and a few lines
/// of Python, independently of the importer, under the rules documented on
/// ``MarkdownReadingListImporter`` (papers = items naming a work; topics = headings with papers
/// under them, tables of contents excluded; read marks = ✔️ ✅ ☑ ✓ [x]).
@Suite("Real Markdown reading lists", .enabled(if: SharedData.isAvailable, "needs ../shared/data (not on a user's machine)"))
struct RealReadingListsTests {
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var papers: Int
        var topics: Int
        var read: Int
        var unread: Int
        var description: String { file }
    }

    static let lists: [Expected] = [
        // Seed 004 (Markdown personal list in a .txt): `grep -c '^- '` = 63 bullet items, each links a
        // work; 13 `## ` headings (the `# layout: tags` line is YAML front matter); `grep '^- ' | grep -c ✔️`
        // = 28 read; 33 items end in *TO READ* plus one ("On the Biology of a Large Language Model")
        // whose *TO READ* stands in the paragraph after it = 34 unread; "Epoch AI" (followed by
        // *TO WRITE*) has no mark.
        Expected(file: "seed:004_", papers: 63, topics: 13, read: 28, unread: 34),
        // `grep -c '^\*\*\[[0-9]*\]\*\*'` = 133 roadmap entries ([34] is used twice, both counted);
        // 25 headings (counting `#2 Deep Learning Method`, written without a space) minus the
        // title heading, which has no papers under it = 24 topics. No read marks.
        Expected(file: "reading-lists-markdown/floodsung_deep-learning-papers-reading-roadmap_README.md",
                 papers: 133, topics: 24, read: 0, unread: 0),
        // `- ` items per `### ` section: 223 under the 15 paper sections (7+7+7+12+8+11+18+6+9+15+16+16+8+10+73),
        // not the 15 lecture/tutorial/blog site links (no year, no paper link), the 7 citation
        // criteria bullets or the Contents anchors. Topics: those 15 sections plus the title
        // heading above them (16); "Contents" is a table of contents.
        Expected(file: "reading-lists-markdown/terryum_awesome-deep-learning-papers_README.md",
                 papers: 223, topics: 16, read: 0, unread: 0),
        // 44 of the 59 rows of the recorded-videos table link a work in their title cell (the
        // "对比学习" row links an anchor and is not counted), plus the 90 rows of the 12 paper tables
        // = 134 rows. Topics: title, the two H2 sections and the 12 H3 tables = 15. ✅ occurs 59
        // times in the file, once per read row.
        Expected(file: "reading-lists-markdown/mli_paper-reading_README.md", papers: 134, topics: 15, read: 59, unread: 0),
        // The root README is a directory: its link lists point at sites; only "How to read a paper"
        // (a PDF, under "How To Read a Paper" inside "Info") names a paper itself.
        Expected(file: "reading-lists-markdown/papers-we-love_README.md", papers: 1, topics: 2, read: 0, unread: 0),
        // 7 bullets; "Judea Pearl" is a folder label with a nested item, not a paper.
        Expected(file: "reading-lists-markdown/papers-we-love_artificial_intelligence_README.md",
                 papers: 6, topics: 1, read: 0, unread: 0),
        // 13 external + 4 hosted papers; topics "Machine Learning" with its two sections.
        Expected(file: "reading-lists-markdown/papers-we-love_machine_learning_README.md",
                 papers: 17, topics: 3, read: 0, unread: 0),
    ]

    static func path(of expected: Expected) -> String? {
        expected.file.hasPrefix("seed:") ? SharedData.seed(String(expected.file.dropFirst(5)))
            : SharedData.path(expected.file)
    }

    @Test("imports the hand-counted number of papers, topics and read marks", arguments: lists)
    func counts(_ expected: Expected) throws {
        let path = try #require(Self.path(of: expected))
        let library = try MarkdownReadingListImporter.read(bytes: TextInput.readBytes(atPath: path), path: path)
        #expect(library.papers.count == expected.papers)
        #expect(library.topics.count == expected.topics)
        #expect(library.papers.filter { $0.status == .read }.count == expected.read)
        #expect(library.papers.filter { $0.status == .unread }.count == expected.unread)
        #expect(library.diagnostics.filter { $0.severity != .note }.isEmpty)
    }

    @Test("reads the seed list's sections, marks, years and arXiv ids")
    func seedDetails() throws {
        let path = try #require(SharedData.seed("004_"))
        let library = try MarkdownReadingListImporter.read(bytes: TextInput.readBytes(atPath: path), path: path)
        let byTitle = Dictionary(library.papers.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })
        let attention = try #require(byTitle["Attention Is All You Need"])
        #expect(attention.status == .read && attention.year == 2017 && attention.identifiers.arxiv == "1706.03762")
        #expect(attention.topics == ["seminal-architectures"])
        let mamba = try #require(byTitle["Mamba: Linear-Time Sequence Modeling with Selective State Spaces"])
        #expect(mamba.status == .unread && mamba.identifiers.arxiv == "2312.00752")
        #expect(byTitle["How much do language models memorize?"]?.identifiers.arxiv == "2505.24832")
        #expect(byTitle["Reinforcement Learning: An Introduction"]?.kind == .book)
        #expect(byTitle["Layer Normalization"]?.year == 2016)
        #expect(library.topics.first?.name == "Fundamentals")
    }

    @Test("chains the floodsung roadmap within each section when asked")
    func floodsungOrder() throws {
        let path = SharedData.path("reading-lists-markdown/floodsung_deep-learning-papers-reading-roadmap_README.md")
        let library = try MarkdownReadingListImporter.read(bytes: TextInput.readBytes(atPath: path), path: path,
                                                           options: MarkdownReadingListOptions(orderAsPrerequisites: true))
        // 133 entries in 21 sections (1.0–1.4, 2.1–2.8, 3.1–3.8; the three H1 parts hold none directly):
        // every entry but the first of its section gets one prerequisite.
        #expect(library.papers.map(\.prerequisites.count).reduce(0, +) == 133 - 21)
        let resnet = try #require(library.papers.first { $0.identifiers.arxiv == "1512.03385" })
        #expect(resnet.prerequisites.map(\.key) == ["going-deeper-with-convolutions"])
        #expect(resnet.prerequisites.first?.reason == "listed before it in \"ImageNet Evolution（Deep Learning broke out from here）\"")
    }
}
