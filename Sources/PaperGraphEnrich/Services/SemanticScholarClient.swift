import Foundation
import PaperGraphIO
import PaperGraphModel

/// Semantic Scholar Graph API (https://api.semanticscholar.org/api-docs/graph).
///
/// - `POST /graph/v1/paper/batch?fields=…` with `{"ids": [...]}`: up to 500 ids with prefixes
///   `DOI:`, `ARXIV:`, `CorpusId:` (or a bare paperId); the answer is an array in the same order,
///   `null` for an unknown id. Answers are capped at 10 MB, and reference lists make them large, so
///   the batch starts at ``batchSize`` and halves when the service refuses one as too large.
/// - `GET /graph/v1/paper/search?query=…&limit=5` for titles, and
///   `GET /graph/v1/paper/{id}/citations?limit=N` for citing papers.
/// - `x-api-key` from `S2_API_KEY` (a header, so it never reaches a URL); about 1 request/s.
/// - References whose `paperId` is null are title-only stubs, kept as such.
public struct SemanticScholarClient: Sendable {
    public var baseURL: String
    public var apiKey: String?
    public var batchSize: Int

    /// Fields asked for a paper and its references.
    static let paperFields = "paperId,corpusId,externalIds,title,year,venue,authors,referenceCount,"
        + "references.paperId,references.corpusId,references.externalIds,references.title,references.year,"
        + "references.authors,references.venue"
    static let listFields = "paperId,corpusId,externalIds,title,year,venue,authors"

    public init(baseURL: String = EnrichSource.s2.defaultBaseURL, apiKey: String? = nil, batchSize: Int = 100) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.batchSize = max(1, min(500, batchSize))
    }

    /// The papers with these prefixed ids (`DOI:10.…`, `ARXIV:1706.03762`, a paperId), by id.
    ///
    /// - Complexity: ⌈uncached / batchSize⌉ requests, more when the batch has to shrink.
    public func papers(ids: [String], context: ServiceContext) -> [String: Lookup] {
        var answers: [String: Lookup] = [:]
        var pending: [String] = []
        for id in ids where answers[id] == nil {
            let key = CacheKey(.s2, "paper", id)
            if let cached = context.cachedJSON(key) {
                answers[id] = cached.json.flatMap(ServiceRecords.semanticScholarPaper).map(Lookup.found) ?? .missing
            } else {
                answers[id] = .unavailable("pending")
                pending.append(id)
            }
        }
        var size = batchSize
        var start = 0
        while start < pending.count {
            let chunk = Array(pending[start..<min(pending.count, start + size)])
            let body = JSONOutput.object([("ids", .array(chunk.map { .string($0) }))]).serialized()
            let request = HTTPRequest(method: "POST", url: url("/graph/v1/paper/batch", [("fields", Self.paperFields)]),
                                      headers: headers(json: true), body: Data(body.utf8))
            switch context.session.fetch(request, source: .s2, cost: .singleton) {
            case .response(let response, let json):
                if let array = json?.arrayValue {
                    for (i, id) in chunk.enumerated() {
                        let key = CacheKey(.s2, "paper", id)
                        if i < array.count, !array[i].isNull, let work = ServiceRecords.semanticScholarPaper(array[i]) {
                            context.remember(array[i], for: key)
                            answers[id] = .found(work)
                        } else {
                            context.remember(.missing, for: key)
                            answers[id] = .missing
                        }
                    }
                } else if Self.isTooLarge(response), chunk.count > 1 {
                    size = max(1, chunk.count / 2)
                    context.session.note("Semantic Scholar: answer too large; batches of \(size) from now on")
                    continue
                } else {
                    context.session.note("Semantic Scholar: HTTP \(response.status) for a batch of \(chunk.count)")
                    for id in chunk { answers[id] = .unavailable("Semantic Scholar: HTTP \(response.status)") }
                }
            case .failed(let reason):
                for id in chunk { answers[id] = .unavailable("Semantic Scholar: " + reason) }
            case .notSent:
                for id in chunk {
                    context.markUncached(CacheKey(.s2, "paper", id))
                    answers[id] = .unavailable(context.notSentReason(.s2))
                }
            }
            start += chunk.count
        }
        return answers
    }

    /// Candidates for each title (at most 5 each), in order; `nil` where no answer could be had.
    ///
    /// - Complexity: One request per uncached title.
    public func search(titles: [String], context: ServiceContext) -> [[FetchedWork]?] {
        lists(titles.map { title in
            (CacheKey(.s2, "search", TitleNormalization.normalizedTitle(title)), "/graph/v1/paper/search",
             [("query", title), ("limit", "5"), ("fields", Self.listFields)])
        }, member: nil, context: context)
    }

    /// Up to `limit` papers citing each of the papers `paperIDs`, in order.
    ///
    /// - Complexity: One request per uncached id.
    public func citing(paperIDs: [String], limit: Int, context: ServiceContext) -> [[FetchedWork]?] {
        lists(paperIDs.map { paperID in
            (CacheKey(.s2, "citing", "\(paperID)@\(limit)"), "/graph/v1/paper/\(OpenAlexClient.escape(paperID))/citations",
             [("limit", String(min(1000, limit))), ("fields", Self.listFields)])
        }, member: "citingPaper", context: context)
    }

    private func lists(_ queries: [(key: CacheKey, path: String, query: [(String, String)])], member: String?,
                       context: ServiceContext) -> [[FetchedWork]?] {
        @Sendable func works(_ json: JSONValue?) -> [FetchedWork] {
            (json?["data"]?.arrayValue ?? []).compactMap { element in
                ServiceRecords.semanticScholarPaper(member.flatMap { element[$0] } ?? element)
            }
        }
        return context.answers(for: queries, cached: { query -> [FetchedWork]?? in
            context.cachedJSON(query.key).map { works($0.json) }
        }, request: { query in
            PlannedRequest(HTTPRequest(url: url(query.path, query.query), headers: headers(json: false)), source: .s2, cost: .singleton)
        }, fetched: { query, outcome, context in
            switch outcome {
            case .response(let response, let json):
                if let json {
                    context.remember(json, for: query.key)
                    return works(json)
                }
                if response.status == 404 {
                    context.remember(.missing, for: query.key)
                    return []
                }
                context.session.note("Semantic Scholar: HTTP \(response.status) for \(query.path)")
                return nil
            case .failed: return nil
            case .notSent:
                context.markUncached(query.key)
                return nil
            }
        })
    }

    private func url(_ path: String, _ query: [(String, String)]) -> URL {
        let text = query.map { "\($0.0)=\(OpenAlexClient.escape($0.1))" }.joined(separator: "&")
        return URL(string: baseURL + path + (text.isEmpty ? "" : "?" + text))!
    }

    private func headers(json: Bool) -> [String: String] {
        var headers: [String: String] = [:]
        if json { headers["Content-Type"] = "application/json" }
        if let apiKey { headers["x-api-key"] = apiKey }
        return headers
    }

    /// The service refuses an answer over 10 MB with 400 and a message saying so (413 from proxies).
    static func isTooLarge(_ response: HTTPResponse) -> Bool {
        if response.status == 413 { return true }
        guard response.status == 400 else { return false }
        let text = String(decoding: response.body, as: UTF8.self).lowercased()
        return text.contains("too large") || text.contains("maximum") || text.contains("exceed")
    }
}
