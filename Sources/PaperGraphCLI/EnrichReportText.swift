import PaperGraphEnrich
import PaperGraphModel

/// The words of `enrich`: the summary line, notes, the `--report` file and the dry-run listing.
struct EnrichReportText {
    let result: EnrichResult
    let targets: [EnrichTarget]
    let session: RequestSession
    let context: ServiceContext
    let nameThreshold: Int

    /// "matched 231 of 253 (198 by DOI, 22 by arXiv id, 11 by title); 22 not found (see --report
    /// FILE); 9,412 references to 5,930 distinct works, 612 of them cited by 2 or more of your
    /// papers; 37 requests, 0 retries".
    func summary(reportPath: String?) -> String {
        var byMethod: [String] = []
        for (method, words) in [(MatchMethod.doi, "by DOI"), (.arxiv, "by arXiv id"), (.id, "by OpenAlex/S2 id"), (.title, "by title")] {
            let n = result.matches.filter { $0.method == method }.count
            if n > 0 { byMethod.append("\(Self.number(n)) \(words)") }
        }
        var parts = ["matched \(Self.number(result.matches.count)) of \(Self.number(targets.count))"
                     + (byMethod.isEmpty ? "" : " (" + byMethod.joined(separator: ", ") + ")")]
        if !result.unmatched.isEmpty {
            let ambiguous = result.unmatched.filter { if case .ambiguous = $0.reason { true } else { false } }.count
            let unavailable = result.unmatched.filter { if case .unavailable = $0.reason { true } else { false } }.count
            let notFound = result.unmatched.count - ambiguous - unavailable
            var missing: [String] = []
            if notFound > 0 { missing.append("\(Self.number(notFound)) not found") }
            if ambiguous > 0 { missing.append("\(Self.number(ambiguous)) ambiguous") }
            if unavailable > 0 { missing.append("\(Self.number(unavailable)) without an answer") }
            parts.append(missing.joined(separator: ", ") + " (see " + (reportPath.map { "'\($0)'" } ?? "--report FILE") + ")")
        }
        let threshold = max(2, nameThreshold)
        parts.append("\(Self.number(result.referenceCount)) references to \(Self.number(result.distinctExternal)) distinct works, "
                     + "\(Self.number(result.sharedExternal)) of them cited by \(threshold) or more of your papers")
        var cost = ""
        let dollars = session.requests.filter { $0.source == .openalex }.reduce(0) { $0 + $1.cost.dollars }
        if dollars > 0 { cost = String(format: " (OpenAlex cost about $%.4f)", dollars) }
        parts.append("\(Self.number(session.requests.count)) requests, \(Self.number(session.retries)) retries" + cost)
        return parts.joined(separator: "; ")
    }

    /// Lines for standard error before the summary: sources given up, merges, cache gaps.
    func notes() -> [String] {
        var lines: [String] = []
        for source in EnrichSource.allCases {
            if let reason = session.disabled[source] { lines.append("note: \(source.displayName): \(reason)") }
        }
        for group in result.sameWork {
            let names = group.map { "'\(targets[$0].key)'" }.joined(separator: " and ")
            lines.append("note: \(names) are the same work in OpenAlex/Semantic Scholar; merged into one paper")
        }
        if !context.uncached.isEmpty {
            var counts: [EnrichSource: Int] = [:]
            for key in context.uncached { counts[key.source, default: 0] += 1 }
            let list = EnrichSource.allCases.compactMap { s in counts[s].map { "\($0) from \(s.displayName)" } }
            let why = session.mode == .offline ? "offline" : "not sent"
            lines.append("note: \(context.uncached.count) answers missing from the cache (\(why)): " + list.joined(separator: ", ")
                         + "; run without --offline to fetch them")
        }
        let failures = session.log.filter { !$0.contains(": daily budget") }
        if !failures.isEmpty {
            lines.append("warning: \(failures.count) problem(s) talking to the services, first: \(failures[0])")
        }
        return lines
    }

    /// The `--report` file: one line per paper not matched, then merges, then problems.
    func report() -> String {
        var out = "# papergraph enrich report\n# papers not matched: \(result.unmatched.count) of \(targets.count)\n"
        for entry in result.unmatched {
            let target = targets[entry.target]
            let reason: String
            switch entry.reason {
            case .notFound(let closest): reason = "not found" + (closest.map { "; closest candidate \($0)" } ?? "")
            case .ambiguous(let candidates): reason = "ambiguous title, not guessed: " + candidates.joined(separator: "; ")
            case .unavailable(let why): reason = "no answer: " + why
            case .nothingToSearch: reason = "no identifier and no title to search"
            }
            out += "\(target.key)\t\(target.title)\t\(reason)\n"
        }
        if !result.sameWork.isEmpty {
            out += "# merged (the same OpenAlex or Semantic Scholar work)\n"
            for group in result.sameWork { out += group.map { targets[$0].key }.joined(separator: "\t") + "\n" }
        }
        if !session.log.isEmpty {
            out += "# problems\n"
            for line in session.log { out += line + "\n" }
        }
        if !context.uncached.isEmpty {
            out += "# missing from the cache\n"
            for key in context.uncached { out += key.description + "\n" }
        }
        return out
    }

    /// The dry-run listing: each request, then counts, the estimated OpenAlex cost, and what
    /// follows once the answers are in (the names of shared works, citing papers).
    static func dryRun(_ requests: [RequestRecord], nameThreshold: Int, citing: Int) -> String {
        var out = ""
        for request in requests { out += "\(request.method) \(request.url)  [\(request.source.rawValue), \(request.cost.rawValue)]\n" }
        let openAlex = requests.filter { $0.source == .openalex }
        let dollars = openAlex.reduce(0) { $0 + $1.cost.dollars }
        var counts: [String] = []
        for cost in RequestCost.allCases {
            let n = openAlex.filter { $0.cost == cost }.count
            if n > 0 { counts.append("\(n) \(cost.rawValue)") }
        }
        out += "\(requests.count) requests would be sent (OpenAlex: " + (counts.isEmpty ? "none" : counts.joined(separator: ", "))
            + String(format: "; estimated cost $%.4f", dollars) + ")"
        var later: [String] = []
        if nameThreshold > 0 {
            later.append("one list request (about $0.0001) per 100 works cited by \(nameThreshold) or more of your papers, for their names")
        }
        if citing > 0 { later.append("one list request per matched paper for the papers citing it") }
        if !later.isEmpty {
            out += "; then, once the references are in (a dry run cannot know how many): " + later.joined(separator: ", and ")
        }
        out += "\n"
        return out
    }

    /// 9412 → "9,412".
    static func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
