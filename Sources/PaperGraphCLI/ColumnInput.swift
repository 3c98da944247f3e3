import Foundation
import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel

/// The fast path of commands on one large `.pgraph` file: its columns, without materializing
/// the whole ``PaperGraph`` (see ``PGraphColumns``).
enum ColumnInput {
    /// The `.pgraph` file at `path` opened as columns, or `nil` when `path` is another kind of
    /// input (then the command loads the graph as usual).
    static func columns(_ arguments: ParsedArguments, path: String,
                        reading: PGraphColumns.Reading = .citations) throws(CLIError) -> PGraphColumns? {
        guard try isPGraph(arguments, path: path) else { return nil }
        do {
            return try PGraphColumns(atPath: path, reading: reading)
        } catch {
            throw .diagnostics([error])
        }
    }

    /// The single `.pgraph` input of a command that takes `GRAPH ...`, as columns, or `nil`.
    static func columns(_ arguments: ParsedArguments, reading: PGraphColumns.Reading = .citations) throws(CLIError) -> PGraphColumns? {
        guard arguments.positional.count == 1 else { return nil }
        return try columns(arguments, path: arguments.positional[0], reading: reading)
    }

    /// The statistics stored in the single `.pgraph` input, or `nil` when the input is of another
    /// kind or a version 1 file (then `stats` loads the graph).
    static func storedStatistics(_ arguments: ParsedArguments) throws(CLIError) -> GraphStatistics? {
        guard arguments.positional.count == 1, try isPGraph(arguments, path: arguments.positional[0]) else { return nil }
        do {
            return try PGraphReader.readStatistics(atPath: arguments.positional[0])
        } catch {
            throw .diagnostics([error])
        }
    }

    private static func isPGraph(_ arguments: ParsedArguments, path: String) throws(CLIError) -> Bool {
        let format = try GraphInput.inputFormat(arguments)
        return (InputFormat.chosen(format, forPath: path) ?? InputFormat.inferred(fromPath: path)) == .pgraph
    }

    /// The single edge-list input of a command, read with integer ids, or `nil` when the input
    /// is of another kind or not a plain numeric edge list (see ``NumericEdgeList``); the
    /// command then loads it as usual, with the general importer's diagnostics. The file is read
    /// a piece at a time (gzip too), never held whole.
    static func numericEdgeList(_ arguments: ParsedArguments) throws(CLIError) -> NumericEdgeList? {
        guard arguments.positional.count == 1 else { return nil }
        let path = arguments.positional[0]
        let format = try GraphInput.inputFormat(arguments)
        guard (InputFormat.chosen(format, forPath: path) ?? InputFormat.inferred(fromPath: path)) == .edgelist else { return nil }
        // When this reader declines the file, the general importer reads it again: standard input
        // and pipes can be read once only, so they go to the general importer directly.
        guard isRegularFile(path) else { return nil }
        let reverse = try GraphInput.importOptions(arguments).edgeList.isReversed(forPath: path)
        do {
            return try NumericEdgeList.read(atPath: path, reverse: reverse)
        } catch {
            throw .diagnostics([error])
        }
    }

    /// The single edge-list input of a command, of any tokens, read straight into a citation
    /// graph (``EdgeListGraph``) with the general path's warnings; `nil` when
    /// the input is of another kind, standard input or a pipe (read once only, so left to the
    /// general importer).
    static func edgeListGraph(_ arguments: ParsedArguments) throws(CLIError) -> EdgeListGraph? {
        guard arguments.positional.count == 1, isRegularFile(arguments.positional[0]) else { return nil }
        let format = try GraphInput.inputFormat(arguments), options = try GraphInput.importOptions(arguments)
        let read: EdgeListGraph?
        do {
            read = try EdgeListGraph.read(atPath: arguments.positional[0], format: format, options: options)
        } catch {
            throw .diagnostics([error])
        }
        guard let read, read.citations.edgeCount > 0 else { return nil }
        return read
    }

