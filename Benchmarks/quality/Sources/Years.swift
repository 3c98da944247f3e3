import PaperGraphModel

/// The publication year of a SNAP cit-HepTh / cit-HepPh node, read from its id.
///
/// SNAP's node ids are the papers' old-style arXiv numbers without the archive and without leading
/// zeros: hep-th/YYMMNNN is the id YYMMNNN, so `1001` is hep-th/0001001 (January 2000) and `9711200`
/// is hep-th/9711200 (November 1997). The year is therefore a fact of the id: YY ≥ 91 is 19YY (arXiv
/// began in 1991), otherwise 20YY. Checked against `cit-HepPh-dates.txt` (SNAP's submission dates):
/// of the 30,558 cit-HepPh nodes with a date, 30,538 have the same year (the rest are v1 dates a
/// month off across a new year, or ids SNAP re-dated). Ids that do not read as YYMMNNN with a month
/// 1–12 get no year.
func arXivYear(ofSNAPKey key: String) -> Int? {
    guard let id = Int(key), id > 0, id < 10_000_000 else { return nil }
    let yy = id / 100_000, month = id / 1000 % 100
    guard (1...12).contains(month) else { return nil }
    return yy >= 91 ? 1900 + yy : 2000 + yy
}

/// `graph` with each paper's year read from its SNAP id (``arXivYear(ofSNAPKey:)``), for the SNAP
/// graphs, whose files carry no years; a year the file gave is kept.
func withArXivYears(_ graph: PaperGraph) -> PaperGraph {
    var papers = graph.papers
    for i in papers.indices where papers[i].year == nil { papers[i].year = arXivYear(ofSNAPKey: papers[i].key) }
    return withPapers(graph, papers)
}
