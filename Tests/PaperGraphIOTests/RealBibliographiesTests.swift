import Foundation
import Testing
import TestSupport
import PaperGraphIO
import PaperGraphModel

/// The two real `.bib` files in `../shared/data/bibtex-ml` (see its SOURCE.md).
///
/// Entry counts: `grep -c '^@'` gives 488 and 101, matching SOURCE.md (no `@string`, `@comment`
/// or `@preamble` in either file). Every entry must come out as a record. Building merges 11 pairs
/// of d2l entries that are the same work under two keys (same normalized title and year, e.g.
/// `Vapnik.1998` / `Vapnik98`, `Ba.Kiros.Hinton.2016` / `ba2016layer`), so its graph has 477 papers.
@Suite("Real BibTeX files", .enabled(if: SharedData.isAvailable, "needs ../shared/data (not on a user's machine)"))
struct RealBibliographiesTests {
    static let d2l = SharedData.path("bibtex-ml/d2l-en_d2l.bib")
    static let terryum = SharedData.path("bibtex-ml/terryum_top100papers.bib")

    func read(_ path: String) throws -> ImportedLibrary {
        try BibTeXImporter.read(bytes: TextInput.readBytes(atPath: path), path: path)
    }

    @Test("loses no entry", arguments: [(d2l, 488, 477), (terryum, 101, 101)])
    func counts(path: String, entries: Int, built: Int) throws {
        let library = try read(path)
        #expect(library.diagnostics.isEmpty)
        #expect(library.papers.count == entries)
        #expect(Set(library.papers.map(\.key)).count == entries)
        var builder = PaperGraphBuilder()
        builder.add(library)
        #expect(builder.build().graph.papers.count == built)
    }

    @Test("spot-checks titles, authors, years and accents in d2l.bib")
    func d2lEntries() throws {
        let papers = Dictionary(uniqueKeysWithValues: try read(Self.d2l).papers.map { ($0.key, $0) })
        let vaswani = try #require(papers["Vaswani.Shazeer.Parmar.ea.2017"])
        #expect(vaswani.title == "Attention is all you need")
        #expect(vaswani.year == 2017)
        #expect(vaswani.authors.count == 8)
        #expect(vaswani.authors[6] == "Łukasz Kaiser")
        #expect(vaswani.venue == "Advances in Neural Information Processing Systems")
        let abadi = try #require(papers["Abadi.Barham.Chen.ea.2016"])
        #expect(abadi.title == "TensorFlow: A system for large-scale machine learning")
        #expect(abadi.authors.first == "Martín Abadi")
        #expect(abadi.authors.last == "Michael Isard")
        #expect(papers["Hochreiter.Schmidhuber.1997"]?.authors == ["Sepp Hochreiter", "Jürgen Schmidhuber"])
        #expect(papers["Cajal.Azoulay.1894"]?.authors == ["Santiago Ramón y Cajal", "L. Azoulay"])
        #expect(papers["Bottou.Le-Cun.1988"]?.authors == ["Léon Bottou", "Yann Le Cun"])
    }

    @Test("spot-checks terryum's top-100 entries")
    func terryumEntries() throws {
        let papers = Dictionary(uniqueKeysWithValues: try read(Self.terryum).papers.map { ($0.key, $0) })
        let he = try #require(papers["he2016deep"])
        #expect(he.title == "Deep residual learning for image recognition")
        #expect(he.authors == ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"])
        #expect(he.year == 2016)
        let hinton = try #require(papers["hinton2015distilling"])
        #expect(hinton.identifiers.arxiv == "1503.02531")
        #expect(hinton.venue == "arXiv")
    }
}
