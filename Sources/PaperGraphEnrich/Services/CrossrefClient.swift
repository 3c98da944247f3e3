import Foundation
import PaperGraphIO
import PaperGraphModel

/// Crossref `GET /works/{doi}` (https://api.crossref.org/swagger-ui/index.html): the work's
/// `reference` list, where publishers deposit one.
///
/// arXiv DOIs (`10.48550/…`) are DataCite's, so they are not asked (Crossref answers 404). The
/// limits are read from `x-rate-limit-limit` / `x-rate-limit-interval` (see ``RequestSession``);
/// `mailto` selects the polite pool. Cited-by is not open, so Crossref never answers `--citing`.
public struct CrossrefClient: Sendable {
    public var baseURL: String
    public var mailto: String?

    public init(baseURL: String = EnrichSource.crossref.defaultBaseURL, mailto: String? = nil) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.mailto = mailto
    }

    /// Whether Crossref can know the DOI (not a DataCite arXiv DOI).
    public static func mayKnow(doi: String) -> Bool { !doi.hasPrefix("10.48550/") }

    /// The works with these DOIs, one request per uncached DOI (sent together, see
    /// ``ServiceContext``).
    public func works(dois: [String], context: ServiceContext) -> [String: Lookup] {
        var unique: [String] = []
        var seen: Set<String> = []
        for doi in dois where seen.insert(doi).inserted { unique.append(doi) }
        let answers = context.answers(for: unique, cached: { doi -> Lookup? in
            guard Self.mayKnow(doi: doi) else { return .missing }
            return context.cachedJSON(CacheKey(.crossref, "doi", doi)).map { cached in
                cached.json.flatMap(ServiceRecords.crossrefWork).map(Lookup.found) ?? .missing
            }
        }, request: { PlannedRequest(request(doi: $0), source: .crossref, cost: .singleton) },
           fetched: { doi, outcome, context in answer(outcome, doi: doi, context: context) })
        return Dictionary(uniqueKeysWithValues: zip(unique, answers))
    }

    private func request(doi: String) -> HTTPRequest {
        var text = baseURL + "/works/" + OpenAlexClient.escape(doi)
        if let mailto { text += "?mailto=" + OpenAlexClient.escape(mailto) }
        return HTTPRequest(url: URL(string: text)!)
    }

    private func answer(_ outcome: FetchOutcome, doi: String, context: ServiceContext) -> Lookup {
        let key = CacheKey(.crossref, "doi", doi)
        switch outcome {
        case .response(let response, let json):
            if let message = json?["message"], let work = ServiceRecords.crossrefWork(message) {
                context.remember(message, for: key)
                return .found(work)
            }
            if response.status == 404 {
                context.remember(.missing, for: key)
                return .missing
            }
            return .unavailable("Crossref: HTTP \(response.status) for \(doi)")
        case .failed(let reason): return .unavailable("Crossref: " + reason)
        case .notSent:
            context.markUncached(key)
            return .unavailable(context.notSentReason(.crossref))
        }
    }
}
