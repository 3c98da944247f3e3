import GraphAlgorithms

/// What to read, in order, to understand one paper or topic.
public struct ReadingPath: Sendable, Equatable {
    /// One paper to read and why it is on the path.
    public struct Step: Sendable, Equatable {
        public var paper: PaperID
        /// Why the paper is there, in the order a sentence names them.
        public var reasons: [PaperReason]
        /// Whether the paper is marked read (only with `includeRead`).
        public var isRead: Bool
        /// Whether the graph knows none of the paper's references (it cites nothing in it), so
        /// what it builds on may be missing from the path.
        public var referencesUnknown = false
    }

    /// The papers the path leads to (one for `--to`, the topic's papers for `--topic`).
    public let targets: [PaperID]
    /// The steps in reading order, ending with the targets.
    public let steps: [Step]
    /// Read papers left out, and so everything reachable only through them.
    public let skippedRead: Int
    /// Prerequisites left out by ``ReadingPathOptions/maxSteps``.
    public let omitted: Int
}

/// Settings for ``PaperGraph/readingPath(to:options:ranking:)``.
public struct ReadingPathOptions: Sendable, Equatable {
    /// Keep read papers (marked) and what lies behind them. Default false: they are assumed known.
    public var includeRead = false
    /// Keep at most this many prerequisites (the targets always stay), chosen by personalized
    /// PageRank from the targets along "builds on" edges among the papers that stay connected to
    /// the targets through kept papers. `nil` keeps all.
    public var maxSteps: Int?
    /// Keep external papers (works outside the user's papers) on the path. Default false: the
    /// path lists the user's papers, and external papers only lead to them.
    public var includeExternal = false

    public init(includeRead: Bool = false, maxSteps: Int? = nil, includeExternal: Bool = false) {
        self.includeRead = includeRead
        self.maxSteps = maxSteps
        self.includeExternal = includeExternal
    }
}

extension PaperGraph {
    /// The prerequisites of `targets`, transitively over citations and explicit prerequisites, in
    /// reading order and ending with the targets.
    ///
    /// Papers marked read are skipped, and so is anything reachable only through read papers (it is
    /// assumed known, as in Metacademy's learning plans). With `maxSteps`, the most important
    /// prerequisites are kept: personalized PageRank restarting at the targets and flowing from a
    /// paper to what it builds on, so papers many paths lead to score highest — taken only while
    /// they stay connected to the targets through kept papers (the path never holds a paper whose
    /// link to the target was cut); the kept papers stay in the same relative order.
    ///
    ///     target ──▶ a ──▶ b          (a read)   path: c, target   (b is reachable only through a)
    ///        └─────▶ c
    ///
    /// - Complexity: O((V + E) log V) for the papers and relations behind the targets, plus a
    ///   PageRank over the whole graph when `maxSteps` is set.
    public func readingPath(to targets: [PaperID], options: ReadingPathOptions = .init(),
                            ranking: PaperRanking) -> ReadingPath {
        let isTarget = Set(targets)
        var blocked = [Bool](repeating: false, count: papers.count)
        if !options.includeRead {
            for id in paperIDs where papers[id.index].status == .read && !isTarget.contains(id) { blocked[id.index] = true }
        }
        let reach = readingDependencies.reachable(from: targets.map(\.rawValue), options: ReachabilityOptions(
            blocked: blocked, blockedHandling: .includeWithoutExpanding))
        let skippedRead = reach.nodes.filter { blocked[Int($0)] }.count
        var candidates = reach.nodes.filter { !blocked[Int($0)] }.map { PaperID($0) }
            .filter { isTarget.contains($0) || isListed($0, includeExternal: options.includeExternal) }

        var omitted = 0
        if let maxSteps = options.maxSteps {
            let prerequisites = candidates.filter { !isTarget.contains($0) }
            if prerequisites.count > maxSteps {
                var restart = [Double](repeating: 0, count: papers.count)
                for t in targets { restart[t.index] = 1 }
                let importance = readingDependencies.pageRank(options: PageRankOptions(personalization: restart)).scores
                let ranked = prerequisites.sorted { isRanked($0, before: $1, scores: importance) }
                let kept = connectedSelection(ranked, limit: maxSteps, from: targets, blocked: blocked)
                omitted = prerequisites.count - kept.count
                candidates = candidates.filter { isTarget.contains($0) || kept.contains($0) }
            }
        }

        let order = readingOrder(of: candidates, ranking: ranking)
        // Targets go last, each after everything it needs: move them to the end, keeping their order.
        let orderedIDs = order.entries.map(\.paper).filter { !isTarget.contains($0) }
            + order.entries.map(\.paper).filter { isTarget.contains($0) }
        let onPath = Set(orderedIDs)
        let steps = orderedIDs.map { id in
            ReadingPath.Step(paper: id, reasons: pathReasons(for: id, isTarget: isTarget.contains(id), onPath: onPath),
                             isRead: papers[id.index].status == .read, referencesUnknown: citations.outDegree(of: id.index) == 0)
        }
        return ReadingPath(targets: targets, steps: steps, skippedRead: skippedRead, omitted: omitted)
    }

