import GraphAlgorithms

/// A paper that is ready to read now, and why.
public struct NextPaper: Sendable, Equatable {
    public var paper: PaperID
    /// Closeness to what has been read (personalized PageRank), the ranking key.
    public var score: Double
    /// Why it is ready, in the order a sentence names them.
    public var reasons: [PaperReason]
}

extension PaperGraph {
    /// The reading fringe: unread papers all of whose cited papers and prerequisites in the graph are
    /// read, ranked by personalized PageRank restarting at the read papers.
    ///
    /// The walk follows citations and prerequisites in both directions, so a paper scores high when
    /// it builds on, or is built on by, much of what you have read. With nothing read, the fringe is
    /// the papers that build on nothing in the graph, ranked by plain PageRank. Papers marked
    /// `reading` count as not yet read. External papers (outside the user's list) never hold a
    /// paper back, and are listed only with `includeExternal`; they still carry the walk, so two of
    /// your papers that share many references are close.
    ///
    /// - Complexity: O(V + E) plus one PageRank over the undirected reading graph.
    public func nextPapers(limit: Int? = nil, includeExternal: Bool = false) -> [NextPaper] {
        let isRead = papers.map { $0.status == .read }
        let fringe = paperIDs.filter { id in
            !isRead[id.index] && isListed(id, includeExternal: includeExternal)
                && readingDependencies.neighbors(of: id.index).allSatisfy { isRead[Int($0)] || papers[Int($0)].isExternal }
        }
        let anyRead = isRead.contains(true)
        let scores: [Double]
        if anyRead {
            var sources = [UInt32](), destinations = [UInt32]()
            for (s, d) in readingDependencies.edges {
                sources.append(s); destinations.append(d)
                sources.append(d); destinations.append(s)
            }
            let undirected = CSRGraph(nodeCount: papers.count, sources: sources, destinations: destinations)
            scores = undirected.pageRank(options: PageRankOptions(personalization: isRead.map { $0 ? 1 : 0 })).scores
        } else {
            scores = rankPapers().scores
        }
        let ranked = fringe.sorted { isRanked($0, before: $1, scores: scores) }
        return ranked.prefix(limit ?? ranked.count).map { id in
            NextPaper(paper: id, score: scores[id.index], reasons: nextReasons(for: id, isRead: isRead))
        }
    }

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
