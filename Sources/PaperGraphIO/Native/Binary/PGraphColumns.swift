#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GraphAlgorithms
import PaperGraphModel

/// A `.pgraph` file read as columns: the citation graph in both directions, years and reading
/// status as arrays, and keys and titles read from the memory-mapped string pool only for the
/// papers asked about. No `Paper` value, dictionary or per-paper `String` is made on opening.
///
/// This is what commands that need only citations, years and the printed rows (`rank`, `order`,
/// `stats`) use on large files: at 10^6 papers it opens in a fraction of the time and memory of
/// ``PGraphReader/readGraph(atPath:)``, which materializes the whole ``PaperGraph``.
///
/// Checks: the sections read (both citation graphs, years, flags; all in place, none copied) are
/// verified as ``PGraphReader`` verifies them (checksums, offsets, sorted rows in range, reverse =
/// forward, flags).
/// The string columns are not checksummed, so that opening stays independent of their size;
/// instead every read is bounds-checked against the file and decoded with UTF-8 repair, so a
/// corrupt string gives replacement characters or an empty string, never a crash.
///
///     let file = try PGraphColumns(atPath: "g.pgraph")
///     file.key(0); file.title(0); file.year(0)     // "0", "Paper 0", 1990
public struct PGraphColumns: @unchecked Sendable {
    /// The mapping; shared by copies, unmapped when the last copy goes.
    private let file: MappedFile
    let image: PGraphImage
    /// The number of papers, authors, topics and prerequisite edges the header declares.
    public let paperCount: Int, authorCount: Int, topicCount: Int, prerequisiteCount: Int
    /// How many papers are external (outside the user's list).
    public let externalPaperCount: Int
    /// Citations (citing → cited) and their reverse.
    ///
    /// - Precondition: the file was opened with ``Reading/citations`` or stores no solve order.
    public var citations: CSRGraph { graphs().citations }
    /// The citations reversed (cited → citing), with the same precondition.
    public var citedBy: CSRGraph { graphs().citedBy }
    private let citationGraphs: (citations: CSRGraph, citedBy: CSRGraph)?
    /// Whether the citation graph was read (not when opened for the solve order of a file storing one).
    public var readCitationGraph: Bool { citationGraphs != nil }
    /// The number of citations.
    public var citationCount: Int { image.counts.citations }
    /// The citation graph's row starts (the papers' reference counts), read in place.
    public let citationOffsets: CSRArray
    /// The exact PageRank's order stored in a version 3 or 4 file; `nil` in older files and when
    /// opened for ``Reading/citations``. Opened with ``Reading/citationsAndSolveOrder`` it is
    /// checked to hold the citation graph's edges; with ``Reading/solveOrder`` only its own shape
    /// is checked (what makes the solve safe), and the citation graph is not read.
    public let solveOrder: PageRankSolveOrder?
    private let years: UnsafeBufferPointer<Int64>
    private let flags: UnsafeBufferPointer<UInt8>
    private let paperStrings: UnsafeRawBufferPointer
    let stringOffsets: UnsafeRawBufferPointer
    let stringBytes: UnsafeRawBufferPointer

    /// Which graphs to read.
    public enum Reading: Sendable {
        /// The citation graph both ways.
        case citations
        /// The stored solve order and the citation offsets only, when the file stores one (what
        /// the exact PageRank reads); the citation graph both ways otherwise.
        case solveOrder
        /// The citation graph both ways and the stored solve order, checked to hold its edges.
        case citationsAndSolveOrder
    }

    /// Maps the file at `path` and checks what the columns read.
    ///
    /// - Parameter reading: Which graphs to read and check.
    /// - Throws: ``Diagnostic`` when the file is missing, truncated, corrupt or of another version.
    /// - Complexity: O(V + E) time; O(1) memory: the sections are read from the mapping.
    public init(atPath path: String, reading: Reading = .citations) throws(Diagnostic) {
        file = try MappedFile(path: path)
        image = try PGraphImage(bytes: file.bytes, path: path, mapping: file)
        let counts = image.counts, n = counts.papers
        paperCount = n
        authorCount = counts.authors
        topicCount = counts.topics
        prerequisiteCount = counts.prerequisites
        let checks = PGraphChecks(image)
        if reading == .solveOrder, let solveOrder = try checks.solveOrder() {
            self.solveOrder = solveOrder
            citationGraphs = nil
            citationOffsets = try checks.offsets(.citationOffsets, rows: n, total: counts.citations)
        } else {
            let graphs = try checks.citationGraphs()
            citationGraphs = (graphs.citations, graphs.citedBy)
            citationOffsets = graphs.citations.offsets
            solveOrder = reading == .citations ? nil : try checks.solveOrder(citationFingerprint: graphs.fingerprint)
        }
        years = try image.verifiedInPlace(.paperYears, Int64.self, count: n)
        flags = try image.verifiedInPlace(.paperFlags, UInt8.self, count: n)
        var external = 0
        for v in 0..<n {
            guard flags[v] & ~(PGraphLayout.statusMask | PGraphLayout.hasYear | PGraphLayout.isExternal) == 0,
                  flags[v] & PGraphLayout.statusMask != 3 else {
                throw .error("\(path): corrupt .pgraph file: paper \(v) has invalid flags 0x\(String(flags[v], radix: 16))")
            }
            if flags[v] & PGraphLayout.isExternal != 0 { external += 1 }
        }
        externalPaperCount = external
        paperStrings = try image.unverifiedRegion(.paperStrings, count: PGraphLayout.paperStringColumns.count * n)
        stringOffsets = try image.unverifiedRegion(.stringOffsets, count: nil)
        stringBytes = try image.unverifiedRegion(.stringBytes, count: nil)
    }

