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

/// Sends requests for every source of one run: per-source rate limits, deadlines, bounded retries
/// with exponential backoff and jitter honouring `Retry-After`, and counters for the summary.
///
/// One session serves one run from one thread; it is a class because every source client shares
/// its limiters and counters.
public final class RequestSession {
    public let mode: NetworkMode
    private let transport: any HTTPTransport
    private let clock: any EnrichClock
    private let jitter: () -> Double
    /// Seconds allowed for one attempt, enforced by the transport.
    public let timeout: Double
    private var limiters: [EnrichSource: RateLimiter]
    private var policies: [EnrichSource: RetryPolicy]
    /// Sources given up for this run, with the reason (OpenAlex's daily budget spent, ...).
    public private(set) var disabled: [EnrichSource: String] = [:]

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
    ///   - jitter: Numbers in [0, 1) for the backoff; tests pass a constant.
    public init(mode: NetworkMode, transport: any HTTPTransport, clock: any EnrichClock = SystemClock(),
                timeout: Double = 20, rates: [EnrichSource: Double] = [:], policies: [EnrichSource: RetryPolicy] = [:],
                jitter: @escaping () -> Double = { Double.random(in: 0..<1) }) {
        self.mode = mode
        self.transport = transport
        self.clock = clock
        self.timeout = timeout
        self.jitter = jitter
        var limiters: [EnrichSource: RateLimiter] = [:]
        var allPolicies: [EnrichSource: RetryPolicy] = [:]
        for source in EnrichSource.allCases {
            limiters[source] = RateLimiter(rate: rates[source] ?? source.defaultRate)
            allPolicies[source] = policies[source] ?? source.retryPolicy
        }
        self.limiters = limiters
        self.policies = allPolicies
    }

    /// Requests actually sent or planned to `source`.
    public func requestCount(_ source: EnrichSource) -> Int { requests.lazy.filter { $0.source == source }.count }

    /// Stops using `source` for the rest of the run.
    public func disable(_ source: EnrichSource, reason: String) {
        guard disabled[source] == nil else { return }
        disabled[source] = reason
        log.append("\(source.displayName): \(reason)")
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
        if disabled[source] != nil { return .notSent }
        let record = RequestRecord(source: source, method: request.method, url: request.redactedURL, cost: cost)
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
            limiters[source]?.acquire(clock)
            requests.append(record)
            var retryAfter: Double?
            switch transport.send(request, timeout: timeout) {
            case .failure(let error):
                lastProblem = Self.describe(error, timeout: timeout)
            case .success(let response):
                answered += 1
                adaptRate(source, to: response)
                if (200..<300).contains(response.status) {
                    guard expectJSON else { return .response(response, json: nil) }
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
            limiters[source]?.pause(wait, clock: clock)
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
        limiters[source]?.lower(toAtMost: limit, per: interval)
    }
}
