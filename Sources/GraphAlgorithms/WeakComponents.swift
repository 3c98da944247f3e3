/// The weakly connected components of a directed graph: its pieces when edge directions are
/// ignored.
///
/// Components are numbered by their smallest node, so component 0 holds node 0 and a component
/// with a smaller lowest id has a smaller number.
///
///     0 ──▶ 1 ◀── 2      3 ──▶ 4      5        componentOf = [0, 0, 0, 1, 1, 2]
///                                              sizes       = [3, 2, 1]
public struct WeakComponents: Sendable, Equatable {
    /// The component of every node, in `0 ..< componentCount`.
    public let componentOf: [UInt32]
    /// The number of nodes in every component.
    public let sizes: [Int]

    /// The number of components.
    @inlinable public var componentCount: Int { sizes.count }

    /// The component with the most nodes (the smallest such id on ties), or `nil` for an empty
    /// graph.
    public var largestComponent: Int? {
        sizes.indices.max { a, b in sizes[a] != sizes[b] ? sizes[a] < sizes[b] : a > b }
    }
}

extension CSRGraph {
    /// Finds the weakly connected components with union–find.
    ///
    /// Every edge unites its ends; union by size and path halving keep the trees shallow without
    /// recursion. A final pass in ascending id order numbers the components by their smallest node.
    ///
    ///     let g = CSRGraph(nodeCount: 4, edges: [(1, 0), (2, 3)])
    ///     g.weakComponents().componentOf   // [0, 0, 1, 1]
    ///
    /// - Returns: The component of every node and the size of every component.
    /// - Complexity: O((V + E) α(V)) time, where α is the inverse Ackermann function, and O(V) extra
    ///   space.
    ///
    /// Reference: R. E. Tarjan, "Efficiency of a good but not linear set union algorithm", Journal
    /// of the ACM 22(2), 1975. <https://doi.org/10.1145/321879.321884>
    public func weakComponents() -> WeakComponents {
        let n = nodeCount
        var parent = (0..<n).map { UInt32($0) }
        var size = [UInt32](repeating: 1, count: n)

        func root(_ v: Int) -> Int {
            var v = v
            while Int(parent[v]) != v {
                parent[v] = parent[Int(parent[v])]   // path halving
                v = Int(parent[v])
            }
            return v
        }

        for u in 0..<n {
            for v in neighbors(of: u) {
                var a = root(u), b = root(Int(v))
                guard a != b else { continue }
                if size[a] < size[b] { swap(&a, &b) }
                parent[b] = UInt32(a)
                size[a] &+= size[b]
            }
        }

        let unlabeled = UInt32.max
        var label = [UInt32](repeating: unlabeled, count: n)   // indexed by root
        var componentOf = [UInt32](repeating: 0, count: n)
        var sizes = [Int]()
        for v in 0..<n {
            let r = root(v)
            if label[r] == unlabeled {
                label[r] = UInt32(sizes.count)
                sizes.append(0)
            }
            componentOf[v] = label[r]
            sizes[Int(label[r])] += 1
        }
        return WeakComponents(componentOf: componentOf, sizes: sizes)
    }
}
