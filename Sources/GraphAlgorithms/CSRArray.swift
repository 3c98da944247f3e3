/// The offsets or the targets of a ``CSRGraph``: `UInt32`s held in a Swift array, or read in place
/// from memory that an owner object keeps mapped and unchanged (a `.pgraph` file's section), so
/// that loading a graph from a file copies nothing.
///
/// Either way it is an immutable random-access collection; algorithms read it through
/// ``withUnsafeBufferPointer(_:)`` in their loops and never see which storage it has.
///
///     let targets: CSRArray = [1, 2]             // an array
///     targets.withUnsafeBufferPointer { $0[1] }  // 2
public struct CSRArray: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral, CustomStringConvertible {
    @usableFromInline
    enum Storage: @unchecked Sendable {
        case array([UInt32])
        /// Memory that stays valid and unchanged while `owner` lives.
        case borrowed(UnsafeBufferPointer<UInt32>, owner: AnyObject)
    }

    @usableFromInline let storage: Storage

    /// Wraps an array.
    ///
    /// - Complexity: O(1).
    public init(_ array: [UInt32]) { storage = .array(array) }

    /// Wraps an array literal.
    public init(arrayLiteral elements: UInt32...) { storage = .array(elements) }

    /// Reads `buffer` in place, keeping `owner` alive as long as any copy of the result.
    ///
    /// - Precondition: `buffer` stays valid and unchanged while `owner` lives (a read-only file
    ///   mapping that `owner` unmaps when released).
    /// - Complexity: O(1).
    public init(borrowing buffer: UnsafeBufferPointer<UInt32>, owner: AnyObject & Sendable) {
        storage = .borrowed(buffer, owner: owner)
    }

    /// Whether the values are read in place from memory owned elsewhere rather than held in an array.
    public var isBorrowed: Bool {
        if case .borrowed = storage { return true }
        return false
    }

    @inlinable public var startIndex: Int { 0 }

    @inlinable public var endIndex: Int {
        switch storage {
        case .array(let array): array.count
        case .borrowed(let buffer, _): buffer.count
        }
    }

    @inlinable public subscript(position: Int) -> UInt32 {
        switch storage {
        case .array(let array): return array[position]
        case .borrowed(let buffer, _):
            precondition(position >= 0 && position < buffer.count, "index out of range")
            return buffer[position]
        }
    }

    /// Calls `body` with the values as one contiguous buffer, valid only during the call.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt32>) throws -> R) rethrows -> R {
        switch storage {
        case .array(let array): return try array.withUnsafeBufferPointer(body)
        case .borrowed(let buffer, let owner): return try withExtendedLifetime(owner) { try body(buffer) }
        }
    }

    @inlinable
    public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt32>) throws -> R) rethrows -> R? {
        try withUnsafeBufferPointer(body)
    }

    /// Equal when the values are, whatever the storage.
    ///
    /// - Complexity: O(n).
    public static func == (lhs: CSRArray, rhs: CSRArray) -> Bool {
        lhs.withUnsafeBufferPointer { a in rhs.withUnsafeBufferPointer { b in a.elementsEqual(b) } }
    }

    public var description: String { Array(self).description }
}
