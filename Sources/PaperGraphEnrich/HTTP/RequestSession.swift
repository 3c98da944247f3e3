import Foundation
import PaperGraphIO

/// What a request costs from OpenAlex's daily budget (https://docs.openalex.org, "Pricing"):
/// singleton lookups are free, list/filter calls about $0.10 per 1,000, searches about $1 per 1,000.
public enum RequestCost: String, Sendable, Hashable, CaseIterable {
    case singleton, list, search

    /// Estimated US dollars for one OpenAlex request of this kind.
    public var dollars: Double {
        switch self {
        case .singleton: 0
        case .list: 0.10 / 1000
        case .search: 1.0 / 1000
        }
    }
}

/// How a run may use the network.
public enum NetworkMode: Sendable, Hashable {
    /// Ask the services for whatever the cache lacks.
    case online
    /// Answer from the cache only; what is missing is counted, not fetched.
    case offline
    /// Send nothing; record the requests that would be sent.
    case dryRun
}

/// A request that was (or, in a dry run, would have been) sent.
public struct RequestRecord: Sendable, Hashable {
    public var source: EnrichSource
    public var method: String
    /// The URL with secrets redacted.
    public var url: String
    public var cost: RequestCost
}

/// The answer to one logical request after retries.
public enum FetchOutcome: Sendable {
    /// An HTTP answer; `json` is its parsed body when the status is 2xx and the body parsed.
    case response(HTTPResponse, json: JSONValue?)
    /// No usable answer after the allowed attempts.
    case failed(String)
    /// Not sent: offline, dry run, or the source was given up for this run.
    case notSent
}

/// One request to send, with what it is for.
public struct PlannedRequest: Sendable {
    public var request: HTTPRequest
    public var source: EnrichSource
    public var cost: RequestCost
    /// Whether a 2xx body must parse as JSON (see ``RequestSession/fetch(_:source:cost:expectJSON:)``).
    public var expectJSON: Bool

    public init(_ request: HTTPRequest, source: EnrichSource, cost: RequestCost, expectJSON: Bool = true) {
        self.request = request
        self.source = source
        self.cost = cost
        self.expectJSON = expectJSON
    }
}

/// How far the requests of a run have got, for a progress line.
public struct RequestProgress: Sendable, Hashable {
    /// Logical requests answered or given up (retries not counted), since the run began.
    public var finished: Int
    /// Logical requests handed to the session so far (each batch adds its size when it starts).
    public var planned: Int
    /// Of the current batch: finished and total, the basis of an estimate of the time left.
    public var batchFinished: Int
    public var batchSize: Int

    public init(finished: Int = 0, planned: Int = 0, batchFinished: Int = 0, batchSize: Int = 0) {
        self.finished = finished
        self.planned = planned
        self.batchFinished = batchFinished
        self.batchSize = batchSize
    }
}

/// Sends requests for every source of one run: per-source rate limits, deadlines, bounded retries
/// with exponential backoff and jitter honouring `Retry-After`, up to ``connections`` requests in
/// flight, and counters for the summary.
///
/// A session is driven from one thread. A batch (``ServiceContext``'s `concurrently`) is sent on
/// several threads, each request through a child session that shares the rate limiters and the
/// sources given up (behind one lock) and keeps its own records; the children are folded back in
/// request order, so the records, counters and log are the same whatever the timing.
public final class RequestSession: @unchecked Sendable {
    public let mode: NetworkMode
    private let transport: any HTTPTransport
    private let clock: any EnrichClock
    private let jitter: @Sendable () -> Double
    /// Seconds allowed for one attempt, enforced by the transport.
    public let timeout: Double
    /// The default of ``timeout``.
    public static let defaultTimeout: Double = 20
    /// Requests of a batch sent at the same time; 1 sends them one after another.
    public let connections: Int
    private let policies: [EnrichSource: RetryPolicy]
    private let shared: SharedLimits

    /// Requests sent (or planned, in a dry run), in order.
    public private(set) var requests: [RequestRecord] = []
    /// HTTP answers received (any status): zero after requests means no source could be reached.
    public private(set) var answered = 0
    /// Attempts repeated after a retryable failure.
    public private(set) var retries = 0
    /// One line per problem worth telling the user (already redacted).
    public private(set) var log: [String] = []

    /// - Parameters:
    ///   - rates: Requests per second for each source (see ``EnrichSource/defaultRate``).
    ///   - connections: Requests of a batch in flight at once (at least 1).
    ///   - jitter: Numbers in [0, 1) for the backoff; tests pass a constant.
    ///   - progress: Called after each logical request (from the thread that finished it).
    public init(mode: NetworkMode, transport: any HTTPTransport, clock: any EnrichClock = SystemClock(),
                timeout: Double = defaultTimeout, rates: [EnrichSource: Double] = [:], policies: [EnrichSource: RetryPolicy] = [:],
                connections: Int = 1, jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
                progress: (@Sendable (RequestProgress) -> Void)? = nil) {
        self.mode = mode
        self.transport = transport
        self.clock = clock
        self.timeout = timeout
        self.jitter = jitter
        self.connections = max(1, connections)
        var limiters: [EnrichSource: RateLimiter] = [:]
        var allPolicies: [EnrichSource: RetryPolicy] = [:]
        for source in EnrichSource.allCases {
            limiters[source] = RateLimiter(rate: rates[source] ?? source.defaultRate)
            allPolicies[source] = policies[source] ?? source.retryPolicy
        }
        self.policies = allPolicies
        shared = SharedLimits(limiters: limiters, progress: progress)
    }

