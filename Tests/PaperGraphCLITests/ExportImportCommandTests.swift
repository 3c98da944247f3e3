import Foundation
import Testing
import PaperGraphIO

@Suite("export and import subcommands")
struct ExportImportCommandTests {
    private let graphPath: String = try! temporaryFile("g.json", smallGraphJSON)

    @Test("export writes node-link JSON that reads back as the same graph")
    func nodeLinkRoundTrip() throws {
        let folder = try temporaryFolder()
        let exported = folder.appendingPathComponent("g.nodelink.json").path
        #expect(runCLI(["export", graphPath, "-o", exported]).status == 0)
        let json = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: exported))), path: exported)
        #expect(json["nodes"]?.arrayValue?.count == 4)
        #expect(json["edges"]?.arrayValue?.count == 4)
        #expect(json["directed"]?.boolValue == true)
        // Counts agree; only the file each citation was read from differs.
        let fileName = { (path: String) in String(path.split(separator: "/").last!) }
        let before = runCLI(["stats", graphPath, "-f", "json"]).out.replacingOccurrences(of: fileName(graphPath), with: "FILE")
        let after = runCLI(["stats", exported, "-f", "json"]).out.replacingOccurrences(of: fileName(exported), with: "FILE")
        #expect(after.replacingOccurrences(of: "\"unresolved\": 1", with: "\"unresolved\": 0") == after)
        #expect(before.replacingOccurrences(of: "\"unresolved\": 1", with: "\"unresolved\": 0") == after)
    }

    @Test("export infers the format from -o, writes DOT to standard output by default, and links-key for d3")
    func formats() throws {
        let dot = runCLI(["export", graphPath, "--path-to", "bert", "--with", "rank"])
        #expect(dot.status == 0)
        #expect(dot.out.hasPrefix("digraph"))
        let d3 = runCLI(["export", graphPath, "--format", "json", "--links-key", "links"])
        #expect(try jsonOutput(d3)["links"]?.arrayValue?.count == 4)
        let folder = try temporaryFolder()
        for name in ["g.graphml", "g.gexf", "g.mmd"] {
            let path = folder.appendingPathComponent(name).path
            #expect(runCLI(["export", graphPath, "-o", path]).status == 0, "\(name)")
            #expect(FileManager.default.fileExists(atPath: path))
        }
        let csv = folder.appendingPathComponent("csv").path
        #expect(runCLI(["export", graphPath, "-f", "csv", "-o", csv]).status == 0)
        let nodes = try String(contentsOfFile: csv + "/nodes.csv", encoding: .utf8)
        #expect(nodes.hasPrefix(":ID,id,:LABEL,"))
        #expect(FileManager.default.fileExists(atPath: csv + "/edges.csv"))
    }

    @Test("export selections: --top, --topic, --around, --include, --path-only")
    func selections() throws {
        func nodes(_ extra: [String]) throws -> [String] {
            let run = runCLI(["export", graphPath, "-f", "json"] + extra)
            #expect(run.status == 0, "\(extra): \(run.err)")
            return try #require(try jsonOutput(run)["nodes"]?.arrayValue).compactMap { $0["id"]?.stringValue }
        }
        // PageRank order (see AnalysisCommandTests): seq2seq, transformer, bahdanau, bert.
        #expect(Set(try nodes(["--top", "2"])) == ["seq2seq", "transformer"])
        #expect(Set(try nodes(["--topic", "architectures"])) == ["transformer", "bahdanau"])
        #expect(Set(try nodes(["--around", "bert", "--depth", "1"])) == ["bert", "transformer"])
        #expect(try nodes(["--include", "topics,authors"]).count == 6)
        #expect(Set(try nodes(["--path-to", "bert", "--path-only"])) == ["bert"])
    }

    @Test("export usage errors exit 64; a failed export leaves an existing file untouched")
    func failures() throws {
        #expect(runCLI(["export", graphPath, "-f", "csv"]).status == 64)
        #expect(runCLI(["export", graphPath, "-o", "g.unknown"]).status == 64)
        #expect(runCLI(["export", graphPath, "--include", "venues"]).status == 64)
        let folder = try temporaryFolder()
        let existing = folder.appendingPathComponent("map.mmd").path
        try "KEEP".write(toFile: existing, atomically: true, encoding: .utf8)
        let big = runCLI(["export", sampleGraph("ml-landmarks.json"), "-o", existing])
        #expect(big.status == 1)
        #expect(big.err.contains("--top"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "KEEP")
        let missing = runCLI(["export", graphPath, "-o", "/no/such/folder/g.dot"])
        #expect(missing.status == 1)
        #expect(missing.err.hasSuffix("\nError: /no/such/folder/g.dot: folder /no/such/folder does not exist\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["map.mmd"])
    }

    @Test("import merges several sources into one native graph")
    func importMerges() throws {
        let bib = try temporaryFile("refs.bib", """
        @article{vaswani,
          title = {Attention Is All You Need},
          author = {Vaswani, Ashish and Shazeer, Noam},
          year = {2017},
          eprint = {1706.03762}, archivePrefix = {arXiv}
        }
        """)
        let list = try temporaryFile("list.md", """
        ## Seminal
        - ✅ [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (2017)
        - [BERT](https://arxiv.org/abs/1810.04805) (2018)
        """)
        let output = try temporaryFolder().appendingPathComponent("merged.json").path
        let run = runCLI(["import", bib, list, "-o", output])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.isEmpty)
        #expect(run.err.hasSuffix("wrote \(output): 2 papers, 0 citations, 0 prerequisites, 1 read\n"))
        let stats = runCLI(["stats", output, "-f", "json"])
        let json = try jsonOutput(stats)
        #expect(json["papers"]?.intValue == 2)
        #expect(json["read"]?.intValue == 1)
        #expect(json["authors"]?.intValue == 2)
    }
}

