import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("Markdown item years and kinds")
struct MarkdownItemReaderIdentifiersTests {
    @Test("reads years last in short parentheses, else bare standalone years", arguments: [
        ("Title (2017)", 2017 as Int?), ("Book (Book, Jan 2017), X", 2017), ("Models(2017): A Tutorial", 2017),
        ("(usually from the 2016 section)", nil), ("Nature 521.7553 (2015): 436-444", 2015), ("none", nil),
    ])
    func parenthesized(text: String, year: Int?) {
        #expect(MarkdownItemReader.parenthesizedYear(in: text) == year)
    }

    @Test("reads bare years but not numbers, ids or ranges", arguments: [
        ("Advances in NIPS. 2012.", 2012 as Int?), ("pages 1527-1554", nil), ("vol 521.7553", nil), ("arXiv:2004.10934", nil),
    ])
    func bare(text: String, year: Int?) {
        #expect(MarkdownItemReader.bareYear(in: text) == year)
    }

    @Test("guesses the kind from the text and the link", arguments: [
        ("An MIT Press book", nil as String?, PaperKind.book), ("Title", "http://incompleteideas.net/book/the-book-2nd.html", .book),
        ("Facebook research", "https://research.facebook.com/x", .paper), ("Talk", "https://www.youtube.com/watch?v=1", .video),
        ("Post", "https://blog.eleuther.ai/transformer-math/", .blogPost), ("Post", "https://openai.com/blog/clip/", .blogPost),
        ("Paper", "https://arxiv.org/abs/1706.03762", .paper),
    ])
    func kinds(text: String, url: String?, kind: PaperKind) {
        #expect(MarkdownItemReader.kind(text: text, url: url) == kind)
    }

    @Test("counts only arXiv, DOI and PDF links as paper links", arguments: [
        ("https://export.arxiv.org/abs/2505.24832", true), ("https://doi.org/10.1000/x", true),
        ("http://rd.springer.com/content/pdf/10.1007%2FBF00994018.pdf", true), ("https://x.org/a.PDF?dl=1", true),
        ("https://example.org/page", false),
    ])
    func paperLinks(url: String, isPaper: Bool) {
        let link = MarkdownLink(text: "t", url: url, isImage: false, wrapsImage: false, offset: 0)
        #expect(MarkdownItemReader.isPaperLink(link) == isPaper)
    }
}
