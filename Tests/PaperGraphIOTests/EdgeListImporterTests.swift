import Foundation
import Testing
import TestSupport
import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel

@Suite("Edge lists")
struct EdgeListImporterTests {
    @Test("reads SNAP-style lines, skips comments, and warns about malformed lines with line and column")
    func snapStyle() throws {
        let path = fixturePath("tiny-snap.txt")
        let library = try GraphLoader.importLibrary(atPath: path)
        #expect(library.papers.map(\.key) == ["1001", "9212308", "9305239", "2002", "42"])
        #expect(library.papers.map(\.title) == library.papers.map(\.key))
        #expect(library.papers.map { $0.cites.map(\.key) } == [
            ["9212308", "9305239", "9212308"], [], ["9212308"], ["2002"], ["1001"],
        ])
        #expect(library.papers[0].location?.description == "\(path):4:1")
        #expect(library.papers[0].cites[1].location?.description == "\(path):5:7")
        #expect(library.diagnostics.map(\.description) == [
            "\(path):10:8: warning: expected two node ids (citing cited), found only '9212308'; line skipped",
            "\(path):11:5: warning: expected end of line after two node ids, found 'heavy'; line skipped",
        ])
        // The builder drops the self-loop (with a warning) and keeps the repeated edge once.
        var builder = PaperGraphBuilder()
        builder.add(library)
        let (graph, diagnostics) = builder.build()
        #expect(graph.citations.edgeCount == 4)
        #expect(diagnostics.filter { $0.message.contains("cites itself") }.count == 1)
    }

    @Test("reads LINQS .cites files as cited-first and .tab files with their headers and paper: prefixes")
    func linqs() throws {
        let cites = try GraphLoader.importLibrary(atPath: fixturePath("tiny-linqs.cites"))
        #expect(cites.papers.map(\.key) == ["1033", "35", "103482"])
        #expect(cites.papers.map { $0.cites.map(\.key) } == [["35"], [], ["35", "1033"]])
        let forward = try GraphLoader.importLibrary(atPath: fixturePath("tiny-linqs.cites"),
                                                    options: ImportOptions(edgeList: EdgeListOptions(reverse: false)))
        #expect(forward.papers.first?.cites.map(\.key) == ["1033", "103482"])
        let tab = try GraphLoader.importLibrary(atPath: fixturePath("tiny-pubmed.tab"))
        #expect(tab.diagnostics.isEmpty)
        #expect(tab.papers.map(\.key) == ["19127292", "17363749", "19668377", "17293876", "1313726", "3002783"])
        #expect(tab.papers[0].cites.map(\.key) == ["17363749"])
        #expect(tab.papers[0].location?.description == "\(fixturePath("tiny-pubmed.tab")):3:13")
    }

    @Test("builds the same graph on the CSR fast path, keeping self-loops and dropping repeats")
    func csrFastPath() throws {
        let bytes = try TextInput.readBytes(atPath: fixturePath("tiny-snap.txt"))
        let (keys, graph, diagnostics) = try EdgeListImporter.readCSR(bytes, path: "tiny-snap.txt")
        #expect(keys == ["1001", "9212308", "9305239", "2002", "42"])
        #expect(graph.offsets == [0, 2, 2, 3, 4, 5])
        #expect(graph.targets == [1, 2, 1, 3, 0])
        #expect(diagnostics.count == 2)
        let reversed = try EdgeListImporter.readCSR(Array("a b\n".utf8), path: "x", reverse: true)
        #expect(reversed.keys == ["b", "a"])
        #expect(reversed.graph.targets == [1])
    }

    @Test("rejects a file in which no line is an edge, and caps line warnings")
    func notAnEdgeList() throws {
        let csv = Array("id,title\na,Attention\nb,Seq2Seq\n".utf8)
        #expect(thrownDiagnostic { _ = try EdgeListImporter.read(csv, path: "p.txt") }?.description
                == "p.txt:1:9: error: expected an edge list (two node ids per line), found no edge; expected two node ids (citing cited), found only 'id,title'; line skipped; if this is a reading list, read it with --from markdown")
        let many = Array(("1 2\n" + String(repeating: "x\n", count: 30)).utf8)
        let library = try EdgeListImporter.read(many, path: "m.txt")
        #expect(library.diagnostics.count == 20 + 1)
        #expect(library.diagnostics.last?.description == "m.txt:31:1: warning: 10 more malformed lines skipped")
    }

    @Test("loads SNAP cit-HepPh (gzip) with the counts of its SOURCE.md",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data (not on a user's machine)"))
    func hepPh() throws {
        let path = SharedData.path("snap-cit-hepph/cit-HepPh.txt.gz")
        let (keys, graph, diagnostics) = try EdgeListImporter.readCSR(try TextInput.readBytes(atPath: path), path: path)
        // SOURCE.md: 34,546 nodes, 421,578 edges, 0 duplicates, 44 self-loops (kept on this path).
        #expect(diagnostics.isEmpty)
        #expect(keys.count == 34_546)
        #expect(graph.edgeCount == 421_578)
        #expect((0..<graph.nodeCount).filter { graph.neighbors(of: $0).contains(UInt32($0)) }.count == 44)
        let cited = graph.reversed()
        let top = try #require(keys.firstIndex(of: "9803315"))
        #expect(cited.outDegree(of: top) == 846)
    }

    @Test("loads LINQS Cora with the counts of its SOURCE.md",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data (not on a user's machine)"))
    func cora() throws {
        let (graph, diagnostics) = try GraphLoader.load(paths: [SharedData.path("cora-linqs/cora.cites")])
        // SOURCE.md: 2,708 nodes, 5,429 edges, 0 duplicates, 0 self-loops; "A B" means B cites A.
        #expect(diagnostics.isEmpty)
        #expect(graph.papers.count == 2_708)
        #expect(graph.citations.edgeCount == 5_429)
        let paper35 = try #require(graph.paper(forKey: "35"))
        let paper1033 = try #require(graph.paper(forKey: "1033"))
        #expect(graph.cited(by: paper1033).contains(paper35))
        #expect(graph.citedBy.outDegree(of: paper35.index) == 166)
    }

    @Test("loads LINQS PubMed-Diabetes with the counts of its SOURCE.md",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data (not on a user's machine)"))
    func pubmed() throws {
        let (graph, diagnostics) = try GraphLoader.load(paths: [SharedData.path("pubmed-diabetes-linqs/Pubmed-Diabetes.DIRECTED.cites.tab")])
        // SOURCE.md: 19,717 nodes, 44,338 edges, 0 duplicates, 3 self-loops. The builder drops the
        // 3 self-citations with a warning each, leaving 44,335 citations.
        #expect(graph.papers.count == 19_717)
        #expect(graph.citations.edgeCount == 44_338 - 3)
        #expect(diagnostics.count == 3)
        #expect(diagnostics.allSatisfy { $0.message.hasSuffix("cites itself; citation dropped") })
        let top = try #require(graph.paper(forKey: "9742976"))
        #expect(graph.citedBy.outDegree(of: top.index) == 171)
        let citing = try #require(graph.paper(forKey: "19127292"))
        #expect(graph.cited(by: citing).map { graph[$0].key }.contains("17363749"))
    }
}
