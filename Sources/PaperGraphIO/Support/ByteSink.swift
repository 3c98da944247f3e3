import PaperGraphModel

/// Where a writer puts its output, a piece at a time: every exporter writes into one, element by
/// element, so no output is ever built whole in memory.
///
///     var sink = BufferedSink(try OutputFile(path: "graph.graphml"))
///     GraphMLWriter.write(view, to: &sink)
///     try sink.commit()
///
/// ``BufferedSink`` gathers small writes into chunks of at most ``BufferedSink/capacity`` bytes for
/// a file (``OutputFile``) or standard output; ``TextSink`` collects the text for tests and small results.
public protocol ByteSink {
    /// Appends `bytes`.
    mutating func write(_ bytes: UnsafeRawBufferPointer)
    /// Appends the UTF-8 of `text`.
    mutating func write(_ text: String)
}

extension ByteSink {
    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends the UTF-8 of `text`.
    public mutating func write(_ text: Substring) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }
}

/// A sink that keeps everything written, for tests and results small enough to hold.
public struct TextSink: ByteSink {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ bytes: UnsafeRawBufferPointer) { self.bytes.append(contentsOf: bytes) }

    /// The bytes written, decoded as UTF-8.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// What `body` writes, as text.
    public static func text<E: Error>(_ body: (inout TextSink) throws(E) -> Void) throws(E) -> String {
        var sink = TextSink()
        try body(&sink)
        return sink.text
    }
}

extension OutputFile: ByteSink {}

/// Gathers small writes into chunks of at most ``capacity`` bytes before handing them to `base`,
/// so a file gets few system calls and the memory held is bounded by the buffer, whatever the
/// size of the output.
///
/// Chunks end between UTF-8 characters (a longer write is split before a continuation byte), so
/// a `base` that decodes each chunk as text on its own (the console) never sees half a character.
public struct BufferedSink<Base: ByteSink>: ByteSink {
    /// The default buffer size, 64 KiB.
    public static var defaultCapacity: Int { 1 << 16 }

    /// Where the chunks go; ``flush()`` first to have everything written there.
    public var base: Base
    /// The largest chunk handed to ``base``.
    public let capacity: Int
    private var buffer: [UInt8] = []

    /// - Precondition: `capacity` is at least 4 bytes (one UTF-8 character).
    public init(_ base: Base, capacity: Int = defaultCapacity) {
        precondition(capacity >= 4, "a chunk holds at least one UTF-8 character")
        self.base = base
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// - Complexity: O(n) in the bytes written; at most `capacity` bytes are held.
    public mutating func write(_ bytes: UnsafeRawBufferPointer) {
        if buffer.count + bytes.count <= capacity {
            buffer.append(contentsOf: bytes)
            return
        }
        flush()
        var rest = bytes[...]
        while rest.count > capacity {
            var end = rest.startIndex + capacity
            while end > rest.startIndex + capacity - 3 && rest[end] & 0xC0 == 0x80 { end -= 1 }
            base.write(UnsafeRawBufferPointer(rebasing: rest[..<end]))
            rest = rest[end...]
        }
        buffer.append(contentsOf: rest)
    }

    /// Hands what is buffered to ``base``.
    public mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { base.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension BufferedSink where Base == OutputFile {
    /// Flushes and publishes the file (see ``OutputFile/commit()``).
    public mutating func commit() throws(Diagnostic) {
        flush()
        try base.commit()
    }

    /// Gives the file up (see ``OutputFile/abandon()``).
    public mutating func abandon() { base.abandon() }
}
