import Foundation
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
public final class ServiceContext {
    public let session: RequestSession
    public let cache: EnrichCache
    /// Entities an offline run (or a dry run) needed and the cache did not have.
    public private(set) var uncached: [CacheKey] = []
    /// Answers read from the cache.
    public private(set) var cacheHits = 0

    public init(session: RequestSession, cache: EnrichCache) {
        self.session = session
        self.cache = cache
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
    ///   - fetched: The answer made of the request's outcome (and stored in the cache there).
    /// - Complexity: One request per item the cache lacks, see ``RequestSession/fetchAll(_:)``.
    func answers<Item, Answer>(for items: [Item], cached: (Item) -> Answer?, request: (Item) -> PlannedRequest,
                               fetched: (Item, FetchOutcome) -> Answer) -> [Answer] {
        var answers: [Answer?] = items.map(cached)
        let pending = answers.indices.filter { if case .none = answers[$0] { true } else { false } }
        let outcomes = session.fetchAll(pending.map { request(items[$0]) })
        for (i, outcome) in zip(pending, outcomes) { answers[i] = fetched(items[i], outcome) }
        return answers.map { $0! }
    }

    /// Stores an answer; a cache that cannot be written is reported once per run, not fatal.
    func remember(_ answer: CachedAnswer, for key: CacheKey) {
        do {
            try cache.store(answer, for: key)
        } catch {
            if !cacheWriteFailed { session.note("cache: \(error.message); answers are not kept") }
            cacheWriteFailed = true
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

    private var cacheWriteFailed = false
}
