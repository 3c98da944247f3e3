import PaperGraphIO
import PaperGraphModel

/// `papergraph suggest GRAPH...`: what to read that is not in your list yet.
struct SuggestCommand: Command {
    static let spec = CommandSpec(
        name: "suggest",
        abstract: "What to read that is not in your list yet: the works your papers cite most.",
        discussion: """
        Ranks the external papers (works your papers cite that are not in your list; `papergraph enrich`
        fetches them) by how many of your papers cite them (--citing: plus how many of yours they cite),
        then by personalized PageRank from the papers you have read, then by importance. Each row says
        why. -o FILE.bib writes BibTeX and --format csl-json CSL-JSON, with the identifiers found, to
        add to Zotero or a .bib file.
        JSON: {"suggestions": [{"id", "title", "year", "external": true, "score", "cited_by": [ids],
        "cites": [ids], "reason"}], "papers": n}.
        """,
        arguments: [GraphInput.arguments],
        options: [format, CommonOptions.output, top, citing] + GraphInput.options)

    static let format = Option.choice("format", short: "f", value: "format", help: "Output format: table, json, csv, bibtex "
                                      + "or csl-json (default from the -o extension: .bib, .json, .csv; else table).",
                                      among: ResultFormat.allCases.map { ($0.rawValue, $0) })
    static let top = CommonOptions.top(default: 20)
    static let citing = Flag("citing", help: "Also count your papers that an external paper cites (papers that build on yours).")

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let top = arguments[Self.top]
        // --format, else json/csv from the -o extension (as every command), else bibtex for .bib.
        let format = FormattedOutput.format(arguments)
            ?? (arguments[CommonOptions.output]?.lowercased().hasSuffix(".bib") == true ? .bibtex : .table)
        let graph = try GraphInput.load(arguments, console: console)
        let own = graph.papers.count - graph.externalPaperCount
        if !graph.hasExternalPapers {
            console.err("note: no external papers: the references of your papers are not in the graph; fetch them with "
                        + "`papergraph enrich FILE... -o enriched.json`, then run `papergraph suggest enriched.json`\n")
        }
        let suggestions = graph.suggestions(SuggestionOptions(citing: arguments[Self.citing], limit: top == 0 ? nil : top))
        let text: String
        switch format {
        case .bibtex, .cslJSON:
            let view: ExportView
            do {
                var selection = ExportSelection()
                selection.only = suggestions.map(\.paper)
                selection.externalMinimumCiters = 0
                view = try ExportView(graph: graph, selection: selection)
            } catch {
                throw .diagnostics([error])
            }
            text = format == .bibtex ? BibliographyWriter.bibtex(view) : BibliographyWriter.cslJSON(view)
        default:
            var table = TableWriter([("#", .right), ("cited by", .right), ("year", .right), ("id", .left), ("title", .left),
                                     ("why", .left)])
            var rows: [JSONOutput] = []
            for (i, entry) in suggestions.enumerated() {
                let paper = graph[entry.paper]
                let reason = ReasonWording(graph: graph).suggestion(entry, ownPapers: own)
                table.add([String(i + 1), String(entry.citedBy.count), PaperFields.year(paper), paper.key,
                           paper.displayTitle, reason])
                rows.append(.object(PaperFields.json(graph, entry.paper) + [
                    ("score", .double(entry.closeness)),
                    ("cited_by", .array(entry.citedBy.map { .string(graph[$0].key) })),
                    ("cites", .array(entry.cites.map { .string(graph[$0].key) })),
                    ("reason", .string(reason)),
                ]))
            }
            let output = FormattedOutput(table: table, json: .object([("suggestions", .array(rows)), ("papers", .int(own))]))
            text = switch format {
            case .json: output.json.serialized(pretty: true) + "\n"
            case .csv: output.table.csv()
            default: output.table.table(width: TerminalWidth.current(arguments))
            }
        }
        try OutputTarget.write(text, arguments, console: console)
        return ExitCode.success
    }
}