    /// Cited by papers on the path, then needed by papers on the path, each with its note.
    private func pathReasons(for id: PaperID, isTarget: Bool, onPath: Set<PaperID>) -> [PaperReason] {
        if isTarget { return [.target] }
        let citedBy = citing(id).filter { onPath.contains($0) }
        let neededBy = dependents.neighbors(of: id.index).map(PaperID.init).filter { onPath.contains($0) }
        var reasons: [PaperReason] = []
        if !citedBy.isEmpty { reasons.append(.citedBy(citedBy)) }
        for dependent in neededBy { reasons.append(.prerequisiteOf(dependent, reason(for: dependent, prerequisite: id))) }
        if reasons.isEmpty { reasons.append(.leadsToOmitted) }
        return reasons
    }

    /// The `limit` most important of `ranked` (best first) that stay connected to the targets: the
    /// selection grows from the targets, each time taking the most important paper that a kept
    /// paper builds on (directly, or through papers that are not candidates, such as hidden
    /// external papers), so every kept paper leads to a target through kept papers.
    ///
    /// - Complexity: O(limit · R + V + E) for R ranked papers.
    private func connectedSelection(_ ranked: [PaperID], limit: Int, from targets: [PaperID], blocked: [Bool]) -> Set<PaperID> {
        var isCandidate = [Bool](repeating: false, count: papers.count)
        for p in ranked { isCandidate[p.index] = true }
        var reachable = [Bool](repeating: false, count: papers.count)
        var visited = [Bool](repeating: false, count: papers.count)
        /// Marks what `paper` builds on as reachable, walking through papers that are not candidates.
        func expand(_ paper: PaperID) {
            var stack = [paper.index]
            visited[paper.index] = true
            while let v = stack.popLast() {
                for w in readingDependencies.neighbors(of: v).map(Int.init) where !visited[w] && !blocked[w] {
                    if isCandidate[w] {
                        reachable[w] = true
                    } else {
                        visited[w] = true
                        stack.append(w)
                    }
                }
            }
        }
        for t in targets { expand(t) }
        var kept = Set<PaperID>()
        while kept.count < limit, let next = ranked.first(where: { reachable[$0.index] && !kept.contains($0) }) {
            kept.insert(next)
            expand(next)
        }
        return kept
    }

    /// "A", "A and B", "A, B and 3 others": short titles of the first `limit` papers.
    public func nameList(_ ids: [PaperID], limit: Int = 2) -> String {
        Self.nameList(ids, limit: limit, shortTitle: shortTitle)
    }

    /// ``nameList(_:limit:)`` with the short titles from `shortTitle`, for callers that read
    /// titles from elsewhere than a ``PaperGraph`` (a `.pgraph` file's columns).
    public static func nameList(_ ids: [PaperID], limit: Int = 2, shortTitle: (PaperID) -> String) -> String {
        let names = ids.prefix(limit).map(shortTitle)
        if ids.count <= limit {
            return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
        return names.joined(separator: ", ") + " and \(ids.count - limit) other\(ids.count - limit == 1 ? "" : "s")"
    }

    /// A title short enough for a sentence: up to the first colon (the whole title when that part
    /// is shorter than four characters).
    public func shortTitle(_ id: PaperID) -> String { Self.shortTitle(ofDisplayTitle: papers[id.index].displayTitle) }

    /// ``shortTitle(_:)`` of a paper whose display title is `title`.
    public static func shortTitle(ofDisplayTitle title: String) -> String {
        let head = title.split(separator: ":", maxSplits: 1).first.map(String.init) ?? title
        // Never cut: JSON and CSV carry reasons whole, and tables wrap them.
        return head.count >= 4 ? head : title
    }
}
