import Foundation
import Synchronization
import PaperGraphIO
import PaperGraphModel

/// OpenAlex-, Semantic Scholar- and Crossref-shaped answers from fixture records, under the
/// prefixes `/openalex`, `/s2` and `/crossref` of one loopback server.
///
/// A fixture folder holds `openalex.jsonl` (OpenAlex work objects; a line
/// `{"id": "https://openalex.org/W1", "merged_into": "W2"}` makes W1 answer 301 to W2),
/// `s2.jsonl` (Graph API papers with `references`) and `crossref.jsonl` (Crossref `message`
/// objects); any may be missing.
public final class FixtureServices: @unchecked Sendable {
    struct Work {
        var text: String
        var value: JSONValue
    }

    private var openAlex: [Work] = []
    private var merged: [String: String] = [:]
    private var s2: [Work] = []
    private var crossref: [Work] = []
    private let faults = Mutex<[FaultRule]>([])
    /// Semantic Scholar batches larger than this are refused as too large (400), like the
    /// service's 10 MB cap.
    public let s2MaximumBatch = Mutex<Int>(500)

    /// Seconds every answer waits before it is sent (0: none), to catch a run in the middle.
    public let latency = Mutex<Double>(0)

    /// A fault served to requests whose path and query contain `match`, `count` times.
    public struct FaultRule: Sendable {
        public var match: String
        public var count: Int
        public var response: ServedResponse
        public init(match: String, count: Int, response: ServedResponse) {
            self.match = match
            self.count = count
            self.response = response
        }
    }

    /// Reads the fixtures of `folder`.
    public init(folder: String) throws {
        openAlex = try Self.read(folder + "/openalex.jsonl")
        for work in openAlex {
            if let into = work.value["merged_into"]?.stringValue, let id = work.value["id"]?.stringValue.map(Self.shortID) {
                merged[id] = into
            }
        }
        openAlex.removeAll { $0.value["merged_into"] != nil }
        s2 = try Self.read(folder + "/s2.jsonl")
        crossref = try Self.read(folder + "/crossref.jsonl")
    }

