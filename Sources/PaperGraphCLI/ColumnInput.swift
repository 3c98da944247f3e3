import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel

/// The fast path of commands on one large `.pgraph` file: its columns, without materializing
/// the whole ``PaperGraph`` (see ``PGraphColumns``).
enum ColumnInput {
    /// The `.pgraph` file at `path` opened as columns, or `nil` when `path` is another kind of
    /// input (then the command loads the graph as usual).
    static func columns(_ arguments: ParsedArguments, path: String) throws(CLIError) -> PGraphColumns? {
        let format = try GraphInput.inputFormat(arguments)
        guard (InputFormat.chosen(format, forPath: path) ?? InputFormat.inferred(fromPath: path)) == .pgraph else { return nil }
        do {
            return try PGraphColumns(atPath: path)
        } catch {
            throw .diagnostics([error])
        }
    }

    /// The single `.pgraph` input of a command that takes `GRAPH ...`, as columns, or `nil`.
    static func columns(_ arguments: ParsedArguments) throws(CLIError) -> PGraphColumns? {
        guard arguments.positional.count == 1 else { return nil }
        return try columns(arguments, path: arguments.positional[0])
    }
}

extension PGraphColumns {
    /// What ``PaperFields`` needs of a paper, read from the columns.
    func row(_ paper: Int) -> PaperRow { PaperRow(key: key(paper), title: title(paper), year: year(paper)) }

    /// The `top` best papers by `scores` in ``PaperRanking/order(in:)``'s order (higher score,
    /// then earlier year with unknown years last, then key), all when `top` is 0. Only papers
    /// scoring at least the `top`-th best score are sorted, so keys are read for few papers.
    ///
    /// - Complexity: O(V log top) plus a sort of the papers tied with the cut.
    func best(_ top: Int, by scores: [Double]) -> [Int] {
        let n = paperCount
        var threshold = -Double.infinity
        if top > 0 && top < n {
            var heap = MinHeap(capacity: top)
            for v in 0..<n { heap.offer(scores[v]) }
            threshold = heap.minimum
        }
        var candidates = (0..<n).filter { scores[$0] >= threshold }
        var keys: [Int: String] = [:]
        func key(_ v: Int) -> String {
            if let known = keys[v] { return known }
            let text = self.key(v)
            keys[v] = text
            return text
        }
        candidates.sort { a, b in
            if scores[a] != scores[b] { return scores[a] > scores[b] }
            let ya = year(a) ?? Int.max, yb = year(b) ?? Int.max
            if ya != yb { return ya < yb }
            return key(a) < key(b)
        }
        return top == 0 ? candidates : Array(candidates.prefix(top))
    }
}

/// A paper's printed fields, from a ``PaperGraph`` or from columns.
struct PaperRow {
    var key: String
    var title: String
    var year: Int?

    init(key: String, title: String, year: Int?) {
        self.key = key
        self.title = title
        self.year = year
    }

    init(_ paper: Paper) { self.init(key: paper.key, title: paper.title, year: paper.year) }

    var yearText: String { year.map(String.init) ?? "" }

    /// `"id", "title", "year"` as JSON members, as ``PaperFields/json(_:_:)`` writes them.
    var json: [(String, JSONOutput)] {
        [("id", .string(key)), ("title", .string(title)), ("year", year.map { .int($0) } ?? .null)]
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
