import Foundation
import Testing
import PaperGraphIO
import PaperGraphModel

/// A list of four papers whose references were fetched from OpenAlex (hand-made; titles and years
/// of the real papers): W3 (Adam) is cited by all four, W4 (ELMo) by three, W1 and W2 by one.
let enrichedGraphJSON = """
{"format": "papergraph", "version": 2, "papers": [
  {"id": "transformer", "title": "Attention Is All You Need", "year": 2017, "status": "read",
   "cites": [{"id": "openalex:W1", "source": "openalex"}, {"id": "openalex:W2", "source": "openalex"},
             {"id": "openalex:W3", "source": "openalex"}]},
  {"id": "bert", "title": "BERT: Pre-training of Deep Bidirectional Transformers", "year": 2019,
   "cites": ["transformer", {"id": "openalex:W3", "source": "openalex"}, {"id": "openalex:W4", "source": "openalex"}]},
  {"id": "gpt2", "title": "Language Models are Unsupervised Multitask Learners", "year": 2019,
   "cites": ["transformer", {"id": "openalex:W3", "source": "openalex"}, {"id": "openalex:W4", "source": "openalex"}]},
  {"id": "t5", "title": "Exploring the Limits of Transfer Learning", "year": 2020,
   "cites": ["transformer", "bert", {"id": "openalex:W3", "source": "openalex"}, {"id": "openalex:W4", "source": "openalex"}]},
  {"id": "openalex:W1", "title": "Sequence to Sequence Learning with Neural Networks", "year": 2014, "external": true},
  {"id": "openalex:W2", "title": "Neural Machine Translation by Jointly Learning to Align and Translate", "year": 2014, "external": true},
  {"id": "openalex:W3", "title": "Adam: A Method for Stochastic Optimization", "year": 2014, "external": true,
   "ids": {"doi": "10.48550/arXiv.1412.6980", "arxiv": "1412.6980", "openalex": "W3"}, "authors": ["Diederik P. Kingma", "Jimmy Ba"]},
  {"id": "openalex:W4", "title": "Deep Contextualized Word Representations", "year": 2018, "external": true}
]}
"""

@Suite("External papers on the command line: suggest, listing, exports, thin data")
struct ExternalPapersCommandTests {
    private let graphPath: String = try! temporaryFile("enriched.json", enrichedGraphJSON)

    @Test("suggest ranks external papers by how many of yours cite them, with the evidence")
    func suggest() throws {
        let run = runCLI(["suggest", graphPath, "-f", "json"])
        #expect(run.status == 0)
        let json = try jsonOutput(run)
        let rows = try #require(json["suggestions"]?.arrayValue)
        #expect(rows.compactMap { $0["id"]?.stringValue } == ["openalex:W3", "openalex:W4", "openalex:W1", "openalex:W2"])
        #expect(rows.map { $0["cited_by"]?.arrayValue?.count ?? -1 } == [4, 3, 1, 1])
        #expect(Set(try #require(rows[1]["cited_by"]?.arrayValue).compactMap(\.stringValue)) == ["bert", "gpt2", "t5"])
        #expect(rows[0]["reason"]?.stringValue?.hasPrefix("cited by 4 of your 4 papers: ") == true)
        #expect(rows[0]["reason"]?.stringValue?.hasSuffix(" and 1 other") == true)
        #expect(json["papers"]?.intValue == 4)
        let table = runCLI(["suggest", graphPath, "--top", "1", "--wide"])
        #expect(table.out.contains("Adam: A Method for Stochastic Optimization"))
        #expect(!table.out.contains("Deep Contextualized"))
    }

