import Testing
@testable import PaperGraphIO
import PaperGraphModel

/// Hand-made lists of the kinds seen in the wild: weekly digests in tables, decorated titles,
/// links that are not papers.
@Suite("Markdown digests, titles and non-paper links")
struct MarkdownDigestTests {
    private func read(_ text: String) -> ImportedLibrary {
        MarkdownReadingListImporter.read(text: text, path: "list.md")
    }

    /// A digest week: bold headers, the title cell `N) **Title** - notes <br> - more`, the links in
    /// the other column, trailing spaces after the last pipe, a row without bold.
    static let digestWeek = """
        ## Top ML Papers of the Week (January 8 - January 14)
        | **Paper**  | **Links** |
        | ------------- | ------------- |
        | 1) **Mixtral of Experts** - a sparse mixture of experts. <br> - it uses 8 experts <br> - 2 active per token | [Paper](https://arxiv.org/abs/2401.04088), [Tweet](https://x.com/someone/status/1)   |
        | 2) **TinyLlama** - a 1.1B language model | [Paper](https://arxiv.org/abs/2401.02385), [Tweet](https://twitter.com/someone/status/2)  |  
        | 3) Self-Rewarding Language Models - the model judges its own answers | [Tweet](https://x.com/a/status/3), [Paper](https://arxiv.org/abs/2401.10020) |   

        """

    @Test("reads digest tables: title from the bold or leading text, arXiv id from the links column, tweets ignored")
    func digestTable() {
        let library = read(Self.digestWeek)
        #expect(library.papers.map(\.title) == ["Mixtral of Experts", "TinyLlama", "Self-Rewarding Language Models"])
        #expect(library.papers.map(\.identifiers.arxiv) == ["2401.04088", "2401.02385", "2401.10020"])
        #expect(library.papers.allSatisfy { $0.identifiers.url == nil && $0.year == 2024 })
        #expect(library.papers.map { $0.location?.line } == [4, 5, 6])
    }

    @Test("a digest of 1,300 rows gives 1,300 papers, each with its arXiv id")
    func largeDigest() {
        var text = "# Papers of the Week\n"
        var expected: [String] = []
        for week in 0..<130 {
            text += "\n## Week \(week + 1)\n| **Paper** | **Links** |\n| --- | --- |\n"
            for row in 0..<10 {
                let n = week * 10 + row
                let id = String(format: "%04d.%05d", 2001 + n % 12 + (n / 12 % 3) * 100, n)
                expected.append(id)
                let title = row % 3 == 0 ? "**Model \(n)** - notes on it" : row % 3 == 1 ? "Model \(n) - notes <br> more" : "**Model \(n)**"
                text += "| \(row + 1)) \(title) | [Paper](https://arxiv.org/abs/\(id)), [Tweet](https://x.com/u/status/\(n)) |  \n"
            }
        }
        let library = read(text)
        #expect(library.papers.count == 1_300)
        #expect(library.papers.map(\.identifiers.arxiv) == expected)
        #expect(Set(library.papers.map(\.title)).count == 1_300)
    }

    @Test("titles lose arXiv prefixes, site suffixes, wrapping quotes, brackets and emphasis", arguments: [
        ("[1410.5401] Neural Turing Machines", "Neural Turing Machines"),
        ("[arXiv:2106.09685v2] LoRA: Low-Rank Adaptation", "LoRA: Low-Rank Adaptation"),
        ("arXiv:1706.03762 Attention Is All You Need", "Attention Is All You Need"),
        ("Scaling Data-Constrained Language Models | OpenReview", "Scaling Data-Constrained Language Models"),
        ("Deep Residual Learning - arXiv", "Deep Residual Learning"),
        ("\"Attention Is All You Need\"", "Attention Is All You Need"),
        ("“Attention Is All You Need” | arXiv.org", "Attention Is All You Need"),
        ("[Dropout]", "Dropout"), ("*GloVe*", "GloVe"), ("**_BERT_**", "BERT"),
        ("\"Why Should I Trust You?\": Explaining Predictions", "\"Why Should I Trust You?\": Explaining Predictions"),
        ("(a) and (b) together", "(a) and (b) together"), ("1984 - a novel", "1984 - a novel"),
        ("Model X - Hugging Face", "Model X"),
    ])
    func cleaned(raw: String, expected: String) {
        #expect(TitleCleaning.cleaned(raw) == expected)
        #expect(TitleCleaning.isDecorated(raw) == (raw != expected))
    }

