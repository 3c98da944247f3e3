import PaperGraphModel

/// A plain regular file cut into consecutive stretches of whole lines, each read a piece at a
/// time, so that several threads can parse one file at once.
///
/// A stretch starts just after a line end (LF or CR) and ends where the next one starts; a CR LF
/// pair cut between two stretches leaves an empty line at the start of the second, which line
/// readers skip. Reads go through `pread`, so the stretches share one descriptor.
///
///     1 2\n3 4\n5 6\n7 8\n        two stretches: "1 2\n3 4\n" and "5 6\n7 8\n"
struct LineStretches: Sendable {
    let path: String
    private let descriptor: Int32
    /// The file's size in bytes.
    let size: Int

    /// Opens `path` when it names a regular file that is not gzip data, or returns `nil` (read
    /// it through ``TextInput/forEachLineChunk(atPath:chunkSize:maxLineLength:_:)`` then).
    ///
    /// - Throws: ``Diagnostic`` when the file cannot be opened or read.
    static func open(_ path: String) throws(Diagnostic) -> LineStretches? {
        guard path != "-", case .success(let descriptor) = SecureFile.openForReading(path) else { return nil }
        let status = SecureFile.status(descriptor)
        let file = LineStretches(path: path, descriptor: descriptor, size: status.size)
        var magic: [UInt8] = [0, 0]
        guard status.isRegular, (try? file.read(into: &magic, at: 0)) == 2, !Gzip.isGzip(magic) else {
            file.close()
            return nil
        }
        return file
    }

    private init(path: String, descriptor: Int32, size: Int) {
        self.path = path
        self.descriptor = descriptor
        self.size = size
    }

    func close() { _ = SecureFile.closeDescriptor(descriptor) }

    /// `count + 1` stretch bounds: 0, then the start of the first line beginning at or after each
    /// `size * k / count`, then `size`; equal bounds make an empty stretch.
    ///
    /// - Throws: ``Diagnostic`` when the file cannot be read.
    /// - Complexity: O(count + the length of the lines cut).
    func bounds(count: Int) throws(Diagnostic) -> [Int] {
        precondition(count > 0, "at least one stretch")
        var bounds = [0]
        var window = [UInt8](repeating: 0, count: 4096)
        for k in 1..<count {
            // The line that holds byte `nominal - 1` ends the stretch before.
            var position = max(size * k / count - 1, bounds[k - 1])
            var start = size
            search: while position < size {
                let read = try self.read(into: &window, at: position)
                if read == 0 { break }
                for i in 0..<read where window[i] == 0x0A || window[i] == 0x0D {
                    start = position + i + 1
                    break search
                }
                position += read
            }
            bounds.append(start)
        }
        bounds.append(size)
        return bounds
    }

    /// Calls `body` with the bytes `start ..< end` a piece at a time, each piece whole lines
    /// (the last perhaps without its line end), CRs as they are.
    ///
    /// - Parameters:
    ///   - chunkSize: About how many bytes each read (and each piece) holds.
    ///   - maxLineLength: A line longer than this stops the reading (the input is not line-shaped).
    /// - Returns: Whether the whole stretch was handed over: false when `body` stopped or a line was too long.
    /// - Throws: ``Diagnostic`` when the file cannot be read.
    /// - Complexity: O(end - start) time; O(chunkSize + longest line) space.
    func forEachLineChunk(from start: Int, to end: Int, chunkSize: Int = 1 << 20, maxLineLength: Int = 1 << 20,
                          _ body: (UnsafeBufferPointer<UInt8>) -> Bool) throws(Diagnostic) -> Bool {
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(chunkSize, 2))
        defer { buffer.deallocate() }
        var kept = 0  // the start of a line carried over from the read before
        var position = start
        while position < end {
            if kept == buffer.count {
                let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 2 * buffer.count)
                _ = larger.initialize(fromContentsOf: buffer)
                buffer.deallocate()
                buffer = larger
            }
            let read = try self.read(into: UnsafeMutableRawPointer(buffer.baseAddress! + kept),
                                     count: min(buffer.count - kept, end - position), at: position)
            if read == 0 { break }
            position += read
            let filled = kept + read
            guard let lineEnd = buffer[kept..<filled].lastIndex(where: { $0 == 0x0A || $0 == 0x0D }) else {
                kept = filled
                if kept > maxLineLength { return false }
                continue
            }
            guard body(UnsafeBufferPointer(rebasing: buffer[...lineEnd])) else { return false }
            kept = filled - lineEnd - 1
            if kept > maxLineLength { return false }
            UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: buffer.baseAddress! + lineEnd + 1, byteCount: kept)
        }
        return kept == 0 || body(UnsafeBufferPointer(rebasing: buffer[..<kept]))
    }

    private func read(into bytes: inout [UInt8], at offset: Int) throws(Diagnostic) -> Int {
        let count = bytes.count
        let result = bytes.withUnsafeMutableBytes { SecureFile.readSome(descriptor, into: $0.baseAddress!, count: count, at: offset) }
        return try checked(result)
    }

    private func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(Diagnostic) -> Int {
        try checked(SecureFile.readSome(descriptor, into: buffer, count: count, at: offset))
    }

    private func checked(_ result: Result<Int, SecureFile.Errno>) throws(Diagnostic) -> Int {
        switch result {
        case .success(let read): return read
        case .failure(let error): throw .error("\(path): cannot be read: \(SecureFile.reason(error.code))")
        }
    }
}