    private init(childOf parent: RequestSession) {
        mode = parent.mode
        transport = parent.transport
        clock = parent.clock
        timeout = parent.timeout
        jitter = parent.jitter
        connections = 1
        policies = parent.policies
        shared = parent.shared
    }

    /// Sources given up for this run, with the reason (OpenAlex's daily budget spent, ...).
    public var disabled: [EnrichSource: String] { shared.state.withLock { $0.disabled } }

    /// Requests actually sent or planned to `source`.
    public func requestCount(_ source: EnrichSource) -> Int { requests.lazy.filter { $0.source == source }.count }

    /// Stops using `source` for the rest of the run.
    public func disable(_ source: EnrichSource, reason: String) {
        let first = shared.state.withLock { state in
            guard state.disabled[source] == nil else { return false }
            state.disabled[source] = reason
            return true
        }
        if first { log.append("\(source.displayName): \(reason)") }
    }

    /// Notes a problem for the summary.
    public func note(_ line: String) { log.append(Redaction.redacted(line)) }

    /// Sends `request` to `source`, retrying what is worth retrying.
    ///
    /// - Parameters:
    ///   - expectJSON: Whether a 2xx body must parse as JSON; one that does not (truncated, or
    ///     an HTML error page) is retried like a transport failure.
    /// - Complexity: At most ``RetryPolicy/maximumAttempts`` requests.
    public func fetch(_ request: HTTPRequest, source: EnrichSource, cost: RequestCost, expectJSON: Bool = true) -> FetchOutcome {
        beginBatch(1)
        return send(PlannedRequest(request, source: source, cost: cost, expectJSON: expectJSON))
    }

    // MARK: - Batches (see ServiceContext.concurrently)

    /// A batch of `count` logical requests starts (for the progress line).
    func beginBatch(_ count: Int) { shared.begin(batch: count) }

    /// A session for one request of a batch: the same limits and sources given up, records of its own.
    func child() -> RequestSession { RequestSession(childOf: self) }

    /// Takes over a child's records, counters and log lines, after those already here.
    func absorb(_ child: RequestSession) {
        requests += child.requests
        answered += child.answered
        retries += child.retries
        log += child.log
    }

    /// Sends one logical request (with its retries) and counts it as finished.
    func send(_ planned: PlannedRequest) -> FetchOutcome {
        let outcome = attempt(planned)
        shared.finishOne()
        return outcome
    }

    private func attempt(_ planned: PlannedRequest) -> FetchOutcome {
        let (request, source) = (planned.request, planned.source)
        if shared.state.withLock({ $0.disabled[source] != nil }) { return .notSent }
        let record = RequestRecord(source: source, method: request.method, url: request.redactedURL, cost: planned.cost)
        switch mode {
        case .offline: return .notSent
        case .dryRun:
            requests.append(record)
            return .notSent
        case .online: break
        }
        let policy = policies[source] ?? RetryPolicy()
        var lastProblem = ""
        for attempt in 1...max(1, policy.maximumAttempts) {
            if attempt > 1 { retries += 1 }
            let wait = shared.state.withLock { $0.limiters[source]?.reserve(now: clock.now()) ?? 0 }
            if wait > 0 { clock.sleep(wait) }
            requests.append(record)
            var retryAfter: Double?
            switch transport.send(request, timeout: timeout) {
            case .failure(let error):
                lastProblem = Self.describe(error, timeout: timeout)
            case .success(let response):
                answered += 1
                adaptRate(source, to: response)
                if (200..<300).contains(response.status) {
                    guard planned.expectJSON else { return .response(response, json: nil) }
                    if let json = try? JSONParser.parse(Array(response.body), path: request.redactedURL) {
                        return .response(response, json: json)
                    }
                    let type = response.header("content-type") ?? "no content type"
                    lastProblem = "the body is not complete JSON (\(response.body.count) bytes, \(type))"
                } else if policy.retryableStatuses.contains(response.status) {
                    lastProblem = "HTTP \(response.status)"
                    retryAfter = RetryPolicy.retryAfterSeconds(response.header("retry-after"), now: Date().timeIntervalSince1970)
                } else {
                    return .response(response, json: nil)
                }
            }
            guard attempt < policy.maximumAttempts else { break }
            guard let wait = policy.delay(beforeRetry: attempt, retryAfter: retryAfter, unit: jitter()) else {
                lastProblem += "; Retry-After asks for more than \(Int(policy.maximumRetryAfter)) s"
                break
            }
            shared.state.withLock { $0.limiters[source]?.pause(wait, now: clock.now()) }
        }
        let line = "\(request.method) \(request.redactedURL): \(lastProblem) after \(policy.maximumAttempts) attempt(s)"
        log.append(line)
        return .failed(lastProblem)
    }

    private static func describe(_ error: TransportError, timeout: Double) -> String {
        switch error {
        case .timeout: String(format: "no answer within %.3g s", timeout)
        case .connection(let reason): "connection failed: \(Redaction.redacted(reason))"
        case .notSent(let reason): reason
        }
    }

    /// Crossref announces its limits in `x-rate-limit-limit` and `x-rate-limit-interval` (`1s`).
    private func adaptRate(_ source: EnrichSource, to response: HTTPResponse) {
        guard let limit = response.header("x-rate-limit-limit").flatMap(Double.init) else { return }
        let intervalText = response.header("x-rate-limit-interval") ?? "1s"
        let interval = Double(intervalText.filter { $0.isNumber || $0 == "." }) ?? 1
        shared.state.withLock { $0.limiters[source]?.lower(toAtMost: limit, per: interval) }
    }
}
