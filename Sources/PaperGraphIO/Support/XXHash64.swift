/// XXH64, Yann Collet's 64-bit non-cryptographic hash, used as the checksum of `.pgraph` sections.
///
/// Chosen over CRC-32C because it needs no hardware instruction to run at several GB/s in plain
/// Swift (four independent 64-bit lanes), and 64 bits make an undetected corruption far less
/// likely. The output equals the reference implementation's `XXH64(data, length, seed)`.
///
///     XXHash64.hash(of: UnsafeRawBufferPointer(start: nil, count: 0))   // 0xEF46DB3751D8E999
///
/// Reference: <https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md>
public enum XXHash64 {
    static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    /// The XXH64 of `bytes` with `seed`.
    ///
    /// - Complexity: O(n) for n bytes.
    public static func hash(of bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        var stream = Stream(seed: seed)
        stream.update(bytes)
        return stream.finish()
    }

    /// XXH64 fed in pieces, such as a section read block by block while its contents are
    /// checked: ``finish()`` equals ``hash(of:seed:)`` of the pieces joined.
    ///
    ///     var stream = XXHash64.Stream()
    ///     stream.update(first); stream.update(second)
    ///     stream.finish()                      // the hash of first + second
    public struct Stream {
        private var v1: UInt64, v2: UInt64, v3: UInt64, v4: UInt64
        private let seed: UInt64
        private var length = 0
        /// The bytes after the last whole 32-byte stripe, at most 31.
        private var pending: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        private var pendingCount = 0

        /// A stream with nothing hashed yet.
        public init(seed: UInt64 = 0) {
            self.seed = seed
            v1 = seed &+ prime1 &+ prime2
            v2 = seed &+ prime2
            v3 = seed
            v4 = seed &- prime1
        }

        /// Hashes `bytes` after everything before.
        ///
        /// - Complexity: O(n) for n bytes.
        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            let count = bytes.count
            guard count > 0 else { return }
            length += count
            var i = 0
            if pendingCount > 0 {
                let taken = min(32 - pendingCount, count)
                let filled = pendingCount
                withUnsafeMutableBytes(of: &pending) { buffer in
                    for k in 0..<taken { buffer[filled + k] = bytes[k] }
                }
                pendingCount += taken
                i = taken
                guard pendingCount == 32 else { return }
                withUnsafeBytes(of: pending) { stripes(UnsafeRawBufferPointer(rebasing: $0[...])) }
                pendingCount = 0
            }
            let whole = (count - i) / 32 * 32
            if whole > 0 { stripes(UnsafeRawBufferPointer(rebasing: bytes[i..<(i + whole)])) }
            i += whole
            if i < count {
                let rest = count - i
                withUnsafeMutableBytes(of: &pending) { buffer in
                    for k in 0..<rest { buffer[k] = bytes[i + k] }
                }
                pendingCount = rest
            }
        }

        /// The four lanes over whole 32-byte stripes.
        private mutating func stripes(_ bytes: UnsafeRawBufferPointer) {
            var a = v1, b = v2, c = v3, d = v4
            var i = 0
            while i + 32 <= bytes.count {
                a = round(a, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
                b = round(b, bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self).littleEndian)
                c = round(c, bytes.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self).littleEndian)
                d = round(d, bytes.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self).littleEndian)
                i += 32
            }
            v1 = a
            v2 = b
            v3 = c
            v4 = d
        }

        /// The hash of everything fed so far.
        ///
        /// - Complexity: O(1).
        public func finish() -> UInt64 {
            var h: UInt64
            if length >= 32 {
                h = rotate(v1, 1) &+ rotate(v2, 7) &+ rotate(v3, 12) &+ rotate(v4, 18)
                h = merge(h, v1)
                h = merge(h, v2)
                h = merge(h, v3)
                h = merge(h, v4)
            } else {
                h = seed &+ prime5
            }
            h &+= UInt64(truncatingIfNeeded: length)
            let count = pendingCount
            withUnsafeBytes(of: pending) { bytes in
                var i = 0
                while i + 8 <= count {
                    h ^= round(0, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
                    h = rotate(h, 27) &* prime1 &+ prime4
                    i += 8
                }
                if i + 4 <= count {
                    h ^= UInt64(bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian) &* prime1
                    h = rotate(h, 23) &* prime2 &+ prime3
                    i += 4
                }
                while i < count {
                    h ^= UInt64(bytes[i]) &* prime5
                    h = rotate(h, 11) &* prime1
                    i += 1
                }
            }
            h ^= h >> 33
            h &*= prime2
            h ^= h >> 29
            h &*= prime3
            h ^= h >> 32
            return h
        }
    }

    /// The XXH64 of an array of bytes.
    public static func hash(of bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        bytes.withUnsafeBytes { hash(of: $0, seed: seed) }
    }

    @inline(__always)
    private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotate(accumulator &+ input &* prime2, 31) &* prime1
    }

    @inline(__always)
    private static func merge(_ accumulator: UInt64, _ value: UInt64) -> UInt64 {
        (accumulator ^ round(0, value)) &* prime1 &+ prime4
    }

    @inline(__always)
    private static func rotate(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
}
