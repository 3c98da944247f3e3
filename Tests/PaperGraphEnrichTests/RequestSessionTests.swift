import Foundation
import Testing
import LoopbackServer
@testable import PaperGraphEnrich

/// Retries, deadlines and fault handling against the loopback server, with a clock that never sleeps.
@Suite("Request session: retries, timeouts and faults")
struct RequestSessionTests {
    /// A server answering `{"ok": true}` after the injected faults.
    private func server(faults: [ServedResponse]) throws -> (LoopbackServer, URL) {
        prepareLoopbackEnvironment()
        let remaining = FaultQueue(faults)
        let server = try LoopbackServer { _ in remaining.next() ?? .json("{\"ok\": true}") }
        return (server, URL(string: server.baseURL + "/thing?api_key=SECRET123&x=1")!)
    }

    private func session(_ clock: ManualClock, source: EnrichSource = .s2, attempts: Int = 4, timeout: Double = 30) -> RequestSession {
        var policy = source.retryPolicy
        policy.maximumAttempts = attempts
        return RequestSession(mode: .online, transport: URLSessionTransport(), clock: clock, timeout: timeout,
                              rates: [source: 1000], policies: [source: policy], jitter: { 0 })
    }

    @Test("429 with Retry-After waits what the server asks, then succeeds")
    func retryAfter() throws {
        let (server, url) = try server(faults: [.json("{}", status: 429, headers: [("Retry-After", "7")])])
        let clock = ManualClock()
        let session = session(clock)
        guard case .response(let response, let json) = session.fetch(HTTPRequest(url: url), source: .s2, cost: .singleton) else {
            Issue.record("expected an answer"); return
        }
        #expect(response.status == 200 && json?["ok"]?.boolValue == true)
        #expect(server.requests.count == 2)
        #expect(session.retries == 1)
        #expect(clock.sleeps.reduce(0, +) >= 7 && clock.sleeps.reduce(0, +) < 7.01)
    }

    @Test("429 without Retry-After and 500 back off exponentially: 0.25 s, 0.5 s with jitter 0")
    func exponentialBackoff() throws {
        let (server, url) = try server(faults: [.json("{}", status: 429), .json("{}", status: 500)])
        let clock = ManualClock()
        let session = session(clock)
        guard case .response(let response, _) = session.fetch(HTTPRequest(url: url), source: .s2, cost: .singleton) else {
            Issue.record("expected an answer"); return
        }
        #expect(response.status == 200)
        #expect(server.requests.count == 3)
        // base 0.5 · 2^(n-1) · (0.5 + 0.5 · jitter) with jitter 0.
        #expect(clock.sleeps.map { ($0 * 1000).rounded() } == [250, 500])
    }

    @Test("retries are bounded: 500 forever gives up after the allowed attempts and says so")
    func bounded() throws {
        let (server, url) = try server(faults: Array(repeating: .json("{}", status: 500), count: 10))
        let clock = ManualClock()
        let session = session(clock, attempts: 3)
        guard case .failed(let reason) = session.fetch(HTTPRequest(url: url), source: .s2, cost: .singleton) else {
            Issue.record("expected a failure"); return
        }
        #expect(reason == "HTTP 500")
        #expect(server.requests.count == 3)
        #expect(session.retries == 2)
        #expect(session.log.count == 1 && session.log[0].contains("after 3 attempt(s)"))
        #expect(!session.log[0].contains("SECRET123") && session.log[0].contains("api_key=REDACTED"))
        #expect(session.requests.allSatisfy { !$0.url.contains("SECRET123") })
    }

    /// The slow first answer (1.5 s) must be abandoned at the 0.5 s deadline and the request sent again. On a
    /// loaded machine a prompt answer can miss the deadline too, so the test asks for at least one retry and one
    /// request per attempt, not exactly two: without the deadline the first answer would arrive with no retry.
    @Test("a slow answer past a sub-second timeout is abandoned and retried")
    func slowAnswer() throws {
        let (server, url) = try server(faults: [ServedResponse(status: 200, body: Data("{}".utf8), delivery: .delayed(1.5))])
        let session = session(ManualClock(), timeout: 0.5)
        let outcome = session.fetch(HTTPRequest(url: url), source: .s2, cost: .singleton)
        guard case .response(let response, let json) = outcome else { Issue.record("expected an answer"); return }
        #expect(response.status == 200 && json?["ok"]?.boolValue == true)
        #expect(session.retries >= 1)
        #expect(server.requests.count == session.retries + 1)
    }

