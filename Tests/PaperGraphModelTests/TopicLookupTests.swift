import Testing
import PaperGraphModel

@Suite("Topic lookup")
struct TopicLookupTests {
    private let graph = makeGraph([
        paper("a", topics: ["Attention Analysis", "Scaling Laws"]),
        paper("b", topics: ["Attention Efficiency"]),
    ])

    private func topic(_ name: String) throws -> TopicID { try #require(graph.topic(named: name)) }

    @Test("an exact key or name, in any case, wins over partial matches")
    func exact() throws {
        #expect(graph.lookUpTopic("scaling laws") == .found(try topic("Scaling Laws")))
        #expect(graph.lookUpTopic("ATTENTION ANALYSIS") == .found(try topic("Attention Analysis")))
    }

    @Test("a unique part of a name is found; a shared part lists every match in id order")
    func partial() throws {
        #expect(graph.lookUpTopic("efficien") == .found(try topic("Attention Efficiency")))
        #expect(graph.lookUpTopic("attention") == .ambiguous([try topic("Attention Analysis"), try topic("Attention Efficiency")]))
        #expect(graph.lookUpTopic("graphs") == .notFound)
    }
}
