import Testing
@testable import PaperGraphIO

@Suite("BibTeX names")
struct BibTeXNamesTests {
    @Test("splits on 'and' at brace depth 0 and writes First von Last", arguments: [
        ("Vaswani, Ashish and Noam Shazeer", ["Ashish Vaswani", "Noam Shazeer"]),
        ("von Neumann, John", ["John von Neumann"]),
        ("de la Fuente, Jr., Juan", ["Juan de la Fuente, Jr."]),
        ("{Barnes and Noble} AND {IEEE}", ["Barnes and Noble", "IEEE"]),
        ("Hinton, Geoffrey and others", ["Geoffrey Hinton"]),
        ("Isard, Michael and et al.", ["Michael Isard"]),
        (#"Ram{\'o}n y {C}ajal, Santiago, and Azoulay, L."#, ["Santiago Ramón y Cajal", "L. Azoulay"]),
        ("Smith,\n   Jane\tand\nDoe, John", ["Jane Smith", "John Doe"]),
        ("", []),
    ])
    func names(raw: String, expected: [String]) {
        #expect(BibTeXNames.displayNames(raw) == expected)
    }
}
