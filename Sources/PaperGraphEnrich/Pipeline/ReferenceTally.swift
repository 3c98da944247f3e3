/// Groups references that name the same work (sharing any identifier) and counts the user's
/// papers citing each group: the basis of "612 of them cited by 2 or more of your papers".
///
/// Union–find over identity keys (path halving, union by size).
struct ReferenceTally {
    private var slot: [String: Int] = [:]
    private var parent: [Int] = []
    private var size: [Int] = []
    /// For each slot, the citing targets recorded (merged into the root on union).
    private var citers: [[Int]] = []
    /// A representative reference per slot (the first seen).
    private var sample: [FetchedReference] = []

    /// Records that target `citer` cites `reference`.
    mutating func add(_ reference: FetchedReference, citedBy citer: Int) {
        let keys = reference.identityKeys
        var root = find(id(keys[0], reference))
        for key in keys.dropFirst() { root = union(root, find(id(key, reference))) }
        if citers[root].last != citer, !citers[root].contains(citer) { citers[root].append(citer) }
    }

    /// Whether `reference` names a work counted in a group.
    func group(of reference: FetchedReference) -> Int? {
        var best: Int?
        for key in reference.identityKeys {
            guard let s = slot[key] else { continue }
            best = findConst(s)
        }
        return best
    }

    /// The groups: one representative reference each, its number of citing targets, and every
    /// identity key that falls in it. In order of first appearance.
    func groups() -> [(sample: FetchedReference, citers: Int, keys: [String])] {
        var keysByRoot: [Int: [String]] = [:]
        for (key, s) in slot.sorted(by: { $0.value < $1.value }) { keysByRoot[findConst(s), default: []].append(key) }
        var result: [(FetchedReference, Int, [String])] = []
        for s in parent.indices where findConst(s) == s {
            result.append((sample[s], citers[s].count, keysByRoot[s] ?? []))
        }
        return result
    }

    /// The citing targets of each group, in order of first appearance.
    func citerGroups() -> [[Int]] {
        parent.indices.filter { findConst($0) == $0 }.map { citers[$0] }
    }

    private mutating func id(_ key: String, _ reference: FetchedReference) -> Int {
        if let s = slot[key] { return s }
        let s = parent.count
        slot[key] = s
        parent.append(s)
        size.append(1)
        citers.append([])
        sample.append(reference)
        return s
    }

    private mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    private func findConst(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { x = parent[x] }
        return x
    }

    private mutating func union(_ a: Int, _ b: Int) -> Int {
        guard a != b else { return a }
        let (big, small) = size[a] >= size[b] ? (a, b) : (b, a)
        parent[small] = big
        size[big] += size[small]
        for c in citers[small] where !citers[big].contains(c) { citers[big].append(c) }
        citers[small] = []
        if !sample[big].isNamed && sample[small].isNamed { sample[big] = sample[small] }
        return big
    }
}
