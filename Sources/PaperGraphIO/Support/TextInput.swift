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
        defer { if descriptor != 0 { _ = SecureFile.closeDescriptor(descriptor) } }
        let status = SecureFile.status(descriptor)
        if status.isDirectory { throw .error("\(path): is a directory, expected a file") }
        let bytes: [UInt8]
        switch SecureFile.readAll(descriptor, sizeHint: status.isRegular ? status.size : 0) {
        case .success(let read): bytes = read
        case .failure(let error):
            if error.code == SecureFile.isDirectoryCode { throw .error("\(path): is a directory, expected a file") }
            throw .error("\(path): cannot be read: \(SecureFile.reason(error.code))")
        }
        return Gzip.isGzip(bytes) ? try Gzip.decompress(bytes, path: path) : bytes
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
