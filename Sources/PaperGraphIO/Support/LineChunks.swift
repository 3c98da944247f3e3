/// Cuts text that arrives in pieces cut anywhere into pieces of whole lines, with line endings
/// normalized (``LineEndings/Normalizer``): what ``TextInput/forEachLineChunk(atPath:chunkSize:maxLineLength:_:)``
/// hands its reader.
struct LineChunks {
    /// A partial line longer than this stops the cutting.
    let maxLineLength: Int
    private var normalizer = LineEndings.Normalizer()
    /// Normalized text not yet handed over: the start of a line.
    private var pending: [UInt8] = []

    init(maxLineLength: Int) { self.maxLineLength = maxLineLength }

    /// Adds `piece` and hands `body` the complete lines gathered.
    ///
    /// - Returns: False when `body` stops or the partial line grows past ``maxLineLength``.
    /// - Complexity: O(n) for the piece, plus the copy of the partial line left over.
    mutating func add(_ piece: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>) -> Bool) -> Bool {
        let old = pending.count
        normalizer.append(piece, to: &pending)
        guard let lastLF = pending[old...].lastIndex(of: 0x0A) else { return pending.count <= maxLineLength }
        guard body(pending[...lastLF]) else { return false }
        pending.removeSubrange(...lastLF)
        return pending.count <= maxLineLength
    }

    /// Hands `body` the last line, if the text does not end with one.
    mutating func finish(_ body: (ArraySlice<UInt8>) -> Bool) -> Bool {
        defer { pending = [] }
        return pending.isEmpty || body(pending[...])
    }
}
