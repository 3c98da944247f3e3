import Foundation
import PaperGraphModel

/// Reading input files as bytes or text with clear errors for missing files, folders and bad encodings.
public enum TextInput {
    /// The bytes of the file at `path`, or `-` for standard input; gzip files are decompressed.
    ///
    /// Anything readable is read by streaming its descriptor to the end: regular files, pipes and
    /// FIFOs (`/dev/stdin`, `<(zcat refs.bib.gz)`), character devices. This is the reader of the
    /// formats parsed as one document (native JSON, node-link, CSL-JSON, BibTeX, Markdown), so
    /// the bytes held are capped by `maximum` (after decompression).
    ///
    /// - Parameter maximum: The most bytes read; 0 for no limit. Default ``configuredMaximumSize``.
    /// - Throws: ``Diagnostic`` naming the path and the system's reason when it is missing, a
    ///   directory or unreadable; the gzip reader's errors; ``tooLarge(_:maximum:)`` past `maximum`.
    /// - Complexity: O(n) time and space.
    public static func readBytes(atPath path: String, maximum: Int = configuredMaximumSize) throws(Diagnostic) -> [UInt8] {
        let limit = maximum > 0 ? maximum : Int.max
        var (descriptor, status, chunk, count, isGzip) = try openSniffingGzip(path, chunkSize: 1 << 16)
        defer { if descriptor != 0 { _ = SecureFile.closeDescriptor(descriptor) } }
        var bytes: [UInt8] = []
        if isGzip {
            var exceeded = false
            try inflate(descriptor, first: chunk[..<count], path: path, chunkSize: 1 << 20) { piece in
                exceeded = bytes.count + piece.count > limit
                if !exceeded { bytes.append(contentsOf: piece) }
                return !exceeded
            }
            if exceeded { throw tooLarge(path, maximum: limit) }
            return bytes
        }
        if status.isRegular && status.size > limit { throw tooLarge(path, maximum: limit) }
        bytes.reserveCapacity(status.isRegular ? status.size : 1 << 16)
        while count > 0 {
            guard bytes.count + count <= limit else { throw tooLarge(path, maximum: limit) }
            bytes.append(contentsOf: chunk[..<count])
            count = try readSome(descriptor, into: &chunk[...], path: path)
        }
        return bytes
    }

    /// Calls `body` with the text of the file at `path` (or `-`, standard input) a piece at a
    /// time (``TextPiece``: whole lines, LF endings, checked UTF-8, with their line number); gzip
    /// files are decompressed as they are read. `body` returns how many bytes of the piece it took
    /// (whole records); the rest comes again, followed by more text.
    ///
    /// Neither the text nor a gzip file's compressed bytes are held whole: at most about
    /// `chunkSize` plus the longest record `body` leaves over (never more than `maxHeld`), and a
    /// window of ``compressedWindowSize`` compressed bytes.
    ///
    /// - Parameters:
    ///   - chunkSize: About how many bytes each read holds.
    ///   - maxHeld: A line or record longer than this is refused; 0 for no limit.
    ///   - body: The parser; it returns `nil` to stop reading.
    /// - Returns: Whether the whole file was handed over (false when `body` stopped).
    /// - Throws: The errors of ``readBytes(atPath:maximum:)``, invalid UTF-8 at its location, a
    ///   record longer than `maxHeld`, and what `body` throws. When the gzip reader throws, what
    ///   was made of the pieces already handed over must be dropped.
    /// - Complexity: O(n) time; O(chunkSize + longest record) space (and a window of compressed bytes).
    public static func forEachPiece(atPath path: String, chunkSize: Int = 1 << 20, maxHeld: Int = configuredMaximumSize,
                                    _ body: (TextPiece) throws(Diagnostic) -> Int?) throws(Diagnostic) -> Bool {
        var lines = LineChunks(maxHeld: maxHeld > 0 ? maxHeld : .max, validatingPath: path)
        return try cut(path, into: &lines, chunkSize: chunkSize, body)
    }

