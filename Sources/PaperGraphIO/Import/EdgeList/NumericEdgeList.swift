import Dispatch
import Foundation
import GraphAlgorithms
import PaperGraphModel
import Synchronization

/// A text edge list whose node ids are all canonical decimals, read straight into a citation
/// graph with the ids kept as integers: no `String`, no string hashing, one byte pass.
///
/// A canonical decimal is `0` or a digit string without a leading zero, of at most 19 digits
/// (`007` is not one: as a key it is the string it is, and the general importer keeps it so).
/// Ids are interned by an open-addressing hash table of integers (Fibonacci hashing: a folding
/// hash that kept consecutive ids in consecutive slots was tried and made long runs of filled
/// slots, ruinous for linear probing when sequential and random ids mix); nodes are numbered in order of
/// first appearance (citing before cited on each line), exactly as ``EdgeListImporter`` and the
/// graph builder number them.
///
/// Only the plain shape is taken: blank lines, `#`/`%` comment lines of ASCII text, and lines of
/// exactly two ids separated by spaces or tabs (CRLF allowed; a lone CR too when read from a file,
/// which normalizes line endings as every text reader does). Anything else (a third column,
/// a LINQS header, a non-ASCII byte, a self-citation, which the builder reports) makes
/// ``read(_:reverse:)`` return `nil`, and the caller uses the general importer, which reports
/// every such line as it always has.
///
///     # citing cited
///     2 0
///     2 1          →  keys [2, 0, 1], edges 0 → 1, 0 → 2
public struct NumericEdgeList: Sendable {
    /// Node `i`'s id as written in the file.
    public let keys: [UInt64]
    /// Citations (citing → cited) over dense node ids, repeated lines kept once.
    public let graph: CSRGraph

    /// Reads `bytes`, or returns `nil` when the file is not a plain numeric edge list.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - reverse: Whether lines are `cited citing`.
    /// - Complexity: O(n + V + E) expected time for n bytes; O(V + E) space.
    public static func read(_ bytes: [UInt8], reverse: Bool = false) -> NumericEdgeList? {
        var reader = NumericEdgeReader(reverse: reverse, carriageReturnEndsLine: false, expectedBytes: bytes.count)
        guard bytes.withUnsafeBufferPointer({ reader.consume($0) }) else { return nil }
        return reader.finish()
    }

    /// Reads the file at `path` (or `-`, standard input) a piece at a time, gzip decompressed as it
    /// is read (``TextInput/forEachLineChunk(atPath:chunkSize:maxLineLength:_:)``), or returns `nil`
    /// when it is not a plain numeric edge list; stops reading at the first line that is not.
    ///
    /// A plain regular file is cut into one stretch of whole lines per core, parsed at once and
    /// merged in file order (``LineStretches``), which numbers the nodes as one pass would.
    /// Neither the file nor its decompressed text is held whole, and a line repeating the line
    /// before it adds nothing, so the memory is that of the graph (and a gzip file's compressed
    /// bytes).
    ///
    /// - Throws: ``Diagnostic`` when the file cannot be read or its gzip data is corrupt.
    /// - Complexity: O(n + V + E) expected time, n / p + O(V + E) of it on each of p cores; O(V + E)
    ///   space plus one piece of 1 MiB per core.
    public static func read(atPath path: String, reverse: Bool = false) throws(Diagnostic) -> NumericEdgeList? {
        try read(atPath: path, reverse: reverse, stretches: min(8, ProcessInfo.processInfo.activeProcessorCount))
    }

    /// ``read(atPath:reverse:)`` with a plain file cut into at most `stretches` stretches of at
    /// least `minimumStretch` bytes; the result does not depend on the count.
    static func read(atPath path: String, reverse: Bool, stretches: Int,
                     minimumStretch: Int = 1 << 20) throws(Diagnostic) -> NumericEdgeList? {
        guard let file = try LineStretches.open(path) else {
            var reader = NumericEdgeReader(reverse: reverse, carriageReturnEndsLine: true, expectedBytes: 0)
            let complete = try TextInput.forEachLineChunk(atPath: path) { piece in
                piece.withUnsafeBufferPointer { reader.consume($0) }
            }
            return complete ? reader.finish() : nil
        }
        defer { file.close() }
        let bounds = try file.bounds(count: max(1, min(stretches, file.size / max(1, minimumStretch))))
        let count = bounds.count - 1
        let readers = Mutex([Result<NumericEdgeReader?, Diagnostic>?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { k in
            // The first reader keeps the merged edges: room for the whole file's.
            var reader = NumericEdgeReader(reverse: reverse, carriageReturnEndsLine: true,
                                           expectedBytes: k == 0 ? file.size : bounds[k + 1] - bounds[k])
            let result: Result<NumericEdgeReader?, Diagnostic>
            do throws(Diagnostic) {
                let complete = try file.forEachLineChunk(from: bounds[k], to: bounds[k + 1]) { reader.consume($0) }
                result = .success(complete ? reader : nil)
            } catch {
                result = .failure(error)
            }
            readers.withLock { $0[k] = result }
        }
        var parts = readers.withLock { results in
            defer { results = [] }
            return results
        }
        var merged: NumericEdgeReader?
        for k in 0..<count {
            guard let part = try parts[k]?.get() else { return nil }
            parts[k] = nil
            if merged == nil { merged = part } else { merged!.append(part) }
        }
        return merged?.finish()
    }
}
