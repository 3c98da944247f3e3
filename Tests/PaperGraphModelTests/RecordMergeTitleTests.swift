import Testing
import PaperGraphModel

@Suite("Merged titles: the cleaner one wins")
struct RecordMergeTitleTests {
    private func merged(_ records: [PaperRecord]) -> (title: String, diagnostics: [String]) {
        var builder = PaperGraphBuilder()
        for record in records { builder.add(ImportedLibrary(papers: [record])) }
        let built = builder.build()
        // Only the title conflicts matter here (the builder also sums up its merges).
        return (built.graph.papers.first?.title ?? "", built.diagnostics.map(\.description).filter { $0.contains("conflicting") })
    }

    private func record(_ key: String, _ title: String, file: String, line: Int = 1) -> PaperRecord {
        PaperRecord(key: key, title: title, identifiers: PaperIdentifiers(arxiv: "1410.5401"),
                    location: SourceLocation(file: file, line: line, column: 1))
    }

    @Test("a decorated title gives way to a clean one, silently when they agree once cleaned")
    func cleanerWins() {
        let result = merged([record("ntm", "[1410.5401] Neural Turing Machines", file: "list.md"),
                             record("graves2014", "Neural Turing Machines", file: "refs.csv")])
        #expect(result.title == "Neural Turing Machines")
        #expect(result.diagnostics.isEmpty)
        let suffix = merged([record("a", "Neural Turing Machines | OpenReview", file: "a.json"),
                             record("b", "Neural Turing Machines", file: "b.json")])
        #expect(suffix.title == "Neural Turing Machines")
    }

    @Test("between clean titles the BibTeX one wins, else the first")
    func bibTeXWins() {
        #expect(merged([record("a", "Neural turing machines", file: "list.md"),
                        record("b", "Neural Turing Machines", file: "refs.bib")]).title == "Neural Turing Machines")
        #expect(merged([record("a", "Neural turing machines", file: "list.md"),
                        record("b", "Neural Turing Machines", file: "other.md")]).title == "Neural turing machines")
        // A decorated BibTeX title still loses to a clean one.
        #expect(merged([record("a", "Neural Turing Machines", file: "list.md"),
                        record("b", "Neural Turing Machines - arXiv", file: "refs.bib")]).title == "Neural Turing Machines")
    }

    @Test("different titles are still reported, naming the one kept")
    func conflictReported() {
        let result = merged([record("a", "[1410.5401] NTM", file: "list.md", line: 3),
                             record("b", "Neural Turing Machines", file: "refs.bib", line: 7)])
        #expect(result.title == "Neural Turing Machines")
        #expect(result.diagnostics == [
            "refs.bib:7:1: warning: conflicting title for 'a' and 'b': kept \"Neural Turing Machines\" (the cleaner or "
                + "BibTeX title), ignored \"[1410.5401] NTM\"",
        ])
    }
}
