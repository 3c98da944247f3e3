import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("CSV writer")
struct CSVWriterTests {
    /// An RFC 4180 reader written for the test: records of fields, quotes doubled inside quoted fields.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            i = text.index(after: i)
            if quoted {
                if c == "\"" {
                    if i < text.endIndex && text[i] == "\"" { field.append("\""); i = text.index(after: i) } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.append(c)
            }
        }
        return records
    }

    @Test("writes the small graph exactly as the golden files")
    func golden() throws {
        let graph = ExportTestSupport.smallGraph()
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true, includeAuthors: true),
                                  decorations: ExportTestSupport.smallDecorations(graph))
        let (nodes, edges) = CSVWriter.write(view)
        ExportTestSupport.expectGolden(nodes, "small-nodes.csv")
        ExportTestSupport.expectGolden(edges, "small-edges.csv")
        ExportTestSupport.writeSample(nodes, "small-nodes.csv", view: view, titles: ["vaswani2017": "Attention Is All You Need"],
                                      edgeCount: Self.parse(edges).count - 1)
        ExportTestSupport.writeSample(edges, "small-edges.csv", view: view)
    }

    @Test("has Neo4j and GraphFrames headers, and a row per relation")
    func headers() throws {
        let view = try ExportView(graph: ExportTestSupport.smallGraph())
        let (nodes, edges) = CSVWriter.write(view)
        let nodeRows = Self.parse(nodes), edgeRows = Self.parse(edges)
        #expect(Array(nodeRows[0].prefix(3)) == [":ID", "id", ":LABEL"])
        #expect(edgeRows[0] == [":START_ID", ":END_ID", ":TYPE", "src", "dst", "kind", "reason"])
        // vaswani2017 cites sutskever2014 and names it a prerequisite: two rows.
        let vaswani = edgeRows.filter { $0[0] == "vaswani2017" && $0[1] == "sutskever2014" }.map { $0[2] }
        #expect(vaswani == ["CITES", "PREREQUISITE"])
        #expect(edgeRows.count - 1 == 5)
        #expect(nodeRows.dropFirst().map { $0[2] } == ["Paper", "Paper", "Paper", "Paper"])
    }

    @Test("quotes hostile fields so that every title reads back exactly")
    func hostileTitles() throws {
        let graph = ExportTestSupport.hostileGraph()
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true, includeAuthors: true))
        let (nodes, edges) = CSVWriter.write(view)
        let rows = Self.parse(nodes)
        let titleColumn = try #require(rows[0].firstIndex(of: "title"))
        #expect(rows.count == view.nodes.count + 1)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        #expect(rows.dropFirst().prefix(graph.papers.count).map { $0[titleColumn] } == ExportTestSupport.hostileTitles)
        #expect(rows.dropFirst().prefix(graph.papers.count).map { $0[1] } == graph.papers.map(\.key))
        let edgeRows = Self.parse(edges)
        #expect(edgeRows.contains { $0[6] == "why: \"quoted\" \\ <x>\nnext" })
        var titles: [String: String] = [:]
        for paper in graph.papers { titles[paper.key] = paper.title }
        ExportTestSupport.writeSample(nodes, "hostile-nodes.csv", view: view, titles: titles, edgeCount: edgeRows.count - 1)
        ExportTestSupport.writeSample(edges, "hostile-edges.csv", view: view)
    }
}
