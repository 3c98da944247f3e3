import Foundation
import Testing
import GraphAlgorithms
import PaperGraphModel
@testable import PaperGraphIO

/// The `.pgraph` of a generated graph written from its columns (``PGraphWriter/write(synthetic:toPath:)``)
/// against the general writer's file of `PaperGraph(synthetic:)`.
@Suite("Generated graphs written straight to .pgraph")
struct PGraphSyntheticWriterTests {
    static let cases: [SyntheticCitationGraphOptions] = [
        .init(paperCount: 0),
        .init(paperCount: 1),
        .init(paperCount: 2, referencesPerPaper: 1),
        .init(paperCount: 300, seed: 7),
        .init(paperCount: 300, seed: 7, shuffle: true),
        .init(paperCount: 1_200, referencesPerPaper: 6, seed: 3, topicCount: 1, shuffle: true),
        .init(paperCount: 500, referencesPerPaper: 0, seed: 9, topicCount: 5, maxAuthorsPerPaper: 1),
        .init(paperCount: 2_000, referencesPerPaper: 12, seed: 11, topicCount: 40, topicLocality: 0.3,
              maxAuthorsPerPaper: 8, firstYear: 2024, lastYear: 2025, shuffle: true),
    ]

    @Test("the same bytes as the general writer of the built graph", arguments: cases)
    func sameBytes(_ options: SyntheticCitationGraphOptions) throws {
        let synthetic = SyntheticCitationGraph(options: options)
        let streamed = PGraphWriter.bytes(of: try PGraphWriter.layout(synthetic: synthetic))
        #expect(streamed == (try PGraphWriter.bytes(for: PaperGraph(synthetic: synthetic))))
    }

    @Test("the file reads back with the generated names, years, bylines and counts")
    func readsBack() throws {
        let options = SyntheticCitationGraphOptions(paperCount: 400, seed: 5, shuffle: true)
        let synthetic = SyntheticCitationGraph(options: options)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pgraph-synthetic-\(UUID().uuidString).pgraph")
        defer { try? FileManager.default.removeItem(at: url) }
        try PGraphWriter.write(synthetic: synthetic, toPath: url.path)
        let graph = try PGraphReader.readGraph(atPath: url.path)
        #expect(graph.papers.count == 400 && graph.citations == synthetic.citations)
        #expect(graph.papers[123].key == "123" && graph.papers[123].title == "Synthetic paper 123")
        #expect(graph.papers.map(\.year) == synthetic.years.map { Int($0) })
        #expect(graph.papers.allSatisfy { $0.kind == .paper && $0.status == .unread && !$0.isExternal })
        let v = 77, byline = synthetic.authorIDs[Int(synthetic.authorOffsets[v])..<Int(synthetic.authorOffsets[v + 1])]
        #expect(graph.papers[v].authors.map(\.rawValue) == Array(byline))
        #expect(graph.authors.count == synthetic.authorCount && graph.authors.last?.name == "Author \(synthetic.authorCount - 1)")
        #expect(graph.topics.map(\.key) == (0..<20).map { "topic-\($0)" } && graph.topics[19].name == "Topic 19")
        let statistics = try #require(try PGraphReader.readStatistics(atPath: url.path))
        #expect(statistics.papers == 400 && statistics.unread == 400 && statistics.citations == synthetic.citations.edgeCount)
        #expect(statistics.cyclicGroups == 0 && statistics.citationsBySource.isEmpty)
        #expect(statistics.authors == synthetic.authorCount && statistics.topics == 20)
    }
}
