import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("Collecting records of one source")
struct RecordCollectorTests {
    @Test("completes a stub with the full record without losing its citations")
    func stubThenFull() {
        var collector = RecordCollector()
        collector.addCitations(from: "a", [PaperReference("b")], location: nil)
        collector.add(PaperRecord(key: "a", title: "A", year: 2001, cites: [PaperReference("c")]))
        #expect(collector.records.map(\.title) == ["A"])
        #expect(collector.records[0].year == 2001)
        #expect(collector.records[0].cites.map(\.key) == ["b", "c"])
    }

    @Test("keeps the first full record's fields, fills gaps and unions citations")
    func fullThenFull() {
        var collector = RecordCollector()
        collector.add(PaperRecord(key: "a", title: "First", topics: ["x"], cites: [PaperReference("b")]))
        collector.add(PaperRecord(key: "a", title: "Second", year: 1999, topics: ["y", "x"],
                                  cites: [PaperReference("b"), PaperReference("c")]))
        collector.addCitations(from: "z", [], location: nil)
        #expect(collector.records.map(\.key) == ["a", "z"])
        #expect(collector.records[0].title == "First")
        #expect(collector.records[0].year == 1999)
        #expect(collector.records[0].topics == ["x", "y"])
        #expect(collector.records[0].cites.map(\.key) == ["b", "c"])
        // A stub has no title of its own: it is shown by its key, never titled with it.
        #expect(collector.records[1].title == "")
        #expect(collector.records[1].isExternal == false)
    }
}