    /// Fixtures given as JSON Lines text.
    public convenience init(openAlex: String = "", s2: String = "", crossref: String = "") throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fixtures-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try openAlex.write(toFile: folder + "/openalex.jsonl", atomically: true, encoding: .utf8)
        try s2.write(toFile: folder + "/s2.jsonl", atomically: true, encoding: .utf8)
        try crossref.write(toFile: folder + "/crossref.jsonl", atomically: true, encoding: .utf8)
        try self.init(folder: folder)
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static func read(_ path: String) throws -> [Work] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var works: [Work] = []
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) where !String(line).trimmingWhitespace().isEmpty {
            works.append(Work(text: String(line), value: try JSONParser.parse(Array(line.utf8), path: path)))
        }
        return works
    }

    /// Adds a fault.
    public func inject(_ rule: FaultRule) { faults.withLock { $0.append(rule) } }

    /// Answers one request.
    public func respond(_ request: ServedRequest) -> ServedResponse {
        var response = answer(request)
        let wait = latency.withLock { $0 }
        if wait > 0, case .normal = response.delivery { response.delivery = .delayed(wait) }
        return response
    }

    private func answer(_ request: ServedRequest) -> ServedResponse {
        let fault: ServedResponse? = faults.withLock { rules in
            let target = request.target.removingPercentEncoding ?? request.target
            guard let i = rules.firstIndex(where: { rule in rule.count > 0 && target.contains(rule.match) }) else { return nil }
            rules[i].count -= 1
            return rules[i].response
        }
        if let fault { return fault }
        let parts = request.path.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return .json("{\"error\":\"unknown service\"}", status: 404) }
        let rest = "/" + parts[1]
        switch parts[0] {
        case "openalex": return openAlexAnswer(rest, request)
        case "s2": return s2Answer(rest, request)
        case "crossref": return crossrefAnswer(rest)
        default: return .json("{\"error\":\"unknown service\"}", status: 404)
        }
    }

    // MARK: - OpenAlex

    private func openAlexAnswer(_ path: String, _ request: ServedRequest) -> ServedResponse {
        if path.hasPrefix("/works/") {
            let id = String(path.dropFirst("/works/".count))
            if let into = merged[Self.shortID(id)] {
                let query = request.target.split(separator: "?", maxSplits: 1).dropFirst().first.map { "?" + $0 } ?? ""
                return ServedResponse(status: 301, headers: [("Location", "/openalex/works/\(into)\(query)")])
            }
            let found = id.lowercased().hasPrefix("https://doi.org/") || id.lowercased().hasPrefix("doi:")
                ? openAlex.first { Self.doi($0.value["doi"]?.stringValue) == Self.doi(id) }
                : openAlex.first { Self.shortID($0.value["id"]?.stringValue ?? "") == Self.shortID(id) }
            guard let found else { return .json("{\"error\":\"Not found\"}", status: 404) }
            return .json(found.text)
        }
        guard path == "/works" else { return .json("{\"error\":\"unknown path\"}", status: 404) }
        let perPage = request.parameter("per-page").flatMap(Int.init) ?? 25
        var results: [Work]
        if let filter = request.parameter("filter") {
            let clause = filter.split(separator: ",")[0]
            guard let colon = clause.firstIndex(of: ":") else { return .json("{\"error\":\"bad filter\"}", status: 400) }
            let name = String(clause[..<colon])
            let values = clause[clause.index(after: colon)...].split(separator: "|").map(String.init)
            switch name {
            case "doi":
                let wanted = Set(values.map { Self.doi($0) })
                results = openAlex.filter { wanted.contains(Self.doi($0.value["doi"]?.stringValue)) }
            case "ids.openalex":
                let wanted = Set(values.map(Self.shortID))
                results = openAlex.filter { wanted.contains(Self.shortID($0.value["id"]?.stringValue ?? "")) }
            case "cites":
                let cited = Self.shortID(values.first ?? "")
                results = openAlex.filter { work in
                    (work.value["referenced_works"]?.arrayValue ?? []).contains { Self.shortID($0.stringValue ?? "") == cited }
                }
            default:
                return .json("{\"error\":\"unsupported filter \(name)\"}", status: 400)
            }
        } else if let search = request.parameter("search") {
            results = Self.searched(search, in: openAlex, title: { $0["title"]?.stringValue ?? $0["display_name"]?.stringValue })
        } else {
            results = []
        }
        let page = results.prefix(perPage)
        return .json("{\"meta\":{\"count\":\(results.count),\"per_page\":\(perPage)},\"results\":["
                     + page.map(\.text).joined(separator: ",") + "]}")
    }

    // MARK: - Semantic Scholar

    private func s2Answer(_ path: String, _ request: ServedRequest) -> ServedResponse {
        if path == "/graph/v1/paper/batch", request.method == "POST" {
            guard let body = try? JSONParser.parse(Array(request.body), path: "body"),
                  let ids = body["ids"]?.arrayValue?.compactMap(\.stringValue) else {
                return .json("{\"error\":\"expected {\\\"ids\\\": [...]}\"}", status: 400)
            }
            if ids.count > s2MaximumBatch.withLock({ $0 }) {
                return .json("{\"error\":\"Response would exceed maximum size of 10 MB\"}", status: 400)
            }
            let answers = ids.map { id in s2Paper(id)?.text ?? "null" }
            return .json("[" + answers.joined(separator: ",") + "]")
        }
        if path == "/graph/v1/paper/search" {
            let results = Self.searched(request.parameter("query") ?? "", in: s2, title: { $0["title"]?.stringValue })
            let limit = request.parameter("limit").flatMap(Int.init) ?? 10
            return .json("{\"total\":\(results.count),\"data\":[" + results.prefix(limit).map(\.text).joined(separator: ",") + "]}")
        }
        if path.hasPrefix("/graph/v1/paper/"), path.hasSuffix("/citations") {
            let id = String(path.dropFirst("/graph/v1/paper/".count).dropLast("/citations".count))
            let citing = s2.filter { work in
                (work.value["references"]?.arrayValue ?? []).contains { $0["paperId"]?.stringValue == id }
            }
            let limit = request.parameter("limit").flatMap(Int.init) ?? 100
            return .json("{\"data\":[" + citing.prefix(limit).map { "{\"citingPaper\":\($0.text)}" }.joined(separator: ",") + "]}")
        }
        return .json("{\"error\":\"unknown path\"}", status: 404)
    }

    private func s2Paper(_ id: String) -> Work? {
        let lower = id.lowercased()
        if lower.hasPrefix("doi:") {
            return s2.first { Self.doi($0.value["externalIds"]?["DOI"]?.stringValue) == Self.doi(String(id.dropFirst(4))) }
        }
        if lower.hasPrefix("arxiv:") {
            return s2.first { $0.value["externalIds"]?["ArXiv"]?.stringValue == String(id.dropFirst(6)) }
        }
        if lower.hasPrefix("corpusid:") {
            return s2.first { $0.value["corpusId"]?.intValue.map(String.init) == String(id.dropFirst(9)) }
        }
        return s2.first { $0.value["paperId"]?.stringValue == id }
    }

    // MARK: - Crossref

    private func crossrefAnswer(_ path: String) -> ServedResponse {
        guard path.hasPrefix("/works/") else { return ServedResponse(status: 404, body: Data("Resource not found.".utf8)) }
        let doi = Self.doi(String(path.dropFirst("/works/".count)))
        guard let work = crossref.first(where: { Self.doi($0.value["DOI"]?.stringValue) == doi }) else {
            return ServedResponse(status: 404, headers: [("Content-Type", "text/plain")], body: Data("Resource not found.".utf8))
        }
        return .json("{\"status\":\"ok\",\"message-type\":\"work\",\"message\":\(work.text)}",
                     headers: [("x-rate-limit-limit", "50"), ("x-rate-limit-interval", "1s")])
    }

    // MARK: - Helpers

    static func shortID(_ raw: String) -> String { raw.split(separator: "/").last.map(String.init) ?? raw }

    static func doi(_ raw: String?) -> String {
        guard let raw else { return "" }
        return PaperIdentifiers.normalizedDOI(raw) ?? ""
    }

    /// Works sharing at least half of the query's words, most shared first.
    static func searched(_ query: String, in works: [Work], title: (JSONValue) -> String?) -> [Work] {
        let words = Set(TitleNormalization.normalizedTitle(query).split(separator: " "))
        guard !words.isEmpty else { return [] }
        var scored: [(Int, Int, Work)] = []
        for (i, work) in works.enumerated() {
            let titleWords = Set(TitleNormalization.normalizedTitle(title(work.value) ?? "").split(separator: " "))
            let shared = words.intersection(titleWords).count
            if 2 * shared >= words.count { scored.append((shared, i, work)) }
        }
        return scored.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }.map(\.2)
    }
}
