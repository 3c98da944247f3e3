#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GraphAlgorithms

/// The text edge-list load that the benchmark times, behind one function so it can be switched.
///
/// This build has no edge-list importer in PaperGraphIO yet, so the benchmark carries its own
/// fast path: map the file, parse `citing cited` decimal pairs (lines starting with `#` are
/// comments), give nodes dense ids in order of first appearance, and build the CSR graph. Once
/// `EdgeListImporter.readCSR(_:path:reverse:)` is in the build, `load` should call it instead
/// (`TextInput.readBytes` then `readCSR`), so that the table times the real importer.
enum TextEdgeListLoader {
    /// Which loader `load` uses, printed in the results.
    static let name = "bench-parser"

    static func load(path: String) -> CSRGraph? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        guard size > 0, let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapping != MAP_FAILED else { return nil }
        defer { munmap(mapping, size) }
        madvise(mapping, size, MADV_SEQUENTIAL)
        return parse(UnsafeRawBufferPointer(start: mapping, count: size))
    }

    /// Parses the pairs, then renumbers node ids densely (a direct table when ids are small, as in
    /// generated and SNAP files, else a dictionary).
    static func parse(_ bytes: UnsafeRawBufferPointer) -> CSRGraph {
        var sources = [UInt32](), destinations = [UInt32]()
        sources.reserveCapacity(bytes.count / 12)
        destinations.reserveCapacity(bytes.count / 12)
        let count = bytes.count
        var i = 0
        var maxID: UInt64 = 0
        var pairs = [UInt64]()
        pairs.reserveCapacity(bytes.count / 6)
        while i < count {
            let c = bytes[i]
            if c == UInt8(ascii: "#") {
                while i < count && bytes[i] != 0x0A { i += 1 }
                continue
            }
            if c >= 0x30 && c <= 0x39 {
                var value: UInt64 = 0
                while i < count, bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                    value = value &* 10 &+ UInt64(bytes[i] &- 0x30)
                    i += 1
                }
                pairs.append(value)
                maxID = max(maxID, value)
                continue
            }
            i += 1
        }
        if pairs.count % 2 == 1 { pairs.removeLast() }
        var dense = [UInt32]()
        var nodeCount = 0
        if maxID < 1 << 28 {
            dense = [UInt32](repeating: UInt32.max, count: Int(maxID) + 1)
            for p in pairs {
                if dense[Int(p)] == UInt32.max {
                    dense[Int(p)] = UInt32(nodeCount)
                    nodeCount += 1
                }
            }
            for k in stride(from: 0, to: pairs.count, by: 2) {
                sources.append(dense[Int(pairs[k])])
                destinations.append(dense[Int(pairs[k + 1])])
            }
        } else {
            var table: [UInt64: UInt32] = [:]
            func id(_ p: UInt64) -> UInt32 {
                if let known = table[p] { return known }
                table[p] = UInt32(nodeCount)
                nodeCount += 1
                return UInt32(nodeCount - 1)
            }
            for k in stride(from: 0, to: pairs.count, by: 2) {
                sources.append(id(pairs[k]))
                destinations.append(id(pairs[k + 1]))
            }
        }
        pairs = []
        return CSRGraph(nodeCount: nodeCount, sources: sources, destinations: destinations)
    }
}
