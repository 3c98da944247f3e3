import Testing
@testable import PaperGraphIO

@Suite("Markdown block scanner")
struct MarkdownBlockScannerTests {
    func kinds(_ text: String) -> [String] {
        MarkdownBlockScanner.blocks(in: text).map { block in
            switch block.kind {
            case .heading(let level): "h\(level) \(block.text) @\(block.line):\(block.column)"
            case .item(let indent, let numbered): "\(numbered ? "n" : "i")\(indent) \(block.text) @\(block.line):\(block.column)"
            case .tableRow(let cells, let header): "row \(header.joined(separator: "/")) = \(cells.joined(separator: "/")) @\(block.line)"
            case .paragraph: "p \(block.text) @\(block.line)"
            }
        }
    }

    @Test("reads headings (ATX, setext, no-space) and skips front matter, fences and comments")
    func headings() {
        let text = "---\n# layout: x\n---\n# Title #\nSub\n---\n#2 Part Two\n#hashtag\n```\n# not\n```\n<!-- # hidden\n-->\n* * *\n"
        #expect(kinds(text) == ["h1 Title @4:1", "h2 Sub @5:1", "h1 2 Part Two @7:1", "p #hashtag @8"])
    }

    @Test("reads list items with indent, numbered items, roadmap paragraphs and continuations; drops quotes under items")
    func items() {
        let text = "- a\n  continued\n    + nested\n1. one\n2) two\n\n**[3]** three\nsame paragraph\n\n[4] four\n> quote\n[1]: https://x.org\n"
        #expect(kinds(text) == [
            "i0 a continued @1:1", "i4 nested @3:5", "n0 one @4:1", "n0 two @5:1", "n0 **[3]** three same paragraph @7:1",
            "n0 [4] four @10:1", "p [1]: https://x.org @12",
        ])
    }

    @Test("reads table rows with their header, splitting on unescaped pipes")
    func tables() {
        let text = "| A | B |\n|:--|--:|\n| 1 | x \\| y |\n|2|\n\nafter\n"
        #expect(kinds(text) == ["row A/B = 1/x \\| y @3", "row A/B = 2 @4", "p after @6"])
    }
}
