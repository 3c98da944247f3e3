import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("Markdown item reader")
struct MarkdownItemReaderTests {
    @Test("finds the title in a link, quotes, bold or leading text", arguments: [
        ("✔️ [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (2017)", "Attention Is All You Need"),
        (":scroll: **[Hosted Paper](hosted.pdf)** by Someone", "Hosted Paper"),
        (#"**[12]** Sutskever, Ilya, et al. "**Sequence to sequence learning**." NIPS 2014. [[pdf]](https://x.org/s.pdf) **(great)**"#,
         "Sequence to sequence learning"),
        ("**Fast R-CNN** (2015), R. Girshick [[pdf]](https://x.org/f.pdf)", "Fast R-CNN"),
        ("Natural language processing (almost) from scratch (2011), R. Collobert et al. [[pdf]](https://x.org/n.pdf)",
         "Natural language processing (almost) from scratch"),
        ("Theano: A Python framework, R. Al-Rfou et al.", "Theano: A Python framework"),
        (#"[A Universal Music Translation Network (2018)](https://arxiv.org/pdf/1805.07848.pdf)"#, "A Universal Music Translation Network"),
        (#"["Why Should I Trust You?" Explaining Predictions](https://x.org/w.pdf)"#, #""Why Should I Trust You?" Explaining Predictions"#),
    ])
    func titles(text: String, title: String) {
        #expect(MarkdownItemReader.read(item: text).title == title)
    }

    @Test("reads each read mark and to-read form", arguments: [
        ("✔️ [A](https://x.org/a.pdf)", ReadingStatus.read), ("✅ [A](https://x.org/a.pdf)", .read),
        ("☑ [A](https://x.org/a.pdf)", .read), ("✓ [A](https://x.org/a.pdf)", .read), ("[x] [A](https://x.org/a.pdf)", .read),
        ("[X] **A**", .read), ("[ ] [A](https://x.org/a.pdf)", .unread), ("[A](https://x.org/a.pdf) *TO READ*", .unread),
        ("[A](https://x.org/a.pdf) (to read)", .unread),
    ])
    func marks(text: String, status: ReadingStatus) {
        #expect(MarkdownItemReader.read(item: text).status == status)
    }

    @Test("does not take 'to read' in a title for a mark")
    func toReadInTitle() {
        #expect(MarkdownItemReader.read(item: "[How to read a paper](https://x.org/p83.pdf)").status == nil)
    }

    @Test("reads a paragraph that holds only a mark")
    func paragraphMarks() {
        #expect(MarkdownItemReader.statusMark(ofParagraph: "*TO READ*") == .unread)
        #expect(MarkdownItemReader.statusMark(ofParagraph: "✅") == .read)
        #expect(MarkdownItemReader.statusMark(ofParagraph: "*TO WRITE*") == nil)
    }

    @Test("reads table rows by their header")
    func rows() throws {
        let row = try #require(MarkdownItemReader.read(row: ["", "2014", "[VGG](https://arxiv.org/pdf/1409.1556.pdf)", "x"],
                                                       header: ["已录制", "年份", "名字", "简介"]))
        #expect(row.title == "VGG")
        #expect(row.year == 2014)
        #expect(row.status == nil)
        #expect(row.identifiers.arxiv == "1409.1556")
        let read = try #require(MarkdownItemReader.read(row: ["Paper A", "done"], header: ["Title", "Have I read it?"]))
        #expect(read.status == .read)
        #expect(MarkdownItemReader.read(row: ["", ""], header: ["Title", "Read"]) == nil)
    }

    @Test("takes identifiers from the title link and format links, never from another work's link")
    func identifyingLinks() {
        let item = MarkdownItemReader.read(item: "[GPT](https://x.org/gpt.pdf), [GPT-3](https://arxiv.org/abs/2005.14165)")
        #expect(item.identifiers == PaperIdentifiers(url: "https://x.org/gpt.pdf"))
        let formats = MarkdownItemReader.read(item: "**WaveNet** (2016) [[pdf]](https://arxiv.org/pdf/1609.03499v2) [[web]](https://deepmind.com/blog/w/)")
        #expect(formats.identifiers == PaperIdentifiers(arxiv: "1609.03499", url: "https://deepmind.com/blog/w/"))
    }
}
