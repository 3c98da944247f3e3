import GraphAlgorithms
import PaperGraphModel

/// Positions of a view's papers in the plane, computed once for the HTML map and for DOT's
/// `pos` attributes (`neato -n2`), so both show the same picture.
public struct ExportLayout: Sendable, Hashable {
    public enum Algorithm: String, Sendable, Hashable, CaseIterable {
        /// ForceAtlas2 with Barnes–Hut (``GraphAlgorithms/CSRGraph/forceLayout(radius:options:)``).
        case force
        /// Columns by year, oldest left, unknown years last
        /// (``GraphAlgorithms/CSRGraph/layeredLayout(layer:radius:rowsPerColumn:)``).
        case year
    }

    public var algorithm: Algorithm
    /// One position per view node (non-paper nodes are laid out as isolated nodes).
    public var positions: GraphLayout
    /// Circle radius of each view node: 4 to 18 by the square root of its rank in the view's range,
    /// 6 without ranks.
    public var radius: [Double]

    /// Lays out `view` over its citations and prerequisites (direction ignored).
    ///
    /// - Complexity: O(k (N log N + E)) for the force layout's k iterations; O(N log N + E) by year.
    public init(_ view: ExportView, algorithm: Algorithm = .force, seed: UInt64 = 1) {
        self.algorithm = algorithm
        let scale = ExportPalette.rankScale(view)
        let radius = view.nodes.map { node -> Double in
            guard let rank = node.rank else { return 6 }
            return 4 + 14 * scale(rank).squareRoot()
        }
        self.radius = radius
        var sources: [UInt32] = [], destinations: [UInt32] = []
        for edge in view.edges where edge.isPaperToPaper {
            sources.append(UInt32(edge.source))
            destinations.append(UInt32(edge.target))
        }
        let links = CSRGraph(nodeCount: view.nodes.count, sources: sources, destinations: destinations)
        switch algorithm {
        case .force:
            positions = links.forceLayout(radius: radius, options: ForceLayoutOptions(seed: seed))
        case .year:
            let years = Array(Set(view.nodes.compactMap(\.year))).sorted()
            var layerOfYear: [Int: Int] = [:]
            for (i, year) in years.enumerated() { layerOfYear[year] = i }
            let layer = view.nodes.map { $0.year.flatMap { layerOfYear[$0] } ?? years.count }
            positions = links.layeredLayout(layer: layer, radius: radius)
        }
    }
}
