import GraphAlgorithms

/// The tests' deterministic random number generator: the package's own ``SplitMix64``, so test
/// data and randomized algorithms draw from one implementation.
public typealias SeededGenerator = SplitMix64