    /// The one wall-clock check: a single attempt, no retry or reconnection inside the measured span, and a
    /// margin of 0.7 s between the deadline (0.3 s) and what libcurl's whole-second rounding would give (≥ 1 s).
    @Test("the transport enforces a sub-second deadline, not rounded up to whole seconds")
    func subSecondDeadline() throws {
        let (_, url) = try server(faults: [ServedResponse(status: 200, body: Data("{}".utf8), delivery: .delayed(5))])
        let transport = URLSessionTransport()
        let started = ContinuousClock.now
        let result = transport.send(HTTPRequest(url: url), timeout: 0.3)
        let elapsed = ContinuousClock.now - started
        guard case .failure(.timeout) = result else { Issue.record("expected a timeout, got \(result)"); return }
        #expect(elapsed >= .milliseconds(300))
        #expect(elapsed < .seconds(1), "the 0.3 s deadline took \(elapsed)")
    }

    @Test("a truncated body, a reset connection and an HTML page are retried", arguments: [
        ServedResponse(status: 200, headers: [("Content-Type", "application/json")], body: Data("{\"results\": [1, 2, 3]}".utf8), delivery: .truncated),
        ServedResponse(status: 200, delivery: .reset),
        ServedResponse(status: 200, headers: [("Content-Type", "text/html")], body: Data("<html>maintenance</html>".utf8)),
    ])
    func faultsRetried(fault: ServedResponse) throws {
        let (server, url) = try server(faults: [fault])
        let session = session(ManualClock())
        guard case .response(_, let json) = session.fetch(HTTPRequest(url: url), source: .s2, cost: .singleton) else {
            Issue.record("expected an answer after the retry"); return
        }
        #expect(json?["ok"]?.boolValue == true)
        #expect(session.retries == 1)
        #expect(server.requests.count == 2)
    }

    @Test("a wrong content type that never heals is reported with the type")
    func wrongContentType() throws {
        let html = ServedResponse(status: 200, headers: [("Content-Type", "text/html")], body: Data("<html></html>".utf8))
        let (_, url) = try server(faults: Array(repeating: html, count: 5))
        let session = session(ManualClock(), attempts: 2)
        guard case .failed(let reason) = session.fetch(HTTPRequest(url: url), source: .s2, cost: .singleton) else {
            Issue.record("expected a failure"); return
        }
        #expect(reason.contains("text/html"))
    }

    @Test("OpenAlex 403 means slow down: retried; other 4xx are returned at once")
    func openAlexStatuses() throws {
        let (server, url) = try server(faults: [.json("{}", status: 403), .json("{}", status: 400)])
        let session = session(ManualClock(), source: .openalex)
        guard case .response(let response, _) = session.fetch(HTTPRequest(url: url), source: .openalex, cost: .list) else {
            Issue.record("expected an answer"); return
        }
        #expect(response.status == 400)
        #expect(server.requests.count == 2)
    }

    @Test("Retry-After asking for too long ends the retries instead of waiting")
    func retryAfterTooLong() throws {
        let (server, url) = try server(faults: [.json("{}", status: 503, headers: [("Retry-After", "3600")])])
        let clock = ManualClock()
        guard case .failed(let reason) = session(clock).fetch(HTTPRequest(url: url), source: .s2, cost: .singleton) else {
            Issue.record("expected a failure"); return
        }
        #expect(reason.contains("Retry-After"))
        #expect(clock.sleeps.isEmpty)
        #expect(server.requests.count == 1)
    }

    @Test("the rate limit spaces requests 1/rate apart on the injected clock")
    func rateLimit() {
        let clock = ManualClock()
        var limiter = RateLimiter(rate: 4)
        for _ in 0..<5 { limiter.acquire(clock) }
        #expect(clock.sleeps.map { ($0 * 1000).rounded() } == [250, 250, 250, 250])
        limiter.lower(toAtMost: 50, per: 1)
        #expect(limiter.rate == 4)
        limiter.lower(toAtMost: 1, per: 2)
        #expect(limiter.rate == 0.5)
    }

    @Test("Retry-After in both forms, and HTTP dates")
    func retryAfterForms() {
        #expect(RetryPolicy.retryAfterSeconds("120", now: 0) == 120)
        // 784111777 is Sun, 06 Nov 1994 08:49:37 GMT (RFC 9110's example).
        #expect(RetryPolicy.retryAfterSeconds("Sun, 06 Nov 1994 08:49:37 GMT", now: 784_111_777 - 30) == 30)
        #expect(RetryPolicy.retryAfterSeconds("soon", now: 0) == nil)
    }

    @Test("secrets are redacted from URLs")
    func redaction() {
        #expect(Redaction.redacted("https://x/works?filter=doi:1&api_key=abc&mailto=m") == "https://x/works?filter=doi:1&api_key=REDACTED&mailto=m")
        #expect(Redaction.redacted("https://x/works?api_key=abc") == "https://x/works?api_key=REDACTED")
        #expect(Redaction.redacted("https://x/works?my_api_key=abc") == "https://x/works?my_api_key=abc")
    }
}

/// Faults served once each, in order.
final class FaultQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var faults: [ServedResponse]
    init(_ faults: [ServedResponse]) { self.faults = faults }
    func next() -> ServedResponse? {
        lock.lock()
        defer { lock.unlock() }
        return faults.isEmpty ? nil : faults.removeFirst()
    }
}
