/// Where ``Inflate`` writes: the decoded bytes not yet handed over, and whom to hand them to.
///
/// Without a receiver every byte stays in ``bytes`` (the whole output). With one, once ``bytes``
/// holds `chunkSize` bytes all but the last 32 KiB (the farthest a DEFLATE back-reference reaches)
/// go to the receiver, so a stream of any length is decoded in O(chunk) memory. The CRC-32 of
/// each gzip member is kept up to date over the bytes handed over.
struct InflateOutput {
    /// The farthest back a DEFLATE distance reaches (RFC 1951 §3.2.5).
    static let window = 1 << 15

    /// The bytes decoded and not yet handed over.
    var bytes: [UInt8] = []
    /// Bytes handed over before `bytes[0]`.
    private(set) var handedOver = 0
    /// Whether the receiver asked to stop.
    private(set) var stopped = false
    /// ``bytes`` reaches this count before a hand-over (`Int.max` without a receiver).
    let chunkSize: Int
    private let receive: ((ArraySlice<UInt8>) -> Bool)?
    /// Where the current gzip member's bytes start (in ``total``), and the running CRC-32 of
    /// those already handed over.
    private var memberStart = 0
    private var memberCRC = CRC32.initial

    /// Keeps every byte.
    init(reservingCapacity capacity: Int = 0) {
        chunkSize = .max
        receive = nil
        bytes.reserveCapacity(capacity)
    }

    /// Hands bytes to `receive` in pieces of about `chunkSize` (at least twice the window);
    /// `receive` returns false to stop the decoding.
    init(chunkSize: Int, receive: @escaping (ArraySlice<UInt8>) -> Bool) {
        self.chunkSize = max(chunkSize, 2 * Self.window)
        self.receive = receive
        bytes.reserveCapacity(self.chunkSize)
    }

    /// Every byte decoded so far.
    var total: Int { handedOver + bytes.count }

    /// Hands over all but the window when ``bytes`` is full.
    ///
    /// - Throws: ``InflateError/stopped`` when the receiver asks to stop.
    @inline(__always)
    mutating func handOverIfFull() throws(InflateError) {
        if bytes.count >= chunkSize { try handOver(keeping: Self.window) }
    }

    /// Hands over all bytes but the last `keep` (no-op without a receiver).
    ///
    /// - Throws: ``InflateError/stopped`` when the receiver asks to stop.
    mutating func handOver(keeping keep: Int) throws(InflateError) {
        guard let receive, bytes.count > keep else { return }
        let count = bytes.count - keep
        let memberOffset = max(0, memberStart - handedOver)
        if memberOffset < count { memberCRC = CRC32.update(memberCRC, bytes[memberOffset..<count]) }
        guard receive(bytes[..<count]) else {
            stopped = true
            throw .stopped
        }
        bytes.removeSubrange(..<count)
        handedOver += count
    }

    /// The CRC-32 and length of the gzip member ending here; the next member starts after it.
    ///
    /// - Complexity: O(bytes of the member not yet handed over).
    mutating func finishMember() -> (crc: UInt32, length: Int) {
        let memberOffset = max(0, memberStart - handedOver)
        let crc = CRC32.update(memberCRC, bytes[memberOffset...]) ^ CRC32.initial
        let length = total - memberStart
        memberStart = total
        memberCRC = CRC32.initial
        return (crc, length)
    }
}
