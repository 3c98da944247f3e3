import GraphAlgorithms
import PaperGraphModel

/// A `.pgraph` file read as what `related` needs (``RelatedPaperGraph``): the columns of
/// ``PGraphColumns`` plus the author and topic relations both ways, and the names of authors and
/// topics read from the mapped string pool on demand. No `Paper` value is made.
///
/// In a version 4 file the relations are read in place from sections 33–40, checked as
/// ``PGraphReader`` checks them (checksums, offsets, sorted rows in range, both directions holding
/// the same pairs) but not against the bylines (sections 19–22), which only the whole graph reads;
/// in older files they are read from the bylines, checked, sorted, freed of repeats and transposed
/// as ``PaperGraph`` builds them. Either way a search over these columns reads the same relations as
/// one over the whole graph.
public struct PGraphRelatedColumns: RelatedPaperGraph, @unchecked Sendable {
    /// The columns the relations were read from.
    public let columns: PGraphColumns
    public let paperAuthors: CSRRelation, authorship: CSRRelation
    public let topicPapers: CSRRelation
    /// The topic relation and the topics' names.
    private let topics: PGraphTopicColumns
    private let authorNames: UnsafeRawBufferPointer

    /// Reads and checks the author and topic relations of `columns`' file.
    ///
    /// - Throws: ``Diagnostic`` when a relation is corrupt.
    /// - Complexity: O(V + A + T + P) for P author and topic pairs: one sequential pass over each
    ///   stored direction (version 4), or the bylines sorted and transposed (older versions).
    public init(_ columns: PGraphColumns) throws(Diagnostic) {
        self.columns = columns
        let image = columns.image, counts = image.counts, check = PGraphChecks(image)
        if image.holds(.sortedPaperAuthorOffsets) {
            (paperAuthors, authorship) = try check.relations((.sortedPaperAuthorOffsets, .sortedPaperAuthors),
                                                             transposed: (.authorPaperOffsets, .authorPapers),
                                                             columnCount: counts.authors, noun: "author")
            let (tagging, topicPapers) = try check.relations((.sortedPaperTopicOffsets, .sortedPaperTopics),
                                                             transposed: (.topicPaperOffsets, .topicPapers),
                                                             columnCount: counts.topics, noun: "topic")
            self.topicPapers = topicPapers
            topics = try PGraphTopicColumns(columns, tagging: tagging)
        } else {
            let bylines = try check.relation(.paperAuthorOffsets, .paperAuthors, rows: counts.papers, below: counts.authors)
            paperAuthors = CSRRelation(rowCount: counts.papers, columnCount: counts.authors, unsortedOffsets: bylines.offsets,
                                       columns: bylines.ids)
            authorship = paperAuthors.transposed()
            topics = try PGraphTopicColumns(columns)
            topicPapers = topics.tagging.transposed()
        }
        authorNames = try image.unverifiedRegion(.authorNames, count: counts.authors)
    }

    public var tagging: CSRRelation { topics.tagging }

    public var paperCount: Int { columns.paperCount }
    public var citations: CSRGraph { columns.citations }
    public var citedBy: CSRGraph { columns.citedBy }
    public var externalPaperCount: Int { columns.externalPaperCount }
    public func isExternal(_ paper: Int) -> Bool { columns.isExternal(paper) }
    public func year(_ paper: Int) -> Int? { columns.year(paper) }
    public func key(_ paper: Int) -> String { columns.key(paper) }

    /// The author's name (empty when the file's entry is out of bounds).
    ///
    /// - Complexity: O(length of the name).
    public func authorName(_ author: AuthorID) -> String {
        let id = UInt32(littleEndian: authorNames.loadUnaligned(fromByteOffset: 4 * author.index, as: UInt32.self))
        return columns.pooledString(id) ?? ""
    }

    /// The topic's key.
    public func topicKey(_ topic: TopicID) -> String { topics.topicKey(topic) }

    /// The topic's name.
    public func topicName(_ topic: TopicID) -> String { topics.topicName(topic) }
}
