/// Writes gzip files (RFC 1952) with ``DeflateEncoder``: one member, no file name, modification
/// time 0 (so the same input always gives the same bytes), CRC-32 and length in the trailer.
///
///     var gzip = GzipEncoder()
///     var file = gzip.compress(part1, final: false)
///     file += gzip.compress(part2, final: true)
///     // Gzip.decompress(file, path: ...) == part1 + part2
public struct GzipEncoder {
    private var deflate = DeflateEncoder()
    private var crc = CRC32.initial
    private var size: UInt32 = 0
    private var started = false

    public init() {}

    /// The bytes of the file that `input` adds; with `final`, through the trailer.
    ///
    /// - Complexity: O(n) for n input bytes (see ``DeflateEncoder``).
    public mutating func compress(_ input: [UInt8], final: Bool) -> [UInt8] {
        var out: [UInt8] = []
        if !started {
            // Magic, method 8 (deflate), no flags, mtime 0, no extra flags, OS 3 (Unix).
            out = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
            started = true
        }
        crc = CRC32.update(crc, input)
        size &+= UInt32(truncatingIfNeeded: input.count)
        out += deflate.compress(input, final: final)
        if final {
            for word in [crc ^ CRC32.initial, size] {
                for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
            }
        }
        return out
    }

    /// `bytes` as a whole gzip file.
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var encoder = GzipEncoder()
        return encoder.compress(bytes, final: true)
    }
}
