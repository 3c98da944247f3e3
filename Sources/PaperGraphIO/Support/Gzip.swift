import PaperGraphModel

/// Reads gzip files (RFC 1952), so that `cit-HepPh.txt.gz` or an OpenAlex snapshot part can be
/// given to any importer as is.
///
/// Every member of a multi-member file is decompressed and the results concatenated (what
/// `gunzip` does); each member's CRC-32 and length (ISIZE) are verified. Zero bytes after the
/// last member (tape padding) are ignored; anything else there is an error.
///
///     if Gzip.isGzip(bytes) { bytes = try Gzip.decompress(bytes, path: path) }
public enum Gzip {
    /// Whether `bytes` start with the gzip magic number `1f 8b`.
    ///
    /// - Complexity: O(1).
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed contents of a gzip file.
    ///
    /// - Parameters:
    ///   - bytes: The whole file.
    ///   - path: The file's name for messages.
    /// - Throws: ``Diagnostic`` `"path: corrupt gzip data: ... (at byte N)"` for a bad header, a
    ///   malformed or truncated DEFLATE stream, or a CRC-32 or length mismatch.
    /// - Complexity: O(n + m) time for n compressed and m decompressed bytes, O(m) space.
    public static func decompress(_ bytes: [UInt8], path: String) throws(Diagnostic) -> [UInt8] {
        do {
            var output: [UInt8] = []
            var start = 0
            repeat {
                let member = try decompressMember(bytes, from: start)
                if output.isEmpty { output = member.output } else { output.append(contentsOf: member.output) }
                start = member.end
                if bytes[start...].allSatisfy({ $0 == 0 }) { break }
            } while true
            return output
        } catch {
            throw .error("\(path): corrupt gzip data: \(error.message) (at byte \(error.offset))")
        }
    }

    private static func decompressMember(_ bytes: [UInt8], from start: Int) throws(InflateError) -> (output: [UInt8], end: Int) {
        func byte(_ i: Int) throws(InflateError) -> Int {
            guard i < bytes.count else { throw InflateError("unexpected end of data in the gzip header", at: bytes.count) }
            return Int(bytes[i])
        }
        func word32(_ i: Int) throws(InflateError) -> UInt32 {
            guard i + 4 <= bytes.count else { throw InflateError("unexpected end of data in the gzip trailer", at: bytes.count) }
            return UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
        }
        guard try byte(start) == 0x1F, try byte(start + 1) == 0x8B else {
            throw InflateError("expected the gzip magic number 1f 8b, found other bytes", at: start)
        }
        let method = try byte(start + 2)
        guard method == 8 else { throw InflateError("unsupported compression method \(method)", at: start + 2) }
        let flags = try byte(start + 3)
        guard flags & 0xE0 == 0 else { throw InflateError("reserved header flags set", at: start + 3) }
        var i = start + 10
        if flags & 0x04 != 0 {  // FEXTRA
            i += 2 + (try byte(i)) + (try byte(i + 1)) << 8
        }
        for flag in [0x08, 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
            while try byte(i) != 0 { i += 1 }
            i += 1
        }
        if flags & 0x02 != 0 { i += 2 }  // FHCRC
        guard i <= bytes.count else { throw InflateError("unexpected end of data in the gzip header", at: bytes.count) }

        let (output, end) = try Inflate.inflate(bytes, from: i)
        let crc = try word32(end), size = try word32(end + 4)
        guard crc == CRC32.checksum(output) else {
            throw InflateError("CRC-32 mismatch (the data is damaged)", at: end)
        }
        guard size == UInt32(truncatingIfNeeded: output.count) else {
            throw InflateError("length mismatch: trailer says \(size) bytes, decoded \(output.count)", at: end + 4)
        }
        return (output, end + 8)
    }
}

/// The CRC-32 of ISO 3309 / ITU-T V.42 used by gzip (reflected polynomial 0xEDB88320).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { (n: UInt32) -> UInt32 in
        var c = n
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The checksum of `bytes`.
    ///
    /// - Complexity: O(n).
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        let table = self.table
        for b in bytes { crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
