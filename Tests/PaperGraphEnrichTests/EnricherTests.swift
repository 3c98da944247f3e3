import Foundation
import Testing
import LoopbackServer
import PaperGraphModel
@testable import PaperGraphEnrich

/// The whole enrichment against the fixture services; expected values computed by hand in
/// Fixtures/README.md's terms (see the comments).
@Suite("Enricher against the loopback services")
struct EnricherTests {
    @Test("matches by arXiv id, DOI and title; refuses the ambiguous title; names the shared external works")
    func matchesAndNames() throws {
        let world = try FixtureWorld()
        let targets = try FixtureWorld.targets()
        let context = world.context()
        let result = world.enricher().run(targets, context: context)

        let methods = Dictionary(uniqueKeysWithValues: result.matches.map { (targets[$0.target].key, $0.method) })
        #expect(methods == ["transformer": .arxiv, "bert": .arxiv, "resnet": .doi, "adam": .title])
        let unmatched = Dictionary(uniqueKeysWithValues: result.unmatched.map { (targets[$0.target].key, $0.reason) })
        guard case .ambiguous(let candidates)? = unmatched["deep-learning"] else {
            Issue.record("expected the title 'Deep Learning' to be ambiguous, found \(String(describing: unmatched["deep-learning"]))")
            return
        }
        #expect(candidates.count == 2)
        guard case .notFound? = unmatched["nobody"] else { Issue.record("nobody should be not found"); return }

        // References: Transformer 6 (OpenAlex beats S2's 2), BERT 2 (OpenAlex's arXiv record lists none),
        // ResNet 3, Adam 1.
        let bySource = Dictionary(uniqueKeysWithValues: result.matches.map { (targets[$0.target].key, ($0.referenceSource, $0.references.count)) })
        #expect(bySource["transformer"]! == (.openalex, 6))
        #expect(bySource["bert"]! == (.s2, 2))
        #expect(bySource["resnet"]! == (.openalex, 3))
        #expect(bySource["adam"]! == (.openalex, 1))
        #expect(result.referenceCount == 12)
        // Outside the list: LayerNorm, Bahdanau, seq2seq, LSTM, ELMo (title only), BatchNorm, AlexNet.
        #expect(result.distinctExternal == 7)
        // LSTM (Transformer, ResNet) and AlexNet (ResNet, Adam).
        #expect(result.sharedExternal == 2)
        #expect(result.names["openalex:" + W(14)]?.title == "Long Short-Term Memory")
        #expect(result.names["openalex:" + W(16)]?.title == "ImageNet Classification with Deep Convolutional Neural Networks")
        #expect(result.names["openalex:" + W(11)] == nil, "cited by one paper only: not named by default")

        // 3 title searches, 1 OpenAlex DOI batch, 1 S2 batch, 1 batch of names.
        #expect(context.session.requests.count == 6)
        #expect(context.session.requests.filter { $0.cost == .search }.count == 3)
        #expect(context.session.retries == 0)
        #expect(result.titleSearches == 3)
    }

    @Test("a second run makes zero requests and finds the same")
    func secondRunFromCache() throws {
        let world = try FixtureWorld()
        let targets = try FixtureWorld.targets()
        let first = world.enricher().run(targets, context: world.context())
        world.server.resetRequests()
        let again = world.context()
        let second = world.enricher().run(targets, context: again)
        #expect(world.server.requests.isEmpty)
        #expect(again.session.requests.isEmpty)
        #expect(second.matches == first.matches)
        #expect(second.names == first.names)
    }

    @Test("offline: from the cache only, saying what is missing")
    func offline() throws {
        let world = try FixtureWorld()
        let targets = try FixtureWorld.targets()
        let empty = world.context(mode: .offline)
        let nothing = world.enricher().run(targets, context: empty)
        #expect(world.server.requests.isEmpty)
        #expect(nothing.matches.isEmpty)
        #expect(empty.uncached.count >= 5, "3 searches and 3 DOIs at least")
        let online = world.enricher().run(targets, context: world.context())
        world.server.resetRequests()
        let cached = world.context(mode: .offline)
        let fromCache = world.enricher().run(targets, context: cached)
        #expect(world.server.requests.isEmpty)
        #expect(cached.uncached.isEmpty)
        #expect(fromCache.matches == online.matches)
    }

    @Test("dry run sends nothing and lists the first requests with their cost")
    func dryRun() throws {
        let world = try FixtureWorld()
        let context = world.context(mode: .dryRun)
        _ = world.enricher().run(try FixtureWorld.targets(), context: context)
        #expect(world.server.requests.isEmpty)
        // 3 searches, then the OpenAlex batch of 3 DOIs; S2 and names depend on those answers.
        let costs = context.session.requests.map(\.cost)
        #expect(costs.filter { $0 == .search }.count == 3)
        #expect(costs.filter { $0 == .list }.count == 1)
    }

