import Testing
@testable import PaperGraphIO

@Suite("Markdown inline text")
struct MarkdownInlineTests {
    @Test("reduces text to plain text with links, dropping images, HTML and footnotes")
    func plainText() {
        let inline = MarkdownInline(parsing: #"**[Title](https://x.org/a (b).pdf)** ![img](i.png) <br/>[^1] `code` \*lit [[pdf]](https://x.org/p.pdf)"#)
        #expect(inline.plain == "**Title**    code *lit [pdf]")
        #expect(inline.links.map(\.url) == ["https://x.org/a", "i.png", "https://x.org/p.pdf"])
        #expect(inline.links.map(\.text) == ["Title", "img", "[pdf]"])
        #expect(inline.links.map(\.offset) == [2, 10, 23])
        #expect(inline.links.map(\.isImage) == [false, true, false])
    }

    @Test("marks badges and tells work links from anchors, pages and folders", arguments: [
        ("[![b](https://img.shields.io/x.svg)](https://ci.org)", false),
        ("[Contents](#contents)", false),
        ("[Code of conduct](CODE_OF_CONDUCT.md)", false),
        ("[Folder](papers/)", false),
        ("[Hosted](papers/hosted.pdf)", true),
        ("[Site](https://example.org/)", true),
    ])
    func workLinks(text: String, isWork: Bool) throws {
        let link = try #require(MarkdownInline(parsing: text).links.first)
        #expect(link.isWorkLink == isWork)
    }

    @Test("keeps bracketed text that is not a link literal")
    func notLinks() {
        let inline = MarkdownInline(parsing: "[Notice] [x] [[pdf]] (https://x.org)")
        #expect(inline.links.isEmpty)
        #expect(inline.plain == "[Notice] [x] [[pdf]] (https://x.org)")
    }

    @Test("strips emphasis but keeps underscores inside words")
    func emphasis() {
        #expect(MarkdownInline.strippingEmphasis("**Deep** _learning_ ~~old~~ snake_case *x*") == "Deep learning old snake_case x")
    }
}
