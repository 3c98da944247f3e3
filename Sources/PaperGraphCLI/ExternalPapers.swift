import PaperGraphModel

/// What every analysis command says and takes about external papers and thin data.
enum ExternalPapers {
    /// `--include-external`: list external papers in results too.
    static let option = Flag("include-external",
                             help: "List external papers too (works your papers cite that are not in your list).")

    /// Whether the user asked to list external papers.
    static func included(_ arguments: ParsedArguments) -> Bool { arguments[option] }

    /// The one note an analysis prints on standard error when the graph it works on has no
    /// citations, or fewer than a third of its papers (``ThinData``), saying what the result falls
    /// back to and what to run. Silent on graphs with enough citations.
    static func noteIfThin(_ graph: PaperGraph, console: Console, fallback: String) {
        noteIfThin(papers: graph.papers.count - graph.externalPaperCount, citations: graph.citations.edgeCount,
                   console: console, fallback: fallback)
    }

    /// ``noteIfThin(_:console:fallback:)`` from the counts alone: the user's papers and the citations.
    static func noteIfThin(papers: Int, citations: Int, console: Console, fallback: String) {
        guard let thin = ThinData(papers: papers, citations: citations) else { return }
        let counts = thin.citations == 0 ? "no citations"
            : "only \(thin.citations) citation\(thin.citations == 1 ? "" : "s") for \(thin.papers) papers"
        console.err("note: this graph has \(counts), so \(fallback); fetch your papers' references with "
                    + "`papergraph enrich FILE... -o enriched.json` and run this on enriched.json\n")
    }
}

/// A graph too thin in citations for the citation analyses to mean much: no citations, or fewer
/// citations than a third of the papers (the documented threshold).
struct ThinData {
    /// Papers of the user (external papers not counted).
    let papers: Int
    let citations: Int

    init?(_ graph: PaperGraph) {
        self.init(papers: graph.papers.count - graph.externalPaperCount, citations: graph.citations.edgeCount)
    }

    init?(papers: Int, citations: Int) {
        guard papers > 1, citations == 0 || 3 * citations < papers else { return nil }
        self.papers = papers
        self.citations = citations
    }
}