    @Test("a bare URL is never a title", arguments: [
        ("https://arxiv.org/abs/1706.03762", true), ("www.example.com/paper", true), ("arxiv.org/abs/1706.03762", true),
        ("Attention Is All You Need", false), ("GPT-4", false), ("e.g./i.e.", false),
    ])
    func bareURL(text: String, isURL: Bool) {
        #expect(TitleCleaning.isBareURL(text) == isURL)
    }

    @Test("list items: cleaned titles, bare-URL links give way to the text, `- [x] ## [Title](url)` is read")
    func listItems() {
        let library = read("""
            ## Papers
            - [[1410.5401] Neural Turing Machines](https://arxiv.org/abs/1410.5401)
            - [Scaling Laws for Neural Language Models | OpenReview](https://openreview.net/forum?id=abc) (2020)
            - ["Deep Residual Learning for Image Recognition" - arXiv](https://arxiv.org/abs/1512.03385)
            - [x] ## [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)
            - [https://arxiv.org/abs/1502.03167](https://arxiv.org/abs/1502.03167) Batch Normalization (2015)
            - [https://arxiv.org/abs/1607.06450](https://arxiv.org/abs/1607.06450)
            """)
        #expect(library.papers.map(\.title) == [
            "Neural Turing Machines", "Scaling Laws for Neural Language Models", "Deep Residual Learning for Image Recognition",
            "Adam: A Method for Stochastic Optimization", "Batch Normalization",
        ])
        #expect(library.papers.count == 5)
        #expect(library.papers.first { $0.key.hasPrefix("adam") }?.status == .read)
        #expect(library.papers.last?.identifiers.arxiv == "1502.03167")
        // The link with nothing but its address is not taken as a paper titled by the URL.
        #expect(!library.papers.contains { $0.title.contains("://") })
        #expect(library.diagnostics.map(\.description) == [
            "list.md:7:1: warning: item skipped: expected a title (link text, bold or quoted text), found none",
        ])
    }

    @Test("home pages, courses and videos are kept with their kind; navigation is skipped with one note")
    func kindsAndNavigation() {
        let library = read("""
            # Deep Learning
            - [Contents](#papers)
            - [Subscribe](https://newsletter.example.com/subscribe)
            - Follow us on [X](https://x.com/example)
            - [![Stars](https://img.shields.io/github/stars/a/b)](https://github.com/a/b)

            ## Papers
            - [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (2017)
            - [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)
            - [Deep Residual Learning](https://arxiv.org/abs/1512.03385)
            - [Dropout](https://jmlr.org/papers/v15/srivastava14a.html) (2014)
            - [Geoffrey Hinton's homepage](https://www.cs.toronto.edu/~hinton/)
            - [CS231n: Convolutional Neural Networks for Visual Recognition](https://cs231n.stanford.edu/courses/2017/)
            - [Neural Networks: Zero to Hero](https://www.youtube.com/watch?v=VMj-3S1tku0)
            - [Neural Networks and Deep Learning](http://neuralnetworksanddeeplearning.com/)
            """)
        #expect(library.papers.map(\.title) == ["Attention Is All You Need", "Adam: A Method for Stochastic Optimization",
                                                 "Deep Residual Learning", "Dropout", "Geoffrey Hinton's homepage",
                                                 "CS231n: Convolutional Neural Networks for Visual Recognition",
                                                 "Neural Networks: Zero to Hero", "Neural Networks and Deep Learning"])
        #expect(library.papers.map { $0.kind?.rawValue } == ["paper", "paper", "paper", "paper", "homepage", "course", "video", "paper"])
        #expect(library.diagnostics.map(\.description) == [
            "list.md:2:1: note: 4 items skipped as navigation (links to anchors or other pages, Subscribe/Follow links), "
                + "the first here",
        ])
    }

    @Test("a digest cell's number and first line", arguments: [
        ("1) **Title** - notes", "Title"), ("12. Title - notes", "Title"), ("#3 \"Quoted Title\" and more", "Quoted Title"),
        ("Plain Title", "Plain Title"), ("2) Title — notes", "Title"),
    ])
    func digestTitles(cell: String, title: String) {
        #expect(MarkdownItemReader.digestTitle(cell) == title)
    }
}
