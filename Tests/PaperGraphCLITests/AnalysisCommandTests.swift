import Foundation
import Testing
import PaperGraphIO

/// Parses a command's JSON output.
func jsonOutput(_ run: CLIRun) throws -> JSONValue {
    try JSONParser.parse(Array(run.out.utf8), path: "stdout")
}

@Suite("Analysis subcommands")
struct AnalysisCommandTests {
    private let graphPath: String = try! temporaryFile("g.json", smallGraphJSON)

    /// Order and scores from networkx 3.6.1 on the same edges: seq2seq 0.41614916610, transformer
    /// 0.23297364092, bahdanau 0.22494549519, bert 0.12593169780.
    @Test("rank prints the documented JSON, in networkx's order and scores")
    func rank() throws {
        let run = runCLI(["rank", graphPath, "--format", "json"])
        #expect(run.status == 0)
        let json = try jsonOutput(run)
        let papers = try #require(json["papers"]?.arrayValue)
        #expect(papers.compactMap { $0["id"]?.stringValue } == ["seq2seq", "transformer", "bahdanau", "bert"])
        let expected = [0.4161491660960387, 0.2329736409215057, 0.22494549518704776, 0.12593169779540792]
        for (paper, score) in zip(papers, expected) { #expect(abs(paper["score"]!.doubleValue! - score) < 1e-9) }
        #expect(papers.compactMap { $0["rank"]?.intValue } == [1, 2, 3, 4])
        let total = papers.compactMap { $0["score"]?.doubleValue }.reduce(0, +)
        #expect(abs(total - 1) < 1e-9)
        #expect(json["converged"]?.boolValue == true)
        #expect(json["iterations"]?.intValue != nil)
    }

    @Test("rank accepts --top, --personalize by title, --from-read, --authors and --topics")
    func rankOptions() throws {
        #expect(try #require(jsonOutput(runCLI(["rank", graphPath, "--top", "2", "-f", "json"]))["papers"]?.arrayValue).count == 2)
        let personalized = runCLI(["rank", graphPath, "--personalize", "attention is all", "--format", "csv"])
        #expect(personalized.status == 0)
        #expect(personalized.out.hasPrefix("rank,score,year,id,title\n"))
        #expect(runCLI(["rank", graphPath, "--from-read"]).status == 0)
        let authors = runCLI(["rank", graphPath, "--authors", "--format", "json"])
        #expect(try jsonOutput(authors)["authors"]?.arrayValue?.first?["name"]?.stringValue == "Ashish Vaswani")
        #expect(runCLI(["rank", graphPath, "--topics"]).out.contains("Architectures"))
        #expect(runCLI(["rank", graphPath, "--damping", "1.5"]).status == 64)
    }

    @Test("an unknown or ambiguous paper exits 1 listing the closest candidates")
    func unknownPaper() {
        let unknown = runCLI(["path", graphPath, "--to", "Completely different words here"])
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("\nError: no paper matches 'Completely different words here'; closest: "))
        let ambiguous = runCLI(["path", graphPath, "--to", "learning"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.err.contains("\nError: 'learning' matches several papers; be more specific: "))
        #expect(ambiguous.err.contains("'bahdanau'") && ambiguous.err.contains("'seq2seq'"))
    }

    @Test("order lists prerequisites first and reports cyclic groups")
    func order() throws {
        let json = try jsonOutput(runCLI(["order", graphPath, "--format", "json"]))
        let ids = try #require(json["order"]?.arrayValue).compactMap { $0["id"]?.stringValue }
        #expect(ids == ["seq2seq", "bahdanau", "transformer", "bert"])
        #expect(json["cyclic_groups"]?.arrayValue?.isEmpty == true)
        let topic = try jsonOutput(runCLI(["order", graphPath, "--topic", "architectures", "-f", "json"]))
        #expect(topic["order"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["bahdanau", "transformer"])
    }

    @Test("path skips read papers unless asked, and says why each step is there")
    func path() throws {
        let json = try jsonOutput(runCLI(["path", graphPath, "--to", "bert", "--format", "json"]))
        #expect(json["target"]?.stringValue == "bert")
        #expect(json["steps"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["bert"])
        #expect(json["skipped_read"]?.intValue == 1)
        let all = try jsonOutput(runCLI(["path", graphPath, "--to", "bert", "--include-read", "-f", "json"]))
        let steps = try #require(all["steps"]?.arrayValue)
        #expect(steps.compactMap { $0["id"]?.stringValue } == ["seq2seq", "bahdanau", "transformer", "bert"])
        #expect(steps[2]["read"]?.boolValue == true)
        #expect(steps[2]["reason"]?.stringValue == "cited by BERT on this path; read before BERT (builds on it)")
        let why = try #require(steps[2]["why"]?.arrayValue)
        #expect(why.compactMap { $0["kind"]?.stringValue } == ["citedBy", "prerequisiteOf"])
        #expect(why[0]["papers"]?.arrayValue?.compactMap(\.stringValue) == ["bert"])
        #expect(why[1]["paper"]?.stringValue == "bert" && why[1]["note"]?.stringValue == "builds on it")
        #expect(steps[3]["why"]?.arrayValue?.first?["kind"]?.stringValue == "target")
        #expect(runCLI(["path", graphPath]).status == 64)
        #expect(runCLI(["path", graphPath, "--to", "bert", "--topic", "x"]).status == 64)
    }

    @Test("next offers the fringe of the read papers")
    func next() throws {
        let json = try jsonOutput(runCLI(["next", graphPath, "--format", "json"]))
        let ids = try #require(json["next"]?.arrayValue).compactMap { $0["id"]?.stringValue }
        // seq2seq builds on nothing and is cited by the read Transformer; BERT builds only on it.
        #expect(Set(ids) == ["seq2seq", "bert"])
    }

    @Test("connect prints the shortest citation chain either way")
    func connect() throws {
        let json = try jsonOutput(runCLI(["connect", graphPath, "bert", "seq2seq", "--format", "json"]))
        #expect(json["length"]?.intValue == 2)
        let chain = try #require(json["chains"]?.arrayValue?.first?.arrayValue)
        #expect(chain.compactMap { $0["id"]?.stringValue } == ["bert", "transformer", "seq2seq"])
        #expect(chain.first?["link"]?.stringValue == "cites")
    }
}

/// Facts a user can check on the bundled sample graphs (ml-landmarks citations come from the papers'
/// own reference lists; see Graphs/README.md).
@Suite("Sample graph answers")
struct SampleGraphAnswerTests {
    @Test("the reading path to FlashAttention-2 contains FlashAttention and the Transformer, in order")
    func flashAttentionPath() throws {
        let run = runCLI(["path", sampleGraph("ml-landmarks.json"), "--to", "FlashAttention-2", "--format", "json"])
        #expect(run.status == 0)
        let ids = try #require(try jsonOutput(run)["steps"]?.arrayValue).compactMap { $0["id"]?.stringValue }
        let flash = try #require(ids.firstIndex(of: "2022-12-flashattention"))
        let transformer = try #require(ids.firstIndex(of: "2017-12-attention-is-all-you-need"))
        #expect(transformer < flash)
        #expect(ids.last == "2024-05-flashattention-2")
    }