    @Test("the cache is per work: one more paper costs one entity, not the batch again")
    func perEntityCache() throws {
        let world = try FixtureWorld()
        let client = world.openAlex
        _ = client.works(dois: ["10.1109/cvpr.2016.90", "10.1162/neco.1997.9.8.1735"], context: world.context())
        world.server.resetRequests()
        let answers = client.works(dois: ["10.1109/cvpr.2016.90", "10.1162/neco.1997.9.8.1735", "10.1038/nature14539"],
                                   context: world.context())
        #expect(answers.values.allSatisfy { $0.work != nil })
        let requests = world.server.requests
        #expect(requests.count == 1)
        #expect(requests.first?.parameter("filter") == "doi:10.1038/nature14539")
    }

    @Test("a merged OpenAlex work (301) is followed, and a W-id missing from a batch is asked alone")
    func mergedWork() throws {
        let world = try FixtureWorld()
        let context = world.context()
        let answers = world.openAlex.works(ids: [W(99), W(1)], context: context)
        #expect(answers[W(99)]?.work?.identifiers.openAlex == W(14))
        #expect(answers[W(1)]?.work?.title == "Attention Is All You Need")
        let paths = world.server.requests.map(\.path)
        #expect(paths == ["/openalex/works", "/openalex/works/\(W(99))", "/openalex/works/\(W(14))"])
        #expect(context.session.log.contains { $0.contains("merged into \(W(14))") })
    }

    @Test("OpenAlex 429 means the budget is spent: OpenAlex is dropped for the run and S2 answers")
    func openAlexBudgetSpent() throws {
        let world = try FixtureWorld()
        world.services.inject(.init(match: "/openalex/", count: 100, response: .json("{\"error\":\"budget\"}", status: 429)))
        let targets = [EnrichTarget(key: "bert", title: "BERT", identifiers: .init(arxiv: "1810.04805"))]
        let context = world.context()
        let result = world.enricher().run(targets, context: context)
        #expect(context.session.disabled[.openalex] != nil)
        #expect(context.session.requestCount(.openalex) == 1, "no retry of a spent budget")
        #expect(result.matches.first?.referenceSource == .s2)
        #expect(result.matches.first?.references.count == 2)
    }

    @Test("two of the user's records resolving to the same work are reported as one")
    func sameWorkTwice() throws {
        let world = try FixtureWorld()
        let targets = [
            EnrichTarget(key: "resnet-cvpr", title: "Deep Residual Learning", identifiers: .init(doi: "10.1109/CVPR.2016.90")),
            EnrichTarget(key: "resnet-arxiv", title: "Deep Residual Learning", identifiers: .init(arxiv: "1512.03385")),
        ]
        let result = world.enricher().run(targets, context: world.context())
        #expect(result.matches.count == 2)
        #expect(result.sameWork == [[0, 1]])
    }

    @Test("Crossref as the only source: the deposited reference list, DOIs and title-only entries")
    func crossrefReferences() throws {
        let world = try FixtureWorld()
        var options = EnrichOptions()
        options.sources = [.crossref]
        let targets = [EnrichTarget(key: "resnet", title: "", identifiers: .init(doi: "10.1109/CVPR.2016.90")),
                       EnrichTarget(key: "bert", title: "", identifiers: .init(doi: "10.48550/arXiv.1810.04805"))]
        let context = world.context()
        let result = world.enricher(options).run(targets, context: context)
        #expect(result.matches.map(\.target) == [0])
        let references = result.matches[0].references
        #expect(references.map(\.identifiers.doi) == ["10.1162/neco.1997.9.8.1735", nil])
        #expect(references[1].title?.hasPrefix("Batch normalization") == true)
        // The arXiv DOI is DataCite's: not asked.
        #expect(world.server.requests.count == 1)
    }

    @Test("--citing: papers citing a matched paper become its citers")
    func citing() throws {
        let world = try FixtureWorld()
        var options = EnrichOptions()
        options.citing = 5
        let targets = [EnrichTarget(key: "lstm", title: "", identifiers: .init(doi: "10.1162/neco.1997.9.8.1735"))]
        let result = world.enricher(options).run(targets, context: world.context())
        let citers = Set(result.matches[0].citing.compactMap(\.identifiers.openAlex))
        #expect(citers == [W(1), W(3)])
        #expect(result.matches[0].citingSource == .openalex)
    }
}

@Suite("Semantic Scholar batches")
struct SemanticScholarBatchTests {
    @Test("a batch refused as too large is halved until it passes; unknown ids are null → missing")
    func adaptiveBatch() throws {
        let world = try FixtureWorld()
        world.services.s2MaximumBatch.withLock { $0 = 1 }
        let client = SemanticScholarClient(baseURL: world.server.baseURL + "/s2", batchSize: 4)
        let context = world.context()
        let answers = client.papers(ids: ["ARXIV:1810.04805", "ARXIV:1706.03762", "DOI:10.1109/CVPR.2016.90", "ARXIV:0000.00000"],
                                    context: context)
        #expect(answers["ARXIV:1810.04805"]?.work?.title?.hasPrefix("BERT") == true)
        #expect(answers["DOI:10.1109/CVPR.2016.90"]?.work?.identifiers.arxiv == "1512.03385")
        #expect(answers["ARXIV:0000.00000"] == .missing)
        // 4 refused, 2 refused, then four of 1.
        #expect(world.server.requests.count == 6)
        #expect(context.session.log.contains { $0.contains("batches of 1") })
    }
}
