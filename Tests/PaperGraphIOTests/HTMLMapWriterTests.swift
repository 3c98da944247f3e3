import Foundation
import Testing
@testable import PaperGraphIO
import PaperGraphModel

/// The page for `graph`, with ranks, clusters and everything precomputed.
private func page(_ graph: PaperGraph, isPublic: Bool = false) throws -> (html: String, view: ExportView) {
    let ranking = graph.rankPapers()
    let clustering = graph.topicClusters(ranking: ranking)
    let decorations = ExportDecorations(rank: ranking.scores, clusters: ClusterAssignment(
        communityOf: clustering.clusterOf.map { $0 - 1 }, labels: clustering.clusters.map(\.label)))
    let view = try ExportView(graph: graph, decorations: decorations)
    let content = HTMLMapContent(graph: graph, view: view, ranking: ranking, wording: describe)
    return (HTMLMapWriter.write(view, content: content, options: .init(title: "Map <of> \"{{DATA}}\"", isPublic: isPublic)), view)
}

/// A stand-in wording of reasons (the CLI's lives in PaperGraphCLI), hostile on purpose.
@Sendable private func describe(_ reasons: [PaperReason], _ subject: PaperID?) -> String {
    reasons.map { "\($0) </script><b>" }.joined(separator: "; ")
}

/// The text of the page's data block, between its opening tag and the first `</script>` after it.
private func dataBlock(_ html: String) throws -> String {
    let open = try #require(html.range(of: "<script type=\"application/json\" id=\"pg-data\">"))
    let close = try #require(html.range(of: "</script>", range: open.upperBound..<html.endIndex))
    return String(html[open.upperBound..<close.lowerBound])
}

private func decoded(_ block: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
}

private func hostileFixture() throws -> PaperGraph {
    let library = try GraphLoader.importLibrary(atPath: fixturePath("hostile-titles.json"))
    var builder = PaperGraphBuilder()
    builder.add(library)
    return builder.build().graph
}

@Suite("HTML map: data embedding and safety")
struct HTMLMapWriterTests {
    @Test("hostile strings stay data: the JSON block has no '<', round-trips, and the page has only its two scripts",
          arguments: [0, 1])
    func hostileStringsAreData(which: Int) throws {
        let graph = which == 0 ? ExportTestSupport.hostileGraph() : try hostileFixture()
        let (html, _) = try page(graph)
        let block = try dataBlock(html)
        #expect(!block.contains("<"))
        #expect(!block.contains(">"))
        let data = try decoded(block)
        let papers = try #require(data["papers"] as? [String: Any])
        let titles = try #require(papers["title"] as? [String])
        #expect(titles == graph.papers.map(\.title))
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(!html.contains("<img"))
        #expect(!html.contains("<iframe"))
        #expect(data["title"] as? String == "Map <of> \"{{DATA}}\"")
    }