    @Test("the most important landmark paper is the Transformer")
    func transformerTops() throws {
        let json = try jsonOutput(runCLI(["rank", sampleGraph("ml-landmarks.json"), "--top", "1", "-f", "json"]))
        #expect(json["papers"]?.arrayValue?.first?["id"]?.stringValue == "2017-12-attention-is-all-you-need")
    }

    @Test("the landmark reading order reports the two known citation cycles")
    func landmarkCycles() throws {
        let json = try jsonOutput(runCLI(["order", sampleGraph("ml-landmarks.json"), "-f", "json"]))
        let groups = try #require(json["cyclic_groups"]?.arrayValue).map { $0.arrayValue?.count ?? 0 }
        #expect(groups.sorted() == [2, 4])
    }
}

@Suite("Clusters and related subcommands")
struct ClustersRelatedCommandTests {
    @Test("clusters prints the documented JSON with every paper once")
    func clusters() throws {
        let run = runCLI(["clusters", sampleGraph("ml-landmarks.json"), "--format", "json"])
        #expect(run.status == 0)
        let json = try jsonOutput(run)
        let modularity = try #require(json["modularity"]?.doubleValue)
        #expect(modularity > 0.2 && modularity < 1)
        let clusters = try #require(json["clusters"]?.arrayValue)
        let ids = clusters.flatMap { $0["papers"]?.arrayValue ?? [] }.compactMap(\.stringValue)
        #expect(ids.count == 161 && Set(ids).count == 161)
        #expect(clusters.allSatisfy { $0["label"]?.stringValue?.isEmpty == false })
        #expect(clusters.compactMap { $0["size"]?.intValue } == clusters.compactMap { $0["papers"]?.arrayValue?.count })
        let folded = try jsonOutput(runCLI(["clusters", sampleGraph("ml-landmarks.json"), "--min-size", "2", "-f", "json"]))
        #expect(folded["other"]?.arrayValue?.count == 4)
    }

    @Test("a paper found only through a citer of a citer says which paper is between")
    func citerOfCiterWording() throws {
        let path = try temporaryFile("chain.json", """
        {"papers": [{"id": "q", "title": "Query Paper"}, {"id": "c", "title": "Middle Paper", "cites": ["q"]},
                    {"id": "y", "title": "Far Paper", "cites": ["c"]}]}
        """)
        let json = try jsonOutput(runCLI(["related", path, "q", "--format", "json"]))
        let far = try #require(json["related"]?.arrayValue?.first { $0["id"]?.stringValue == "y" })
        #expect(far["reasons"]?.arrayValue?.compactMap(\.stringValue) == ["cites Middle Paper, which cites Query Paper"])
        #expect(far["why"]?.arrayValue?.first?["kind"]?.stringValue == "citerOfCiter")
        #expect(far["why"]?.arrayValue?.first?["via"]?.stringValue == "c")
    }

    @Test("Chinchilla's related papers include Kaplan's scaling laws, co-cited with it, with reasons")
    func chinchilla() throws {
        // Kaplan is co-cited with Chinchilla by 5 papers; the walk ranks Chinchilla's many citers
        // and their neighbours higher (47th with the weights of Benchmarks/quality/QUALITY.md).
        let json = try jsonOutput(runCLI(["related", sampleGraph("ml-landmarks.json"), "Chinchilla", "--top", "50",
                                          "--format", "json"]))
        #expect(json["paper"]?.stringValue == "2022-12-chinchilla-scaling-laws")
        let related = try #require(json["related"]?.arrayValue)
        #expect(related.count == 50)
        let kaplan = try #require(related.first { $0["id"]?.stringValue == "classic-kaplan-scaling" })
        #expect(kaplan["reasons"]?.arrayValue?.first?.stringValue?.hasPrefix("co-cited with Training Compute-Optimal") == true)
        let why = try #require(kaplan["why"]?.arrayValue)
        #expect(why.count == kaplan["reasons"]?.arrayValue?.count)
        #expect(why.first?["kind"]?.stringValue == "coCitedBy")
        let count = try #require(why.first?["count"]?.intValue)
        #expect(kaplan["reasons"]?.arrayValue?.first?.stringValue?.hasSuffix("by \(count) papers") == true)
    }
}
