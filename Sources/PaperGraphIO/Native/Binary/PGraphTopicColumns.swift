import GraphAlgorithms
import PaperGraphModel

/// A `.pgraph` file read as what `clusters --citations-only` needs (``ClusteredPaperGraph``): the
/// columns of ``PGraphColumns`` plus the paper → topic relation, and the topics' keys and names
/// read from the mapped string pool on demand. No `Paper` value is made.
///
/// The relation is checked as ``PGraphReader`` checks it (checksum, offsets, ids in range) and
/// sorted and freed of repeats as ``PaperGraph`` builds it.
public struct PGraphTopicColumns: ClusteredPaperGraph, @unchecked Sendable {
    /// The columns the relation was read from.
    public let columns: PGraphColumns
    public let tagging: CSRRelation
    private let topicColumns: UnsafeRawBufferPointer

    /// Reads and checks the topic relation of `columns`' file, or takes `tagging` when the caller
    /// has read it already (from a version 4 file's sorted sections).
    ///
    /// - Throws: ``Diagnostic`` when the relation is corrupt.
    /// - Complexity: O(V + T + P) for P paper-topic pairs; O(T) with `tagging`.
    public init(_ columns: PGraphColumns, tagging: CSRRelation? = nil) throws(Diagnostic) {
        self.columns = columns
        let image = columns.image, counts = image.counts
        if let tagging {
            self.tagging = tagging
        } else {
            let tags = try PGraphChecks(image).relation(.paperTopicOffsets, .paperTopics, rows: counts.papers, below: counts.topics)
            self.tagging = CSRRelation(rowCount: counts.papers, columnCount: counts.topics, unsortedOffsets: tags.offsets,
                                       columns: tags.ids)
        }
        topicColumns = try image.unverifiedRegion(.topicColumns, count: PGraphLayout.topicColumnCount * counts.topics)
    }

    public var paperCount: Int { columns.paperCount }
    public var citations: CSRGraph { columns.citations }
    public var citedBy: CSRGraph { columns.citedBy }
    public func year(_ paper: Int) -> Int? { columns.year(paper) }
    public func key(_ paper: Int) -> String { columns.key(paper) }

    /// Lets the citation graph's pages go (``PGraphColumns/releaseCitationPages()``).
    public func doneWithCitations() { columns.releaseCitationPages() }

    /// The title, or the key when the title is empty (as ``Paper/displayTitle``).
    public func displayTitle(_ paper: Int) -> String {
        let title = columns.title(paper)
        return title.isEmpty ? columns.key(paper) : title
    }

    /// The topic's key (empty when the file's entry is out of bounds).
    ///
    /// - Complexity: O(length of the key).
    public func topicKey(_ topic: TopicID) -> String { pooled(topic.index) }

    /// The topic's name.
    public func topicName(_ topic: TopicID) -> String { pooled(columns.topicCount + topic.index) }

    private func pooled(_ index: Int) -> String {
        let id = UInt32(littleEndian: topicColumns.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self))
        return columns.pooledString(id) ?? ""
    }
}