@Suite("Reading tables and big or unwritable files from the command line")
struct TableAndLimitsCommandTests {
    @Test("--citations adds a citation table and --column maps other headers")
    func tables() throws {
        let papers = try temporaryFile("papers.csv", """
        paper_id,paper_title,year,authors
        a,Attention Is All You Need,2017,Ashish Vaswani; Noam Shazeer
        b,"Neural Machine Translation by Jointly Learning to Align and Translate",2014,Dzmitry Bahdanau
        """)
        let citations = try temporaryFile("cites.csv", "citing,cited\na,b\n")
        let run = runCLI(["stats", papers, "--citations", citations, "--column", "paper_title=title", "-f", "json"])
        #expect(run.status == 0, "\(run.err)")
        let json = try jsonOutput(run)
        #expect(json["papers"]?.intValue == 2)
        #expect(json["citations"]?.intValue == 1)
        #expect(json["authors"]?.intValue == 3)
        #expect(runCLI(["stats", papers, "--column", "nonsense"]).status == 64)
    }

    @Test("writing into a read-only file system fails with one line and leaves nothing behind")
    func readOnlyFileSystem() throws {
        let run = runCLI(["export", try temporaryFile("g.json", smallGraphJSON), "-o", "/proc/papergraph-test.dot"])
        #expect(run.status == 1)
        // The system's own reason, not a guess.
        #expect(run.err.hasSuffix("Error: /proc/papergraph-test.dot: cannot create a file in /proc: No such file or directory\n"))
        #expect(!FileManager.default.fileExists(atPath: "/proc/papergraph-test.dot"))
    }

    @Test("a 50 MB file of the wrong format gives one clear error, quickly and without a crash")
    func bigWrongFile() throws {
        var text = String(repeating: "this is not json, just a large plain text file\n", count: 1_100_000)
        text += "end"
        let path = try temporaryFile("big.json", text)
        let run = runCLI(["stats", path])
        #expect(run.status == 1)
        #expect(run.err == "\(path):1:2: error: expected 'true', found 'h'\n")
    }
}
