import Foundation
import PaperGraphModel

/// Turning the paper and topic names users type into ids, with helpful errors.
enum PaperArgument {
    /// `--exact`: no guessing from prefixes or typos.
    static let exact = Flag("exact", help: "Paper names must be an id, arXiv id, DOI or a whole title "
                                        + "(no prefixes or typo correction; for scripts).", showInUsage: false)

    /// The paper `name` refers to (key, arXiv id, DOI, title, unique prefix or close match); a close
    /// match is taken with a note on standard error ("taking 'X' as 'Title'").
    ///
    /// - Throws: ``CLIError/failure(_:)`` listing the closest candidates when the name is unknown or
    ///   ambiguous.
    static func resolve(_ name: String, in graph: PaperGraph, _ arguments: ParsedArguments,
                        console: Console) throws(CLIError) -> PaperID {
        switch graph.lookUpPaper(name, matching: arguments[exact] ? .exact : .fuzzy) {
        case .found(let id):
            return id
        case .closeMatch(let id):
            console.err("note: taking '\(name)' as '\(graph[id].title)' (\(graph[id].key)); --exact turns this off\n")
            return id
        case .ambiguous(let candidates):
            throw .failure("'\(name)' matches several papers; be more specific: " + describe(candidates, graph))
        case .notFound(let closest):
            let hint = closest.isEmpty ? "" : "; closest: " + describe(closest, graph)
            throw .failure("no paper matches '\(name)'\(hint)")
        }
    }

    /// Splits a command's positional arguments into graph files and the paper names it needs.
    ///
    /// Each name comes from its option (`--paper`, `--to`) when given, else from the end of the
    /// positional arguments (`related a.json b.bib Mamba`), where a path to an existing file is
    /// never taken as a name: `related a.json b.json` asks for `--paper` instead of reading
    /// `b.json` as a title.
    /// - Throws: ``CLIError/usage(_:command:)`` when a name is missing or no graph file is left.
    static func graphsAndNames(_ arguments: ParsedArguments, options: [Option<String?>]) throws(CLIError)
        -> (graphs: [String], names: [String]) {
        var positional = arguments.positional
        var names: [String] = []
        for option in options.reversed() {
            if let given = arguments[option] { names.insert(given, at: 0); continue }
            guard let last = positional.last, !FileManager.default.fileExists(atPath: last) else {
                throw .usage("name the paper with --\(option.spec.name) (the last argument is a graph file)", command: arguments.spec)
            }
            names.insert(positional.removeLast(), at: 0)
        }
        guard !positional.isEmpty else { throw .usage("missing argument GRAPH", command: arguments.spec) }
        return (positional, names)
    }

    /// The topic `name` refers to (key or name, any case, or a unique part of one).
    ///
    /// - Throws: ``CLIError/failure(_:)`` listing matching (or known) topics.
    static func resolveTopic(_ name: String, in graph: PaperGraph) throws(CLIError) -> TopicID {
        func list(_ ids: [TopicID]) -> String {
            ids.prefix(8).map { "'\(graph[$0].key)' (\(graph[$0].name))" }.joined(separator: ", ")
        }
        switch graph.lookUpTopic(name) {
        case .found(let id): return id
        case .ambiguous(let matches): throw .failure("'\(name)' matches several topics: \(list(matches))")
        case .notFound: throw .failure("no topic matches '\(name)'; topics: \(list(graph.topics.indices.map(TopicID.init)))")
        }
    }

    private static func describe(_ ids: [PaperID], _ graph: PaperGraph) -> String {
        ids.map { id in
            let paper = graph[id]
            return "'\(paper.key)' (\(paper.title)\(paper.year.map { ", \($0)" } ?? ""))"
        }.joined(separator: ", ")
    }
}
