import GraphAlgorithms

/// A paper that is ready to read now, and why.
public struct NextPaper: Sendable, Equatable {
    public var paper: PaperID
    /// The ranking key: closeness to what has been read blended with importance
    /// (see ``PaperGraph/nextPapers(limit:includeExternal:assumingRead:ranking:)``).
    public var score: Double
    /// Why it is ready, in the order a sentence names them.
    public var reasons: [PaperReason]
}

extension PaperGraph {
    /// The reading fringe: unread papers all of whose cited papers and prerequisites in the graph are
    /// read, ranked by 0.25 × personalized PageRank restarting at the read papers + 0.75 × PageRank
    /// (``rankPapers(_:)``), each divided by its best in the fringe.
    ///
    /// The walk follows citations and prerequisites in both directions, so a paper scores high when
    /// it builds on, or is built on by, much of what you have read; the global rank adds how much
    /// the whole graph builds on it. The blend was measured on ml-landmarks (does `next` rank a
    /// paper's later ancestors high once its earliest 30 % are read? Benchmarks/quality/QUALITY.md):
    /// recall@10 0.19 by the walk alone, 0.26 blended. With nothing read, the fringe is the papers
    /// that build on nothing in the graph, ranked by plain PageRank. Papers marked
    /// `reading` count as not yet read. External papers (outside the user's list) never hold a
    /// paper back, and are listed only with `includeExternal`; they still carry the walk, so two of
    /// your papers that share many references are close. `assumingRead` counts more papers as
    /// read: "what next once I have read this one" (the interactive map's "what next from here").
    /// `ranking`, when given, is this graph's ``rankPapers(_:)`` computed once for many calls.
    ///
    /// - Complexity: O(V + E) plus one PageRank over the undirected reading graph, and one over the
    ///   citations unless `ranking` is given.
    public func nextPapers(limit: Int? = nil, includeExternal: Bool = false, assumingRead: [PaperID] = [],
                           ranking: PaperRanking? = nil) -> [NextPaper] {
        var isRead = papers.map { $0.status == .read }
        for id in assumingRead { isRead[id.index] = true }
        let fringe = paperIDs.filter { id in
            !isRead[id.index] && isListed(id, includeExternal: includeExternal)
                && readingDependencies.neighbors(of: id.index).allSatisfy { isRead[Int($0)] || papers[Int($0)].isExternal }
        }
        let anyRead = isRead.contains(true)
        let global = (ranking ?? rankPapers()).scores
        var scores = global
        if anyRead {
            var sources = [UInt32](), destinations = [UInt32]()
            for (s, d) in readingDependencies.edges {
                sources.append(s); destinations.append(d)
                sources.append(d); destinations.append(s)
            }
            let undirected = CSRGraph(nodeCount: papers.count, sources: sources, destinations: destinations)
            let walk = undirected.pageRank(options: PageRankOptions(personalization: isRead.map { $0 ? 1 : 0 })).scores
            let bestWalk = fringe.map { walk[$0.index] }.max() ?? 0, bestGlobal = fringe.map { global[$0.index] }.max() ?? 0
            for id in fringe {
                scores[id.index] = (bestWalk > 0 ? (1 - Self.nextGlobalRankShare) * walk[id.index] / bestWalk : 0)
                    + (bestGlobal > 0 ? Self.nextGlobalRankShare * global[id.index] / bestGlobal : 0)
            }
        }
        let ranked = fringe.sorted { isRanked($0, before: $1, scores: scores) }
        return ranked.prefix(limit ?? ranked.count).map { id in
            NextPaper(paper: id, score: scores[id.index], reasons: nextReasons(for: id, isRead: isRead))
        }
    }

    /// The share of the global PageRank in `next`'s blend (the rest is the read-set walk).
    static let nextGlobalRankShare = 0.75

    private func nextReasons(for id: PaperID, isRead: [Bool]) -> [PaperReason] {
        let buildsOn = readingDependencies.neighbors(of: id.index).map(PaperID.init).filter { isRead[$0.index] }
        let readCiters = citing(id).filter { isRead[$0.index] }
        var reasons: [PaperReason] = []
        if !buildsOn.isEmpty { reasons.append(.buildsOnRead(buildsOn)) }
        if !readCiters.isEmpty { reasons.append(.citedByRead(readCiters)) }
        if reasons.isEmpty { reasons.append(.startingPoint) }
        return reasons
    }
}
