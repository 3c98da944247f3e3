import PaperGraphModel

/// Finds the user's papers in the sources and fetches their references, citing papers and the
/// names of the works they cite.
///
/// Requests, for n papers with identifiers, t without, and w external works to name:
/// ⌈n/100⌉ OpenAlex batches (+ one more per DOI missing that has an arXiv id), t title searches,
/// ⌈n'/100⌉ Semantic Scholar batches for the n' papers OpenAlex gave no (or few) references
/// (arXiv papers always: OpenAlex's arXiv records often list none), ⌈w/100⌉ batches of names,
/// and with `--citing` one list per matched paper. Everything cached per entity first.
public struct Enricher {
    public var options: EnrichOptions
    public var openAlex: OpenAlexClient
    public var semanticScholar: SemanticScholarClient
    public var crossref: CrossrefClient

    public init(options: EnrichOptions = EnrichOptions(), openAlex: OpenAlexClient = OpenAlexClient(),
                semanticScholar: SemanticScholarClient = SemanticScholarClient(), crossref: CrossrefClient = CrossrefClient()) {
        self.options = options
        self.openAlex = openAlex
        self.semanticScholar = semanticScholar
        self.crossref = crossref
    }

    /// Per target while the run goes on.
    private struct Progress {
        var identifiers: PaperIdentifiers
        var method: MatchMethod?
        var works: [FetchedWork] = []
        var problems: [String] = []
        var titleVerdict: UnmatchedReason?
    }

    /// Enriches `targets`.
    ///
    /// - Parameter progress: Called after each stage with (targets matched so far, total).
    /// - Complexity: Requests as in the type's discussion; O(R α(R)) to tally R references.
    public func run(_ targets: [EnrichTarget], context: ServiceContext,
                    progress: (Int, Int) -> Void = { _, _ in }) -> EnrichResult {
        var result = EnrichResult()
        var state = targets.map { Progress(identifiers: $0.identifiers) }
        searchTitles(targets, &state, &result, context: context)
        progress(state.filter { $0.method != nil }.count, targets.count)
        for source in options.sources {
            lookUp(source, &state, context: context)
            progress(state.filter { !$0.works.isEmpty }.count, targets.count)
        }
        collect(state, &result)
        let groups = tally(&result)
        name(groups, &result, context: context)
        if options.citing > 0 { fetchCiting(&result, context: context) }
        progress(result.matches.count, targets.count)
        return result
    }

    // MARK: - Title search

    /// Title searches, source by source: a title the first source could not answer (online) is
    /// asked of the next; each source's searches are sent together.
    private func searchTitles(_ targets: [EnrichTarget], _ state: inout [Progress], _ result: inout EnrichResult,
                              context: ServiceContext) {
        var open: [Int] = []
        for (i, target) in targets.enumerated() where !state[i].identifiers.namesWork {
            if TitleNormalization.normalizedTitle(target.title).isEmpty {
                state[i].titleVerdict = .nothingToSearch
            } else {
                open.append(i)
            }
        }
        for source in options.sources where source.searchesTitles && context.session.disabled[source] == nil && !open.isEmpty {
            result.titleSearches += open.count
            let titles = open.map { targets[$0].title }
            let answers = source == .openalex ? openAlex.search(titles: titles, context: context)
                : semanticScholar.search(titles: titles, context: context)
            var unanswered: [Int] = []
            for (i, candidates) in zip(open, answers) {
                let target = targets[i]
                guard let candidates else {
                    state[i].titleVerdict = .unavailable("\(source.displayName): \(context.notSentReason(source))")
                    // Offline or dry run: the next source would be no more reachable.
                    if context.session.mode == .online { unanswered.append(i) }
                    continue
                }
                switch options.titleMatcher.verdict(title: target.title, year: target.year, authors: target.authors,
                                                    candidates: candidates) {
                case .matched(let work, _):
                    state[i].identifiers.fillGaps(from: work.identifiers)
                    state[i].method = .title
                    state[i].titleVerdict = nil
                case .ambiguous(let candidates): state[i].titleVerdict = .ambiguous(candidates)
                case .notFound(let closest): state[i].titleVerdict = .notFound(closest)
                }
            }
            open = unanswered
        }
    }

    // MARK: - Lookups

    private func lookUp(_ source: EnrichSource, _ state: inout [Progress], context: ServiceContext) {
        switch source {
        case .openalex: lookUpOpenAlex(&state, context: context)
        case .s2: lookUpSemanticScholar(&state, context: context)
        case .crossref: lookUpCrossref(&state, context: context)
        }
    }

