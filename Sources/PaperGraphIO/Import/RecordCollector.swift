import PaperGraphModel

/// Collects the paper records of one source in order of first appearance, merging records that
/// share a key (a paper seen both as a full record and as a reference stub of another one).
///
/// A stub (a paper known only by its key, with an empty title) is completed by a later full
/// record without a warning; two full records of one key keep the first record's fields, fill
/// gaps from the second and union their citations. The merged record is external only when both
/// were.
struct RecordCollector {
    private(set) var records: [PaperRecord] = []
    private var indexOfKey: [String: Int] = [:]
    private var isStub: [Bool] = []

    /// Adds a full record.
    mutating func add(_ record: PaperRecord) {
        guard let i = indexOfKey[record.key] else {
            append(record, stub: false)
            return
        }
        var merged = records[i]
        if isStub[i] {
            merged = record
            merged.cites = records[i].cites + record.cites.filter { !records[i].cites.contains($0) }
            merged.isExternal = records[i].isExternal && record.isExternal
            isStub[i] = false
        } else {
            merged.isExternal = merged.isExternal && record.isExternal
            merged.year = merged.year ?? record.year
            merged.venue = merged.venue ?? record.venue
            merged.summary = merged.summary ?? record.summary
            merged.kind = merged.kind ?? record.kind
            if merged.authors.isEmpty { merged.authors = record.authors }
            for topic in record.topics where !merged.topics.contains(topic) { merged.topics.append(topic) }
            merged.identifiers.doi = merged.identifiers.doi ?? record.identifiers.doi
            merged.identifiers.arxiv = merged.identifiers.arxiv ?? record.identifiers.arxiv
            merged.identifiers.url = merged.identifiers.url ?? record.identifiers.url
            merged.identifiers.other.merge(record.identifiers.other) { first, _ in first }
            Self.addCitations(record.cites, to: &merged)
        }
        records[i] = merged
    }

    /// Records that `key` cites `references`, adding a stub for `key` if it is unknown (an
    /// external one with `external`: a paper outside the input that cites one of its papers).
    mutating func addCitations(from key: String, _ references: [PaperReference], location: SourceLocation?,
                               external: Bool = false) {
        if let i = indexOfKey[key] {
            Self.addCitations(references, to: &records[i])
        } else {
            append(PaperRecord(key: key, title: "", cites: references, location: location, isExternal: external), stub: true)
        }
    }

    private static func addCitations(_ references: [PaperReference], to record: inout PaperRecord) {
        for reference in references where !record.cites.contains(where: { $0.key == reference.key }) {
            record.cites.append(reference)
        }
    }

    private mutating func append(_ record: PaperRecord, stub: Bool) {
        indexOfKey[record.key] = records.count
        records.append(record)
        isStub.append(stub)
    }
}
