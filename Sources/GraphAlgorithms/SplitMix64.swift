/// A tiny seeded random number generator (SplitMix64): the one generator of the package, used by
/// Leiden's refinement, the synthetic graph generator and the tests.
///
/// The sequence is fixed by the seed and by this file alone, so results do not change when the
/// standard library changes its own `random(in:)` algorithms.
///
/// - SeeAlso: G. L. Steele, D. Lea and C. H. Flood, "Fast splittable pseudorandom number
///   generators", OOPSLA 2014, https://doi.org/10.1145/2660193.2660195
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in `0 ..< 1` with 53 random bits.
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// An integer in `0 ..< bound` by Lemire's multiply-high (bias below 2⁻³² for bounds < 2³²).
    public mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(truncatingIfNeeded: UInt64(bound).multipliedFullWidth(by: next()).high)
    }

    /// The ids `0 ..< count` in a uniformly random order (Fisher–Yates).
    public mutating func permutation(count: Int) -> [UInt32] {
        var order = (0..<UInt32(count)).map { $0 }
        var i = count - 1
        while i > 0 {
            order.swapAt(i, nextIndex(below: i + 1))
            i -= 1
        }
        return order
    }
}
