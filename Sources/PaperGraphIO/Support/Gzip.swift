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
        try decompress(CompressedInput(bytes), path: path, into: &output, guard: BombGuard(ratio: maxRatio, floor: floor))
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
        try decompress(CompressedInput(bytes), path: path, maxRatio: maxRatio, floor: floor, chunkSize: chunkSize, receive: receive)
    }

    /// ``decompress(_:path:maxRatio:floor:chunkSize:receive:)`` over compressed bytes read a
    /// window at a time (a file of any size), in O(chunkSize + window) space.
    static func decompress(_ input: CompressedInput, path: String, maxRatio: Int = configuredRatio, floor: Int = bombFloor,
                           chunkSize: Int, receive: (ArraySlice<UInt8>) -> Bool) throws(Diagnostic) {
        try withoutActuallyEscaping(receive) { (receive) throws(Diagnostic) in
            var output = InflateOutput(chunkSize: chunkSize, receive: receive)
            try decompress(input, path: path, into: &output, guard: BombGuard(ratio: maxRatio, floor: floor))
            guard !output.stopped else { return }
            do {
                try output.handOver(keeping: 0)
            } catch {
                return  // the receiver stopped at the last piece
            }
        }
    }

    /// Every member of `input`, then zero bytes (tape padding) to its end.
    private static func decompress(_ input: CompressedInput, path: String, into output: inout InflateOutput,
                                   guard bomb: BombGuard) throws(Diagnostic) {
        var reader = BitReader(input)
        do {
            repeat {
                try decompressMember(&reader, into: &output, guard: bomb)
            } while try !atPaddedEnd(&reader)
        } catch {
            if error == .stopped { return }
            throw .error("\(path): corrupt gzip data: \(error.message) (at byte \(error.offset))")
        }
    }

    /// Whether only zero bytes are left; false, with the reader at the next byte, when a
    /// non-zero byte follows (another member); a non-zero byte after zeros is no member.
    private static func atPaddedEnd(_ reader: inout BitReader) throws(InflateError) -> Bool {
        let start = reader.byteOffset
        while let byte = reader.peekByte() {
            guard byte == 0 else {
                guard reader.byteOffset == start else {
                    throw InflateError("expected the gzip magic number 1f 8b, found other bytes", at: start)
                }
                return false
            }
            _ = reader.byte()
        }
        return true
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

    private static func decompressMember(_ reader: inout BitReader, into output: inout InflateOutput,
                                         guard bomb: BombGuard) throws(InflateError) {
        func byte(in part: String) throws(InflateError) -> Int {
            guard let value = reader.byte() else { throw InflateError("unexpected end of data in the gzip \(part)", at: reader.byteOffset) }
            return Int(value)
        }
        func word32() throws(InflateError) -> UInt32 {
            var word: UInt32 = 0
            for shift in stride(from: 0, to: 32, by: 8) { word |= UInt32(try byte(in: "trailer")) << shift }
            return word
        }
        let start = reader.byteOffset
        guard try byte(in: "header") == 0x1F, try byte(in: "header") == 0x8B else {
            throw InflateError("expected the gzip magic number 1f 8b, found other bytes", at: start)
        }
        let method = try byte(in: "header")
        guard method == 8 else { throw InflateError("unsupported compression method \(method)", at: start + 2) }
        let flags = try byte(in: "header")
        guard flags & 0xE0 == 0 else { throw InflateError("reserved header flags set", at: start + 3) }
        for _ in 0..<6 { _ = try byte(in: "header") }  // MTIME, XFL, OS
        if flags & 0x04 != 0 {  // FEXTRA
            let length = try byte(in: "header") + (try byte(in: "header")) << 8
            for _ in 0..<length { _ = try byte(in: "header") }
        }
        for flag in [0x08, 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
            while try byte(in: "header") != 0 {}
        }
        if flags & 0x02 != 0 { _ = (try byte(in: "header"), try byte(in: "header")) }  // FHCRC

        try Inflate.inflate(&reader, appendingTo: &output, guard: bomb)
        let end = reader.byteOffset
        let crc = try word32(), size = try word32()
        let (decoded, length) = output.finishMember()
        guard crc == decoded else {
            throw InflateError("CRC-32 mismatch (the data is damaged)", at: end)
        }
        guard size == UInt32(truncatingIfNeeded: length) else {
            throw InflateError("length mismatch: trailer says \(size) bytes, decoded \(length)", at: end + 4)
        }
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
