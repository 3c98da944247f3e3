import PaperGraphIO
import PaperGraphModel

/// The one place that words ``PaperReason``s: the sentences of `next`, `path` and `related`, and
/// the structured `"why"` member JSON carries next to them (shape in `Docs/reasons.md`); and the
/// evidence of a `suggest` row.
struct ReasonWording {
    let graph: PaperGraph
    /// The paper `related` was asked about, named by its reasons; `nil` for `next` and `path`.
    var subject: PaperID? = nil

    /// Prerequisite-of reasons named in one path step; the rest stay in `"why"`.
    static let prerequisitesNamed = 3

    /// The reasons as one sentence, clauses joined by "; ".
    func sentence(_ reasons: [PaperReason]) -> String {
        clauses(reasons).joined(separator: "; ")
    }

    /// One clause per reason, in order (past the first few, prerequisite-of reasons are not named).
    func clauses(_ reasons: [PaperReason]) -> [String] {
        var prerequisites = 0
        return reasons.compactMap { reason in
            if case .prerequisiteOf = reason {
                prerequisites += 1
                if prerequisites > Self.prerequisitesNamed { return nil }
            }
            return clause(reason)
        }
    }

    /// The words for one reason.
    func clause(_ reason: PaperReason) -> String {
        switch reason {
        case .buildsOnRead(let papers): return "builds on " + graph.nameList(papers) + ", which you have read"
        case .citedByRead(let papers):
            return "cited by \(papers.count) paper\(plural(papers.count)) you have read (" + graph.nameList(papers) + ")"
        case .startingPoint: return "a starting point: builds on nothing else in the graph"
        case .target: return "the paper you asked for"
        case .citedBy(let papers): return "cited by " + graph.nameList(papers) + " on this path"
        case .prerequisiteOf(let dependent, let note):
            return "read before " + graph.shortTitle(dependent) + (note.map { " (\($0))" } ?? "")
        case .leadsToOmitted: return "leads to the target through papers left out by --max"
        case .coCitedBy(let count): return "co-cited with \(subjectTitle) by \(count) paper\(plural(count))"
        case .sharesReferences(let count): return "shares \(count) reference\(plural(count)) with \(subjectTitle)"
        case .referenceOfReference(let middle): return "\(subjectTitle) cites \(graph.shortTitle(middle)), which cites it"
        case .citerOfCiter(let middle): return "cites \(graph.shortTitle(middle)), which cites \(subjectTitle)"
        case .citedBySubject: return "cited by \(subjectTitle)"
        case .citesSubject: return "cites \(subjectTitle)"
        case .sameAuthor(let authors):
            return "same author" + (authors.count == 1 ? ": " : "s: ")
                + authors.prefix(3).map { graph[$0].name }.joined(separator: ", ")
        case .sameTopic(let topics): return "same topic: " + topics.prefix(3).map { graph[$0].name }.joined(separator: ", ")
        case .closeInCitationGraph: return "close to \(subjectTitle) in the citation graph"
        }
    }

    /// The reasons as JSON reason objects, for the `"why"` member.
    func json(_ reasons: [PaperReason]) -> JSONOutput {
        .array(reasons.map(json))
    }

    private func json(_ reason: PaperReason) -> JSONOutput {
        func kind(_ name: String, _ members: [(String, JSONOutput)] = []) -> JSONOutput {
            .object([("kind", .string(name))] + members)
        }
        func papers(_ ids: [PaperID]) -> JSONOutput { .array(ids.map { .string(graph[$0].key) }) }
        switch reason {
        case .buildsOnRead(let ids): return kind("buildsOnRead", [("papers", papers(ids))])
        case .citedByRead(let ids): return kind("citedByRead", [("papers", papers(ids))])
        case .startingPoint: return kind("startingPoint")
        case .target: return kind("target")
        case .citedBy(let ids): return kind("citedBy", [("papers", papers(ids))])
        case .prerequisiteOf(let dependent, let note):
            return kind("prerequisiteOf", [("paper", .string(graph[dependent].key)), ("note", .string(note))])
        case .leadsToOmitted: return kind("leadsToOmitted")
        case .coCitedBy(let count): return kind("coCitedBy", [("count", .int(count))])
        case .sharesReferences(let count): return kind("sharesReferences", [("count", .int(count))])
        case .referenceOfReference(let middle): return kind("referenceOfReference", [("via", .string(graph[middle].key))])
        case .citerOfCiter(let middle): return kind("citerOfCiter", [("via", .string(graph[middle].key))])
        case .citedBySubject: return kind("citedBySubject")
        case .citesSubject: return kind("citesSubject")
        case .sameAuthor(let ids): return kind("sameAuthor", [("authors", .array(ids.map { .string(graph[$0].name) }))])
        case .sameTopic(let ids): return kind("sameTopic", [("topics", .array(ids.map { .string(graph[$0].key) }))])
        case .closeInCitationGraph: return kind("closeInCitationGraph")
        }
    }

    private var subjectTitle: String { subject.map(graph.shortTitle) ?? "" }

    private func plural(_ count: Int) -> String { count == 1 ? "" : "s" }
}

extension ReasonWording {
    /// "cited by 12 of your 40 papers: Attention Is All You Need, BERT, GPT-2 and 9 others; cites 2
    /// of your papers: …".
    func suggestion(_ suggestion: Suggestion, ownPapers: Int) -> String {
        var parts: [String] = []
        if !suggestion.citedBy.isEmpty {
            parts.append("cited by \(suggestion.citedBy.count) of your \(ownPapers) papers: "
                         + graph.nameList(suggestion.citedBy, limit: 3))
        }
        if !suggestion.cites.isEmpty {
            parts.append("cites \(suggestion.cites.count) of your papers: " + graph.nameList(suggestion.cites, limit: 3))
        }
        return parts.joined(separator: "; ")
    }
}
