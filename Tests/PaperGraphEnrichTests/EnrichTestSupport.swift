import Foundation
import Synchronization
import LoopbackServer
@testable import PaperGraphEnrich

/// A clock whose sleeps only advance its own time, recording each sleep.
final class ManualClock: EnrichClock, @unchecked Sendable {
    private let state = Mutex<(now: Double, sleeps: [Double])>((1000, []))
    func now() -> Double { state.withLock { $0.now } }
    func sleep(_ seconds: Double) { state.withLock { $0.now += seconds; $0.sleeps.append(seconds) } }
    var sleeps: [Double] { state.withLock { $0.sleeps } }
}

/// libcurl sends even 127.0.0.1 requests through `http_proxy`/`all_proxy` unless `no_proxy`
/// names it: set before the first request of every test.
func prepareLoopbackEnvironment() {
    setenv("no_proxy", "127.0.0.1,localhost", 1)
    setenv("NO_PROXY", "127.0.0.1,localhost", 1)
    for name in ["http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"] { unsetenv(name) }
}

let fixtureFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

/// A loopback server answering from the test fixtures, and clients pointed at it.
struct FixtureWorld {
    let services: FixtureServices
    let server: LoopbackServer
    let cacheFolder: String
    let clock = ManualClock()

    init() throws {
        prepareLoopbackEnvironment()
        let services = try FixtureServices(folder: fixtureFolder)
        self.services = services
        server = try LoopbackServer { services.respond($0) }
        cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-cache-\(UUID().uuidString)").path
    }

    var openAlex: OpenAlexClient { OpenAlexClient(baseURL: server.baseURL + "/openalex") }
    var semanticScholar: SemanticScholarClient { SemanticScholarClient(baseURL: server.baseURL + "/s2") }
    var crossref: CrossrefClient { CrossrefClient(baseURL: server.baseURL + "/crossref") }

    func enricher(_ options: EnrichOptions = EnrichOptions()) -> Enricher {
        Enricher(options: options, openAlex: openAlex, semanticScholar: semanticScholar, crossref: crossref)
    }

    /// A fresh session and context on the shared cache folder. The deadline is long (30 s) so that a
    /// loaded machine never turns a slow loopback answer into a retry; tests of deadlines pass their own.
    func context(mode: NetworkMode = .online, timeout: Double = 30, attempts: Int = 4, refresh: Bool = false,
                 connections: Int = 1) -> ServiceContext {
        var policies: [EnrichSource: RetryPolicy] = [:]
        for source in EnrichSource.allCases {
            var policy = source.retryPolicy
            policy.maximumAttempts = attempts
            policies[source] = policy
        }
        let session = RequestSession(mode: mode, transport: URLSessionTransport(), clock: clock, timeout: timeout,
                                     rates: [.openalex: 1000, .s2: 1000, .crossref: 1000], policies: policies,
                                     connections: connections, jitter: { 0 })
        return ServiceContext(session: session, cache: EnrichCache(directory: cacheFolder, ignoresExistingAnswers: refresh))
    }

    /// The test list's papers as targets.
    static func targets() throws -> [EnrichTarget] {
        [
            EnrichTarget(key: "transformer", title: "Attention Is All You Need", identifiers: .init(arxiv: "1706.03762")),
            EnrichTarget(key: "bert", title: "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
                         identifiers: .init(arxiv: "1810.04805")),
            EnrichTarget(key: "resnet", title: "Deep Residual Learning for Image Recognition", year: 2016,
                         identifiers: .init(doi: "10.1109/CVPR.2016.90")),
            EnrichTarget(key: "adam", title: "Adam: a method for stochastic optimization", year: 2015, authors: ["Diederik P. Kingma"]),
            EnrichTarget(key: "deep-learning", title: "Deep Learning", year: 2015),
            EnrichTarget(key: "nobody", title: "Notes on a Paper Nobody Indexed"),
        ]
    }
}

func W(_ n: Int) -> String { String(format: "W9000000%02d", n) }
