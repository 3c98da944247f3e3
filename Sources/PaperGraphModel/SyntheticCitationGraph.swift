import GraphAlgorithms

/// Settings for ``SyntheticCitationGraph/init(options:)``.
public struct SyntheticCitationGraphOptions: Sendable, Equatable {
    /// The number of papers (nodes). Must be below `UInt32.max`.
    public var paperCount: Int
    /// The mean number of references per paper; each paper draws uniformly from
    /// `k/2 ... k/2 + k` (fewer for the first papers, which have less to cite). Default 10.
    public var referencesPerPaper: Int
    /// Fixes every random choice: the same options give the same graph. Default 1.
    public var seed: UInt64
    /// The number of topics. Default 20.
    public var topicCount: Int
    /// The probability that a reference is drawn among papers of one of the citing paper's topics
    /// rather than among all papers. Default 0.8: topics form clusters.
    public var topicLocality: Double
    /// The most authors per paper; each paper has `1 ... maxAuthorsPerPaper`, uniformly. Default 5.
    public var maxAuthorsPerPaper: Int
    /// Publication years run from `firstYear` to `lastYear` in id (time) order.
    public var firstYear: Int
    public var lastYear: Int
    /// Whether to relabel papers by a random permutation, so ids carry no time order or locality.
    public var shuffle: Bool

    public init(paperCount: Int, referencesPerPaper: Int = 10, seed: UInt64 = 1, topicCount: Int = 20,
                topicLocality: Double = 0.8, maxAuthorsPerPaper: Int = 5, firstYear: Int = 1990,
                lastYear: Int = 2025, shuffle: Bool = false) {
        self.paperCount = paperCount
        self.referencesPerPaper = referencesPerPaper
        self.seed = seed
        self.topicCount = topicCount
        self.topicLocality = topicLocality
        self.maxAuthorsPerPaper = maxAuthorsPerPaper
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.shuffle = shuffle
    }
}

/// A random citation graph that looks like real literature, built straight into CSR arrays.
///
/// Papers arrive in time order and each cites about `referencesPerPaper` earlier papers, chosen
/// by preferential attachment with +1 smoothing (a paper cited `c` times is drawn with weight
/// `c + 1`), so every edge points back in time (the graph is acyclic before shuffling) and
/// in-degrees are heavy-tailed, as in Price's model. Each paper has one or two of `topicCount`
/// topics, and with probability `topicLocality` a reference is drawn only among papers of the
/// citing paper's topics, which makes topical clusters. Authors come from a pool that grows with
/// the graph: each byline slot is a new author with probability 0.35, else a recent or a random
/// earlier one.
///
///     0 ◀── 1 ◀── 3          ids follow time: a paper cites only smaller ids
///     ▲     ▲     │          (unless `shuffle` relabels them)
///     └──── 2 ◀───┘
///
/// Preferential attachment uses an urn: each time a paper is cited its id is appended to the urn,
/// and a draw picks uniformly from "every earlier paper once" ∪ urn, which is the `c + 1` weight
/// without any search. The global urn is the citation targets themselves (appended in the same
/// order), so it costs nothing; topics keep one urn each, seeded with the topic's papers. Memory
/// is about `4E` bytes for the targets and `4E × 1.3` for the topic urns, so 10⁸ citations need
/// about 1 GB here (a whole `generate` run of 10⁷ papers peaks at 1.3 GB writing an edge list and
/// 2 GB writing `.pgraph`, measured in `Benchmarks/MEASURED.md`).
///
/// - Complexity: O(V + E) expected time and space, where V is `paperCount` and E the citations.
///
/// Reference: D. de Solla Price, "A general theory of bibliometric and other cumulative advantage
/// processes", JASIS 27(5), 1976. <https://doi.org/10.1002/asi.4630270505>
public struct SyntheticCitationGraph: Sendable {
    /// Citations, citing → cited, rows sorted, no repeats or self-loops.
    public let citations: CSRGraph
    /// The publication year of every paper.
    public let years: [Int32]
    /// Paper → topics: paper `v` has `topicIDs[topicOffsets[v] ..< topicOffsets[v + 1]]`.
    public let topicOffsets: [UInt32]
    public let topicIDs: [UInt32]
    public let topicCount: Int
    /// Paper → authors in byline order, like the topics.
    public let authorOffsets: [UInt32]
    public let authorIDs: [UInt32]
    public let authorCount: Int

