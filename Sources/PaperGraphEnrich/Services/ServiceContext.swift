import Foundation
import Synchronization
import PaperGraphIO
import PaperGraphModel

/// What a lookup of one entity found.
public enum Lookup: Sendable, Hashable {
    case found(FetchedWork)
    /// The service does not know it.
    case missing
    /// No answer: the request failed, or the run is offline and the cache lacks it.
    case unavailable(String)

    public var work: FetchedWork? { if case .found(let work) = self { work } else { nil } }
}

/// The session and the cache a source client works with, and the entities it could not answer.
///
/// Driven from one thread; a batch (``concurrently(_:request:fetched:)``) gives each request a
/// child context on its own thread, folded back in request order.
public final class ServiceContext: @unchecked Sendable {
    public let session: RequestSession
    public let cache: EnrichCache
    /// Entities an offline run (or a dry run) needed and the cache did not have.
    public private(set) var uncached: [CacheKey] = []
    /// Answers read from the cache.
    public private(set) var cacheHits = 0
    /// Whether a cache write failed in this run (shared with the children, so it is told once).
    private let cacheWriteFailed: SharedFlag

    public init(session: RequestSession, cache: EnrichCache) {
        self.session = session
        self.cache = cache
        cacheWriteFailed = SharedFlag()
    }

    private init(childOf parent: ServiceContext) {
        session = parent.session.child()
        cache = parent.cache
        cacheWriteFailed = parent.cacheWriteFailed
    }

    /// Sends one request per item, up to the session's connections at once. Each answer is
    /// handled by `fetched` as soon as it arrives, on the thread that received it and with a
    /// context of its own (so what it caches is on disk at once: an interrupted run loses nothing
    /// it received); the contexts are then folded back in item order, so the run's records,
    /// counters and log do not depend on the timing. With one connection everything runs here.
    ///
    /// - Complexity: One logical request per item (plus retries).
    func concurrently<Item: Sendable, Answer: Sendable>(
        _ items: [Item], request: (Item) -> PlannedRequest,
        fetched: @escaping @Sendable (Item, FetchOutcome, ServiceContext) -> Answer) -> [Answer] {
        session.beginBatch(items.count)
        let planned = items.map(request)
        guard session.connections > 1, items.count > 1, session.mode == .online else {
            return items.indices.map { fetched(items[$0], session.send(planned[$0]), self) }
        }
        let children = items.map { _ in ServiceContext(childOf: self) }
        let answers = ConcurrentWork.map(items.indices, width: session.connections) { i in
            fetched(items[i], children[i].session.send(planned[i]), children[i])
        }
        for child in children {
            session.absorb(child.session)
            uncached += child.uncached
            cacheHits += child.cacheHits
        }
        return answers
    }

    /// The cached answer, counting a hit.
    func cached(_ key: CacheKey) -> CachedAnswer? {
        let answer = cache.answer(for: key)
        if answer != nil { cacheHits += 1 }
        return answer
    }

    /// The cached record parsed, or `nil` when absent or unreadable.
    func cachedJSON(_ key: CacheKey) -> (answer: CachedAnswer, json: JSONValue?)? {
        guard let answer = cached(key) else { return nil }
        guard case .found(let data) = answer else { return (answer, nil) }
        return (answer, try? JSONParser.parse(Array(data), path: cache.path(of: key)))
    }

    /// Each item answered from the cache when it can, the others by one request each, sent
    /// together (up to the session's connections at once); answers in item order.
    ///
    /// - Parameters:
    ///   - cached: The item's answer from the cache, or `nil` to ask the service.
    ///   - request: The request for an item the cache lacks.
    ///   - fetched: The answer made of the request's outcome, stored in the cache there (see
    ///     ``concurrently(_:request:fetched:)``: it runs on the receiving thread with its own context).
    /// - Complexity: One request per item the cache lacks.
    func answers<Item: Sendable, Answer: Sendable>(
        for items: [Item], cached: (Item) -> Answer?, request: (Item) -> PlannedRequest,
        fetched: @escaping @Sendable (Item, FetchOutcome, ServiceContext) -> Answer) -> [Answer] {
        var answers: [Answer?] = items.map(cached)
        let pending = answers.indices.filter { if case .none = answers[$0] { true } else { false } }
        let fresh = concurrently(pending.map { items[$0] }, request: request, fetched: fetched)
        for (i, answer) in zip(pending, fresh) { answers[i] = answer }
        return answers.map { $0! }
    }

    /// Stores an answer; a cache that cannot be written is reported once per run, not fatal.
    func remember(_ answer: CachedAnswer, for key: CacheKey) {
        do {
            try cache.store(answer, for: key)
        } catch {
            if cacheWriteFailed.setFirst() { session.note("cache: \(error.message); answers are not kept") }
        }
    }

    func remember(_ value: JSONValue, for key: CacheKey) {
        remember(.found(Data(value.compactText.utf8)), for: key)
    }

    /// Records that `key` was needed but not fetched (offline or dry run).
    func markUncached(_ key: CacheKey) {
        if session.mode != .online || session.disabled[key.source] != nil { uncached.append(key) }
    }

    /// Why an entity has no answer when nothing was sent.
    func notSentReason(_ source: EnrichSource) -> String {
        if let reason = session.disabled[source] { return reason }
        switch session.mode {
        case .offline: return "not in the cache (offline)"
        case .dryRun: return "dry run"
        case .online: return "not sent"
        }
    }

}

/// A yes/no that threads share.
final class SharedFlag: Sendable {
    private let value = Mutex(false)

    /// Sets the flag; returns whether this call was the one that set it.
    func setFirst() -> Bool {
        value.withLock { set in
            defer { set = true }
            return !set
        }
    }
}
