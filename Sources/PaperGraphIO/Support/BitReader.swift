/// Reads a ``CompressedInput`` as a little-endian bit stream, with up to 64 bits buffered.
///
/// One reader goes through a whole gzip file: headers, DEFLATE streams and trailers, member after
/// member, so bits buffered past a stream's end are never lost.
struct BitReader {
    private var input: CompressedInput
    /// The next byte to load, in the current window.
    private var position = 0
    private var buffer: UInt64 = 0
    private var count = 0

    init(_ input: CompressedInput) {
        self.input = input
    }

    /// The offset of the byte holding the next unread bit, for error messages.
    var byteOffset: Int { input.base + position - count / 8 }

    @inline(__always)
    private mutating func refill() {
        while count <= 56 {
            if position == input.count {
                guard input.advance() else { return }
                position = 0
                continue
            }
            buffer |= UInt64(input.window[position]) << UInt64(count)
            position += 1
            count += 8
        }
    }

    /// The next `n` bits without consuming them; bits past the end of input read as 0.
    @inline(__always)
    mutating func peek(_ n: Int) -> Int {
        if count < n { refill() }
        return Int(buffer & ((1 << UInt64(n)) - 1))
    }

    /// Consumes `n` bits (`n` ≤ 32) that must exist.
    @inline(__always)
    mutating func skip(_ n: Int) throws(InflateError) {
        if count < n { refill() }
        guard count >= n else { throw InflateError("unexpected end of data", at: input.end) }
        buffer >>= UInt64(n)
        count -= n
    }

    /// Reads `n` bits (`n` ≤ 32) as an integer, first bit least significant.
    @inline(__always)
    mutating func bits(_ n: Int) throws(InflateError) -> Int {
        let value = peek(n)
        try skip(n)
        return value
    }

    /// Drops the bits left in the current byte.
    mutating func alignToByte() {
        let drop = count % 8
        buffer >>= UInt64(drop)
        count -= drop
    }

    /// The next whole byte (after ``alignToByte()``) without consuming it, or `nil` at the end.
    mutating func peekByte() -> UInt8? {
        if count < 8 { refill() }
        return count >= 8 ? UInt8(truncatingIfNeeded: buffer) : nil
    }

    /// The next whole byte (after ``alignToByte()``), or `nil` at the end of the input.
    mutating func byte() -> UInt8? {
        if count < 8 { refill() }
        guard count >= 8 else { return nil }
        let value = UInt8(truncatingIfNeeded: buffer)
        buffer >>= 8
        count -= 8
        return value
    }

    /// Copies `n` whole bytes (after ``alignToByte()``) to `output`: the bytes still buffered,
    /// then straight from the input's windows.
    ///
    /// - Throws: ``InflateError`` when the input ends first.
    mutating func copyBytes(_ n: Int, into output: inout [UInt8]) throws(InflateError) {
        let start = byteOffset
        var left = n
        while left > 0 && count >= 8 {
            output.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
            left -= 1
        }
        while left > 0 {
            if position == input.count {
                guard input.advance() else {
                    throw InflateError("stored block of \(n) bytes runs past the end of data", at: start)
                }
                position = 0
                continue
            }
            let take = min(left, input.count - position)
            output.append(contentsOf: input.window[position..<(position + take)])
            position += take
            left -= take
        }
    }
}
