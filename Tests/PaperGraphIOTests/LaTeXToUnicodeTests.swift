import Testing
@testable import PaperGraphIO

@Suite("LaTeX to Unicode")
struct LaTeXToUnicodeTests {
    @Test("turns accents in every spelling into precomposed letters", arguments: [
        (#"{\"u}"#, "ü"), (#"\"u"#, "ü"), (#"\'e"#, "é"), (#"{\'\i}"#, "í"), (#"\'{\i}"#, "í"), (#"\c{c}"#, "ç"),
        (#"\v{s}"#, "š"), (#"\~n"#, "ñ"), (#"\`a"#, "à"), (#"\^o"#, "ô"), (#"\H{o}"#, "ő"), (#"\k{a}"#, "ą"),
        (#"\r{u}"#, "ů"), (#"\u{g}"#, "ğ"), (#"\=a"#, "ā"), (#"\.z"#, "ż"), (#"\v c"#, "č"), (#"\d{x}"#, "x\u{323}"),
    ])
    func accents(latex: String, expected: String) {
        #expect(LaTeXToUnicode.convert(latex).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test("turns special letters, escapes and dashes into characters", arguments: [
        (#"{\L}{\l}{\o}{\O}"#, "ŁłøØ"), (#"Stra{\ss}e"#, "Straße"), (#"\aa\AA"#, "åÅ"), (#"{\ae}"#, "æ"),
        (#"A \& B \% C \_ D \$"#, "A & B % C _ D $"), ("1--2", "1–2"), ("a---b", "a—b"), ("non~breaking", "non breaking"),
        (#"x\textendash y\textemdash z"#, "x–y—z"), (#"\emph{Deep} \textbf{Learning}"#, "Deep Learning"),
        (#"{T}ensor{F}low"#, "TensorFlow"), (#"$16\times 16$"#, "16×16"), ("a\n\t  b", "a b"), (#"\unknown{kept}"#, "kept"),
    ])
    func specials(latex: String, expected: String) {
        #expect(LaTeXToUnicode.convert(latex) == expected)
    }

    /// Found by the BibTeX fuzz target in CI: an accent over an unknown command of several letters
    /// (`\'{\iU}`) trapped in `Character(_:)`; the combining mark now follows the letters.
    @Test("an accent over an unknown command of several letters appends the combining mark")
    func accentOverSeveralLetters() {
        #expect(LaTeXToUnicode.convert("\\'{\\iU}").unicodeScalars.map(\.value) == [0x69, 0x55, 0x301])
    }
}
