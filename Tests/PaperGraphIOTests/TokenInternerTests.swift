import Testing
@testable import PaperGraphIO

@Suite("Token interning")
struct TokenInternerTests {
    @Test("gives ids in order of first appearance and finds repeats by their bytes, across growth")
    func interning() {
        let tokens = (0..<5000).map { "n\($0 % 1700)" }
        var bytes: [UInt8] = []
        var ranges: [(Int, Int)] = []
        for token in tokens {
            ranges.append((bytes.count, bytes.count + token.utf8.count))
            bytes.append(contentsOf: token.utf8)
        }
        var interner = TokenInterner(expectedCount: 4)
        var ids: [UInt32] = []
        for (start, end) in ranges { ids.append(interner.intern(bytes, start, end).id) }
        #expect(interner.keys == (0..<1700).map { "n\($0)" })
        #expect(ids == (0..<5000).map { UInt32($0 % 1700) })
        #expect(interner.intern(bytes, 0, 0) == (1700, true))
    }
}
