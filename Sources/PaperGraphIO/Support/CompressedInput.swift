/// The compressed bytes ``Inflate`` and ``Gzip`` read: an array already in memory, or a file read
/// a window at a time, so that a gzip file of any size is decoded holding one window of it.
///
/// Offsets in errors are offsets in the whole input, counted across windows.
struct CompressedInput {
    /// The bytes of the current window: `window[..<count]`.
    private(set) var window: [UInt8]
    private(set) var count: Int
    /// The offset in the whole input of `window[0]`.
    private(set) var base = 0
    /// Fills the window with the next bytes and returns how many (0 at the end); `nil` for an array.
    private let next: ((inout [UInt8]) -> Int)?

    /// The whole input, from `start`.
    init(_ bytes: [UInt8], from start: Int = 0) {
        let start = min(max(0, start), bytes.count)
        window = start == 0 ? bytes : Array(bytes[start...])
        count = window.count
        base = start
        next = nil
    }

    /// An input that starts with `first` and continues with what `next` reads into a window of
    /// `windowSize` bytes (returning the count read, 0 at the end).
    ///
    /// - Complexity: O(windowSize) space.
    init(first: ArraySlice<UInt8>, windowSize: Int, next: @escaping (inout [UInt8]) -> Int) {
        window = Array(first)
        count = window.count
        self.next = { buffer in
            if buffer.count != windowSize { buffer = [UInt8](repeating: 0, count: windowSize) }
            return next(&buffer)
        }
    }

    /// The offset in the whole input just past the current window (the input's length once
    /// ``advance()`` has returned false).
    var end: Int { base + count }

    /// Moves to the next window, once every byte of the current one is used.
    ///
    /// - Returns: False at the end of the input, leaving ``base`` and ``count`` as they were.
    @inline(never)
    mutating func advance() -> Bool {
        guard let next else { return false }
        let read = next(&window)
        guard read > 0 else { return false }
        base += count
        count = read
        return true
    }
}
