import Testing
import GraphAlgorithms
import TestSupport

@Suite("CSRRelation")
struct CSRRelationTests {
    @Test("sorts rows and drops repeated pairs")
    func sortsAndDropsRepeats() {
        let r = CSRRelation(rowCount: 3, columnCount: 4, pairs: [(2, 3), (0, 2), (2, 0), (0, 0), (0, 2)])
        #expect(r.offsets == [0, 2, 2, 4])
        #expect(r.columns == [0, 2, 0, 3])
        #expect(r.pairCount == 4)
        #expect(Array(r.columns(of: 1)).isEmpty)
    }

    @Test("transposes a rectangular relation")
    func transposes() {
        let r = CSRRelation(rowCount: 2, columnCount: 3, pairs: [(0, 2), (1, 1), (0, 0), (1, 2)])
        let t = r.transposed()
        #expect(t.rowCount == 3 && t.columnCount == 2)
        #expect(t.offsets == [0, 1, 2, 4])
        #expect(t.columns == [0, 1, 0, 1])
        #expect(t.transposed() == r)
    }

    @Test("transposing unsorted rows gives the columns' rows ascending, as sorting first and transposing does")
    func transposingUnsortedRows() {
        // rows 0 → {2, 0}, 1 → {}, 2 → {1, 0, 2}
        let offsets: [UInt32] = [0, 2, 2, 5], columns: [UInt32] = [2, 0, 1, 0, 2]
        let t = CSRRelation.transposing(rowCount: 3, columnCount: 4, unsortedOffsets: offsets, columns: columns)
        #expect(t.rowCount == 4 && t.columnCount == 3)
        #expect(t.offsets == [0, 2, 3, 5, 5])
        #expect(t.columns == [0, 2, 2, 0, 2])
        #expect(t == CSRRelation(rowCount: 3, columnCount: 4, unsortedOffsets: offsets, columns: columns).transposed())
    }

    @Test("every builder agrees with a comparison sort", arguments: [1, 2, 3] as [UInt64])
    func agreesWithComparisonSort(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let rowCount = 17, columnCount = 29
        var pairs = [(row: UInt32, column: UInt32)]()
        for _ in 0..<200 {
            pairs.append((UInt32.random(in: 0..<UInt32(rowCount), using: &random),
                          UInt32.random(in: 0..<UInt32(columnCount), using: &random)))
        }
        var expectedOffsets: [UInt32] = [0], expectedColumns = [UInt32]()
        for row in 0..<rowCount {
            expectedColumns += Set(pairs.filter { $0.row == row }.map(\.column)).sorted()
            expectedOffsets.append(UInt32(expectedColumns.count))
        }
        let fromPairs = CSRRelation(rowCount: rowCount, columnCount: columnCount, pairs: pairs)
        #expect(Array(fromPairs.offsets) == expectedOffsets)
        #expect(Array(fromPairs.columns) == expectedColumns)

        let byRow = pairs.enumerated().sorted { ($0.element.row, $0.offset) < ($1.element.row, $1.offset) }
        var unsortedOffsets = [UInt32](repeating: 0, count: rowCount + 1)
        for p in pairs { unsortedOffsets[Int(p.row) + 1] += 1 }
        for r in 0..<rowCount { unsortedOffsets[r + 1] += unsortedOffsets[r] }
        let fromRows = CSRRelation(rowCount: rowCount, columnCount: columnCount,
                                   unsortedOffsets: unsortedOffsets, columns: byRow.map(\.element.column))
        #expect(fromRows == fromPairs)

        let square = CSRGraph(nodeCount: columnCount, sources: pairs.map(\.row), destinations: pairs.map(\.column))
        #expect(Array(square.offsets.prefix(rowCount + 1)) == expectedOffsets)
        #expect(Array(square.targets) == expectedColumns)
    }
}
