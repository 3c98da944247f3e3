/// The dense id of a paper in a ``PaperGraph``: its index in ``PaperGraph/papers``.
public struct PaperID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    @inlinable public init(_ index: Int) { self.rawValue = UInt32(index) }
    @inlinable public var index: Int { Int(rawValue) }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "paper#\(rawValue)" }
}

/// The dense id of an author in a ``PaperGraph``: its index in ``PaperGraph/authors``.
public struct AuthorID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    @inlinable public init(_ index: Int) { self.rawValue = UInt32(index) }
    @inlinable public var index: Int { Int(rawValue) }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "author#\(rawValue)" }
}

/// The dense id of a topic in a ``PaperGraph``: its index in ``PaperGraph/topics``.
public struct TopicID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    @inlinable public init(_ index: Int) { self.rawValue = UInt32(index) }
    @inlinable public var index: Int { Int(rawValue) }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "topic#\(rawValue)" }
}
