import GraphAlgorithms
import PaperGraphModel

/// The structural checks of a `.pgraph` file's sections, each throwing a ``Diagnostic`` that
/// names the section; after them, indexing with the file's ids cannot go out of range.
struct PGraphChecks {
    let image: PGraphImage

    init(_ image: PGraphImage) { self.image = image }

    func corrupt(_ section: PGraphLayout.Section, _ problem: String) -> Diagnostic {
        .error("\(image.path): corrupt .pgraph file: section '\(section.name)' \(problem)")
    }

    /// The citation graph and its reverse (see ``graphs(_:reversed:edges:name:)``), and the
    /// fingerprint of their edges.
    func citationGraphs() throws(Diagnostic) -> (citations: CSRGraph, citedBy: CSRGraph, fingerprint: UInt64) {
        try graphs((.citationOffsets, .citationTargets), reversed: (.citedByOffsets, .citedByTargets),
                   edges: image.counts.citations, name: "citations")
    }

    /// A CSR graph over the papers and its reverse, read in place from a mapped file (copied from
    /// other bytes), each checked in one pass (``PGraphGraphScan``): checksums, offsets from 0
    /// rising to the edge count, rows strictly ascending with targets below the paper count, and
    /// the reverse holding the same edges as the forward graph (equal order-independent
    /// fingerprints, where a transpose would cost a random-access pass).
    ///
    /// - Throws: ``Diagnostic`` naming the first damaged section: a checksum before a shape.
    /// - Complexity: O(V + E), one sequential pass over each graph.
    func graphs(_ forward: (offsets: PGraphLayout.Section, targets: PGraphLayout.Section),
                reversed reverse: (offsets: PGraphLayout.Section, targets: PGraphLayout.Section),
                edges: Int, name: String) throws(Diagnostic) -> (CSRGraph, CSRGraph, fingerprint: UInt64) {
        let n = image.counts.papers
        let graph = try rows(forward, rows: n, columns: n, pairs: edges, noun: "paper", headsFirst: false)
        let reversed = try rows(reverse, rows: n, columns: n, pairs: edges, noun: "paper", headsFirst: true)
        guard graph.fingerprint == reversed.fingerprint else {
            throw .error("\(image.path): corrupt .pgraph file: the reverse of the \(name) graph does not hold the same edges")
        }
        return (CSRGraph(nodeCount: n, offsets: graph.offsets, targets: graph.targets),
                CSRGraph(nodeCount: n, offsets: reversed.offsets, targets: reversed.targets), graph.fingerprint)
    }

    /// A relation from papers to `columnCount` authors or topics, rows sorted, and its transpose
    /// (version 4), read in place and checked like ``graphs(_:reversed:edges:name:)``: checksums,
    /// offsets, rows strictly ascending and in range, both directions holding the same pairs.
    ///
    /// - Parameter noun: What the columns are (`author`, `topic`), for messages.
    /// - Throws: ``Diagnostic`` naming the first damaged section: a checksum before a shape.
    /// - Complexity: O(V + C + P) for C columns and P pairs, one sequential pass over each direction.
    func relations(_ forward: (offsets: PGraphLayout.Section, targets: PGraphLayout.Section),
                   transposed transpose: (offsets: PGraphLayout.Section, targets: PGraphLayout.Section),
                   columnCount: Int, noun: String) throws(Diagnostic) -> (CSRRelation, CSRRelation) {
        let n = image.counts.papers
        let relation = try rows(forward, rows: n, columns: columnCount, pairs: nil, noun: noun, headsFirst: false)
        let pairs = relation.targets.count
        let transposed = try rows(transpose, rows: columnCount, columns: n, pairs: pairs, noun: "paper", headsFirst: true)
        guard relation.fingerprint == transposed.fingerprint else {
            throw .error("\(image.path): corrupt .pgraph file: the \(noun) → paper rows do not hold the paper → \(noun) pairs")
        }
        return (CSRRelation(rowCount: n, columnCount: columnCount, sortedOffsets: relation.offsets, columns: relation.targets),
                CSRRelation(rowCount: columnCount, columnCount: n, sortedOffsets: transposed.offsets, columns: transposed.targets))
    }

