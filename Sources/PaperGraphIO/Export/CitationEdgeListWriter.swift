import GraphAlgorithms
import PaperGraphModel

/// Writes a citation graph as a plain edge list: a `#` comment header, then one `citing cited`
/// line per edge with node ids in decimal, as SNAP's `cit-HepPh.txt` does.
///
///     # 3 papers, 2 citations; lines: citing cited
///     1 0
///     2 1
///
/// Nodes without any edge do not appear; the header gives the node count.
public enum CitationEdgeListWriter {
    /// Writes the edge list to `path` atomically, streaming (never the whole text in memory).
    ///
    /// - Parameters:
    ///   - graph: The graph; edge `u → v` is the line `u v`.
    ///   - comment: Extra header lines, each written after `# `.
    /// - Throws: ``Diagnostic`` naming the path when it cannot be written.
    /// - Complexity: O(V + E) time, O(1) extra space.
    public static func write(_ graph: CSRGraph, comment: [String] = [], toPath path: String) throws(Diagnostic) {
        var output = try OutputFile(path: path)
        render(graph, comment: comment) { output.write($0) }
        try output.commit()
    }

    /// The edge list as text, for small graphs and standard output.
    public static func text(for graph: CSRGraph, comment: [String] = []) -> String {
        var bytes: [UInt8] = []
        render(graph, comment: comment) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Renders in chunks of about 1 MiB handed to `sink`.
    private static func render(_ graph: CSRGraph, comment: [String], sink: ([UInt8]) -> Void) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20 + 64)
        var header = ""
        for line in comment { header += "# \(line)\n" }
        header += "# \(graph.nodeCount) papers, \(graph.edgeCount) citations; lines: citing cited\n"
        buffer.append(contentsOf: header.utf8)
        var digits = [UInt8](repeating: 0, count: 10)
        func append(_ value: UInt32) {
            var v = value, count = 0
            repeat {
                digits[count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            } while v > 0
            while count > 0 {
                count -= 1
                buffer.append(digits[count])
            }
        }
        for u in 0..<graph.nodeCount {
            for v in graph.neighbors(of: u) {
                append(UInt32(u))
                buffer.append(UInt8(ascii: " "))
                append(v)
                buffer.append(UInt8(ascii: "\n"))
            }
            if buffer.count >= 1 << 20 {
                sink(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        sink(buffer)
    }
}
