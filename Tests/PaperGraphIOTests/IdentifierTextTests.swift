import Testing
@testable import PaperGraphIO

@Suite("Identifiers in text")
struct IdentifierTextTests {
    @Test("finds arXiv ids in abs and pdf addresses, without versions", arguments: [
        ("https://arxiv.org/abs/1706.03762v5", "1706.03762" as String?), ("http://arxiv.org/pdf/1112.6209.pdf&embed", "1112.6209"),
        ("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001"), ("https://export.arxiv.org/abs/2505.24832", "2505.24832"),
        ("https://128.84.21.199/pdf/1703.06870", nil), ("https://arxiv.org/", nil),
    ])
    func arXivInURL(url: String, id: String?) {
        #expect(IdentifierText.arXivID(inURL: url) == id)
    }

    @Test("finds arXiv ids written in text and DOIs in resolver addresses")
    func textAndDOI() {
        #expect(IdentifierText.arXivIDInText("arXiv preprint arXiv: 1409.1556 (2014)") == "1409.1556")
        #expect(IdentifierText.doiInURL("https://dx.doi.org/10.1162/neco.1997.9.8.1735") == "10.1162/neco.1997.9.8.1735")
        #expect(IdentifierText.doiInURL("https://doi.org/about") == nil)
    }

    @Test("dates arXiv ids by their YYMM", arguments: [("1706.03762", 2017 as Int?), ("cs/9912017", 1999), ("math/0211159", 2002)])
    func years(id: String, year: Int?) {
        #expect(IdentifierText.arXivYear(id) == year)
    }
}