    /// ``forEachPiece(atPath:chunkSize:maxHeld:_:)`` over text already in memory, cut into raw
    /// pieces of `chunkSize` bytes (the whole buffer by default): one reading path for files
    /// and buffers, so that a test with a tiny `chunkSize` exercises every boundary.
    public static func forEachPiece(of bytes: [UInt8], path: String, chunkSize: Int = .max,
                                    _ body: (TextPiece) throws(Diagnostic) -> Int?) throws(Diagnostic) -> Bool {
        var lines = LineChunks(maxHeld: .max, validatingPath: path)
        var start = 0
        while start < bytes.count {
            let end = start + min(chunkSize, bytes.count - start)
            guard try lines.add(bytes[start..<end], body) == .more else { return false }
            start = end
        }
        return try lines.finish(body)
    }

    /// Calls `body` with the text of the file at `path` a piece at a time, each piece whole lines
    /// ending with LF (the last one perhaps without), as ``forEachPiece(atPath:chunkSize:maxHeld:_:)``
    /// but without the UTF-8 check, for a reader that declines any byte past ASCII.
    ///
    /// - Parameter maxLineLength: A line longer than this stops the reading (the input is not line-shaped).
    /// - Returns: Whether the whole file was handed over: false when `body` stopped or a line was too long.
    /// - Throws: The errors of ``readBytes(atPath:maximum:)``.
    /// - Complexity: O(n) time; O(chunkSize + longest line) space (and a window of compressed bytes).
    public static func forEachLineChunk(atPath path: String, chunkSize: Int = 1 << 20, maxLineLength: Int = 1 << 20,
                                        _ body: (ArraySlice<UInt8>) -> Bool) throws(Diagnostic) -> Bool {
        var lines = LineChunks(maxHeld: maxLineLength)
        return try cut(path, into: &lines, chunkSize: chunkSize) { piece in body(piece.bytes) ? piece.bytes.count : nil }
    }

    /// Reads `path` in raw pieces (inflated when gzip) into `lines`.
    private static func cut(_ path: String, into lines: inout LineChunks, chunkSize: Int,
                            _ body: (TextPiece) throws(Diagnostic) -> Int?) throws(Diagnostic) -> Bool {
        var (descriptor, _, chunk, count, isGzip) = try openSniffingGzip(path, chunkSize: max(chunkSize, 2))
        defer { if descriptor != 0 { _ = SecureFile.closeDescriptor(descriptor) } }
        if isGzip {
            var progress = LineChunks.Progress.more
            var failure: Diagnostic?
            try inflate(descriptor, first: chunk[..<count], path: path, chunkSize: chunkSize) { piece in
                do throws(Diagnostic) {
                    progress = try lines.add(piece, body)
                } catch {
                    failure = error
                    return false
                }
                return progress == .more
            }
            if let failure { throw failure }
            return try finish(&lines, progress, path: path, body)
        }
        var progress = LineChunks.Progress.more
        while count > 0 {
            progress = try lines.add(chunk[..<count], body)
            guard progress == .more else { break }
            count = try readSome(descriptor, into: &chunk[...], path: path)
        }
        return try finish(&lines, progress, path: path, body)
    }

    private static func finish(_ lines: inout LineChunks, _ progress: LineChunks.Progress, path: String,
                               _ body: (TextPiece) throws(Diagnostic) -> Int?) throws(Diagnostic) -> Bool {
        switch progress {
        case .more: return try lines.finish(body)
        case .stopped: return false
        case .overflow:
            guard lines.validatingPath != nil else { return false }
            throw .error("\(path): a line or record longer than \(sizeText(lines.maxHeld)), the most held in memory at once; "
                         + "set \(maximumSizeVariable) to a larger size (such as 8G) or 0 for no limit")
        }
    }

