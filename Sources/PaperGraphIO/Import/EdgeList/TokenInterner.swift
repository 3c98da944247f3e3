/// Gives each distinct byte string of one input buffer a dense id, in order of first appearance.
///
/// An open-addressing hash table over ranges of the input: looking up a token hashes and compares
/// its bytes in place, so a `String` is created only once per distinct token, never per line.
struct TokenInterner {
    /// The distinct tokens in order of first appearance; a token's id is its index here.
    private(set) var keys: [String] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []
    /// Token id + 1 per slot, 0 for an empty slot; the count is a power of two.
    private var slots: [UInt32]

    init(expectedCount: Int = 1024) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [UInt32](repeating: 0, count: capacity)
    }

    var count: Int { keys.count }

    /// The id of `bytes[start..<end]`, adding it if new.
    ///
    /// - Precondition: every call passes the same `bytes`, and fewer than 2^32 - 1 tokens are added.
    /// - Complexity: O(length) expected time.
    mutating func intern(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (id: UInt32, isNew: Bool) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for i in start..<end { hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        let length = end - start
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if hashes[id] == hash && lengths[id] == length && equal(bytes, starts[id], start, length) {
                return (UInt32(id), false)
            }
            slot = (slot + 1) & mask
        }
        let id = keys.count
        keys.append(String(decoding: bytes[start..<end], as: UTF8.self))
        starts.append(start)
        lengths.append(length)
        hashes.append(hash)
        slots[slot] = UInt32(id + 1)
        if keys.count * 2 > slots.count { grow() }
        return (UInt32(id), true)
    }

    private func equal(_ bytes: [UInt8], _ a: Int, _ b: Int, _ length: Int) -> Bool {
        for k in 0..<length where bytes[a + k] != bytes[b + k] { return false }
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
