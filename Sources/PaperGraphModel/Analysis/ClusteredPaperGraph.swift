import GraphAlgorithms

/// What ``ClusteredPaperGraph/citationClusters(_:scores:)`` reads of a graph: the citations both
/// ways, the paper → topic relation and the topics' names, and, per paper, its year, key and
/// display title (the year and key to order papers by importance, the title to label a cluster
/// without topics).
///
/// ``PaperGraph`` is one; a `.pgraph` file read as columns is another, so `clusters
/// --citations-only` on a large file runs without a `Paper` per paper. The per-paper questions
/// are asked for papers tied by score (year, key) and for one paper per unlabelled cluster
/// (title), and should each be O(1) (key and title O(their length)).
public protocol ClusteredPaperGraph {
    /// The number of papers; ids are `0 ..< paperCount`.
    var paperCount: Int { get }
    /// Citations, citing paper → cited paper, and their reverse.
    var citations: CSRGraph { get }
    var citedBy: CSRGraph { get }
    /// Paper → topics (ascending ids, no repeats).
    var tagging: CSRRelation { get }
    /// The topic's name.
    func topicName(_ topic: TopicID) -> String
    /// The paper's year, if known.
    func year(_ paper: Int) -> Int?
    /// The paper's key.
    func key(_ paper: Int) -> String
    /// The paper's title, or its key when the title is empty.
    func displayTitle(_ paper: Int) -> String
    /// Told once the citations have been read for the last time: a graph read in place from a
    /// file may let their pages go. Does nothing by default.
    func doneWithCitations()
}

/// The papers' fields read from ``PaperGraph/papers`` and ``PaperGraph/topics``: O(1) each.
extension PaperGraph: ClusteredPaperGraph {
    public func topicName(_ topic: TopicID) -> String { topics[topic.index].name }
    public func displayTitle(_ paper: Int) -> String { papers[paper].displayTitle }
}

extension ClusteredPaperGraph {
    public func doneWithCitations() {}

    /// ``PaperGraph/shortTitle(ofDisplayTitle:)`` of the paper's display title.
    public func shortTitle(_ paper: Int) -> String { PaperGraph.shortTitle(ofDisplayTitle: displayTitle(paper)) }

    /// All papers in the ``ImportanceOrder`` of `scores`, most important first.
    ///
    /// Papers are sorted by score and year as numbers; keys are made only for the papers tied with
    /// another on both, once each, so ordering 10^7 papers makes no `String` for most of them.
    ///
    /// - Precondition: `scores` has one entry per paper.
    /// - Complexity: O(V log V) comparisons of numbers, plus a sort by key of each run of ties.
    public func importanceOrder(scores: [Double]) -> [PaperID] {
        precondition(scores.count == paperCount, "scores needs one entry per paper")
        var entries = (0..<paperCount).map { p in
            ImportanceEntry(score: scores[p].isNaN ? -Double.infinity : scores[p], year: year(p) ?? Int.max, paper: UInt32(p))
        }
        entries.sort { (a: ImportanceEntry, b: ImportanceEntry) -> Bool in a.score != b.score ? a.score > b.score : a.year < b.year }
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].score == entries[start].score && entries[end].year == entries[start].year {
                end += 1
            }
            if end - start > 1 {
                let keys = entries[start..<end].map { key(Int($0.paper)) }
                let sorted = keys.indices.sorted { keys[$0] < keys[$1] }.map { entries[start + $0] }
                entries.replaceSubrange(start..<end, with: sorted)
            }
            start = end
        }
        return entries.map { PaperID($0.paper) }
    }
}

/// A paper's place in the importance order as numbers: score (NaN as −∞), year (unknown as
/// `Int.max`).
private struct ImportanceEntry {
    var score: Double, year: Int, paper: UInt32
}
