import Testing
import PaperGraphModel
@testable import PaperGraphEnrich

@Suite("Conservative title matching")
struct TitleMatcherTests {
    private func work(_ title: String, _ year: Int?, _ author: String?, id: String) -> FetchedWork {
        FetchedWork(source: .openalex, identifiers: .init(other: ["openalex": id]), title: title, year: year,
                    authors: author.map { [$0] } ?? [])
    }

    @Test("similarity is one minus the Levenshtein distance over the longer length")
    func similarity() {
        #expect(abs(TitleMatcher.similarity("kitten", "sitting") - (1 - 3.0 / 7)) < 1e-12)
        #expect(TitleMatcher.similarity("", "") == 1)
        #expect(TitleMatcher.similarity("abc", "") == 0)
        #expect(TitleMatcher.similarity("attention is all you need", "attention is all you need") == 1)
    }

    @Test("a close title, year within one, same first author: matched")
    func matched() {
        let verdict = TitleMatcher().verdict(title: "Adam: a method for stochastic optimisation", year: 2015, authors: ["D. P. Kingma"],
                                             candidates: [work("Adam: A Method for Stochastic Optimization", 2014, "Diederik P. Kingma", id: "W1")])
        guard case .matched(let w, let similarity) = verdict else { Issue.record("expected a match, found \(verdict)"); return }
        #expect(w.identifiers.openAlex == "W1")
        #expect(similarity >= 0.9 && similarity < 1)
    }

    @Test("refused: a year two apart, another first author, a different title", arguments: [
        ("Adam: A Method for Stochastic Optimization", 2012, "Kingma"),
        ("Adam: A Method for Stochastic Optimization", 2014, "Ba"),
        ("Adam: Stochastic Optimization Revisited", 2014, "Kingma"),
    ])
    func refused(candidate: String, year: Int, author: String) {
        let verdict = TitleMatcher().verdict(title: "Adam: A Method for Stochastic Optimization", year: 2014, authors: ["Diederik Kingma"],
                                             candidates: [work(candidate, year, author, id: "W1")])
        guard case .notFound(let closest) = verdict else { Issue.record("expected no match, found \(verdict)"); return }
        #expect(closest != nil)
    }

    @Test("two distinct works passing is ambiguous; the same work twice is not")
    func ambiguous() {
        let a = work("Deep Learning", 2015, "Yann LeCun", id: "W20"), b = work("Deep Learning", 2016, "Ian Goodfellow", id: "W21")
        guard case .ambiguous(let names) = TitleMatcher().verdict(title: "Deep Learning", year: 2015, authors: [], candidates: [a, b]) else {
            Issue.record("expected ambiguity"); return
        }
        #expect(names.count == 2)
        guard case .matched = TitleMatcher().verdict(title: "Deep Learning", year: 2015, authors: [], candidates: [a, a]) else {
            Issue.record("the same work twice is one candidate"); return
        }
        // With the first author known, only LeCun's passes.
        guard case .matched(let w, _) = TitleMatcher().verdict(title: "Deep Learning", year: 2015, authors: ["LeCun, Yann"], candidates: [a, b]) else {
            Issue.record("expected LeCun's"); return
        }
        #expect(w.identifiers.openAlex == "W20")
    }

    @Test("surnames from both name forms")
    func surnames() {
        #expect(TitleMatcher.surname("Diederik P. Kingma") == "kingma")
        #expect(TitleMatcher.surname("Kingma, Diederik P.") == "kingma")
        #expect(TitleMatcher.surname("Jürgen Schmidhuber") == "schmidhuber")
    }
}