    @Test("only http(s) links survive; ids and links lose control and bidi characters")
    func links() throws {
        let graph = try hostileFixture()
        let data = try decoded(try dataBlock(try page(graph).html))
        let papers = try #require(data["papers"] as? [String: Any])
        let urls = try #require(papers["url"] as? [Any])
        let kept = urls.compactMap { $0 as? String }
        #expect(kept == ["https://example.org/paper?x=\"><script>", "https://example.org/ok"])
        let keys = try #require(papers["key"] as? [String])
        #expect(keys.contains("ctrlkey"))
        for key in keys { #expect(key.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x202A...0x202E).contains($0.value) }) }
        #expect(HTMLMapData.webLink("JaVaScRiPt:alert(1)") == nil)
        #expect(HTMLMapData.webLink("data:text/html,x") == nil)
        #expect(HTMLMapData.webLink("//evil.example/") == nil)
        #expect(HTMLMapData.webLink("HTTPS://ok.example/a") == "HTTPS://ok.example/a")
    }

    @Test("every string escape is reversible and inert in HTML", arguments: [
        "</script><script>x</script>", "<!-- -->", "a\u{2028}b\u{2029}c", "tab\tnul\u{0}del\u{7F}", "\"\\/", "emoji 🧪 \u{202E}rtl",
    ])
    func jsonString(_ s: String) throws {
        let literal = HTMLMapData.jsonString(s)
        #expect(!literal.contains("<") && !literal.contains(">") && !literal.contains("&"))
        #expect(!literal.contains("\u{2028}") && !literal.contains("\u{2029}"))
        let back = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
        #expect(back == [s])
    }

    @Test("the page title is HTML-escaped and {{…}} in data is never expanded")
    func template() throws {
        let (html, _) = try page(ExportTestSupport.smallGraph())
        #expect(html.contains("<title>Map &lt;of&gt; &quot;{{DATA}}&quot;</title>"))
        #expect(HTMLMapWriter.fill("a{{X}}b{{Y}}c{{", ["X": "{{Y}}", "Y": "2"]) == "a{{Y}}b2c{{")
        #expect(!html.contains("{{CSP}}") && !html.contains("{{SCRIPT}}"))
    }

    @Test("the CSP forbids network access and admits the page's script and style by their SHA-256")
    func contentSecurityPolicy() throws {
        let (html, _) = try page(ExportTestSupport.smallGraph())
        let script = HTMLMapResources.script, style = HTMLMapResources.style
        #expect(html.contains("<script>" + script + "</script>"))
        #expect(html.contains("<style>" + style + "</style>"))
        let csp = HTMLMapWriter.contentSecurityPolicy(script: script, style: style)
        #expect(csp.hasPrefix("default-src 'none'; script-src 'sha256-"))
        #expect(csp.contains("'sha256-\(SHA256.base64Digest(of: Array(script.utf8)))'"))
        #expect(!csp.contains("unsafe"))
        #expect(html.contains("content=\"\(HTMLMapWriter.htmlEscaped(csp))\""))
    }

    @Test("compact data: citations as node pairs in reading order, read status and notes only when not public")
    func compact() throws {
        let graph = ExportTestSupport.smallGraph()
        let (html, view) = try page(graph)
        let data = try decoded(try dataBlock(html))
        let cites = try #require(data["cites"] as? [Int]), prereqs = try #require(data["prereqs"] as? [Int])
        // vaswani2017 cites bahdanau2014 and sutskever2014 (also its prerequisite); devlin2019 cites vaswani2017.
        func node(_ key: String) -> Int { view.nodes.firstIndex { $0.key == key }! }
        var pairs = Set<[Int]>()
        for k in stride(from: 0, to: cites.count, by: 2) { pairs.insert([cites[k], cites[k + 1]]) }
        #expect(pairs == [[node("bahdanau2014"), node("vaswani2017")], [node("vaswani2017"), node("devlin2019")]])
        #expect(Set([[prereqs[0], prereqs[1]], [prereqs[2], prereqs[3]]]) ==
                [[node("sutskever2014"), node("vaswani2017")], [node("bahdanau2014"), node("devlin2019")]])
        let papers = try #require(data["papers"] as? [String: Any])
        #expect((papers["status"] as? [Int])?[node("vaswani2017")] == 2)
        let shared = try decoded(try dataBlock(try page(graph.withoutReadingStatus(), isPublic: true).html))
        let sharedPapers = try #require(shared["papers"] as? [String: Any])
        #expect((sharedPapers["status"] as? [Int]) == [0, 0, 0, 0])
        #expect(shared["public"] as? Bool == true)
    }

    @Test("paths and next come from the model: the path to a paper is `readingPath --max 10`")
    func precomputed() throws {
        let graph = ExportTestSupport.smallGraph()
        let ranking = graph.rankPapers()
        let view = try ExportView(graph: graph, decorations: ExportDecorations(rank: ranking.scores))
        let content = HTMLMapContent(graph: graph, view: view, ranking: ranking, wording: describe)
        let devlin = try #require(graph.paper(forKey: "devlin2019"))
        let expected = graph.readingPath(to: [devlin], options: ReadingPathOptions(maxSteps: 10), ranking: ranking).steps
        let row = try #require(content.pathRows.first { $0.node == devlin.index })
        #expect(row.entries.map(\.node) == expected.map(\.paper.index))
        #expect(row.entries.map(\.reason) == expected.map { describe($0.reasons, nil) })
        let next = graph.nextPapers(limit: 5, assumingRead: [devlin])
        #expect(content.nextRows.first { $0.node == devlin.index }?.entries.map(\.node) == next.map(\.paper.index))
        #expect(content.x.count == view.nodes.count && content.radius.allSatisfy { $0 >= 4 && $0 <= 18 })
    }
}

@Suite("HTML map: embedded resources")
struct HTMLMapResourcesTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/PaperGraphIO/Export/HTMLMap/Resources").standardizedFileURL

    @Test("the generated literals match map.html, map.css and map.js (run Tests/Scripts/generate_htmlmap_resources.py)",
          arguments: [("map.html", 0), ("map.css", 1), ("map.js", 2)])
    func matchesSources(file: String, which: Int) throws {
        let source = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        let embedded = [HTMLMapResources.page, HTMLMapResources.style, HTMLMapResources.script][which]
        #expect(embedded == source)
    }

    @Test("the script and style cannot end their own element early")
    func noEarlyEnd() {
        #expect(!HTMLMapResources.script.lowercased().contains("</script"))
        #expect(!HTMLMapResources.script.contains("<!--"))
        #expect(!HTMLMapResources.style.lowercased().contains("</style"))
        #expect(!HTMLMapResources.script.contains("innerHTML") && !HTMLMapResources.script.contains("insertAdjacentHTML"))
    }
}
