import Foundation
import PaperGraphModel

/// Reading input files as bytes or text with clear errors for missing files, folders and bad encodings.
public enum TextInput {
    /// The bytes of the file at `path`, or `-` for standard input; gzip files are decompressed.
    ///
    /// - Throws: ``Diagnostic`` naming the path when it is missing, a directory or unreadable.
    public static func readBytes(atPath path: String) throws(Diagnostic) -> [UInt8] {
        if path == "-" {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            return Gzip.isGzip(bytes) ? try Gzip.decompress(bytes, path: path) : bytes
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .error("\(path): no such file")
        }
        if isDirectory.boolValue { throw .error("\(path): is a directory, expected a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("\(path): cannot be read (permission denied?)")
        }
        let bytes = [UInt8](data)
        return Gzip.isGzip(bytes) ? try Gzip.decompress(bytes, path: path) : bytes
    }

    /// The file's text, checked to be UTF-8 (a byte order mark is dropped).
    public static func readText(atPath path: String) throws(Diagnostic) -> String {
        let bytes = try readBytes(atPath: path)
        try validateUTF8(bytes, path: path)
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return String(decoding: bytes[start...], as: UTF8.self)
    }

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
