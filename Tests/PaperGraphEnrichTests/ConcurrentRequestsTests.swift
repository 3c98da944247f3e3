import Foundation
import Synchronization
import Testing
import LoopbackServer
@testable import PaperGraphEnrich

/// Several requests in flight: bounded by the connections asked for, answers and records in
/// request order, rate limits booked across threads, and a run whose outcome does not depend on it.
@Suite("Concurrent requests")
struct ConcurrentRequestsTests {
    /// A server answering each `/n` with `{"n": n}` after `delay` seconds (a real wait).
    private func slowServer(delay: Double) throws -> LoopbackServer {
        prepareLoopbackEnvironment()
        return try LoopbackServer { request in
            var response = ServedResponse.json("{\"n\": \(request.path.dropFirst())}")
            response.delivery = .delayed(delay)
            return response
        }
    }

    /// A generous deadline: the answers take 0.4 s at most, and on a loaded CI machine (the whole suite running in
    /// parallel on 2 cores) a 5 s deadline was once missed, so the requests were sent again and recorded twice more.
    private func session(connections: Int) -> RequestSession {
        RequestSession(mode: .online, transport: URLSessionTransport(maximumConnections: connections), clock: ManualClock(),
                       timeout: 30, rates: [.openalex: 1000], connections: connections, jitter: { 0 })
    }

