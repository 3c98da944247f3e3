/// The weights of a ``WeightedGraph``'s adjacency entries: one `Double` per entry, or 1 for every
/// entry of an unweighted graph, which then stores no weight at all.
///
/// The undirected view of 10^8 citations has 2 × 10^8 entries: as values their weights would take
/// 1.6 GB, all of them 1. Reading an entry costs the same either way, and the arithmetic on a unit
/// weight is the arithmetic on a stored 1.0, so an algorithm gives the same bits on both.
///
///     EdgeWeights(unit: 3)            // [1.0, 1.0, 1.0], no storage
///     EdgeWeights([0.5, 2.0])         // stored values
public struct EdgeWeights: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// The stored values; empty when every weight is 1 or the weights are `narrow`.
    @usableFromInline let values: [Double]
    /// Weights stored as `Float`, each exactly the `Double` it stands for (Leiden's aggregated
    /// levels of an unweighted graph: integers below 2^24); empty otherwise.
    @usableFromInline let narrow: [Float]
    public let startIndex = 0
    public let endIndex: Int

    /// Stored weights, one per entry.
    public init(_ values: [Double]) {
        self.values = values
        narrow = []
        endIndex = values.count
    }

    /// `count` weights of 1, stored in no memory.
    public init(unit count: Int) {
        precondition(count >= 0, "count must not be negative")
        values = []
        narrow = []
        endIndex = count
    }

    /// Weights stored in 4 bytes each; the caller guarantees that each is exact (an integer of at
    /// most 2^24, say), so reading one gives the `Double` it was made from.
    init(exactInFloat32 narrow: [Float]) {
        values = []
        self.narrow = narrow
        endIndex = narrow.count
    }

    public init(arrayLiteral elements: Double...) { self.init(elements) }

    /// Whether every weight is 1 without being stored.
    @inlinable public var isUnit: Bool { values.count != endIndex && narrow.count != endIndex }

    /// Whether the weights are stored as exact `Float`s.
    var isNarrow: Bool { !narrow.isEmpty }

    /// The weight of entry `i`.
    ///
    /// - Complexity: O(1).
    @inlinable public subscript(i: Int) -> Double {
        precondition(i >= 0 && i < endIndex, "entry out of range")
        if values.count == endIndex { return values[i] }
        return narrow.count == endIndex ? Double(narrow[i]) : 1
    }

    /// Calls `body` with the weights: a buffer of the stored values, or `nil` for unit weights
    /// (then every weight is 1). Hot loops use it to read weights without checks.
    ///
    /// - Precondition: the weights are not stored as `Float`s (only Leiden's levels are).
    public func withStoredValues<R>(_ body: (UnsafeBufferPointer<Double>?) throws -> R) rethrows -> R {
        precondition(!isNarrow, "narrow weights are read with withNarrowValues")
        if isUnit { return try body(nil) }
        return try values.withUnsafeBufferPointer { try body($0) }
    }

    /// Calls `body` with the `Float` weights when they are stored so, else returns `nil`.
    func withNarrowValues<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R? {
        guard isNarrow else { return nil }
        return try narrow.withUnsafeBufferPointer { try body($0) }
    }

    /// Equal when the two hold the same weights, stored or not.
    public static func == (a: EdgeWeights, b: EdgeWeights) -> Bool {
        if a.isUnit && b.isUnit { return a.count == b.count }
        if !a.values.isEmpty && !b.values.isEmpty { return a.values == b.values }
        return a.count == b.count && a.elementsEqual(b)
    }
}
