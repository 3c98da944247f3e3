import Testing
@testable import PaperGraphIO

/// Inputs that were quadratic: doubling each must at most double the counted work (2.5× allowed for
/// the constant parts), where the old code took 4×.
@Suite("Hostile inputs take linear work (counted, not timed)")
struct LinearWorkTests {
    static func expectLinear(_ name: String, _ n: Int, _ work: (Int) -> Int) {
        let small = work(n), large = work(2 * n)
        #expect(small > 0)
        #expect(Double(large) <= 2.5 * Double(small), "\(name): \(small) steps for n = \(n), \(large) for 2n")
    }

    @Test("5: 20,000 items with the same title get slug-2, slug-3 ... in linear probes")
    func sameTitle() {
        Self.expectLinear("same title", 10_000) { n in
            var keys = UniqueKeys()
            var last = ""
            for _ in 0..<n { last = keys.claim("attention-is-all-you-need") }
            #expect(last == "attention-is-all-you-need-\(n)")
            return keys.probes.count
        }
    }

    static func inlineWork(_ text: String) -> Int { MarkdownInline(parsing: text).operations.count }

    @Test("6: '- ' then 100,000 '['")
    func openBrackets() {
        Self.expectLinear("[[[", 50_000) { n in Self.inlineWork(String(repeating: "[", count: n)) }
        #expect(MarkdownBlockScanner.blocks(in: "- " + String(repeating: "[", count: 1000)).first?.text.count == 1000)
    }

    @Test("7: 100,000 '<a'")
    func openTags() {
        Self.expectLinear("<a<a", 50_000) { n in Self.inlineWork(String(repeating: "<a", count: n)) }
        #expect(MarkdownInline(parsing: "<a<a").plain == "<a<a")
    }

    @Test("8: 100,000 '[a]('")
    func openLinks() {
        Self.expectLinear("[a](", 25_000) { n in Self.inlineWork(String(repeating: "[a](", count: n)) }
        // Matching is unchanged: nested brackets and parentheses in URLs.
        let inline = MarkdownInline(parsing: "[A [b] c](https://x.org/a_(b)) and [[pdf]](p.pdf)")
        #expect(inline.links.map(\.url) == ["https://x.org/a_(b)", "p.pdf"])
        #expect(inline.plain == "A [b] c and [pdf]")
    }

    @Test("9: one line with 200,000 HTML comments")
    func manyComments() {
        Self.expectLinear("comments", 20_000) { n in
            var operations = OperationCounter()
            let out = MarkdownBlockScanner.removingHTMLComments([String(repeating: "a<!-- c -->", count: n)], operations: &operations)
            #expect(out[0].filter { $0 != " " }.count == n)
            return operations.count
        }
    }

    @Test("10: a paragraph of 1,000,000 lines is not copied on every line")
    func longParagraph() {
        Self.expectLinear("paragraph", 20_000) { n in
            var operations = OperationCounter()
            let blocks = MarkdownBlockScanner.blocks(in: String(repeating: "word word\n", count: n), operations: &operations)
            #expect(blocks.count == 1)
            return operations.count
        }
    }
}
