#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GraphAlgorithms
import PaperGraphModel

/// The bytes of a `.pgraph` file with a checked header and section table.
///
/// Creating one checks everything about the header and the table; reading a section checks its
/// checksum and length, then copies it into a Swift array with one `memcpy`, except the graphs'
/// sections of a mapped file, which are read in place (``column(_:count:)``). Nothing is read
/// outside `bytes`, whatever the file holds.
struct PGraphImage {
    let bytes: UnsafeRawBufferPointer
    let path: String
    let counts: PGraphLayout.Counts
    let entries: [PGraphLayout.Entry]
    /// The private file mapping that `bytes` is, when it is one: sections can be read in place
    /// while it lives, and pages of copied sections dropped.
    let mapping: MappedFile?
    /// Whether `bytes` is a private file mapping whose pages may be dropped once copied.
    var isMapped: Bool { mapping != nil }

    /// Checks the header and the section table of `bytes`.
    ///
    /// - Throws: ``Diagnostic`` for a short file, bad magic, another version, a header checksum
    ///   mismatch, a wrong file size, or a section table that is incomplete, misaligned,
    ///   overlapping or out of range.
    init(bytes: UnsafeRawBufferPointer, path: String, mapping: MappedFile? = nil) throws(Diagnostic) {
        self.bytes = bytes
        self.path = path
        self.mapping = mapping
        let size = bytes.count
        guard size >= 8, bytes.prefix(8).elementsEqual(PGraphLayout.magic) else {
            throw .error("\(path): not a .pgraph file (expected the magic bytes \"PGRAPH\\0\\x1A\" at its start)")
        }
        guard size >= PGraphLayout.headerSize else {
            throw .error("\(path): truncated .pgraph file: \(size) bytes, shorter than the \(PGraphLayout.headerSize)-byte header")
        }
        func u32(_ at: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        let version = u32(8)
        guard let known = UInt32(exactly: version), PGraphLayout.readableVersions.contains(known) else {
            throw .error("\(path): unsupported .pgraph version \(version); this papergraph reads versions "
                         + "\(PGraphLayout.readableVersions.lowerBound) to \(PGraphLayout.readableVersions.upperBound)")
        }
        let sections = PGraphLayout.sections(inVersion: known)
        let sectionCount = u32(36)
        let expectedSections = sections.count
        guard sectionCount == expectedSections, u32(12) == PGraphLayout.headerSize + PGraphLayout.entrySize * sectionCount else {
            throw .error("\(path): corrupt .pgraph header: expected \(expectedSections) sections, found \(sectionCount)")
        }
        let tableEnd = PGraphLayout.headerSize + PGraphLayout.entrySize * sectionCount
        guard size >= tableEnd else {
            throw .error("\(path): truncated .pgraph file: \(size) bytes, shorter than its \(tableEnd)-byte section table")
        }
        var header = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[0..<tableEnd]))
        header.replaceSubrange(56..<64, with: repeatElement(0, count: 8))
        guard XXHash64.hash(of: header) == u64(56) else {
            throw .error("\(path): corrupt .pgraph file: header checksum mismatch")
        }
        guard u64(40) == UInt64(size) else {
            throw .error("\(path): truncated or padded .pgraph file: the header says \(u64(40)) bytes, found \(size)")
        }
        guard u64(48) == 0 else { throw .error("\(path): corrupt .pgraph header: reserved field is not zero") }
        counts = PGraphLayout.Counts(papers: u32(16), authors: u32(20), topics: u32(24), citations: u32(28),
                                     prerequisites: u32(32))
        var entries: [PGraphLayout.Entry] = []
        var end = tableEnd
        for (i, section) in sections.enumerated() {
            let at = PGraphLayout.headerSize + PGraphLayout.entrySize * i
            let offset = u64(at + 8), length = u64(at + 16)
            guard u32(at) == Int(section.rawValue), u32(at + 4) == section.elementSize else {
                throw .error("\(path): corrupt .pgraph section table: entry \(i) should be section \(section.rawValue) "
                             + "(\(section.name)) with \(section.elementSize)-byte elements")
            }
            guard offset >= UInt64(end), offset % UInt64(PGraphLayout.alignment) == 0, length <= UInt64(size),
                  offset <= UInt64(size) - length, length % UInt64(section.elementSize) == 0 else {
                throw .error("\(path): corrupt .pgraph section table: section '\(section.name)' at \(offset) "
                             + "(\(length) bytes) is misaligned, overlapping or beyond the end of the file")
            }
            entries.append(PGraphLayout.Entry(id: section.rawValue, elementSize: section.elementSize, offset: Int(offset),
                                              length: Int(length), checksum: u64(at + 24)))
            end = Int(offset) + Int(length)
        }
        self.entries = entries
    }

    /// The byte range of string `id` in the pool (`bytes`, `poolSize` bytes long), its offsets read
    /// in place from `offsets` without a checksum: for the few strings a fast path prints.
    ///
    /// - Returns: `nil` when `id` is none or anything lies out of bounds.
    /// - Complexity: O(1).
    static func stringRange(_ id: UInt32, offsets: UnsafeRawBufferPointer, poolSize: Int) -> Range<Int>? {
        let index = Int(id)
        guard id != PGraphLayout.none, 8 * (index + 2) <= offsets.count else { return nil }
        let start = UInt64(littleEndian: offsets.loadUnaligned(fromByteOffset: 8 * index, as: UInt64.self))
        let end = UInt64(littleEndian: offsets.loadUnaligned(fromByteOffset: 8 * index + 8, as: UInt64.self))
        guard start <= end, end <= UInt64(poolSize) else { return nil }
        return Int(start)..<Int(end)
    }

    /// String `id` read in place (see ``stringRange(_:offsets:poolSize:)``), invalid UTF-8 repaired.
    func unverifiedString(_ id: UInt32) throws(Diagnostic) -> String? {
        let offsets = try unverifiedRegion(.stringOffsets, count: nil)
        let pool = try unverifiedRegion(.stringBytes, count: nil)
        guard let range = Self.stringRange(id, offsets: offsets, poolSize: pool.count) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(rebasing: pool[range]), as: UTF8.self)
    }

    /// Whether the file holds `section` (version 1 files lack the later ones).
    func holds(_ section: PGraphLayout.Section) -> Bool { Int(section.rawValue) <= entries.count }

    /// The checked bytes of `section`.
    private func region(_ section: PGraphLayout.Section, count: Int?) throws(Diagnostic) -> UnsafeRawBufferPointer {
        let entry = entries[Int(section.rawValue) - 1]
        let region = try unverifiedRegion(section, count: count)
        guard XXHash64.hash(of: region) == entry.checksum else { throw checksumMismatch(section) }
        return region
    }

    /// The checksum the section table records for `section`.
    func checksum(_ section: PGraphLayout.Section) -> UInt64 { entries[Int(section.rawValue) - 1].checksum }

    /// The error for a section whose bytes do not hash to ``checksum(_:)``.
    func checksumMismatch(_ section: PGraphLayout.Section) -> Diagnostic {
        .error("\(path): corrupt .pgraph file: checksum mismatch in section '\(section.name)'")
    }

    /// The `UInt32`s of `section`, its length checked against `count` (when given) but neither its checksum nor
    /// its contents (the caller checks both, in one pass): read in place from a mapped file, which
    /// the result keeps mapped; copied from other bytes.
    ///
    /// - Complexity: O(1) for a mapped file, O(n) otherwise.
    func column(_ section: PGraphLayout.Section, count: Int?) throws(Diagnostic) -> CSRArray {
        let region = try unverifiedRegion(section, count: count)
        guard let mapping, let words = Self.inPlace(region, UInt32.self) else {
            let count = region.count / MemoryLayout<UInt32>.size
            return CSRArray([UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
                if count > 0 { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: region) }
                initialized = count
            })
        }
        return CSRArray(borrowing: words, owner: mapping)
    }

    /// The elements of `section` read in place, its length and checksum checked; valid while
    /// ``mapping`` lives.
    ///
    /// - Precondition: the image is a mapped file.
    /// - Complexity: O(n), the checksum.
    func verifiedInPlace<T: FixedWidthInteger>(_ section: PGraphLayout.Section, _ type: T.Type,
                                               count: Int) throws(Diagnostic) -> UnsafeBufferPointer<T> {
        precondition(MemoryLayout<T>.size == section.elementSize, "element type must match the section")
        let region = try region(section, count: count)
        guard mapping != nil, let elements = Self.inPlace(region, T.self) else {
            preconditionFailure("sections are read in place only from a mapped file")
        }
        return elements
    }

    /// `region` bound to `T`, or `nil` when misaligned (never in a file that passed the table's checks).
    private static func inPlace<T: FixedWidthInteger>(_ region: UnsafeRawBufferPointer, _ type: T.Type) -> UnsafeBufferPointer<T>? {
        guard let start = region.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        guard Int(bitPattern: start) % MemoryLayout<T>.alignment == 0 else { return nil }
        let count = region.count / MemoryLayout<T>.size
        return UnsafeBufferPointer(start: start.bindMemory(to: T.self, capacity: count), count: count)
    }

    /// The bytes of `section`, its length checked against `count` elements (when given) but not
    /// its checksum: for columns read lazily, whose every access is bounds-checked.
    func unverifiedRegion(_ section: PGraphLayout.Section, count: Int?) throws(Diagnostic) -> UnsafeRawBufferPointer {
        let entry = entries[Int(section.rawValue) - 1]
        if let count, count.multipliedReportingOverflow(by: section.elementSize) != (entry.length, false) {
            throw .error("\(path): corrupt .pgraph file: section '\(section.name)' holds \(entry.length / section.elementSize) "
                         + "entries where the header's counts call for \(count)")
        }
        return UnsafeRawBufferPointer(rebasing: bytes[entry.offset..<(entry.offset + entry.length)])
    }

    /// Copies the section into an array of `T` (one `memcpy`), then lets the kernel drop the
    /// mapped pages so that the file and the array are not both resident.
    func array<T: FixedWidthInteger>(_ section: PGraphLayout.Section, _ type: T.Type, count: Int? = nil) throws(Diagnostic) -> [T] {
        precondition(MemoryLayout<T>.size == section.elementSize, "element type must match the section")
        let region = try region(section, count: count)
        let elements = region.count / MemoryLayout<T>.size
        let result = [T](unsafeUninitializedCapacity: elements) { buffer, initialized in
            if let destination = buffer.baseAddress, let source = region.baseAddress, elements > 0 {
                UnsafeMutableRawPointer(destination).copyMemory(from: source, byteCount: region.count)
            }
            initialized = elements
        }
        if isMapped { release(region) }
        return result
    }

    /// Drops the whole pages of `region` from this process's memory; they are reread if touched.
    private func release(_ region: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, let start = region.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let from = (start - base + page - 1) / page * page
        let to = (start - base + region.count) / page * page
        if to > from { madvise(UnsafeMutableRawPointer(mutating: base + from), to - from, MADV_DONTNEED) }
    }

    /// Maps the file at `path` read-only and calls `body` with its image.
    static func withMappedFile<R>(atPath path: String, _ body: (PGraphImage) throws(Diagnostic) -> R) throws(Diagnostic) -> R {
        let file = try MappedFile(path: path)
        defer { withExtendedLifetime(file) {} }
        return try body(PGraphImage(bytes: file.bytes, path: path, mapping: file.bytes.count > 0 ? file : nil))
    }
}