    /// Whether a later source should be asked: nothing found yet, no references, fewer than the
    /// source itself counts, or an arXiv paper (whose OpenAlex record often lists none).
    private func wantsMore(_ p: Progress) -> Bool {
        guard p.identifiers.namesWork else { return false }
        guard let best = p.works.max(by: { $0.references.count < $1.references.count }) else { return true }
        return best.references.isEmpty || best.references.count < (best.referenceCount ?? 0) || p.identifiers.arxiv != nil
    }

    private func lookUpOpenAlex(_ state: inout [Progress], context: ServiceContext) {
        var byID: [Int: String] = [:], byDOI: [Int: String] = [:]
        for i in state.indices where state[i].identifiers.namesWork {
            if let w = state[i].identifiers.openAlex { byID[i] = w }
            else if let doi = state[i].identifiers.doi { byDOI[i] = doi }
            else if let arxiv = state[i].identifiers.arxiv { byDOI[i] = Self.arXivDOI(arxiv) }
        }
        let idAnswers = openAlex.works(ids: byID.keys.sorted().map { byID[$0]! }, context: context)
        var doiAnswers = openAlex.works(dois: byDOI.keys.sorted().map { byDOI[$0]! }, context: context)
        // A DOI OpenAlex does not know, on a paper with an arXiv id: ask for the arXiv DOI.
        var retry: [Int: String] = [:]
        for (i, doi) in byDOI where doiAnswers[doi] == .missing {
            if let arxiv = state[i].identifiers.arxiv, Self.arXivDOI(arxiv) != doi { retry[i] = Self.arXivDOI(arxiv) }
        }
        if !retry.isEmpty {
            doiAnswers.merge(openAlex.works(dois: retry.keys.sorted().map { retry[$0]! }, context: context)) { a, _ in a }
        }
        for i in state.indices {
            let answer: (Lookup, MatchMethod)?
            if let w = byID[i] { answer = idAnswers[w].map { ($0, .id) } }
            else if let doi = retry[i] { answer = doiAnswers[doi].map { ($0, .arxiv) } }
            else if let doi = byDOI[i] {
                answer = doiAnswers[doi].map { ($0, state[i].identifiers.doi == nil ? .arxiv : .doi) }
            } else { answer = nil }
            if let answer { record(answer.0, method: answer.1, into: &state[i]) }
        }
    }

    private func lookUpSemanticScholar(_ state: inout [Progress], context: ServiceContext) {
        var ids: [Int: (String, MatchMethod)] = [:]
        for i in state.indices where wantsMore(state[i]) {
            let p = state[i].identifiers
            if let s2 = p.semanticScholar { ids[i] = (s2, .id) }
            else if let arxiv = p.arxiv { ids[i] = ("ARXIV:" + arxiv, .arxiv) }
            else if let doi = p.doi { ids[i] = ("DOI:" + doi, .doi) }
            else if let corpus = p.semanticScholarCorpus { ids[i] = ("CorpusId:" + corpus, .id) }
        }
        let answers = semanticScholar.papers(ids: ids.keys.sorted().map { ids[$0]!.0 }, context: context)
        for (i, (id, method)) in ids {
            if let answer = answers[id] { record(answer, method: method, into: &state[i]) }
        }
    }

    private func lookUpCrossref(_ state: inout [Progress], context: ServiceContext) {
        var dois: [Int: String] = [:]
        for i in state.indices where wantsMore(state[i]) {
            if let doi = state[i].identifiers.doi, CrossrefClient.mayKnow(doi: doi) { dois[i] = doi }
        }
        let answers = crossref.works(dois: dois.keys.sorted().map { dois[$0]! }, context: context)
        for (i, doi) in dois {
            if let answer = answers[doi] { record(answer, method: .doi, into: &state[i]) }
        }
    }

    private func record(_ answer: Lookup, method: MatchMethod, into p: inout Progress) {
        switch answer {
        case .found(let work):
            p.works.append(work)
            p.identifiers.fillGaps(from: work.identifiers)
            if p.method == nil { p.method = method }
        case .missing: break
        case .unavailable(let reason): p.problems.append(reason)
        }
    }

    static func arXivDOI(_ arxiv: String) -> String { "10.48550/arxiv." + arxiv.lowercased() }

    // MARK: - Results

