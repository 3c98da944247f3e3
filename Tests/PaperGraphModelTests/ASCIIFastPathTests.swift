import Testing
import PaperGraphModel
import TestSupport

/// The byte-level paths taken for ASCII text give what the Unicode paths give.
@Suite("ASCII fast paths of text normalization")
struct ASCIIFastPathTests {
    /// Random ASCII strings over letters, digits, white space and punctuation.
    static func samples() -> [String] {
        var random = SeededGenerator(seed: 41)
        let alphabet = Array("aZ09 &-:./\t\n\r\u{0B}\u{0C}(é)".unicodeScalars.filter(\.isASCII))
        return (0..<2000).map { _ in
            String(String.UnicodeScalarView((0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
    }

    @Test("normalizedTitle of ASCII text matches the Unicode path (forced by a trailing é, which folds to e)")
    func titles() {
        #expect(TitleNormalization.normalizedTitle("Attention Is All You Need!") == "attention is all you need")
        #expect(TitleNormalization.normalizedTitle("Safety & the Future") == "safety and the future")
        for s in Self.samples() {
            let ascii = TitleNormalization.normalizedTitle(s)
            let unicode = TitleNormalization.normalizedTitle(s + "é")
            let endsInWord = s.unicodeScalars.last.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
            #expect(unicode == (ascii.isEmpty ? "e" : ascii + (endsInWord ? "e" : " e")), "\(s.debugDescription)")
        }
    }

    @Test("foldedWhitespace of ASCII text matches splitting on Character.isWhitespace")
    func whitespace() {
        for s in Self.samples() {
            #expect(TitleNormalization.foldedWhitespace(s) == s.split(whereSeparator: \.isWhitespace).joined(separator: " "),
                    "\(s.debugDescription)")
        }
    }

    @Test("identifiers are still found in text with ':', '/' or '.', and plain keys give none")
    func identifiers() {
        #expect(PaperIdentifiers.spelledOut(in: "vaswani2017").namesWork == false)
        #expect(PaperIdentifiers.spelledOut(in: "4217").namesWork == false)
        #expect(PaperIdentifiers.spelledOut(in: "https://doi.org/10.1000/XYZ").doi == "10.1000/xyz")
        #expect(PaperIdentifiers.spelledOut(in: "https://openalex.org/W2741809807").openAlex == "W2741809807")
        #expect(PaperIdentifiers.spelledOut(in: "see https://arxiv.org/abs/1706.03762v2").arxiv == "1706.03762")
        #expect(PaperIdentifiers.spelledOut(in: "1706.03762").arxiv == "1706.03762")
    }
}
