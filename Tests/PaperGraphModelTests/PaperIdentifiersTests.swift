import Testing
import PaperGraphModel

@Suite("PaperIdentifiers and title normalization")
struct PaperIdentifiersTests {
    @Test("normalizes arXiv ids", arguments: [
        ("1706.03762", "1706.03762"), ("arXiv:1706.03762v5", "1706.03762"),
        ("https://arxiv.org/abs/1706.03762v2", "1706.03762"), ("https://arxiv.org/pdf/1312.6114", "1312.6114"),
        ("https://arxiv.org/pdf/1312.6114.pdf", "1312.6114"), ("cs/0112017", "cs/0112017"),
    ])
    func arxiv(raw: String, expected: String) {
        #expect(PaperIdentifiers.normalizedArXiv(raw) == expected)
    }

    @Test("normalizes DOIs", arguments: [
        ("10.1038/NATURE14539", "10.1038/nature14539"), ("https://doi.org/10.1038/nature14539", "10.1038/nature14539"),
        ("doi:10.1/X", "10.1/x"),
    ])
    func doi(raw: String, expected: String) {
        #expect(PaperIdentifiers.normalizedDOI(raw) == expected)
    }

    @Test("folds titles and makes slugs")
    func titles() {
        #expect(TitleNormalization.normalizedTitle("Attention Is All You Need!") == "attention is all you need")
        #expect(TitleNormalization.normalizedTitle("Élan — “Vital”") == "elan vital")
        #expect(TitleNormalization.slug("Seminal Architectures") == "seminal-architectures")
        #expect(TitleNormalization.slug("Safety & the Future") == "safety-and-the-future")
        #expect(TitleNormalization.normalizedTitle("R&D") == "r and d")
        #expect(TitleNormalization.foldedWhitespace("  Ada \n Lovelace ") == "Ada Lovelace")
    }
}
