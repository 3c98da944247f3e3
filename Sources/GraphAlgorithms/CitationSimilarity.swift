import Foundation

/// How much one node overlaps with a source node in a citation graph.
public struct CitationSimilarityScore: Sendable, Equatable {
    /// The other node.
    public var node: UInt32
    /// Bibliographic coupling: the number of references both nodes cite, `|refs(x) ∩ refs(y)|`.
    public var coupling: Int
    /// Co-citation: the number of nodes citing both, `|citers(x) ∩ citers(y)|`.
    public var cocitation: Int
    /// Coupling normalised by Salton's cosine, `coupling / √(|refs(x)| · |refs(y)|)`, in `0 ... 1`.
    public var saltonCoupling: Double
    /// Co-citation normalised by Salton's cosine, `cocitation / √(|citers(x)| · |citers(y)|)`.
    public var saltonCocitation: Double
    /// Adamic–Adar over shared references: `Σ 1 / ln |citers(r)|` over shared references `r`.
    public var adamicAdarReferences: Double
    /// Adamic–Adar over shared citers: `Σ 1 / ln |refs(c)|` over nodes `c` citing both.
    public var adamicAdarCiters: Double

    public init(node: UInt32, coupling: Int, cocitation: Int, saltonCoupling: Double,
                saltonCocitation: Double, adamicAdarReferences: Double, adamicAdarCiters: Double) {
        self.node = node
        self.coupling = coupling
        self.cocitation = cocitation
        self.saltonCoupling = saltonCoupling
        self.saltonCocitation = saltonCocitation
        self.adamicAdarReferences = adamicAdarReferences
        self.adamicAdarCiters = adamicAdarCiters
    }
}

/// Single-source similarity kernels on a citation graph: bibliographic coupling, co-citation,
/// their Salton cosines and Adamic–Adar weightings.
///
/// Edges point from the citing node to the cited one, so the out-neighbours of `x` are its
/// references and the in-neighbours (rows of `citers`) the nodes citing it.
///
///     2 ──▶ 0 ◀── 3        refs(2) = {0, 1}, refs(3) = {0, 1}: coupling(2, 3) = 2
///     2 ──▶ 1 ◀── 3        citers(0) = {2, 3}, citers(1) = {2, 3}: cocitation(0, 1) = 2
///
/// Adamic–Adar weighs each shared reference `r` by `1 / ln |citers(r)|`, so a rarely cited shared
/// reference counts more than a shared classic (the idea behind Inciteful's similarity): a
/// reference only the two nodes cite adds `1 / ln 2 ≈ 1.44`, one cited by 1,000 nodes `0.14`.
/// A shared reference has at least the two citers being compared, so the logarithm is never 0
/// and no smoothing is needed (likewise for shared citers and their reference counts). Counts are
/// over distinct edges: build the graph with deduplication (the default). A self-citation is an
/// ordinary edge.
///
/// The type keeps dense scratch arrays between calls, so scoring many sources costs no
/// allocation beyond the results; `scores(from:)` is therefore `mutating`.
///
/// - SeeAlso: M. M. Kessler, "Bibliographic coupling between scientific papers" (1963),
///   https://doi.org/10.1002/asi.5090140103; H. Small, "Co-citation in the scientific
///   literature" (1973), https://doi.org/10.1002/asi.4630240406; L. A. Adamic and E. Adar,
///   "Friends and neighbors on the Web" (2003), https://doi.org/10.1016/S0378-8733(03)00009-1
public struct CitationSimilarity: Sendable {
    /// The citation graph: `x → r` when `x` cites `r`.
    public let references: CSRGraph
    /// The reversed graph: `r → x` when `x` cites `r`.
    public let citers: CSRGraph

    private var couplingCounts: [Int32]
    private var cocitationCounts: [Int32]
    private var adamicAdarReferenceSums: [Double]
    private var adamicAdarCiterSums: [Double]
    private var touched: [UInt32] = []

    /// Prepares the kernels for a citation graph, building its reverse.
    ///
    /// - Complexity: O(V + E).
    public init(citations: CSRGraph) {
        self.init(references: citations, citers: citations.reversed())
    }

    /// Prepares the kernels from a citation graph and its already built reverse.
    ///
    /// - Precondition: `citers == references.reversed()` (checked only for node and edge counts).
    public init(references: CSRGraph, citers: CSRGraph) {
        precondition(references.nodeCount == citers.nodeCount && references.edgeCount == citers.edgeCount,
                     "citers must be the reverse of references")
        self.references = references
        self.citers = citers
        couplingCounts = [Int32](repeating: 0, count: references.nodeCount)
        cocitationCounts = couplingCounts
        adamicAdarReferenceSums = [Double](repeating: 0, count: references.nodeCount)
        adamicAdarCiterSums = adamicAdarReferenceSums
    }

    /// The overlap of `source` with every other node that shares a reference or a citer with it.
    ///
    /// - Parameter source: The node `x` to compare against all others.
    /// - Returns: One score per node `y ≠ x` with `coupling > 0` or `cocitation > 0`, sorted by
    ///   node id.
    /// - Complexity: O(Σ_{r ∈ refs(x)} |citers(r)| + Σ_{c ∈ citers(x)} |refs(c)| + t log t) time,
    ///   where t is the number of results; the dense scratch space (O(V)) is reused.
    public mutating func scores(from source: Int) -> [CitationSimilarityScore] {
        precondition(source >= 0 && source < references.nodeCount, "source out of range")
        for r in references.neighbors(of: source) {
            let citerCount = citers.outDegree(of: Int(r))
            let weight = citerCount > 1 ? 1 / log(Double(citerCount)) : 0
            for y in citers.neighbors(of: Int(r)) where Int(y) != source {
                note(y)
                couplingCounts[Int(y)] += 1
                adamicAdarReferenceSums[Int(y)] += weight
            }
        }
        for c in citers.neighbors(of: source) {
            let referenceCount = references.outDegree(of: Int(c))
            let weight = referenceCount > 1 ? 1 / log(Double(referenceCount)) : 0
            for y in references.neighbors(of: Int(c)) where Int(y) != source {
                note(y)
                cocitationCounts[Int(y)] += 1
                adamicAdarCiterSums[Int(y)] += weight
            }
        }
        touched.sort()
        let referenceCount = Double(references.outDegree(of: source))
        let citerCount = Double(citers.outDegree(of: source))
        var result = [CitationSimilarityScore]()
        result.reserveCapacity(touched.count)
        for y in touched {
            let i = Int(y)
            let coupling = Int(couplingCounts[i]), cocitation = Int(cocitationCounts[i])
            result.append(CitationSimilarityScore(
                node: y, coupling: coupling, cocitation: cocitation,
                saltonCoupling: coupling == 0 ? 0 : Double(coupling)
                    / (referenceCount * Double(references.outDegree(of: i))).squareRoot(),
                saltonCocitation: cocitation == 0 ? 0 : Double(cocitation)
                    / (citerCount * Double(citers.outDegree(of: i))).squareRoot(),
                adamicAdarReferences: adamicAdarReferenceSums[i],
                adamicAdarCiters: adamicAdarCiterSums[i]))
            couplingCounts[i] = 0
            cocitationCounts[i] = 0
            adamicAdarReferenceSums[i] = 0
            adamicAdarCiterSums[i] = 0
        }
        touched.removeAll(keepingCapacity: true)
        return result
    }

    /// Records `y` in the touched list the first time it gains any overlap.
    private mutating func note(_ y: UInt32) {
        if couplingCounts[Int(y)] == 0 && cocitationCounts[Int(y)] == 0 { touched.append(y) }
    }
}