    /// Sends the batch through a context's `concurrently`, the one way requests go out together.
    private func fetchAll(_ session: RequestSession, _ batch: [PlannedRequest]) -> [FetchOutcome] {
        let cache = EnrichCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("concurrent-\(UUID())").path)
        return ServiceContext(session: session, cache: cache).concurrently(batch, request: { $0 }, fetched: { _, outcome, _ in outcome })
    }

    private func batch(_ server: LoopbackServer, count: Int) -> [PlannedRequest] {
        (0..<count).map { PlannedRequest(HTTPRequest(url: URL(string: server.baseURL + "/\($0)")!), source: .openalex, cost: .singleton) }
    }

    @Test("four connections: four requests in flight at once, outcomes and records in request order")
    func fourInFlight() throws {
        let server = try slowServer(delay: 0.4)
        let session = session(connections: 4)
        let outcomes = fetchAll(session, batch(server, count: 8))
        let numbers = outcomes.map { outcome -> Double? in
            if case .response(_, let json) = outcome { json?["n"]?.doubleValue } else { nil }
        }
        #expect(numbers == (0..<8).map(Double.init))
        #expect(server.mostInFlight == 4)
        #expect(session.requests.map(\.url) == (0..<8).map { server.baseURL + "/\($0)" }, "server saw \(server.requests.map(\.path)), log: \(session.log)")
        #expect(session.answered == 8)
    }

    @Test("one connection: one request at a time")
    func oneInFlight() throws {
        let server = try slowServer(delay: 0.05)
        let session = session(connections: 1)
        _ = fetchAll(session, batch(server, count: 4))
        #expect(server.mostInFlight == 1)
        #expect(server.requests.map(\.path) == ["/0", "/1", "/2", "/3"])
    }

    @Test("progress counts every logical request, batch by batch")
    func progress() throws {
        let server = try slowServer(delay: 0)
        let seen = Mutex<[RequestProgress]>([])
        let session = RequestSession(mode: .online, transport: URLSessionTransport(), clock: ManualClock(), timeout: 5,
                                     rates: [.openalex: 1000], connections: 3, jitter: { 0 },
                                     progress: { p in seen.withLock { $0.append(p) } })
        _ = fetchAll(session, batch(server, count: 5))
        _ = fetchAll(session, batch(server, count: 2))
        let reports = seen.withLock { $0 }
        #expect(reports.count == 7)
        #expect(reports.map(\.finished).sorted() == Array(1...7))
        #expect(reports.last == RequestProgress(finished: 7, planned: 7, batchFinished: 2, batchSize: 2))
        #expect(reports.prefix(5).map(\.batchFinished).sorted() == Array(1...5))
    }

    @Test("each answer is cached as it arrives, not when the whole batch is done")
    func cachedOnArrival() throws {
        prepareLoopbackEnvironment()
        let server = try LoopbackServer { request in
            let doi = String(request.path.dropFirst("/works/".count))
            var response = ServedResponse.json("{\"message\": {\"DOI\": \"\(doi)\", \"title\": [\"T\"]}}")
            if doi.hasSuffix("slow") { response.delivery = .delayed(3) }
            return response
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrival-\(UUID())").path
        let session = RequestSession(mode: .online, transport: URLSessionTransport(maximumConnections: 3), clock: ManualClock(),
                                     timeout: 10, rates: [.crossref: 1000], connections: 3, jitter: { 0 })
        let context = ServiceContext(session: session, cache: EnrichCache(directory: folder))
        let dois = ["10.1000/slow", "10.1000/a", "10.1000/b", "10.1000/c"]
        let finished = Mutex(false)
        let done = DispatchSemaphore(value: 0)
        let client = CrossrefClient(baseURL: server.baseURL)
        Thread {
            _ = client.works(dois: dois, context: context)
            finished.withLock { $0 = true }
            done.signal()
        }.start()
        let cache = EnrichCache(directory: folder)
        let deadline = Date().addingTimeInterval(2.5)
        var fastCached = false
        while Date() < deadline && !fastCached {
            fastCached = dois.dropFirst().allSatisfy { cache.answer(for: CacheKey(.crossref, "doi", $0)) != nil }
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(fastCached, "the three fast answers are on disk while the slow one is still on its way")
        #expect(finished.withLock { !$0 })
        done.wait()
        #expect(cache.answer(for: CacheKey(.crossref, "doi", "10.1000/slow")) != nil)
    }

    @Test("slots booked at the same moment are spaced 1/rate apart")
    func bookings() {
        var limiter = RateLimiter(rate: 2)
        let waits = (0..<4).map { _ in limiter.reserve(now: 10) }
        #expect(waits == [0, 0.5, 1.0, 1.5])
        #expect(limiter.reserve(now: 13) == 0)
    }

    @Test("jobs run once each, at most `width` at a time, results in order")
    func concurrentWork() {
        let running = Mutex<(now: Int, most: Int, runs: [Int])>((0, 0, []))
        let results = ConcurrentWork.map(0..<40, width: 3) { i -> Int in
            running.withLock { s in
                s.now += 1
                s.most = max(s.most, s.now)
                s.runs.append(i)
            }
            Thread.sleep(forTimeInterval: 0.005)
            running.withLock { $0.now -= 1 }
            return i * i
        }
        #expect(results == (0..<40).map { $0 * $0 })
        let state = running.withLock { $0 }
        #expect(state.runs.sorted() == Array(0..<40))
        #expect((2...3).contains(state.most))
    }

    @Test("a whole run with four connections finds and records exactly what one connection does")
    func sameRunWhateverTheConnections() throws {
        func run(_ connections: Int) throws -> (EnrichResult, [String], [String], Int) {
            let world = try FixtureWorld()
            let context = world.context(connections: connections)
            let result = world.enricher().run(try FixtureWorld.targets(), context: context)
            let strip = { (text: String) in text.replacingOccurrences(of: world.server.baseURL, with: "") }
            return (result, context.session.requests.map { strip($0.url) }, context.session.log.map(strip), context.session.retries)
        }
        let (one, oneRequests, oneLog, oneRetries) = try run(1)
        let (four, fourRequests, fourLog, fourRetries) = try run(4)
        #expect(four.matches == one.matches)
        #expect(four.names == one.names)
        #expect(String(describing: four.unmatched) == String(describing: one.unmatched))
        let counts = { (r: EnrichResult) -> [Int] in [r.referenceCount, r.distinctExternal, r.sharedExternal, r.titleSearches] }
        #expect(counts(four) == counts(one))
        #expect(fourRequests == oneRequests)
        #expect(fourLog == oneLog)
        #expect(fourRetries == oneRetries)
        #expect(oneRequests.count > 5)
    }
}
