import Foundation
import PaperGraphIO
import PaperGraphModel

/// OpenAlex `/works` (https://docs.openalex.org/api-entities/works).
///
/// - Singletons: `/works/W123` (free; a merged work answers 301 to its successor, followed).
/// - Batches: `/works?filter=doi:A|B|…` and `filter=ids.openalex:W1|W2|…`, at most 100 values
///   and `per-page=100` (a list call, about $0.10 per 1,000). W-ids missing from a batch are
///   asked as singletons.
/// - Title search: `/works?search=…&per-page=5` (about $1 per 1,000).
/// - Citing works: `/works?filter=cites:W123&per-page=N`.
/// - `api_key` (from `OPENALEX_API_KEY`) and `mailto` go in the query; the key is redacted from
///   logs, and the cache is keyed by entity, never by URL.
/// - Errors: 403 means "slow down" (retried with backoff); 429 means the daily budget is spent,
///   so OpenAlex is given up for the rest of the run and the next source is asked.
public struct OpenAlexClient: Sendable {
    public var baseURL: String
    public var apiKey: String?
    public var mailto: String?
    /// Values per filter (OpenAlex accepts up to 100).
    public var batchSize: Int

    public init(baseURL: String = EnrichSource.openalex.defaultBaseURL, apiKey: String? = nil, mailto: String? = nil,
                batchSize: Int = 100) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.mailto = mailto
        self.batchSize = max(1, min(100, batchSize))
    }

    /// The works with these DOIs (lower-case, no resolver prefix), by DOI.
    ///
    /// - Complexity: ⌈uncached / batchSize⌉ requests.
    public func works(dois: [String], context: ServiceContext) -> [String: Lookup] {
        batchLookup(values: dois, kind: "doi", filter: "doi", context: context) { work in work.identifiers.doi }
    }

    /// The works with these W-ids, by W-id; those a batch does not return are asked one by one.
    ///
    /// - Complexity: ⌈uncached / batchSize⌉ requests plus one per W-id missing from its batch.
    public func works(ids: [String], context: ServiceContext) -> [String: Lookup] {
        batchLookup(values: ids, kind: "work", filter: "ids.openalex", context: context) { work in
            work.identifiers.other["openalex"]
        }
    }

    /// Candidates for each title (at most 5 each), in order; the uncached searches are sent together.
    ///
    /// - Returns: `nil` for a title when no answer could be had.
    /// - Complexity: One search request (about $1 per 1,000) per uncached title.
    public func search(titles: [String], context: ServiceContext) -> [[FetchedWork]?] {
        listQueries(titles.map { title in
            (CacheKey(.openalex, "search", TitleNormalization.normalizedTitle(title)), [("search", title), ("per-page", "5")])
        }, cost: .search, context: context)
    }

    /// Up to `limit` works citing each of the works `ids`, in order.
    ///
    /// - Complexity: One list request per uncached id.
    public func citing(ids: [String], limit: Int, context: ServiceContext) -> [[FetchedWork]?] {
        listQueries(ids.map { id in
            (CacheKey(.openalex, "citing", "\(id)@\(limit)"),
             [("filter", "cites:" + id), ("per-page", String(min(200, limit))), ("sort", "cited_by_count:desc")])
        }, cost: .list, context: context)
    }

    // MARK: - Requests

    private func url(_ path: String, _ query: [(String, String)]) -> URL {
        var items = query
        if let mailto { items.append(("mailto", mailto)) }
        if let apiKey { items.append(("api_key", apiKey)) }
        let text = items.map { "\($0.0)=\(Self.escape($0.1))" }.joined(separator: "&")
        return URL(string: baseURL + path + (text.isEmpty ? "" : "?" + text))!
    }

    /// Percent-encodes a query value (keeping `:` and `|`, which OpenAlex filters use).
    static func escape(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~:|/")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    private func batchLookup(values: [String], kind: String, filter: String, context: ServiceContext,
                             identity: @escaping @Sendable (FetchedWork) -> String?) -> [String: Lookup] {
        var answers: [String: Lookup] = [:]
        var pending: [String] = []
        for value in values where answers[value] == nil {
            let key = CacheKey(.openalex, kind, value)
            if let cached = context.cachedJSON(key) {
                answers[value] = cached.json.flatMap(ServiceRecords.openAlexWork).map(Lookup.found) ?? .missing
            } else if value.contains("|") || value.contains(",") {
                answers[value] = singleton(kind == "doi" ? "https://doi.org/" + value : value, context: context, key: key)
            } else {
                answers[value] = .unavailable("pending")
                pending.append(value)
            }
        }
        let chunks = stride(from: 0, to: pending.count, by: batchSize).map { Array(pending[$0..<min(pending.count, $0 + batchSize)]) }
        let found = context.concurrently(chunks, request: { chunk in
            PlannedRequest(HTTPRequest(url: url("/works", [("filter", filter + ":" + chunk.joined(separator: "|")),
                                                          ("per-page", String(max(chunk.count, 1)))])),
                           source: .openalex, cost: .list)
        }, fetched: { chunk, outcome, context in
            chunkAnswers(chunk, outcome, kind: kind, identity: identity, context: context)
        })
        for (chunk, lookups) in zip(chunks, found) {
            for (value, lookup) in zip(chunk, lookups) { answers[value] = lookup }
        }
        if kind == "work" {
            for value in pending where answers[value] == .missing {
                answers[value] = singleton(value, context: context)
            }
        }
        return answers
    }

    /// The answers to one batch, in the chunk's order; what was found (or is known missing) is cached.
    private func chunkAnswers(_ chunk: [String], _ outcome: FetchOutcome, kind: String,
                              identity: (FetchedWork) -> String?, context: ServiceContext) -> [Lookup] {
        switch outcome {
        case .response(let response, let json):
            guard let json else {
                handleError(response, context: context)
                return chunk.map { _ in .unavailable("OpenAlex: HTTP \(response.status)") }
            }
            var byIdentity: [String: (JSONValue, FetchedWork)] = [:]
            for result in json["results"]?.arrayValue ?? [] {
                guard let work = ServiceRecords.openAlexWork(result), let id = identity(work) else { continue }
                if byIdentity[id] == nil { byIdentity[id] = (result, work) }
            }
            return chunk.map { value in
                let key = CacheKey(.openalex, kind, value)
                if let (raw, work) = byIdentity[value] {
                    context.remember(raw, for: key)
                    if kind != "work", let w = work.identifiers.other["openalex"] {
                        context.remember(raw, for: CacheKey(.openalex, "work", w))
                    }
                    return .found(work)
                }
                // A W-id is asked again alone (a merged work answers only by its old id).
                if kind != "work" { context.remember(.missing, for: key) }
                return .missing
            }
        case .failed(let reason):
            return chunk.map { _ in .unavailable("OpenAlex: " + reason) }
        case .notSent:
            return chunk.map { value in
                context.markUncached(CacheKey(.openalex, kind, value))
                return .unavailable(context.notSentReason(.openalex))
            }
        }
    }

    /// One work by W-id or DOI URL; a 301 (merged work) is followed by the transport.
    private func singleton(_ id: String, context: ServiceContext, key: CacheKey? = nil) -> Lookup {
        let key = key ?? CacheKey(.openalex, "work", id)
        if let cached = context.cachedJSON(key) {
            return cached.json.flatMap(ServiceRecords.openAlexWork).map(Lookup.found) ?? .missing
        }
        switch context.session.fetch(HTTPRequest(url: url("/works/" + Self.escape(id), [])), source: .openalex, cost: .singleton) {
        case .response(let response, let json):
            if let json, let work = ServiceRecords.openAlexWork(json) {
                context.remember(json, for: key)
                if let w = work.identifiers.other["openalex"], w != key.id {
                    context.session.note("OpenAlex: \(id) was merged into \(w)")
                }
                return .found(work)
            }
            if response.status == 404 {
                context.remember(.missing, for: key)
                return .missing
            }
            handleError(response, context: context)
            return .unavailable("OpenAlex: HTTP \(response.status) for \(id)")
        case .failed(let reason): return .unavailable("OpenAlex: " + reason)
        case .notSent:
            context.markUncached(key)
            return .unavailable(context.notSentReason(.openalex))
        }
    }

    private func listQueries(_ queries: [(key: CacheKey, query: [(String, String)])], cost: RequestCost,
                             context: ServiceContext) -> [[FetchedWork]?] {
        context.answers(for: queries, cached: { query -> [FetchedWork]?? in
            context.cachedJSON(query.key).map { cached in
                (cached.json?["results"]?.arrayValue ?? []).compactMap(ServiceRecords.openAlexWork)
            }
        }, request: { PlannedRequest(HTTPRequest(url: url("/works", $0.query)), source: .openalex, cost: cost) },
           fetched: { query, outcome, context in listAnswer(outcome, key: query.key, context: context) })
    }

    private func listAnswer(_ outcome: FetchOutcome, key: CacheKey, context: ServiceContext) -> [FetchedWork]? {
        switch outcome {
        case .response(let response, let json):
            guard let json else {
                handleError(response, context: context)
                return nil
            }
            let results = json["results"]?.arrayValue ?? []
            let trimmed = JSONOutput.object([("results", .array(results.map(\.output)))]).serialized()
            context.remember(.found(Data(trimmed.utf8)), for: key)
            for result in results {
                if let w = result["id"]?.stringValue.flatMap(OpenAlexImporter.shortID) {
                    context.remember(result, for: CacheKey(.openalex, "work", w))
                }
            }
            return results.compactMap(ServiceRecords.openAlexWork)
        case .failed: return nil
        case .notSent:
            context.markUncached(key)
            return nil
        }
    }

    /// 429: the daily budget is spent; other statuses are reported by the caller.
    private func handleError(_ response: HTTPResponse, context: ServiceContext) {
        if response.status == 429 {
            context.session.disable(.openalex, reason: "daily budget spent (HTTP 429); the next source answers for the rest of this run")
        } else if !(200..<300).contains(response.status) && response.status != 404 {
            context.session.note("OpenAlex: HTTP \(response.status)")
        }
    }
}
