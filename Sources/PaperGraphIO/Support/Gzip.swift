#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

    /// The ratio past which output is refused, from `PAPERGRAPH_GZIP_MAX_RATIO` (0 lifts the limit).
    public static let defaultRatio = 200
    /// Output below this size is accepted at any ratio.
    public static let bombFloor = 64 << 20

    /// The decompressed contents of a gzip file.
    ///
    /// Members are decompressed straight into one buffer. Past ``bombFloor`` bytes of output, an
    /// output more than `maxRatio` times the compressed bytes read so far is refused as a
    /// decompression bomb (real text compresses 3-20:1; an all-zero stream reaches 1000:1).
    ///
    /// - Parameters:
    ///   - bytes: The whole file.
    ///   - path: The file's name for messages.
    ///   - maxRatio: The ratio guard; 0 disables it. Defaults to `PAPERGRAPH_GZIP_MAX_RATIO` or 200.
    ///   - floor: The output size below which any ratio is accepted.
    /// - Throws: ``Diagnostic`` `"path: corrupt gzip data: ... (at byte N)"` for a bad header, a
    ///   malformed or truncated DEFLATE stream, or a CRC-32 or length mismatch; the bomb guard's error.
    /// - Complexity: O(n + m) time for n compressed and m decompressed bytes, O(m) space.
    public static func decompress(_ bytes: [UInt8], path: String, maxRatio: Int = configuredRatio,
                                  floor: Int = bombFloor) throws(Diagnostic) -> [UInt8] {
        var output = InflateOutput(reservingCapacity: min(bytes.count * 4, floor))
        try decompress(bytes, path: path, into: &output, guard: BombGuard(ratio: maxRatio, floor: floor))
        return output.bytes
    }

    /// Decompresses a gzip file a piece at a time: `receive` gets consecutive pieces of the
    /// output (about `chunkSize` bytes each, the last one shorter) and returns false to stop.
    ///
    /// The checks are those of ``decompress(_:path:maxRatio:floor:)``, made as the bytes go by:
    /// a member's CRC-32 and length are verified at its end, after its bytes were handed over, so
    /// a receiver must drop what it made when this throws.
    ///
    /// - Throws: The errors of ``decompress(_:path:maxRatio:floor:)``.
    /// - Complexity: O(n + m) time; O(chunkSize) space beyond the compressed bytes.
    public static func decompress(_ bytes: [UInt8], path: String, maxRatio: Int = configuredRatio, floor: Int = bombFloor,
                                  chunkSize: Int, receive: (ArraySlice<UInt8>) -> Bool) throws(Diagnostic) {
        try withoutActuallyEscaping(receive) { (receive) throws(Diagnostic) in
            var output = InflateOutput(chunkSize: chunkSize, receive: receive)
            try decompress(bytes, path: path, into: &output, guard: BombGuard(ratio: maxRatio, floor: floor))
            guard !output.stopped else { return }
            do {
                try output.handOver(keeping: 0)
            } catch {
                return  // the receiver stopped at the last piece
            }
        }
    }

    private static func decompress(_ bytes: [UInt8], path: String, into output: inout InflateOutput,
                                   guard bomb: BombGuard) throws(Diagnostic) {
        do {
            var start = 0
            repeat {
                start = try decompressMember(bytes, from: start, into: &output, guard: bomb)
                if bytes[start...].allSatisfy({ $0 == 0 }) { break }
            } while true
        } catch {
            if error == .stopped { return }
            throw .error("\(path): corrupt gzip data: \(error.message) (at byte \(error.offset))")
        }
    }

    /// The environment variable of ``configuredRatio``.
    public static let ratioVariable = "PAPERGRAPH_GZIP_MAX_RATIO"

    /// `PAPERGRAPH_GZIP_MAX_RATIO` when set to a whole number, else ``defaultRatio`` (the CLI refuses
    /// other values before it reads anything: ``InputLimitSettings``).
    public static var configuredRatio: Int {
        getenv(ratioVariable).flatMap { parsedRatio(String(cString: $0)) } ?? defaultRatio
    }

    /// `"200"` → 200, `"0"` → 0; `nil` for anything else.
    static func parsedRatio(_ text: String) -> Int? {
        Int(text.trimmingWhitespace()).flatMap { $0 >= 0 ? $0 : nil }
    }

    private static func decompressMember(_ bytes: [UInt8], from start: Int, into output: inout InflateOutput,
                                         guard bomb: BombGuard) throws(InflateError) -> Int {
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

        let end = try Inflate.inflate(bytes, from: i, appendingTo: &output, guard: bomb)
        let crc = try word32(end), size = try word32(end + 4)
        let (decoded, length) = output.finishMember()
        guard crc == decoded else {
            throw InflateError("CRC-32 mismatch (the data is damaged)", at: end)
        }
        guard size == UInt32(truncatingIfNeeded: length) else {
            throw InflateError("length mismatch: trailer says \(size) bytes, decoded \(length)", at: end + 4)
        }
        return end + 8
    }
}

/// The CRC-32 of ISO 3309 / ITU-T V.42 used by gzip (reflected polynomial 0xEDB88320).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { (n: UInt32) -> UInt32 in
        var c = n
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The state before any byte; a checksum is the final state XOR this.
    static let initial: UInt32 = 0xFFFF_FFFF

    /// The checksum of `bytes`.
    ///
    /// - Complexity: O(n).
    static func checksum<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32 {
        update(initial, bytes) ^ initial
    }

    /// The state after `bytes` following `state`: checksums of data that comes in pieces.
    ///
    /// - Complexity: O(n).
    static func update<Bytes: Collection<UInt8>>(_ state: UInt32, _ bytes: Bytes) -> UInt32 {
        var crc = state
        let table = self.table
        for b in bytes { crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
        return crc
    }
}
