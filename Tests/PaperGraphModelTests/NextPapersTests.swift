import Testing
import PaperGraphModel

@Suite("Next papers")
struct NextPapersTests {
    @Test("offers unread papers whose prerequisites and cited papers are all read")
    func fringe() {
        let graph = makeGraph([
            paper("a", 2010, status: .read),
            paper("b", 2012, cites: ["a"]),                 // ready: builds on a
            paper("c", 2014, cites: ["a", "b"]),            // not ready: b unread
            paper("d", 2015, needs: ["a"], status: .reading), // ready: reading counts as unread
            paper("e", 2016),                               // ready: builds on nothing, but far from a
            paper("f", 2017, cites: ["a"], status: .read),
        ])
        let next = graph.nextPapers()
        #expect(Set(graph.keys(next.map(\.paper))) == ["b", "d", "e"])
        #expect(graph[next.last!.paper].key == "e")
        #expect(next.first { graph[$0.paper].key == "b" }?.reasons == [.buildsOnRead([graph.id("a")])])
        #expect(next.map(\.score) == next.map(\.score).sorted(by: >))
    }

    @Test("with nothing read, starts from the papers that build on nothing")
    func nothingRead() {
        let graph = makeGraph([paper("a", cites: ["b"]), paper("b"), paper("c")])
        #expect(graph.keys(graph.nextPapers().map(\.paper)) == ["b", "c"])
    }
}