    /// The number of papers.
    public var paperCount: Int { citations.nodeCount }

    /// Generates the graph described by `options`.
    ///
    /// - Complexity: O(V + E) expected time and space.
    public init(options: SyntheticCitationGraphOptions) {
        let n = options.paperCount
        precondition(n >= 0 && n < Int(UInt32.max), "paperCount must fit in UInt32 ids")
        precondition(options.referencesPerPaper >= 0, "referencesPerPaper must be non-negative")
        precondition(options.topicCount >= 1, "topicCount must be positive")
        precondition(options.maxAuthorsPerPaper >= 1, "maxAuthorsPerPaper must be positive")
        precondition((0...1).contains(options.topicLocality), "topicLocality must be in 0 ... 1")
        precondition(options.firstYear <= options.lastYear, "firstYear must not be after lastYear")
        var random = SplitMix64(seed: options.seed)
        let k = options.referencesPerPaper
        let expectedEdges = n * max(k, 1)
        precondition(expectedEdges < Int(UInt32.max) - n, "too many citations for UInt32 offsets")

        var topicOffsets = [UInt32](), topicIDs = [UInt32]()
        topicOffsets.reserveCapacity(n + 1)
        topicIDs.reserveCapacity(n + n / 2)
        topicOffsets.append(0)
        var offsets = [UInt32](), targets = [UInt32]()
        offsets.reserveCapacity(n + 1)
        // The count is a sum of n draws, so it strays from n·k by about √n·k; 1 % more keeps the
        // array from doubling (and copying) near the end.
        targets.reserveCapacity(expectedEdges + expectedEdges / 100 + 64)
        offsets.append(0)
        var topicUrns = [[UInt32]](repeating: [], count: options.topicCount)
        var row = [UInt32]()
        let localityThreshold = UInt64(options.topicLocality * 18_446_744_073_709_549_568.0)

        for v in 0..<n {
            // Topics: one, and a second one for 30% of papers.
            let first = UInt32(random.nextIndex(below: options.topicCount))
            topicIDs.append(first)
            if options.topicCount > 1 && random.nextIndex(below: 10) < 3 {
                var second = UInt32(random.nextIndex(below: options.topicCount - 1))
                if second >= first { second += 1 }
                topicIDs.append(second)
            }
            topicOffsets.append(UInt32(topicIDs.count))
            let myTopics = Int(topicOffsets[v])..<Int(topicOffsets[v + 1])

            // References: distinct earlier papers, by preferential attachment.
            let wanted = k == 0 ? 0 : min(v, k / 2 + random.nextIndex(below: k + 1))
            row.removeAll(keepingCapacity: true)
            var attempts = 0
            while row.count < wanted && attempts < 8 * wanted {
                attempts += 1
                let topic = Int(topicIDs[myTopics.lowerBound + random.nextIndex(below: myTopics.count)])
                let candidate: UInt32
                if random.next() < localityThreshold && !topicUrns[topic].isEmpty {
                    candidate = topicUrns[topic][random.nextIndex(below: topicUrns[topic].count)]
                } else {
                    // The global urn: every earlier paper once, then every citation so far.
                    let r = random.nextIndex(below: v + targets.count)
                    candidate = r < v ? UInt32(r) : targets[r - v]
                }
                if !row.contains(candidate) { row.append(candidate) }
            }
            row.sort()
            for cited in row {
                targets.append(cited)
                for t in Int(topicOffsets[Int(cited)])..<Int(topicOffsets[Int(cited) + 1]) {
                    topicUrns[Int(topicIDs[t])].append(cited)
                }
            }
            offsets.append(UInt32(targets.count))
            for t in myTopics { topicUrns[Int(topicIDs[t])].append(UInt32(v)) }
        }
        topicUrns = []

        let authors = Self.authors(paperCount: n, maxPerPaper: options.maxAuthorsPerPaper, random: &random)
        var years = [Int32](repeating: 0, count: n)
        let span = options.lastYear - options.firstYear + 1
        for v in 0..<n { years[v] = Int32(options.firstYear + v * span / max(n, 1)) }

        var graph = CSRGraph(nodeCount: n, offsets: offsets, targets: targets)
        var topicRelation = (offsets: topicOffsets, ids: topicIDs)
        var authorRelation = (offsets: authors.offsets, ids: authors.ids)
        if options.shuffle {
            let permutation = Self.permutation(count: n, random: &random)
            graph = Self.relabel(graph, permutation)
            topicRelation = Self.relabelRows(topicRelation.offsets, topicRelation.ids, permutation)
            authorRelation = Self.relabelRows(authorRelation.offsets, authorRelation.ids, permutation)
            var shuffledYears = [Int32](repeating: 0, count: n)
            for v in 0..<n { shuffledYears[Int(permutation[v])] = years[v] }
            years = shuffledYears
        }
        citations = graph
        self.years = years
        self.topicOffsets = topicRelation.offsets
        self.topicIDs = topicRelation.ids
        topicCount = options.topicCount
        authorOffsets = authorRelation.offsets
        authorIDs = authorRelation.ids
        authorCount = authors.count
    }

