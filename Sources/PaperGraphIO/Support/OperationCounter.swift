/// Counts the elementary steps a parser takes (characters examined, bytes copied, keys probed), so
/// tests can check that doubling an input doubles the work instead of quadrupling it, without timing.
struct OperationCounter: Sendable {
    private(set) var count = 0

    mutating func add(_ steps: Int = 1) { count &+= steps }
}
