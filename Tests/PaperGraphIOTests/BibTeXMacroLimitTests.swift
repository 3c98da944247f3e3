import Foundation
import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("BibTeX @string expansion is capped")
struct BibTeXMacroLimitTests {
    @Test("26 doublings in a small file stop at the per-value cap with a located warning; later entries are read")
    func doublingMacros() throws {
        let path = fixturePath("hardening/macro-doubling.bib")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let document = BibTeXParser.parse(text, path: "macro-doubling.bib")
        #expect(document.entries.map(\.key) == ["fine"])
        // m16 is 16 × 2^16 = 1 MiB; m17 would be 2 MiB: refused where m16 is named the second time.
        let first = try #require(document.diagnostics.first)
        // Reported where the entry starts, with the position of the problem in the message.
        #expect(first.description == "macro-doubling.bib:18:1: warning: entry skipped: macro 'm16' makes the value "
                + "longer than 1 MiB, the most a value may expand to (at 18:21)")
        // m18 ... m26 then name an undefined macro; the entry names it too.
        #expect(document.diagnostics.count == 1 + 9 + 1)
    }

    @Test("the total over a file is capped even when every value stays small")
    func totalCap() {
        var lines = ["@string{big = {\(String(repeating: "x", count: 1 << 19))}}"]
        for i in 0..<40 { lines.append("@misc{k\(i), note = big}") }
        let document = BibTeXParser.parse(lines.joined(separator: "\n"), path: "t.bib")
        // 512 KiB per use: 32 uses fit in 16 MiB, the 33rd (line 34) is refused, and every later one.
        #expect(document.entries.count == 32)
        #expect(document.diagnostics.first?.location == SourceLocation(file: "t.bib", line: 34, column: 1))
        #expect(document.diagnostics.first?.message.hasPrefix("entry 'k32' skipped: ") == true)
        #expect(document.diagnostics.first?.message.hasSuffix("(at 34:19)") == true)
        #expect(document.diagnostics.first?.message.contains("past 16 MiB") == true)
    }
}