    /// Bylines of 1 ... `maxPerPaper` distinct authors from a growing pool.
    private static func authors(paperCount n: Int, maxPerPaper: Int, random: inout SplitMix64)
        -> (offsets: [UInt32], ids: [UInt32], count: Int) {
        var offsets = [UInt32](), ids = [UInt32]()
        offsets.reserveCapacity(n + 1)
        ids.reserveCapacity(n * (maxPerPaper + 1) / 2)
        offsets.append(0)
        var pool = 0
        for _ in 0..<n {
            let start = ids.count
            let count = 1 + random.nextIndex(below: maxPerPaper)
            var attempts = 0
            while ids.count - start < count && attempts < 4 * count {
                attempts += 1
                let slot = random.nextIndex(below: 100)
                let author: Int
                if pool == 0 || slot < 35 {
                    author = pool
                    pool += 1
                } else if slot < 70 {
                    // A recent author: collaborators cluster in time.
                    author = pool - 1 - random.nextIndex(below: min(pool, 2_000))
                } else {
                    author = random.nextIndex(below: pool)
                }
                if !ids[start...].contains(UInt32(author)) { ids.append(UInt32(author)) }
            }
            offsets.append(UInt32(ids.count))
        }
        return (offsets, ids, pool)
    }

    /// A uniformly random permutation (Fisher–Yates): old id `v` becomes `permutation[v]`.
    private static func permutation(count n: Int, random: inout SplitMix64) -> [UInt32] {
        var permutation = (0..<n).map { UInt32($0) }
        var i = n - 1
        while i > 0 {
            permutation.swapAt(i, random.nextIndex(below: i + 1))
            i -= 1
        }
        return permutation
    }

    /// The graph with node `v` renamed `permutation[v]`, rows sorted again.
    private static func relabel(_ graph: CSRGraph, _ permutation: [UInt32]) -> CSRGraph {
        // Relabelled in place: the rows' copy is the only one made.
        var relabeled = relabelRows(graph.offsets, graph.targets, permutation)
        for v in 0..<graph.nodeCount {
            let row = Int(relabeled.offsets[v])..<Int(relabeled.offsets[v + 1])
            for i in row { relabeled.ids[i] = permutation[Int(relabeled.ids[i])] }
            relabeled.ids[row].sort()
        }
        return CSRGraph(nodeCount: graph.nodeCount, offsets: relabeled.offsets, targets: relabeled.ids)
    }

    /// Moves row `v` of a CSR relation to row `permutation[v]`, keeping each row's contents.
    private static func relabelRows<Offsets: RandomAccessCollection<UInt32>, IDs: RandomAccessCollection<UInt32>>(
        _ offsets: Offsets, _ ids: IDs, _ permutation: [UInt32]) -> (offsets: [UInt32], ids: [UInt32])
        where Offsets.Index == Int, IDs.Index == Int {
        let n = offsets.count - 1
        var newOffsets = [UInt32](repeating: 0, count: n + 1)
        for v in 0..<n { newOffsets[Int(permutation[v]) + 1] = offsets[v + 1] - offsets[v] }
        for v in 0..<n { newOffsets[v + 1] += newOffsets[v] }
        var newIDs = [UInt32](repeating: 0, count: ids.count)
        for v in 0..<n {
            var write = Int(newOffsets[Int(permutation[v])])
            for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                newIDs[write] = ids[i]
                write += 1
            }
        }
        return (newOffsets, newIDs)
    }
}
