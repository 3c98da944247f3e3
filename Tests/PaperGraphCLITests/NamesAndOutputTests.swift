import Foundation
import Testing
import PaperGraphIO
@testable import PaperGraphCLI

@Suite("Paper names and readable output")
struct NamesAndOutputTests {
    private let graphPath: String = try! temporaryFile("g.json", smallGraphJSON)

    @Test("the issue's typos find the right sample papers, with a note saying which", arguments: [
        ("FlashAtention-2", "2024-05-flashattention-2", "FlashAttention-2: Faster Attention"),
        ("Mambaa", "2024-05-mamba-selective-state-spaces", "Mamba: Linear-Time"),
        ("Chinchila", "2022-12-chinchilla-scaling-laws", "Training Compute-Optimal"),
        ("atention is all you need", "2017-12-attention-is-all-you-need", "Attention Is All You Need"),
    ])
    func sampleTypos(typed: String, key: String, title: String) throws {
        let run = runCLI(["related", sampleGraph("ml-landmarks.json"), typed, "--top", "1", "--format", "json"])
        #expect(run.status == 0)
        #expect(try jsonOutput(run)["paper"]?.stringValue == key)
        #expect(run.err.contains("note: taking '\(typed)' as '\(title)"))
        let exact = runCLI(["related", sampleGraph("ml-landmarks.json"), typed, "--exact"])
        #expect(exact.status == 1)
        #expect(exact.err.contains("no paper matches '\(typed)'; closest: '\(key)'"))
    }

    @Test("related and connect read several graph files; --paper and --to name the papers")
    func severalGraphs() throws {
        let extra = try temporaryFile("extra.json", """
            {"papers": [{"id": "gpt", "title": "Improving Language Understanding by Generative Pre-Training", "year": 2018,
              "cites": ["transformer"]}]}
            """)
        let related = runCLI(["related", graphPath, extra, "Atention is all you need", "--format", "json"])
        #expect(related.status == 0)
        let ids = try #require(jsonOutput(related)["related"]?.arrayValue).compactMap { $0["id"]?.stringValue }
        #expect(ids.contains("gpt") && ids.contains("bert"))
        let byOption = runCLI(["related", graphPath, extra, "--paper", "transformer", "--format", "json"])
        #expect(try jsonOutput(byOption)["related"] == jsonOutput(related)["related"])
        let noName = runCLI(["related", graphPath, extra])
        #expect(noName.status == 64)
        #expect(noName.err.contains("name the paper with --paper"))
        let connect = runCLI(["connect", graphPath, extra, "--paper", "gpt", "--to", "seq2seq", "--format", "json"])
        #expect(connect.status == 0)
        #expect(try jsonOutput(connect)["length"]?.intValue == 2)
        let mixed = runCLI(["connect", graphPath, extra, "gpt", "--to", "seq2seq", "--format", "json"])
        #expect(try jsonOutput(mixed)["length"]?.intValue == 2)
    }