    @Test("suggest writes BibTeX and CSL-JSON that the importers read back with the identifiers")
    func writeBack() throws {
        let folder = try temporaryFolder()
        let bib = folder.appendingPathComponent("new.bib").path
        #expect(runCLI(["suggest", graphPath, "--top", "2", "-o", bib]).status == 0)
        let fromBib = try BibTeXImporter.read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: bib))), path: bib)
        #expect(fromBib.diagnostics.isEmpty)
        #expect(Set(fromBib.papers.map(\.title)) == ["Adam: A Method for Stochastic Optimization", "Deep Contextualized Word Representations"])
        let adam = try #require(fromBib.papers.first { $0.title.hasPrefix("Adam") })
        #expect(adam.year == 2014)
        #expect(adam.authors == ["Diederik P. Kingma", "Jimmy Ba"])
        #expect(adam.identifiers.arxiv == "1412.6980")
        #expect(adam.identifiers.doi == "10.48550/arxiv.1412.6980")

        let csl = folder.appendingPathComponent("new.json").path
        #expect(runCLI(["suggest", graphPath, "--top", "2", "-o", csl, "--format", "csl-json"]).status == 0)
        let fromCSL = CSLJSONImporter.read(try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: csl))), path: csl))
        let adamCSL = try #require(fromCSL.papers.first { $0.title.hasPrefix("Adam") })
        #expect(adamCSL.year == 2014)
        #expect(adamCSL.authors == ["Diederik P. Kingma", "Jimmy Ba"])
        #expect(adamCSL.identifiers.arxiv == "1412.6980")
    }

    @Test("suggest without external papers says to run enrich")
    func suggestWithoutExternal() {
        let run = runCLI(["suggest", sampleGraph("ml-landmarks.json")])
        #expect(run.status == 0)
        #expect(run.err.contains("papergraph enrich"))
    }

    @Test("analyses list your papers only, unless --include-external")
    func listing() throws {
        let next = try jsonOutput(runCLI(["next", graphPath, "-f", "json"]))
        // The read Transformer: BERT and GPT-2 build only on it (external references never hold back).
        #expect(Set(try #require(next["next"]?.arrayValue).compactMap { $0["id"]?.stringValue }) == ["bert", "gpt2"])
        let nextAll = try jsonOutput(runCLI(["next", graphPath, "-f", "json", "--include-external"]))
        #expect(try #require(nextAll["next"]?.arrayValue).count == 6)
        let rank = try jsonOutput(runCLI(["rank", graphPath, "-f", "json", "--top", "0"]))
        #expect(try #require(rank["papers"]?.arrayValue).compactMap { $0["external"] }.isEmpty)
        #expect(rank["papers"]?.arrayValue?.count == 4)
        let rankAll = try jsonOutput(runCLI(["rank", graphPath, "-f", "json", "--top", "0", "--include-external"]))
        #expect(rankAll["papers"]?.arrayValue?.count == 8)
        #expect(rankAll["papers"]?.arrayValue?.first?["id"]?.stringValue == "openalex:W3")
        let order = try jsonOutput(runCLI(["order", graphPath, "-f", "json"]))
        #expect(order["order"]?.arrayValue?.compactMap { $0["id"]?.stringValue }.first == "transformer")
        #expect(order["order"]?.arrayValue?.count == 4)
    }

    @Test("stats counts your papers, external papers and citations by source")
    func stats() throws {
        let stats = try jsonOutput(runCLI(["stats", graphPath, "-f", "json"]))
        #expect(stats["papers"]?.intValue == 4)
        #expect(stats["external"]?.intValue == 4)
        #expect(stats["citations"]?.intValue == 13)
        #expect(stats["citations_by_source"]?["openalex"]?.intValue == 9)
        #expect(stats["citations_by_source"]?["enriched.json"]?.intValue == 4)
    }

    @Test("the native format keeps external papers and every citation's source (version 2)")
    func nativeRoundTrip() throws {
        let out = try temporaryFolder().appendingPathComponent("again.json").path
        #expect(runCLI(["import", graphPath, "-o", out]).status == 0)
        let written = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: out))), path: out)
        #expect(written["version"]?.intValue == 2)
        let before = runCLI(["stats", graphPath, "-f", "json"]).out, after = runCLI(["stats", out, "-f", "json"]).out
        #expect(before == after)
    }

    @Test(".pgraph keeps which papers are external")
    func pgraph() throws {
        let out = try temporaryFolder().appendingPathComponent("g.pgraph").path
        #expect(runCLI(["convert", graphPath, "-o", out]).status == 0)
        let stats = try jsonOutput(runCLI(["stats", out, "-f", "json"]))
        #expect(stats["papers"]?.intValue == 4)
        #expect(stats["external"]?.intValue == 4)
    }

    @Test("exports keep external papers cited by at least K of yours, marked, with each citation's source")
    func exports() throws {
        let nodes = { (extra: [String]) throws -> [JSONValue] in
            try #require(try jsonOutput(runCLI(["export", self.graphPath, "--format", "json"] + extra))["nodes"]?.arrayValue)
        }
        let byDefault = try nodes([])
        #expect(Set(byDefault.compactMap { $0["id"]?.stringValue }) == ["transformer", "bert", "gpt2", "t5", "openalex:W3", "openalex:W4"])
        #expect(byDefault.filter { $0["external"]?.boolValue == true }.count == 2)
        #expect(try nodes(["--include", "external:0"]).count == 8)
        #expect(try nodes(["--include", "external:4"]).count == 5)
        let json = try jsonOutput(runCLI(["export", graphPath, "--format", "json"]))
        let sources = try #require(json["edges"]?.arrayValue).compactMap { $0["provenance"]?.stringValue }
        #expect(sources.filter { $0 == "openalex" }.count == 7)
        let dot = runCLI(["export", graphPath, "--format", "dot"]).out
        #expect(dot.contains("dashed"))
        // Node-link reads back with the external marks and the sources.
        let exported = try temporaryFolder().appendingPathComponent("map.json").path
        #expect(runCLI(["export", graphPath, "--include", "external:0", "-o", exported]).status == 0)
        let again = try jsonOutput(runCLI(["stats", exported, "-f", "json"]))
        #expect(again["external"]?.intValue == 4)
        #expect(again["citations_by_source"]?["openalex"]?.intValue == 9)
    }

    @Test("a single OpenAlex work keeps every referenced work as an external paper")
    func openAlexWork() throws {
        let ids = (1...45).map { "\"https://openalex.org/W\(1000 + $0)\"" }.joined(separator: ", ")
        let work = try temporaryFile("work.json", """
        {"id": "https://openalex.org/W2963403868", "title": "Attention Is All You Need", "publication_year": 2017,
         "referenced_works": [\(ids)]}
        """)
        let stats = try jsonOutput(runCLI(["stats", work, "-f", "json"]))
        #expect(stats["papers"]?.intValue == 1)
        #expect(stats["external"]?.intValue == 45)
        #expect(stats["citations"]?.intValue == 45)
        #expect(stats["unresolved"]?.intValue == 0)
        let suggest = try jsonOutput(runCLI(["suggest", work, "-f", "json", "--top", "0"]))
        #expect(suggest["suggestions"]?.arrayValue?.first?["title"]?.stringValue == "openalex:W1001")
    }

    @Test("a graph with few citations gets one note saying what to run; the samples stay quiet")
    func thinData() throws {
        let list = try temporaryFile("list.md", "# Reading\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) ✔️\n"
                                     + "- [BERT](https://arxiv.org/abs/1810.04805)\n- [GPT-2](https://example.org/gpt2)\n")
        for command in [["rank"], ["next"], ["order"], ["clusters"]] {
            let run = runCLI(command + [list])
            #expect(run.status == 0)
            #expect(run.err.contains("no citations"), "\(command)")
            #expect(run.err.contains("papergraph enrich"), "\(command)")
        }
        for sample in ["ml-foundations.json", "ml-landmarks.json"] {
            #expect(!runCLI(["next", sampleGraph(sample)]).err.contains("note: this graph"))
            #expect(!runCLI(["rank", sampleGraph(sample)]).err.contains("note: this graph"))
        }
    }

    @Test("a .txt file is read as what it holds: a reading list, or an edge list with # comments")
    func textSniffing() throws {
        let list = try temporaryFile("list.txt", "Papers to read\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
                                     + "- [BERT](https://arxiv.org/abs/1810.04805) ✔️\n- *TO READ* [GPT-2](https://example.org/gpt2)\n")
        let stats = try jsonOutput(runCLI(["stats", list, "-f", "json"]))
        #expect(stats["papers"]?.intValue == 3)
        #expect(stats["read"]?.intValue == 1)
        let snap = try temporaryFile("cit.txt", "# Directed graph\n# FromNodeId\tToNodeId\n1\t2\n2\t3\n1\t3\n")
        let edges = try jsonOutput(runCLI(["stats", snap, "-f", "json"]))
        #expect(edges["papers"]?.intValue == 3)
        #expect(edges["citations"]?.intValue == 3)
        #expect(TextFormatSniffer.format(of: Array("1 2\n2 3\nx\n".utf8)) == .edgelist)
    }
}

@Suite("A .pgraph merged with another file")
struct PGraphMergeTests {
    @Test("keeps which papers are external")
    func externalSurvivesMerge() throws {
        let folder = try temporaryFolder()
        let graph = try temporaryFile("enriched.json", enrichedGraphJSON)
        let pgraph = folder.appendingPathComponent("g.pgraph").path
        #expect(runCLI(["convert", graph, "-o", pgraph]).status == 0)
        let other = try temporaryFile("more.json", #"{"papers": [{"id": "extra", "title": "Another paper", "cites": ["t5"]}]}"#)
        let stats = try jsonOutput(runCLI(["stats", pgraph, other, "-f", "json"]))
        #expect(stats["papers"]?.intValue == 5)
        #expect(stats["external"]?.intValue == 4)
    }
}
