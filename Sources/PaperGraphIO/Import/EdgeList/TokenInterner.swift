/// Gives each distinct byte string a dense id, in order of first appearance.
///
/// An open-addressing hash table over the bytes of the distinct tokens, kept in one arena: a
/// token is looked up by hashing and comparing its bytes where they lie in the input, so the
/// input can be read a piece at a time and no `String` is made per line (``keys`` makes one per
/// distinct token, at the end).
struct TokenInterner {
    /// The distinct tokens' bytes, one after another; token `i` is `arena[starts[i] ..< starts[i + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Token id + 1 per slot, 0 for an empty slot; the count is a power of two.
    private var slots: [UInt32]

    init(expectedCount: Int = 1024) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [UInt32](repeating: 0, count: capacity)
    }

    var count: Int { hashes.count }

    /// The distinct tokens in order of first appearance; a token's id is its index here.
    ///
    /// - Complexity: O(total length of the distinct tokens).
    var keys: [String] {
        (0..<count).map { String(decoding: arena[starts[$0]..<starts[$0 + 1]], as: UTF8.self) }
    }

    /// The id of `bytes[start..<end]`, adding it if new.
    ///
    /// - Precondition: fewer than 2^32 - 1 tokens are added.
    /// - Complexity: O(length) expected time.
    mutating func intern<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ start: Bytes.Index, _ end: Bytes.Index)
        -> (id: UInt32, isNew: Bool) where Bytes.Index == Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for i in start..<end { hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        let length = end - start
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if hashes[id] == hash && starts[id + 1] - starts[id] == length && equal(bytes, start, arena: starts[id], length) {
                return (UInt32(id), false)
            }
            slot = (slot + 1) & mask
        }
        let id = count
        arena.append(contentsOf: bytes[start..<end])
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = UInt32(id + 1)
        if count * 2 > slots.count { grow() }
        return (UInt32(id), true)
    }

    private func equal<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ start: Int, arena offset: Int, _ length: Int) -> Bool
        where Bytes.Index == Int {
        for k in 0..<length where bytes[start + k] != arena[offset + k] { return false }
        return true
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(id + 1)
        }
    }
}
