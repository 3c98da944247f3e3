extension WeightedGraph {
    /// Builds a graph from an undirected weighted edge list that `forEachEdge` lists by calling its
    /// argument once per edge `(u, v, weight)`, summing the weights of repeated edges: the edges of
    /// ``init(nodeCount:sources:destinations:weights:)`` without holding them in arrays.
    ///
    /// `forEachEdge` is called twice (once to count each node's entries, once to place them) and
    /// must list the same edges in the same order both times. Entries are placed straight into
    /// their rows, each row is then sorted by neighbour keeping the listing order among repeats,
    /// and repeats are summed in that order, so the weights are the same bits as summing the
    /// listed weights edge by edge. The builder holds 12 bytes per adjacency entry (neighbour and
    /// weight) and 8 per node (offsets and a cursor), nothing per listed edge.
    ///
    /// - Parameters:
    ///   - nodeCount: The number of nodes; every endpoint is below it.
    ///   - forEachEdge: Lists the edges, weights finite and non-negative.
    /// - Complexity: O(V + E log d) time, where E is the number of listed edges and d the largest
    ///   degree (rows of at most 16 entries sort by insertion); O(V + E) space.
    init(nodeCount n: Int, listing forEachEdge: ((UInt32, UInt32, Double) -> Void) -> Void) {
        var offsets = [UInt32](repeating: 0, count: n + 1)
        var entryCount = 0
        offsets.withUnsafeMutableBufferPointer { counts in
            forEachEdge { s, d, w in
                precondition(Int(s) < n && Int(d) < n, "edge endpoint out of range")
                precondition(w.isFinite && w >= 0, "edge weights must be finite and non-negative")
                counts[Int(s) + 1] &+= 1
                if s != d { counts[Int(d) + 1] &+= 1 }
                entryCount += s == d ? 1 : 2
            }
            precondition(entryCount <= Int(UInt32.max), "too many edges for UInt32 offsets")
            for v in 0..<n { counts[v + 1] &+= counts[v] }
        }
        var neighbors = [UInt32](repeating: 0, count: entryCount)
        var weights = [Double](repeating: 0, count: entryCount)
        var cursor = offsets
        cursor.withUnsafeMutableBufferPointer { cursor in
            neighbors.withUnsafeMutableBufferPointer { columns in
                weights.withUnsafeMutableBufferPointer { values in
                    forEachEdge { s, d, w in
                        let i = Int(cursor[Int(s)])
                        columns[i] = d
                        values[i] = w
                        cursor[Int(s)] = UInt32(i + 1)
                        if s != d {
                            let j = Int(cursor[Int(d)])
                            columns[j] = s
                            values[j] = w
                            cursor[Int(d)] = UInt32(j + 1)
                        }
                    }
                }
            }
        }
        cursor = []
        Self.sortAndMergeRows(offsets: &offsets, neighbors: &neighbors, weights: &weights)
        self.init(nodeCount: n, offsets: offsets, neighbors: neighbors, weights: weights)
    }

    /// Sorts each row by neighbour, stably (repeats keep their order), then sums each run of repeats
    /// into its first entry from left to right (``CompressedRows/mergeRepeats(offsets:columns:payload:merge:)``),
    /// compacting the rows in place.
    ///
    /// - Complexity: O(V + E log d) time; O(d) scratch space for the largest row.
    private static func sortAndMergeRows(offsets: inout [UInt32], neighbors: inout [UInt32], weights: inout [Double]) {
        var keys: [UInt64] = [], scratch: [Double] = []
        neighbors.withUnsafeMutableBufferPointer { columns in
            weights.withUnsafeMutableBufferPointer { values in
                var start = 0
                for r in 0..<(offsets.count - 1) {
                    let end = Int(offsets[r + 1])
                    if end - start <= 16 {
                        insertionSort(columns, values, start, end)
                    } else {
                        // The key is (neighbour, position in the row): unique, so the sort is stable.
                        keys.removeAll(keepingCapacity: true)
                        scratch.removeAll(keepingCapacity: true)
                        for i in start..<end {
                            keys.append(UInt64(columns[i]) << 32 | UInt64(i - start))
                            scratch.append(values[i])
                        }
                        keys.sort()
                        for (k, key) in keys.enumerated() {
                            columns[start + k] = UInt32(truncatingIfNeeded: key >> 32)
                            values[start + k] = scratch[Int(key & 0xFFFF_FFFF)]
                        }
                    }
                    start = end
                }
            }
        }
        CompressedRows.mergeRepeats(offsets: &offsets, columns: &neighbors, payload: &weights) { $0 += $1 }
    }

    /// Sorts `start ..< end` of the parallel buffers by column, stably (a later equal column stays
    /// after an earlier one).
    ///
    /// - Complexity: O(d²) for d = `end - start`; used for short rows only.
    private static func insertionSort(_ columns: UnsafeMutableBufferPointer<UInt32>, _ values: UnsafeMutableBufferPointer<Double>,
                                      _ start: Int, _ end: Int) {
        guard end - start > 1 else { return }
        for i in (start + 1)..<end {
            let column = columns[i], value = values[i]
            var j = i
            while j > start && columns[j - 1] > column {
                columns[j] = columns[j - 1]
                values[j] = values[j - 1]
                j -= 1
            }
            columns[j] = column
            values[j] = value
        }
    }
}
