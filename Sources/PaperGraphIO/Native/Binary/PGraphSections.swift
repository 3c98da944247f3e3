import GraphAlgorithms

/// The contents of one section: a flat array written as its raw little-endian bytes, or bytes
/// made a piece at a time by a function, so that a large section that is mostly arithmetic (a
/// column of `none`, offsets of strings whose lengths are known) is never held whole.
enum SectionData {
    case u32([UInt32])
    /// A graph's offsets or targets, in an array or read in place from another file.
    case csr(CSRArray)
    case u64([UInt64])
    case i64([Int64])
    case bytes([UInt8])
    /// `byteCount` bytes that `produce` hands, in order, to the function it is given; it may be
    /// called more than once (to hash, then to write) and must give the same bytes each time.
    case streamed(byteCount: Int, produce: (_ emit: (UnsafeRawBufferPointer) -> Void) -> Void)

    var byteCount: Int {
        if case .streamed(let count, _) = self { return count }
        return withArrayBytes { $0.count }
    }

    /// Calls `body` with the section's bytes, in order, in one or more pieces.
    func forEachPiece(_ body: (UnsafeRawBufferPointer) -> Void) {
        if case .streamed(let count, let produce) = self {
            var given = 0
            produce { piece in
                given += piece.count
                body(piece)
            }
            precondition(given == count, "a streamed section must give the bytes it announced")
            return
        }
        withArrayBytes(body)
    }

    /// The XXH64 of the section's bytes.
    var checksum: UInt64 {
        var hash = XXHash64.Stream()
        forEachPiece { hash.update($0) }
        return hash.finish()
    }

    private func withArrayBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        switch self {
        case .u32(let a): a.withUnsafeBytes(body)
        case .csr(let a): a.withUnsafeBufferPointer { body(UnsafeRawBufferPointer($0)) }
        case .u64(let a): a.withUnsafeBytes(body)
        case .i64(let a): a.withUnsafeBytes(body)
        case .bytes(let a): a.withUnsafeBytes(body)
        case .streamed: preconditionFailure("a streamed section has no array")
        }
    }

    /// `count` copies of the little-endian `value`, made 64 KiB at a time.
    static func repeated<T: FixedWidthInteger>(_ value: T, count: Int) -> SectionData {
        .streamed(byteCount: count * MemoryLayout<T>.size) { emit in
            let chunk = [T](repeating: T(littleEndian: value), count: min(count, 1 << 14))
            var left = count
            chunk.withUnsafeBytes { bytes in
                while left > 0 {
                    let n = min(left, chunk.count)
                    emit(UnsafeRawBufferPointer(rebasing: bytes[0..<(n * MemoryLayout<T>.size)]))
                    left -= n
                }
            }
        }
    }

    /// The `count` little-endian values `value(0) ..< value(count - 1)`, made 64 KiB at a time.
    static func computed<T: FixedWidthInteger>(_ type: T.Type, count: Int, _ value: @escaping (Int) -> T) -> SectionData {
        .streamed(byteCount: count * MemoryLayout<T>.size) { emit in
            var chunk = [T]()
            chunk.reserveCapacity(min(count, 1 << 13))
            var i = 0
            while i < count {
                chunk.removeAll(keepingCapacity: true)
                let end = min(count, i + (1 << 13))
                while i < end {
                    chunk.append(value(i).littleEndian)
                    i += 1
                }
                chunk.withUnsafeBytes(emit)
            }
        }
    }
}

/// All strings of a file, concatenated as UTF-8 with their end offsets; a string's index is its id.
struct StringPool {
    var offsets: [UInt64] = [0]
    var bytes: [UInt8] = []
    private var interned: [String: UInt32] = [:]

    /// Appends `text` and returns its index.
    mutating func add(_ text: String) -> UInt32 {
        bytes.append(contentsOf: text.utf8)
        offsets.append(UInt64(bytes.count))
        return UInt32(truncatingIfNeeded: offsets.count - 2)
    }

    /// The index of `text`, stored once however often it is interned (for kinds and schemes).
    mutating func intern(_ text: String) -> UInt32 {
        if let index = interned[text] { return index }
        let index = add(text)
        interned[text] = index
        return index
    }
}