    /// One direction of a graph or relation, read in place and scanned (``PGraphGraphScan``);
    /// `pairs` is the length the targets must have, `nil` for whatever the section holds.
    private func rows(_ sections: (offsets: PGraphLayout.Section, targets: PGraphLayout.Section), rows n: Int, columns: Int,
                      pairs: Int?, noun: String, headsFirst: Bool) throws(Diagnostic) -> (offsets: CSRArray, targets: CSRArray, fingerprint: UInt64) {
        let offsets = try image.column(sections.offsets, count: n + 1)
        let targets = try image.column(sections.targets, count: pairs)
        let scan = offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer {
                PGraphGraphScan(offsets: offsets, targets: $0, rowCount: n, columnCount: columns, headsFirst: headsFirst)
            }
        }
        guard scan.offsetsChecksum == image.checksum(sections.offsets) else { throw image.checksumMismatch(sections.offsets) }
        guard scan.targetsChecksum == image.checksum(sections.targets) else { throw image.checksumMismatch(sections.targets) }
        guard scan.offsetsValid else { throw corrupt(sections.offsets, "does not hold offsets from 0 rising to \(targets.count)") }
        guard scan.rowsValid else {
            let article = noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
            throw corrupt(sections.targets, "has a row that is unsorted, repeats a node or names \(article) \(noun) ≥ \(columns)")
        }
        return (offsets, targets, scan.fingerprint)
    }

    /// A graph's offsets section alone, read in place (copied from unmapped bytes), its checksum
    /// and shape checked: `rows + 1` offsets from 0 rising to `total`.
    ///
    /// - Complexity: O(rows).
    func offsets(_ section: PGraphLayout.Section, rows: Int, total: Int) throws(Diagnostic) -> CSRArray {
        let offsets = try image.column(section, count: rows + 1)
        let (checksum, valid) = offsets.withUnsafeBufferPointer { o in
            var rising = o.first == 0 && o.last.map(Int.init) == total
            for i in 1..<o.count { rising = rising && o[i - 1] <= o[i] }
            return (XXHash64.hash(of: UnsafeRawBufferPointer(o)), rising)
        }
        guard checksum == image.checksum(section) else { throw image.checksumMismatch(section) }
        guard valid else { throw corrupt(section, "does not hold offsets from 0 rising to \(total)") }
        return offsets
    }

    /// Offsets that start at 0, never decrease and end at `total`.
    func checkOffsets(_ offsets: [UInt32], total: Int, _ section: PGraphLayout.Section) throws(Diagnostic) {
        let valid = offsets.withUnsafeBufferPointer { o in
            guard o.first == 0, o.last.map(Int.init) == total else { return false }
            var increasing = true
            for i in 1..<o.count { increasing = increasing && o[i - 1] <= o[i] }
            return increasing
        }
        guard valid else { throw corrupt(section, "does not hold offsets from 0 rising to \(total)") }
    }

    /// A relation from papers to ids below `limit`, in CSR form with unsorted rows.
    func relation(_ offsetsSection: PGraphLayout.Section, _ idsSection: PGraphLayout.Section, rows: Int,
                  below limit: Int) throws(Diagnostic) -> Relation {
        let offsets = try image.array(offsetsSection, UInt32.self, count: rows + 1)
        let ids = try image.array(idsSection, UInt32.self)
        try checkOffsets(offsets, total: ids.count, offsetsSection)
        try self.ids(ids, below: limit, optional: false, in: idsSection)
        return Relation(offsets: offsets, ids: ids)
    }

    /// Every id below `limit`, or ``PGraphLayout/none`` when `optional`.
    func ids<C: Collection<UInt32>>(_ ids: C, below limit: Int, optional: Bool, in section: PGraphLayout.Section) throws(Diagnostic) {
        for id in ids where Int(id) >= limit && !(optional && id == PGraphLayout.none) {
            throw corrupt(section, "names \(id) where fewer than \(limit) exist")
        }
    }

    /// Topic parents in range and without cycles.
    func topicParents(_ parents: [UInt32]) throws(Diagnostic) {
        let count = parents.count
        try ids(parents, below: count, optional: true, in: .topicColumns)
        // 0 unvisited, 1 on the current chain, 2 known to reach a root.
        var state = [UInt8](repeating: 0, count: count)
        for start in 0..<count where state[start] == 0 {
            var chain: [Int] = []
            var t = start
            while true {
                if state[t] == 1 { throw corrupt(.topicColumns, "has a cycle of topic parents") }
                if state[t] == 2 { break }
                state[t] = 1
                chain.append(t)
                guard parents[t] != PGraphLayout.none else { break }
                t = Int(parents[t])
            }
            for c in chain { state[c] = 2 }
        }
    }

    /// The string pool, checked so that every string's bytes lie inside it.
    func strings() throws(Diagnostic) -> StringTable {
        let offsets = try image.array(.stringOffsets, UInt64.self)
        let bytes = try image.array(.stringBytes, UInt8.self)
        let valid = offsets.withUnsafeBufferPointer { o in
            guard o.first == 0, o.last == UInt64(bytes.count), o.count <= Int(PGraphLayout.none) else { return false }
            var increasing = true
            for i in 1..<o.count { increasing = increasing && o[i - 1] <= o[i] }
            return increasing
        }
        guard valid else { throw corrupt(.stringOffsets, "does not hold offsets from 0 rising to \(bytes.count)") }
        return StringTable(offsets: offsets, bytes: bytes)
    }
}

/// A paper → ids relation as read from a file.
struct Relation {
    let offsets: [UInt32]
    let ids: [UInt32]

    func row(_ v: Int) -> ArraySlice<UInt32> { ids[Int(offsets[v])..<Int(offsets[v + 1])] }
}

/// The checked string pool of a file; invalid UTF-8 is repaired with U+FFFD, never trusted.
struct StringTable {
    let offsets: [UInt64]
    let bytes: [UInt8]

    var count: Int { offsets.count - 1 }

    subscript(index: UInt32) -> String {
        let i = Int(index)
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(offsets[i])..<Int(offsets[i + 1])]), as: UTF8.self)
        }
    }

    func optional(_ index: UInt32) -> String? { index == PGraphLayout.none ? nil : self[index] }
}
