import Testing
import PaperGraphModel

@Suite("Title cleaning")
struct TitleCleaningTests {
    @Test("removes prefixes, site suffixes and wrappings, several in one title", arguments: [
        ("[1410.5401] Neural Turing Machines", "Neural Turing Machines"),
        ("arXiv:1410.5401v2: Neural Turing Machines", "Neural Turing Machines"),
        ("\"[1706.03762] Attention Is All You Need\" - arXiv", "Attention Is All You Need"),
        ("**Scaling Laws | OpenReview**", "Scaling Laws"),
        ("(a) and (b)", "(a) and (b)"),
    ])
    func cleans(title: String, expected: String) {
        #expect(TitleCleaning.cleaned(title) == expected)
    }

    /// Found by the Markdown fuzz target (3 December 2026): one round per prefix, each re-reading the
    /// whole title, made 32 KiB of `1410.5401 ` take 342 s under ASan. The rounds are now bounded, so
    /// the work is linear; what is left after them stays in the title.
    @Test("a title of thousands of repeated arXiv prefixes is cleaned in a bounded number of rounds")
    func boundedRounds() {
        let title = String(repeating: "1410.5401 ", count: 3_000) + "x"
        let expected = String(repeating: "1410.5401 ", count: 3_000 - TitleCleaning.maximumRounds) + "x"
        #expect(TitleCleaning.cleaned(title) == expected)
    }
}
