import Foundation
import Testing
import PaperGraphIO
import PaperGraphModel

/// Hand-built graphs, golden-file comparison and sample output for the exporter tests.
enum ExportTestSupport {
    /// Four papers, two nested topics, three authors:
    ///
    ///     bahdanau2014 ◀─cites── vaswani2017 ──cites+prerequisite──▶ sutskever2014
    ///          ▲                      ▲
    ///          └──prerequisite── devlin2019 ──cites──┘
    ///
    /// vaswani2017 is read, devlin2019 being read; topics `seq2seq` ⊂ `nlp`.
    static func smallGraph() -> PaperGraph {
        var builder = PaperGraphBuilder()
        builder.add(ImportedLibrary(papers: [
            PaperRecord(key: "sutskever2014", title: "Sequence to Sequence Learning with Neural Networks", year: 2014,
                        venue: "NeurIPS", authors: ["Ilya Sutskever", "Oriol Vinyals"], topics: ["seq2seq"],
                        identifiers: PaperIdentifiers(arxiv: "1409.3215")),
            PaperRecord(key: "bahdanau2014", title: "Neural Machine Translation by Jointly Learning to Align and Translate",
                        year: 2014, authors: ["Dzmitry Bahdanau"], topics: ["seq2seq"],
                        identifiers: PaperIdentifiers(arxiv: "1409.0473")),
            PaperRecord(key: "vaswani2017", title: "Attention Is All You Need", year: 2017, venue: "NeurIPS",
                        authors: ["Ashish Vaswani"], topics: ["nlp"],
                        identifiers: PaperIdentifiers(doi: "10.48550/arXiv.1706.03762", arxiv: "1706.03762",
                                                      other: ["s2": "204e3073870fae3d05bcbc2f6a8e263d9b72e776"]),
                        status: .read,
                        cites: [PaperReference("bahdanau2014"), PaperReference("sutskever2014")],
                        prerequisites: [PaperReference("sutskever2014", reason: "encoder-decoder")]),
            PaperRecord(key: "devlin2019", title: "BERT: Pre-training of Deep Bidirectional Transformers", year: 2019,
                        authors: ["Jacob Devlin"], topics: ["nlp"], kind: .paper, status: .reading,
                        cites: [PaperReference("vaswani2017")], prerequisites: [PaperReference("bahdanau2014")]),
        ], topics: [TopicRecord(key: "nlp", name: "Natural Language Processing"),
                    TopicRecord(key: "seq2seq", name: "Sequence to Sequence", parent: "nlp")]))
        return builder.build().graph
    }

    /// Ranks, two clusters and a reading path for ``smallGraph()`` (indexed by paper id).
    static func smallDecorations(_ graph: PaperGraph) -> ExportDecorations {
        let order = ["sutskever2014", "bahdanau2014", "vaswani2017", "devlin2019"].compactMap { graph.paper(forKey: $0) }
        return ExportDecorations(rank: [0.2, 0.3, 0.35, 0.15],
                                 clusters: ClusterAssignment(communityOf: [0, 0, 1, 1], labels: ["RNN era", "Transformers"]),
                                 readingPath: order)
    }

    /// Titles that break naive writers, and paper keys to match.
    static let hostileTitles = [
        "Quotes \"double\" and 'single'",
        "Back\\slash \\n \\N \\G \\l and C:\\",
        "Line\nbreak\r\nand\ttab",
        "<b>Tags</b> & {braces} ; [brackets] | pipes",
        "CDATA end ]]> and <!-- comment --> &amp;",
        "日本語のタイトル — Ελληνικά — العربية",
        "Emoji 🧠📄 family 👩‍👩‍👧",
        "Control \u{01}\u{07}\u{1F} chars \u{7F}",
        "# hash #quot; entity %% not a comment",
        "trailing backslash \\",
    ]

    /// A graph whose papers have ``hostileTitles``, hostile keys, authors and topic names, each citing the next.
    static func hostileGraph() -> PaperGraph {
        var records: [PaperRecord] = []
        for (i, title) in hostileTitles.enumerated() {
            let key = ["key \"\(i)\"", "k\\\(i)", "日本\(i)", "k<\(i)>", "k,\(i)"][i % 5]
            records.append(PaperRecord(key: key, title: title, year: 2000 + i, authors: ["A \"\(i)\" <&> \\"],
                                       topics: ["T & \"\(i % 2)\" <x>"], status: i % 3 == 0 ? .read : .unread))
        }
        for i in 0..<(records.count - 1) { records[i].cites = [PaperReference(records[i + 1].key)] }
        records[2].prerequisites = [PaperReference(records[3].key, reason: "why: \"quoted\" \\ <x>\nnext")]
        var builder = PaperGraphBuilder()
        builder.add(ImportedLibrary(papers: records))
        return builder.build().graph
    }

    /// What a title looks like after formats that drop C0 control characters (XML 1.0, DOT, Mermaid).
    static func withoutControls(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r" }))
    }

    // MARK: Golden files and samples

    static var goldenFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden")
    }

    /// Compares `actual` with the golden file `name`; with `PAPERGRAPH_UPDATE_GOLDEN=1` rewrites it instead.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PAPERGRAPH_UPDATE_GOLDEN"] == "1" {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try? String(contentsOfFile: fixturePath("golden/\(name)"), encoding: .utf8)
        #expect(expected != nil, "missing golden file \(name); run with PAPERGRAPH_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
        if let expected, expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            Issue.record("\(name) differs from its golden file at line \(line + 1):\n- \(line < e.count ? e[line] : "<end>")\n+ \(line < a.count ? a[line] : "<end>")",
                         sourceLocation: sourceLocation)
        }
    }

    /// When `PAPERGRAPH_EXPORT_SAMPLES` names a folder, writes `text` there as `name` with
    /// `name.expect.json` describing what `Tests/Scripts/check_exports.py` should find in it.
    static func writeSample(_ text: String, _ name: String, view: ExportView, titles: [String: String] = [:],
                            edgeCount: Int? = nil) {
        guard let folder = ProcessInfo.processInfo.environment["PAPERGRAPH_EXPORT_SAMPLES"], !folder.isEmpty else { return }
        let url = URL(fileURLWithPath: folder)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try? text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        let expectation = JSONOutput.object([
            ("nodes", .int(view.nodes.count)), ("edges", .int(edgeCount ?? view.edges.count)),
            ("titles", .object(titles.keys.sorted().map { ($0, .string(titles[$0] ?? "")) })),
        ])
        try? expectation.serialized(pretty: true).write(to: url.appendingPathComponent(name + ".expect.json"),
                                                        atomically: true, encoding: .utf8)
    }
}