    private static func isRegularFile(_ path: String) -> Bool {
        path != "-" && (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
    }

    /// The `top` best of `count` papers by `scores` in the ``ImportanceOrder`` (higher score, then
    /// earlier year with unknown years last, then key), all when `top` is 0.
    /// Only papers scoring at least the `top`-th best score are sorted, so keys are made for few
    /// papers.
    ///
    /// - Complexity: O(V log top) plus a sort of the papers tied with the cut.
    static func best(_ top: Int, of count: Int, by scores: [Double], year: (Int) -> Int?,
                     key: (Int) -> String) -> [Int] {
        var threshold = -Double.infinity
        if top > 0 && top < count {
            var heap = MinHeap(capacity: top)
            for v in 0..<count { heap.offer(scores[v]) }
            threshold = heap.minimum
        }
        let candidates = (0..<count).filter { scores[$0] >= threshold }
        let keys = candidates.map(key)
        let sorted = candidates.indices.sorted { a, b in
            ImportanceOrder.ranks(score: scores[candidates[a]], year: year(candidates[a]), key: keys[a],
                                  before: scores[candidates[b]], year: year(candidates[b]), key: keys[b])
        }.map { candidates[$0] }
        return top == 0 ? sorted : Array(sorted.prefix(top))
    }
}

extension NumericEdgeList {
    /// An edge list's paper: key and title are the id, no year (as ``EdgeListImporter`` reads it).
    func row(_ paper: Int) -> PaperRow {
        let key = String(keys[paper])
        return PaperRow(key: key, title: key, year: nil)
    }
}

extension PGraphColumns {
    /// What ``PaperFields`` needs of a paper, read from the columns.
    func row(_ paper: Int) -> PaperRow {
        let key = key(paper), title = title(paper)
        return PaperRow(key: key, title: title.isEmpty ? key : title, year: year(paper), isExternal: isExternal(paper))
    }

    /// PageRank on the citation graph read in place, the same bits as ``PaperGraph/rankPapers(_:)``
    /// on the whole graph; years, which citations rarely climb, let the exact method search the
    /// components within years.
    ///
    /// - Precondition: the citation graph was read (``readCitationGraph``).
    /// - Complexity: as ``CSRGraph/pageRank(options:reversed:components:)``, plus O(V + E) for the
    ///   components.
    func citationPageRank(_ options: PageRankOptions) -> PageRankResult {
        let components = options.method == .power ? nil : citations.condensationOrder(levels: (0..<paperCount).map { year($0) ?? Int.max })
        return citations.pageRank(options: options, reversed: citedBy, components: components)
    }

    /// The `top` best papers by `scores`, as ``ColumnInput/best(_:of:by:year:key:)``.
    func best(_ top: Int, by scores: [Double]) -> [Int] {
        ColumnInput.best(top, of: paperCount, by: scores, year: year, key: key)
    }
}

/// A paper's printed fields, from a ``PaperGraph`` or from columns.
struct PaperRow {
    var key: String
    /// The display title: the title, or the key when the title is empty.
    var title: String
    var year: Int?
    var isExternal: Bool

    init(key: String, title: String, year: Int?, isExternal: Bool = false) {
        self.key = key
        self.title = title
        self.year = year
        self.isExternal = isExternal
    }

    init(_ paper: Paper) {
        self.init(key: paper.key, title: paper.displayTitle, year: paper.year, isExternal: paper.isExternal)
    }

    var yearText: String { year.map(String.init) ?? "" }

    /// The title column of a table, marked `[external]` for a paper outside the list.
    var tableTitle: String { isExternal ? "[external] " + title : title }

    /// `"id", "title", "year"` as JSON members (year `null` when unknown), and `"external": true`
    /// for a paper outside the user's list.
    var json: [(String, JSONOutput)] {
        let members: [(String, JSONOutput)] = [("id", .string(key)), ("title", .string(title)),
                                                ("year", year.map { .int($0) } ?? .null)]
        return isExternal ? members + [("external", .bool(true))] : members
    }
}

/// The `capacity` largest values seen, smallest on top.
private struct MinHeap {
    private var values: [Double] = []
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        values.reserveCapacity(capacity)
    }

    /// The smallest kept value: the `capacity`-th largest seen once that many were offered.
    var minimum: Double { values.first ?? -Double.infinity }

    mutating func offer(_ value: Double) {
        if values.count < capacity {
            values.append(value)
            var child = values.count - 1
            while child > 0, values[child] < values[(child - 1) / 2] {
                values.swapAt(child, (child - 1) / 2)
                child = (child - 1) / 2
            }
        } else if value > values[0] {
            values[0] = value
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < capacity && values[left] < values[smallest] { smallest = left }
                if right < capacity && values[right] < values[smallest] { smallest = right }
                if smallest == parent { break }
                values.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }
}
