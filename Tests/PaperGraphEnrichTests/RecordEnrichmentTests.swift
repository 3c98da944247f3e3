import Foundation
import Testing
import PaperGraphModel
@testable import PaperGraphEnrich

@Suite("Writing fetched data into the user's records")
struct RecordEnrichmentTests {
    private func match(_ metadata: FetchedWork, references: [FetchedReference] = []) -> PaperMatch {
        var m = PaperMatch(target: 0, method: .doi, identifiers: metadata.identifiers, metadata: metadata)
        m.references = references
        m.referenceSource = references.isEmpty ? nil : metadata.source
        return m
    }

    @Test("a title that is a URL or an id is replaced; a real title, year and authors are kept; conflicts warn")
    func neverOverwrites() {
        let fetched = FetchedWork(source: .openalex, identifiers: .init(doi: "10.1/x", other: ["openalex": "W1"]),
                                  title: "Fetched Title", year: 2019, authors: ["A. Author"], venue: "Venue")
        for (title, expected) in [("https://example.org/paper.pdf", "Fetched Title"), ("arXiv:1706.03762", "Fetched Title"),
                                  ("", "Fetched Title"), ("My Own Title", "My Own Title")] {
            let library = ImportedLibrary(papers: [PaperRecord(key: "k", title: title, year: 2015, authors: ["Me"])])
            var result = EnrichResult()
            result.matches = [match(fetched)]
            let (enriched, warnings) = RecordEnrichment.apply(result, to: library, records: [0])
            let record = enriched.papers[0]
            #expect(record.title == expected)
            #expect(record.year == 2015 && record.authors == ["Me"] && record.venue == "Venue")
            #expect(record.identifiers.doi == "10.1/x" && record.identifiers.openAlex == "W1")
            #expect(warnings.count == 1 && warnings[0].message.contains("year 2015 kept; OpenAlex says 2019"))
        }
    }

    @Test("references carry their source and the fetched names; citing papers become external records")
    func references() {
        let fetched = FetchedWork(source: .s2, identifiers: .init(other: ["s2": "abc"]), title: "T")
        let unnamed = FetchedReference(identifiers: .init(other: ["openalex": "W9"]))
        var result = EnrichResult()
        var m = match(fetched, references: [unnamed, FetchedReference(title: "Stub only", year: 2001)])
        m.citing = [FetchedWork(source: .openalex, identifiers: .init(other: ["openalex": "W7"]), title: "Citer")]
        m.citingSource = .openalex
        result.matches = [m]
        result.names["openalex:W9"] = FetchedWork(source: .openalex, identifiers: .init(doi: "10.9/nine", other: ["openalex": "W9"]),
                                                  title: "Named Nine", year: 1999)
        let (enriched, _) = RecordEnrichment.apply(result, to: ImportedLibrary(papers: [PaperRecord(key: "k", title: "Mine")]), records: [0])
        let cites = enriched.papers[0].cites
        #expect(cites.map(\.source) == ["s2", "s2"])
        #expect(cites[0].title == "Named Nine" && cites[0].identifiers.doi == "10.9/nine" && cites[0].year == 1999)
        #expect(cites[1].title == "Stub only" && cites[1].identifiers.isEmpty)
        #expect(enriched.papers.count == 2)
        #expect(enriched.papers[1].isExternal && enriched.papers[1].key == "openalex:W7")
        #expect(enriched.papers[1].cites.map(\.key) == ["k"])

        var builder = PaperGraphBuilder()
        builder.add(enriched)
        let graph = builder.build().graph
        #expect(graph.papers.filter { !$0.isExternal }.count == 1)
        #expect(graph.papers.filter(\.isExternal).map(\.displayTitle).sorted() == ["Citer", "Named Nine", "Stub only"])
    }

    @Test("cache keys: one file per entity, distinct ids stay distinct, no secret can reach a name")
    func cacheKeys() throws {
        let a = CacheKey(.openalex, "doi", "10.1000/a/b").relativePath
        let b = CacheKey(.openalex, "doi", "10.1000/a_b").relativePath
        #expect(a == "openalex/doi/10.1000%2Fa%2Fb.json")
        #expect(a != b)
        #expect(CacheKey(.s2, "paper", "..").relativePath == "s2/paper/%2E..json")
        let long = CacheKey(.openalex, "search", String(repeating: "word ", count: 100)).relativePath
        #expect(long.utf8.count < 255)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)").path
        let cache = EnrichCache(directory: folder)
        let key = CacheKey(.crossref, "doi", "10.1/x")
        #expect(cache.answer(for: key) == nil)
        try cache.store(.missing, for: key)
        #expect(cache.answer(for: key) == .missing)
        try cache.store(.found(Data("{\"a\":1}".utf8)), for: key)
        #expect(cache.answer(for: key) == .found(Data("{\"a\":1}".utf8)))
        #expect(EnrichCache(directory: folder, ignoresExistingAnswers: true).answer(for: key) == nil)
        // A damaged file counts as absent, so it is fetched again.
        try Data("{\"a\":".utf8).write(to: URL(fileURLWithPath: cache.path(of: key)))
        #expect(cache.answer(for: key) == nil)
        #expect(EnrichCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/papergraph")
        #expect(EnrichCache.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.cache/papergraph")
    }
}
