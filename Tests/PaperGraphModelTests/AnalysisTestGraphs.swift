import PaperGraphModel

/// Builds a graph from compact records for analysis tests.
func makeGraph(_ records: [PaperRecord]) -> PaperGraph {
    var builder = PaperGraphBuilder()
    builder.add(ImportedLibrary(papers: records))
    return builder.build().graph
}

/// A paper record citing `cites`, with optional prerequisites and status.
func paper(_ key: String, _ year: Int? = nil, cites: [String] = [], needs: [String] = [], status: ReadingStatus? = nil,
           title: String? = nil, authors: [String] = [], topics: [String] = []) -> PaperRecord {
    PaperRecord(key: key, title: title ?? "Paper \(key.uppercased())", year: year, authors: authors, topics: topics,
                status: status, cites: cites.map { PaperReference($0) },
                prerequisites: needs.map { PaperReference($0, reason: "\($0) first") })
}

extension PaperGraph {
    func keys(_ ids: [PaperID]) -> [String] { ids.map { self[$0].key } }
    func id(_ key: String) -> PaperID { paper(forKey: key)! }
}