    private func graphs() -> (citations: CSRGraph, citedBy: CSRGraph) {
        guard let citationGraphs else { preconditionFailure("the citation graph was not read (opened for the solve order)") }
        return citationGraphs
    }

    /// Lets the kernel drop the citation graph's pages from memory (`madvise(MADV_DONTNEED)` on the
    /// mapping): for a command done with the citations that still has work to do (`clusters`,
    /// once its undirected graph is built). Nothing changes for the reader: the pages are clean
    /// and read-only, and a later read maps them in again from the file.
    ///
    /// - Complexity: O(1) system calls; frees about 8 bytes per citation of resident memory.
    public func releaseCitationPages() {
        guard let citationGraphs else { return }
        for array in [citationGraphs.citations.offsets, citationGraphs.citations.targets, citationGraphs.citedBy.offsets,
                      citationGraphs.citedBy.targets] where array.isBorrowed {
            array.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                let page = Int(sysconf(Int32(_SC_PAGESIZE)))
                let start = (Int(bitPattern: base) + page - 1) / page * page
                let end = (Int(bitPattern: base) + buffer.count * MemoryLayout<UInt32>.stride) / page * page
                guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
                _ = madvise(pointer, end - start, Int32(MADV_DONTNEED))
            }
        }
    }

    /// The paper's key (its id in output).
    ///
    /// - Complexity: O(length of the key).
    public func key(_ paper: Int) -> String { string(column: 0, paper) ?? "" }

    /// The paper's title.
    public func title(_ paper: Int) -> String { string(column: 1, paper) ?? "" }

    /// The paper's publication year, if known.
    ///
    /// - Complexity: O(1).
    public func year(_ paper: Int) -> Int? {
        precondition(paper >= 0 && paper < paperCount, "paper out of range")
        return flags[paper] & PGraphLayout.hasYear != 0 ? Int(years[paper]) : nil
    }

    /// Whether the paper is external: a work outside the user's list.
    public func isExternal(_ paper: Int) -> Bool {
        precondition(paper >= 0 && paper < paperCount, "paper out of range")
        return flags[paper] & PGraphLayout.isExternal != 0
    }

    /// The paper's reading status.
    public func status(_ paper: Int) -> ReadingStatus {
        precondition(paper >= 0 && paper < paperCount, "paper out of range")
        return switch flags[paper] & PGraphLayout.statusMask {
        case 2: .read
        case 1: .reading
        default: .unread
        }
    }

    /// The paper whose key is exactly `key`, comparing bytes without making a `String` per
    /// paper; `nil` when none or several have it, or when some paper has it as a merged alias
    /// (then only the whole graph's index says which paper the name means).
    ///
    /// - Complexity: O(V + aliases) byte comparisons of at most the key's length each.
    public func paper(withKey key: String) -> Int? {
        let wanted = Array(key.utf8)
        guard !wanted.isEmpty, let pool = stringBytes.baseAddress else { return nil }
        func isWanted(_ range: Range<Int>?) -> Bool {
            guard let range, range.count == wanted.count else { return false }
            return wanted.withUnsafeBytes { memcmp($0.baseAddress!, pool + range.lowerBound, range.count) } == 0
        }
        var found: Int?
        for v in 0..<paperCount where isWanted(range(column: 0, v)) {
            if found != nil { return nil }
            found = v
        }
        guard found != nil, let aliases = try? image.unverifiedRegion(.aliases, count: nil) else { return found }
        for i in 0..<(aliases.count / 4) {
            let id = UInt32(littleEndian: aliases.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
            let range = PGraphImage.stringRange(id, offsets: stringOffsets, poolSize: stringBytes.count)
            if range == nil || isWanted(range) { return nil }
        }
        return found
    }

    /// The byte range of string column `column` of `paper` in the pool, or `nil` when absent or
    /// out of bounds.
    private func range(column: Int, _ paper: Int) -> Range<Int>? {
        precondition(paper >= 0 && paper < paperCount, "paper out of range")
        let id = UInt32(littleEndian: paperStrings.loadUnaligned(fromByteOffset: 4 * (column * paperCount + paper), as: UInt32.self))
        return PGraphImage.stringRange(id, offsets: stringOffsets, poolSize: stringBytes.count)
    }

    private func string(column: Int, _ paper: Int) -> String? {
        guard let range = range(column: column, paper) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(rebasing: stringBytes[range]), as: UTF8.self)
    }

    /// String `id` of the pool, bounds-checked and with UTF-8 repair; `nil` when absent or out of
    /// bounds.
    ///
    /// - Complexity: O(length of the string).
    func pooledString(_ id: UInt32) -> String? {
        guard let range = PGraphImage.stringRange(id, offsets: stringOffsets, poolSize: stringBytes.count) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(rebasing: stringBytes[range]), as: UTF8.self)
    }
}

/// A read-only private mapping of a whole file, unmapped when released (by the last graph or
/// column that reads it in place).
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    init(path: String) throws(Diagnostic) {
        #if _endian(big)
        throw .error("\(path): reading .pgraph files needs a little-endian machine")
        #else
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let reason = errno == ENOENT ? "no such file" : "cannot be read: \(String(cString: strerror(errno)))"
            throw .error("\(path): \(reason)")
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .error("\(path): cannot be read: \(String(cString: strerror(errno)))") }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .error("\(path): is a directory, expected a file") }
        let size = Int(status.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapping != MAP_FAILED else {
            throw .error("\(path): cannot be mapped: \(String(cString: strerror(errno)))")
        }
        bytes = UnsafeRawBufferPointer(start: mapping, count: size)
        #endif
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