    @Test("-o picks the format from the extension; --format names ignore case; stats writes CSV")
    func outputFormats() throws {
        let folder = try temporaryFolder()
        let json = folder.appendingPathComponent("r.json").path, csv = folder.appendingPathComponent("r.csv").path
        #expect(runCLI(["rank", graphPath, "-o", json]).status == 0)
        let written = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: json))), path: json)
        #expect(written["papers"]?.arrayValue?.first?["id"]?.stringValue == "seq2seq")
        #expect(runCLI(["next", graphPath, "-o", csv]).status == 0)
        #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("#,score,year,id,title,why\n"))
        #expect(runCLI(["rank", graphPath, "--format", "JSON"]).out.hasPrefix("{"))
        let stats = runCLI(["stats", graphPath, "--format", "csv"])
        #expect(stats.status == 0)
        #expect(stats.out.hasPrefix("measure,count\npapers,4\n"))
        #expect(stats.out.contains("\nunresolved,1\n"))
    }

    @Test("rank --from-read shows a read column and --unread hides read papers, keeping their ranks")
    func readColumn() throws {
        let marked = runCLI(["rank", graphPath, "--from-read", "--format", "csv"])
        #expect(marked.out.hasPrefix("rank,score,year,read,id,title\n"))
        #expect(marked.out.contains(",read,transformer,"))
        let all = try #require(jsonOutput(runCLI(["rank", graphPath, "--format", "json"]))["papers"]?.arrayValue)
        let unread = try #require(jsonOutput(runCLI(["rank", graphPath, "--unread", "--format", "json"]))["papers"]?.arrayValue)
        #expect(unread.count == all.count - 1)
        #expect(!unread.contains { $0["id"]?.stringValue == "transformer" })
        #expect(unread.allSatisfy { $0["read"]?.boolValue == false })
        let rankOf = { (rows: [JSONValue], id: String) in rows.first { $0["id"]?.stringValue == id }?["rank"]?.intValue }
        #expect(rankOf(unread, "bert") == rankOf(all, "bert"))
    }

    @Test("the sample's 18 topics survive a node-link export and re-import")
    func topicsSurviveNodeLink() throws {
        let folder = try temporaryFolder()
        let exported = folder.appendingPathComponent("g.json").path
        #expect(try jsonOutput(runCLI(["stats", sampleGraph("ml-foundations.json"), "--format", "json"]))["topics"]?.intValue == 18)
        #expect(runCLI(["export", sampleGraph("ml-foundations.json"), "--format", "json", "-o", exported]).status == 0)
        #expect(try jsonOutput(runCLI(["stats", exported, "--format", "json"]))["topics"]?.intValue == 18)
    }

    @Test("--from is honoured whatever a single file's extension says")
    func fromOverridesExtension() throws {
        let path = try temporaryFile("bib.md", "@article{a, title={A Title}, year={2020}}\n@article{b, title={B Title}}\n")
        let run = runCLI(["stats", path, "--from", "BibTeX", "--format", "json"])
        #expect(run.status == 0)
        #expect(try jsonOutput(run)["papers"]?.intValue == 2)
    }
}

@Suite("Tables that fit the terminal")
struct TableWidthTests {
    private var table: TableWriter {
        var table = TableWriter([("#", .right), ("title", .left), ("why", .left)])
        table.add(["1", "Short", "co-cited with Attention Is All You Need by 28 papers; same authors: Vaswani"])
        table.add(["2", String(repeating: "t", count: 70), "x"])
        return table
    }

    @Test("the last column wraps at word boundaries so every line fits the width")
    func wraps() {
        let text = table.table(width: 60)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 60 })
        // Every word of the reason survives, in order.
        let reason = lines.dropFirst(2).prefix { !$0.hasPrefix("2") }.map { $0.dropFirst(lines[0].count - 3)
            .trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(reason == "co-cited with Attention Is All You Need by 28 papers; same authors: Vaswani")
        #expect(text.contains("…"))
    }

    @Test("without a width (--wide) nothing is cut or wrapped")
    func wide() {
        let text = table.table(width: nil)
        #expect(text.contains(String(repeating: "t", count: 70)))
        #expect(text.split(separator: "\n").count == 4)
        #expect(!text.contains("…"))
    }

    @Test("wrapping splits words longer than the width and keeps short text whole")
    func wrapText() {
        #expect(TableWriter.wrap("a bb ccc", to: 4) == ["a bb", "ccc"])
        #expect(TableWriter.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(TableWriter.wrap("fits", to: 10) == ["fits"])
    }

    @Test("the width comes from COLUMNS, else 100 when not a terminal")
    func detectedWidth() {
        #expect(TerminalWidth.detected(environment: ["COLUMNS": "132"]) == 132)
        #expect(TerminalWidth.detected(environment: ["COLUMNS": "junk"]) == TerminalWidth.detected(environment: [:]))
    }

    @Test("JSON and CSV never cut reasons")
    func machineFormatsUncut() throws {
        let path = sampleGraph("ml-landmarks.json")
        let csv = runCLI(["related", path, "Mamba", "--top", "3", "--format", "csv"])
        let json = try jsonOutput(runCLI(["related", path, "Mamba", "--top", "3", "--format", "json"]))
        let reasons = try #require(json["related"]?.arrayValue).map {
            ($0["reasons"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: "; ")
        }
        #expect(reasons.count == 3)
        for reason in reasons { #expect(csv.out.contains(reason)) }
        #expect(!csv.out.contains("…"))
    }
}
