import PaperGraphIO
import PaperGraphModel

/// The one place that words ``PaperReason``s: the sentences of `next`, `path` and `related`, and
/// the structured `"why"` member JSON carries next to them (shape in `Docs/reasons.md`); and the
/// evidence of a `suggest` row.
struct ReasonWording {
    /// Where the names of papers, authors and topics come from.
    let names: any ReasonNames
    /// The paper `related` was asked about, named by its reasons; `nil` for `next` and `path`.
    var subject: PaperID? = nil

    init(graph: PaperGraph, subject: PaperID? = nil) {
        self.init(names: graph, subject: subject)
    }

    init(names: any ReasonNames, subject: PaperID? = nil) {
        self.names = names
        self.subject = subject
    }

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
        case .buildsOnRead(let papers): return "builds on " + nameList(papers) + ", which you have read"
        case .citedByRead(let papers):
            return "cited by \(papers.count) paper\(plural(papers.count)) you have read (" + nameList(papers) + ")"
        case .startingPoint: return "a starting point: builds on nothing else in the graph"
        case .target: return "the paper you asked for"
        case .citedBy(let papers): return "cited by " + nameList(papers) + " on this path"
        case .prerequisiteOf(let dependent, let note):
            return "read before " + shortTitle(dependent) + (note.map { " (\($0))" } ?? "")
        case .leadsToOmitted: return "leads to the target through papers left out by --max"
        case .coCitedBy(let count): return "co-cited with \(subjectTitle) by \(count) paper\(plural(count))"
        case .sharesReferences(let count): return "shares \(count) reference\(plural(count)) with \(subjectTitle)"
        case .referenceOfReference(let middle): return "\(subjectTitle) cites \(shortTitle(middle)), which cites it"
        case .citerOfCiter(let middle): return "cites \(shortTitle(middle)), which cites \(subjectTitle)"
        case .citedByCoupled(let paper): return "cited by \(shortTitle(paper)), which shares references with \(subjectTitle)"
        case .citedBySubject: return "cited by \(subjectTitle)"
        case .citesSubject: return "cites \(subjectTitle)"
        case .sameAuthor(let authors):
            return "same author" + (authors.count == 1 ? ": " : "s: ")
                + authors.prefix(3).map(names.authorName).joined(separator: ", ")
        case .sameTopic(let topics): return "same topic: " + topics.prefix(3).map(names.topicName).joined(separator: ", ")
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
        func papers(_ ids: [PaperID]) -> JSONOutput { .array(ids.map { .string(names.paperKey($0)) }) }
        switch reason {
        case .buildsOnRead(let ids): return kind("buildsOnRead", [("papers", papers(ids))])
        case .citedByRead(let ids): return kind("citedByRead", [("papers", papers(ids))])
        case .startingPoint: return kind("startingPoint")
        case .target: return kind("target")
        case .citedBy(let ids): return kind("citedBy", [("papers", papers(ids))])
        case .prerequisiteOf(let dependent, let note):
            return kind("prerequisiteOf", [("paper", .string(names.paperKey(dependent))), ("note", .string(note))])
        case .leadsToOmitted: return kind("leadsToOmitted")
        case .coCitedBy(let count): return kind("coCitedBy", [("count", .int(count))])
        case .sharesReferences(let count): return kind("sharesReferences", [("count", .int(count))])
        case .referenceOfReference(let middle): return kind("referenceOfReference", [("via", .string(names.paperKey(middle)))])
        case .citerOfCiter(let middle): return kind("citerOfCiter", [("via", .string(names.paperKey(middle)))])
        case .citedByCoupled(let paper): return kind("citedByCoupled", [("via", .string(names.paperKey(paper)))])
        case .citedBySubject: return kind("citedBySubject")
        case .citesSubject: return kind("citesSubject")
        case .sameAuthor(let ids): return kind("sameAuthor", [("authors", .array(ids.map { .string(names.authorName($0)) }))])
        case .sameTopic(let ids): return kind("sameTopic", [("topics", .array(ids.map { .string(names.topicKey($0)) }))])
        case .closeInCitationGraph: return kind("closeInCitationGraph")
        }
    }

    private var subjectTitle: String { subject.map(shortTitle) ?? "" }

    private func shortTitle(_ paper: PaperID) -> String {
        PaperGraph.shortTitle(ofDisplayTitle: names.displayTitle(paper))
    }

    private func nameList(_ papers: [PaperID], limit: Int = 2) -> String {
        PaperGraph.nameList(papers, limit: limit, shortTitle: shortTitle)
    }

    private func plural(_ count: Int) -> String { count == 1 ? "" : "s" }
}

extension ReasonWording {
    /// "cited by 12 of your 40 papers: Attention Is All You Need, BERT, GPT-2 and 9 others; cites 2
    /// of your papers: …".
    func suggestion(_ suggestion: Suggestion, ownPapers: Int) -> String {
        var parts: [String] = []
        if !suggestion.citedBy.isEmpty {
            parts.append("cited by \(suggestion.citedBy.count) of your \(ownPapers) papers: "
                         + nameList(suggestion.citedBy, limit: 3))
        }
        if !suggestion.cites.isEmpty {
            parts.append("cites \(suggestion.cites.count) of your papers: " + nameList(suggestion.cites, limit: 3))
        }
        return parts.joined(separator: "; ")
    }
}