    private func collect(_ state: [Progress], _ result: inout EnrichResult) {
        var same = ReferenceTally()
        for (i, p) in state.enumerated() {
            guard let first = p.works.first else {
                let reason: UnmatchedReason
                if let verdict = p.titleVerdict, p.method == nil { reason = verdict }
                else if let problem = p.problems.first { reason = .unavailable(problem) }
                else { reason = .notFound(nil) }
                result.unmatched.append(Unmatched(target: i, reason: reason))
                continue
            }
            // The source listing the most references wins; ties go to the earlier source.
            var best = first
            for work in p.works.dropFirst() where work.references.count > best.references.count { best = work }
            var match = PaperMatch(target: i, method: p.method ?? .id, identifiers: p.identifiers, metadata: first)
            match.sources = p.works.map(\.source)
            if !best.references.isEmpty {
                match.references = best.references
                match.referenceSource = best.source
            }
            same.add(FetchedReference(identifiers: p.identifiers), citedBy: i)
            result.matches.append(match)
        }
        result.sameWork = same.citerGroups().filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The user's papers by identity key, so that a reference to one of them is not external.
    private static func ownKeys(_ result: EnrichResult) -> Set<String> {
        var keys: Set<String> = []
        for match in result.matches {
            keys.formUnion(FetchedReference(identifiers: match.identifiers).identityKeys.filter { !$0.hasPrefix("title:") })
        }
        return keys
    }

    private typealias Group = (sample: FetchedReference, citers: Int, keys: [String])

    private func tally(_ result: inout EnrichResult) -> [Group] {
        let own = Self.ownKeys(result)
        var tally = ReferenceTally()
        for match in result.matches {
            for reference in match.references {
                result.referenceCount += 1
                if reference.identityKeys.contains(where: own.contains) { continue }
                tally.add(reference, citedBy: match.target)
            }
        }
        let groups = tally.groups()
        result.distinctExternal = groups.count
        result.sharedExternal = groups.filter { $0.citers >= max(2, options.nameThreshold) }.count
        return groups
    }

    // MARK: - Names of external works

    private func name(_ groups: [Group], _ result: inout EnrichResult, context: ServiceContext) {
        guard options.nameThreshold > 0 else { return }
        let wanted = groups.filter { !$0.sample.isNamed && $0.citers >= options.nameThreshold }
        var workIDs: [String] = [], dois: [String] = [], s2IDs: [String] = []
        for (sample, _, _) in wanted {
            if let w = sample.identifiers.openAlex { workIDs.append(w) }
            else if let s2 = sample.identifiers.semanticScholar { s2IDs.append(s2) }
            else if let doi = sample.identifiers.doi { dois.append(doi) }
        }
        var found: [FetchedWork] = []
        if !workIDs.isEmpty, options.sources.contains(.openalex) {
            found += openAlex.works(ids: workIDs, context: context).values.compactMap(\.work)
        }
        if !s2IDs.isEmpty, options.sources.contains(.s2) {
            found += semanticScholar.papers(ids: s2IDs, context: context).values.compactMap(\.work)
        }
        if !dois.isEmpty {
            if options.sources.contains(.openalex) {
                found += openAlex.works(dois: dois, context: context).values.compactMap(\.work)
            } else if options.sources.contains(.crossref) {
                found += crossref.works(dois: dois, context: context).values.compactMap(\.work)
            }
        }
        found.sort { $0.asReference.identity < $1.asReference.identity }
        for work in found {
            var named = work
            named.references = []
            for key in work.asReference.identityKeys where result.names[key] == nil { result.names[key] = named }
        }
    }

    // MARK: - Citing papers

    /// Citing papers, source by source: a paper the first source has no list for is asked of the
    /// next; each source's lists are requested together.
    private func fetchCiting(_ result: inout EnrichResult, context: ServiceContext) {
        var open = Array(result.matches.indices)
        for source in options.sources where source.listsCitingPapers && context.session.disabled[source] == nil && !open.isEmpty {
            let asked: [(match: Int, id: String)] = open.compactMap { m in
                let ids = result.matches[m].identifiers
                let id = source == .openalex ? ids.openAlex : source == .s2 ? ids.semanticScholar : nil
                return id.map { (m, $0) }
            }
            let lists = source == .openalex ? openAlex.citing(ids: asked.map(\.id), limit: options.citing, context: context)
                : semanticScholar.citing(paperIDs: asked.map(\.id), limit: options.citing, context: context)
            var answered: Set<Int> = []
            for ((m, _), list) in zip(asked, lists) {
                guard let list else { continue }
                result.matches[m].citing = Array(list.prefix(options.citing))
                result.matches[m].citingSource = source
                answered.insert(m)
            }
            open.removeAll(where: answered.contains)
        }
    }
}