    /// The file at `path` opened (``open(_:)``) with its first bytes read into a buffer of
    /// `chunkSize` (`count` of them, enough to see gzip's magic number), and whether it is gzip.
    /// The caller closes `descriptor`; on a throw it is closed here.
    private static func openSniffingGzip(_ path: String, chunkSize: Int) throws(Diagnostic)
        -> (descriptor: Int32, status: (size: Int, isDirectory: Bool, isRegular: Bool), chunk: [UInt8], count: Int,
            isGzip: Bool) {
        let (descriptor, status) = try open(path)
        do throws(Diagnostic) {
            var chunk = [UInt8](repeating: 0, count: chunkSize)
            var count = 0
            while count < 2 {
                let read = try readSome(descriptor, into: &chunk[count...], path: path)
                if read == 0 { break }
                count += read
            }
            return (descriptor, status, chunk, count, Gzip.isGzip(Array(chunk[..<min(count, 2)])))
        } catch {
            if descriptor != 0 { _ = SecureFile.closeDescriptor(descriptor) }
            throw error
        }
    }

    /// The size of the windows in which a gzip file's compressed bytes are read.
    static let compressedWindowSize = 1 << 20

    /// Decompresses the gzip file open at `descriptor`, whose first bytes are `first`, into
    /// pieces for `receive` (``Gzip/decompress(_:path:maxRatio:floor:chunkSize:receive:)``),
    /// reading its compressed bytes a window of ``compressedWindowSize`` at a time.
    ///
    /// - Throws: A failed read as the file's read error (not as the damaged data it looks like
    ///   to the decoder); the gzip reader's errors.
    /// - Complexity: O(n + m) time; O(chunkSize + window) space, whatever the file's size.
    private static func inflate(_ descriptor: Int32, first: ArraySlice<UInt8>, path: String, chunkSize: Int,
                                receive: (ArraySlice<UInt8>) -> Bool) throws(Diagnostic) {
        var failure: Diagnostic?
        let input = CompressedInput(first: first, windowSize: compressedWindowSize) { window in
            guard failure == nil else { return 0 }
            switch SecureFile.readSome(descriptor, into: &window[...]) {
            case .success(let count): return count
            case .failure(let error):
                failure = readError(error, path: path)
                return 0
            }
        }
        do {
            try Gzip.decompress(input, path: path, chunkSize: chunkSize, receive: receive)
        } catch {
            throw failure ?? error
        }
        if let failure { throw failure }
    }

    /// The file at `path` (or standard input for `-`) opened for reading, with its status.
    private static func open(_ path: String) throws(Diagnostic)
        -> (descriptor: Int32, status: (size: Int, isDirectory: Bool, isRegular: Bool)) {
        let descriptor: Int32
        if path == "-" {
            descriptor = 0
        } else {
            switch SecureFile.openForReading(path) {
            case .success(let opened): descriptor = opened
            case .failure(let error):
                if error.code == SecureFile.noSuchFile { throw .error("\(path): no such file") }
                if error.code == SecureFile.isDirectoryCode { throw .error("\(path): is a directory, expected a file") }
                throw .error("\(path): cannot be read: \(SecureFile.reason(error.code))")
            }
        }
        let status = SecureFile.status(descriptor)
        if status.isDirectory {
            if descriptor != 0 { _ = SecureFile.closeDescriptor(descriptor) }
            throw .error("\(path): is a directory, expected a file")
        }
        return (descriptor, status)
    }

    private static func readSome(_ descriptor: Int32, into buffer: inout ArraySlice<UInt8>, path: String) throws(Diagnostic) -> Int {
        switch SecureFile.readSome(descriptor, into: &buffer) {
        case .success(let count): return count
        case .failure(let error): throw readError(error, path: path)
        }
    }

    private static func readError(_ error: SecureFile.Errno, path: String) -> Diagnostic {
        if error.code == SecureFile.isDirectoryCode { return .error("\(path): is a directory, expected a file") }
        return .error("\(path): cannot be read: \(SecureFile.reason(error.code))")
    }

    /// The file's text, checked to be UTF-8 (a byte order mark is dropped).
    public static func readText(atPath path: String) throws(Diagnostic) -> String {
        try decodedText(try readBytes(atPath: path), path: path)
    }

    /// `bytes` as text, checked to be UTF-8, without a leading byte order mark.
    ///
    /// - Throws: ``Diagnostic`` at the line and column of the first invalid byte.
    /// - Complexity: O(n).
    public static func decodedText(_ bytes: [UInt8], path: String) throws(Diagnostic) -> String {
        try validateUTF8(bytes, path: path)
        return String(decoding: bytes[byteOrderMarkLength(bytes)...], as: UTF8.self)
    }

