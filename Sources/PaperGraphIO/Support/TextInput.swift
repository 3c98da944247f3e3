import Foundation
import PaperGraphModel

/// Reading input files as bytes or text with clear errors for missing files, folders and bad encodings.
public enum TextInput {
    /// The bytes of the file at `path`, or `-` for standard input; gzip files are decompressed.
    ///
    /// Anything readable is read by streaming its descriptor to the end: regular files, pipes and
    /// FIFOs (`/dev/stdin`, `<(zcat refs.bib.gz)`), character devices.
    ///
    /// - Throws: ``Diagnostic`` naming the path and the system's reason when it is missing, a
    ///   directory or unreadable, and the gzip reader's errors.
    public static func readBytes(atPath path: String) throws(Diagnostic) -> [UInt8] {
        let (descriptor, status) = try open(path)
        defer { if descriptor != 0 { _ = SecureFile.closeDescriptor(descriptor) } }
        let bytes = try readRest(descriptor, path: path, sizeHint: status.isRegular ? status.size : 0)
        return Gzip.isGzip(bytes) ? try Gzip.decompress(bytes, path: path) : bytes
    }

    /// Calls `body` with the text of the file at `path` (or `-`, standard input) a piece at a
    /// time, each piece whole lines ending with LF (the last one perhaps without), with CRLF and
    /// CR turned into LF as ``LineEndings`` does; gzip files are decompressed as they are read.
    ///
    /// Only the compressed bytes of a gzip file are held whole; the text never is. `body` returns
    /// false to stop.
    ///
    /// - Parameters:
    ///   - chunkSize: About how many bytes each read (and each piece) holds.
    ///   - maxLineLength: A line longer than this stops the reading (the input is not line-shaped).
    /// - Returns: Whether the whole file was handed over: false when `body` stopped or a line was too long.
    /// - Throws: The errors of ``readBytes(atPath:)``; when the gzip reader throws, pieces already
    ///   handed over must be dropped.
    /// - Complexity: O(n) time; O(chunkSize + longest line) space beyond a gzip file's compressed bytes.
    public static func forEachLineChunk(atPath path: String, chunkSize: Int = 1 << 20, maxLineLength: Int = 1 << 20,
                                        _ body: (ArraySlice<UInt8>) -> Bool) throws(Diagnostic) -> Bool {
        let (descriptor, status) = try open(path)
        defer { if descriptor != 0 { _ = SecureFile.closeDescriptor(descriptor) } }
        var lines = LineChunks(maxLineLength: maxLineLength)
        var chunk = [UInt8](repeating: 0, count: max(chunkSize, 2))
        var count = 0
        while count < 2 {  // enough to see the gzip magic number
            let read = try readSome(descriptor, into: &chunk[count...], path: path)
            if read == 0 { break }
            count += read
        }
        if Gzip.isGzip(Array(chunk[..<min(count, 2)])) {
            let compressed = Array(chunk[..<count])
                + (try readRest(descriptor, path: path, sizeHint: status.isRegular ? status.size - count : 0))
            chunk = []
            var complete = true
            try Gzip.decompress(compressed, path: path, chunkSize: chunkSize) { piece in
                complete = lines.add(piece, body)
                return complete
            }
            return complete && lines.finish(body)
        }
        while count > 0 {
            guard lines.add(chunk[..<count], body) else { return false }
            count = try readSome(descriptor, into: &chunk[...], path: path)
        }
        return lines.finish(body)
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

    private static func readRest(_ descriptor: Int32, path: String, sizeHint: Int) throws(Diagnostic) -> [UInt8] {
        switch SecureFile.readAll(descriptor, sizeHint: sizeHint) {
        case .success(let read): return read
        case .failure(let error): throw readError(error, path: path)
        }
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
        var line = 1, lineStart = 0, i = 0
        let n = bytes.count
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
    }
}