    /// 3 when `bytes` start with UTF-8's byte order mark, else 0.
    static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int { bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }

    /// Checks that `bytes` are valid UTF-8.
    ///
    /// - Throws: ``Diagnostic`` at the line and column of the first invalid byte.
    /// - Complexity: O(n).
    public static func validateUTF8(_ bytes: [UInt8], path: String) throws(Diagnostic) {
        _ = try validateUTF8(bytes[...], path: path, firstLine: 1)
    }

    /// Checks that `bytes`, which start a line numbered `firstLine`, are valid UTF-8.
    ///
    /// - Returns: The number of LFs in `bytes`.
    /// - Throws: ``Diagnostic`` at the line and column of the first invalid byte.
    /// - Complexity: O(n).
    static func validateUTF8(_ bytes: ArraySlice<UInt8>, path: String, firstLine: Int) throws(Diagnostic) -> Int {
        var line = firstLine, lineStart = bytes.startIndex, i = bytes.startIndex
        let n = bytes.endIndex
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A { line += 1; lineStart = i + 1 }
                i += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: length = 0; minimum = 0
            }
            var valid = length > 0 && i + length <= n
            if valid {
                var scalar = UInt32(b) & (0xFF >> (length + 1))
                for k in 1..<length {
                    let c = bytes[i + k]
                    if c & 0xC0 != 0x80 { valid = false; break }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
                if valid && (scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar)) { valid = false }
                minimum = 0
            }
            if !valid {
                let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
                throw .error(String(format: "invalid UTF-8 (byte 0x%02X); expected a UTF-8 text file", b),
                             at: SourceLocation(file: path, line: line, column: column))
            }
            i += length
        }
        return line - firstLine
    }

    /// `PAPERGRAPH_MAX_DOCUMENT_SIZE`, the environment variable of ``configuredMaximumSize``.
    public static let maximumSizeVariable = "PAPERGRAPH_MAX_DOCUMENT_SIZE"
    /// The most text held in memory at once by default: a whole-document input after
    /// decompression, or one record of a streamed one. 2 GiB: a JSON document's tree takes
    /// several times its text, so this leaves room on a machine of 16-32 GB.
    public static let defaultMaximumSize = 2 << 30

    /// The most text held at once: ``maximumSizeVariable`` when set to a size in bytes (`K`, `M`,
    /// `G` or `T` may follow: `8G`; 0 lifts the limit), else ``defaultMaximumSize``.
    public static var configuredMaximumSize: Int {
        guard let raw = getenv(maximumSizeVariable).map({ String(cString: $0) }) else { return defaultMaximumSize }
        return parsedSize(raw) ?? defaultMaximumSize
    }

    /// `"8G"` → 8 GiB, `"1500000"` → 1500000; `nil` for anything else.
    static func parsedSize(_ text: String) -> Int? {
        var digits = Substring(text.trimmingWhitespace())
        var shift = 0
        if let last = digits.last, let k = ["K": 10, "M": 20, "G": 30, "T": 40][last.uppercased()] {
            shift = k
            digits = digits.dropLast()
        }
        guard let value = Int(digits), value >= 0, value <= Int.max >> shift else { return nil }
        return value << shift
    }

    /// `2 GiB`, `512 MiB`, `1000 bytes`.
    static func sizeText(_ bytes: Int) -> String {
        for (unit, shift) in [("TiB", 40), ("GiB", 30), ("MiB", 20), ("KiB", 10)] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift) \(unit)"
        }
        return "\(bytes) bytes"
    }

    /// The error for a whole-document input past `maximum`.
    static func tooLarge(_ path: String, maximum: Int) -> Diagnostic {
        .error("\(path): larger than \(sizeText(maximum)) (after decompression), the most read whole into memory for this "
               + "format; set \(maximumSizeVariable) to a larger size (such as 8G) or 0 for no limit")
    }
}
