import Foundation
import PaperGraphEnrich
import PaperGraphIO
import PaperGraphModel

/// `papergraph enrich FILE... -o enriched.json`: matches, references and names from OpenAlex,
/// Semantic Scholar and Crossref, cached on disk.
struct EnrichCommand: Command {
    static let spec = CommandSpec(
        name: "enrich",
        abstract: "Fetch your papers' identifiers, references and the names of the works they cite.",
        discussion: """
        Finds each of your papers in OpenAlex, Semantic Scholar or Crossref (by DOI, else arXiv id,
        else a conservative title search: similarity ≥ \(Int(TitleMatcher.defaultThreshold * 100))%, year ± 1, same first
        author; ambiguous titles are reported, never guessed), adds the identifiers found, its
        references (from the first source listing any; the one listing most wins) and the names of
        the works cited by --name-min or more of your papers, and writes the native format.
        Fetched metadata fills empty fields only. Every answer is cached per work on disk
        ($XDG_CACHE_HOME/papergraph or ~/.cache/papergraph): a second run sends no request.
        Sent to the services: the titles, DOIs and arXiv ids of your papers. API keys:
        OPENALEX_API_KEY, S2_API_KEY. Exit 0 even when some papers are not found (see --report);
        1 when no source could be reached, or with --strict when any paper is unmatched.
        """,
        arguments: [GraphInput.arguments],
        options: [CommonOptions.output, E.source, E.citing, E.nameMin, report, E.offline, E.refresh, E.dryRun, strict,
                  E.cacheOption, E.rate, E.connections, E.timeout, E.retries, E.batchSize, E.mailto]
            + E.baseURLs.map(\.option) + GraphInput.options)

    private typealias E = EnrichSettings
    static let report = Option.text("report", value: "file", help: "Write what was not matched (and why), merges and "
                                    + "problems to FILE.")
    static let strict = Flag("strict", help: "Exit 1 when any paper is not matched.")

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let settings = try EnrichSettings(arguments)
        let graph = try GraphInput.load(arguments, console: console)
        let library = graph.records()
        let (targets, indices) = RecordEnrichment.targets(of: library)
        let progress = EnrichProgressLine(console, total: targets.count)
        let session = RequestSession(mode: settings.mode, transport: URLSessionTransport(maximumConnections: settings.connections),
                                     timeout: settings.timeout, rates: settings.rates, policies: settings.policies,
                                     connections: settings.connections, progress: progress.requests)
        let context = ServiceContext(session: session, cache: settings.cache)
        let result = settings.enricher.run(targets, context: context, progress: progress.papers)
        progress.finish()

        if settings.mode == .dryRun {
            let options = settings.enricher.options
            console.out(EnrichReportText.dryRun(session.requests, nameThreshold: options.nameThreshold, citing: options.citing))
            return ExitCode.success
        }
        let (enriched, warnings) = RecordEnrichment.apply(result, to: library, records: indices)
        var builder = PaperGraphBuilder()
        builder.add(enriched)
        let built = builder.build()
        GraphInput.report(warnings: warnings + built.diagnostics.filter { $0.severity == .warning }, console: console)
        try OutputTarget.stream(arguments, console: console) { NativeFormatWriter.write(built.graph, to: &$0) }

        let lines = EnrichReportText(result: result, targets: targets, session: session, context: context,
                                     nameThreshold: settings.enricher.options.nameThreshold)
        if let path = arguments[Self.report] {
            do {
                try AtomicFile.write(lines.report(), toPath: path)
            } catch {
                throw .diagnostics([error])
            }
        }
        for line in lines.notes() { console.err(line + "\n") }
        console.err(lines.summary(reportPath: arguments[Self.report]) + "\n")

        if settings.mode == .online, !targets.isEmpty, result.matches.isEmpty, session.answered == 0, !session.requests.isEmpty {
            throw .failure("no source could be reached (\(session.log.last ?? "no answer"))")
        }
        if arguments[Self.strict], !result.unmatched.isEmpty {
            console.err("Error: \(result.unmatched.count) paper(s) not matched (--strict)\n")
            return ExitCode.failure
        }
        return ExitCode.success
    }
}

/// The command line's choices for one enrichment run.
struct EnrichSettings {
    var mode: NetworkMode
    var cache: EnrichCache
    var timeout: Double
    /// Requests in flight at once: enough to keep OpenAlex's 5 per second going at ~0.5 s latency.
    static let defaultConnections = 3
    var connections = defaultConnections
    var rates: [EnrichSource: Double] = [:]
    var policies: [EnrichSource: RetryPolicy] = [:]
    var enricher: Enricher

    init(_ arguments: ParsedArguments, environment: [String: String] = ProcessInfo.processInfo.environment) throws(CLIError) {
        if [Self.offline, Self.refresh, Self.dryRun].filter({ arguments[$0] }).count > 1 {
            throw .usage("choose one of --offline, --refresh and --dry-run", command: arguments.spec)
        }
        mode = arguments[Self.offline] ? .offline : arguments[Self.dryRun] ? .dryRun : .online
        cache = EnrichCache(directory: arguments[Self.cacheOption] ?? EnrichCache.defaultDirectory(environment: environment),
                            ignoresExistingAnswers: arguments[Self.refresh])
        timeout = arguments[Self.timeout]
        connections = arguments[Self.connections]
        if let rate = arguments[Self.rate] {
            for source in EnrichSource.allCases { rates[source] = rate }
        }
        let retries = arguments[Self.retries]
        for source in EnrichSource.allCases {
            var policy = source.retryPolicy
            policy.maximumAttempts = retries + 1
            policies[source] = policy
        }
        var options = EnrichOptions()
        options.sources = arguments[Self.source]
        options.citing = arguments[Self.citing]
        options.nameThreshold = arguments[Self.nameMin]
        let batch = arguments[Self.batchSize]
        let mailto = arguments[Self.mailto] ?? environment["PAPERGRAPH_MAILTO"]
        func base(_ source: EnrichSource) throws(CLIError) -> String {
            let option = Self.baseURLs.first { $0.source == source }!.option
            let url = arguments[option] ?? environment[source.baseURLVariable].flatMap { $0.isEmpty ? nil : $0 } ?? source.defaultBaseURL
            guard URL(string: url)?.scheme.map({ $0 == "http" || $0 == "https" }) == true else {
                throw .usage("--\(option.spec.name) expects an http or https URL, found '\(url)'", command: arguments.spec)
            }
            return url
        }
        let openAlexURL = try base(.openalex), s2URL = try base(.s2), crossrefURL = try base(.crossref)
        enricher = Enricher(options: options,
                            openAlex: OpenAlexClient(baseURL: openAlexURL,
                                                     apiKey: environment["OPENALEX_API_KEY"].flatMap { $0.isEmpty ? nil : $0 },
                                                     mailto: mailto, batchSize: min(batch, 100)),
                            semanticScholar: SemanticScholarClient(baseURL: s2URL,
                                                                   apiKey: environment["S2_API_KEY"].flatMap { $0.isEmpty ? nil : $0 },
                                                                   batchSize: batch),
                            crossref: CrossrefClient(baseURL: crossrefURL, mailto: mailto))
    }

    private static let defaults = EnrichOptions()
    static let source = Option<[EnrichSource]>(
        OptionSpec("source", value: "list", help: "Sources to ask, in order: openalex, s2, crossref (comma-separated).",
                   default: defaults.sources.map(\.rawValue).joined(separator: ",")),
        absent: defaults.sources, expectation: "a comma-separated list of openalex, s2 and crossref") { text in
        var sources: [EnrichSource] = []
        for name in text.split(separator: ",").map({ String($0).trimmingCharacters().lowercased() }) {
            guard let source = EnrichSource(rawValue: name) else { return nil }
            if !sources.contains(source) { sources.append(source) }
        }
        return sources.isEmpty ? nil : sources
    }
    static let citing = Option.integer("citing", help: "Also fetch up to N papers citing each of yours (OpenAlex, S2).",
                                       default: defaults.citing, in: 0...1000)
    static let nameMin = Option.integer("name-min", value: "k", help: "Fetch the names of external works cited by at least K "
                                        + "of your papers (0: none).", default: defaults.nameThreshold, in: 0...1_000_000)
    static let offline = Flag("offline", help: "Answer from the cache only; say what is missing.")
    static let refresh = Flag("refresh", help: "Ignore the cache and fetch everything again (answers are stored anew).")
    static let dryRun = Flag("dry-run", help: "Print the requests that would be sent and their estimated OpenAlex cost; "
                             + "send nothing.")
    /// `--cache DIR`, shared with `papergraph cache`.
    static let cacheOption = Option.text("cache", value: "dir", help: "Cache folder (default $XDG_CACHE_HOME/papergraph, "
                                         + "else ~/.cache/papergraph).")
    static let rate = Option.number("rate", value: "r", help: "At most R requests per second to each source (defaults: "
                                    + "OpenAlex \(Int(EnrichSource.openalex.defaultRate)), Semantic Scholar "
                                    + "\(Int(EnrichSource.s2.defaultRate)), Crossref \(Int(EnrichSource.crossref.defaultRate))).",
                                    in: 0.001...100)
    static let connections = Option.integer("connections", help: "Requests sent at the same time (each source's rate limit "
                                            + "still holds).", default: defaultConnections, in: 1...16)
    static let timeout = Option.number("timeout", value: "seconds", help: "Seconds allowed for one request.",
                                       default: RequestSession.defaultTimeout, in: 0.001...600)
    static let retries = Option.integer("retries", help: "Retries of a request after 429, 5xx, a timeout or a cut-off answer.",
                                        default: RetryPolicy().maximumAttempts - 1, in: 0...10)
    static let batchSize = Option.integer("batch-size", help: "Ids per batch request (OpenAlex at most 100, Semantic Scholar "
                                          + "500).", default: OpenAlexClient().batchSize, in: 1...500, showInUsage: false)
    static let mailto = Option.text("mailto", value: "address", help: "Contact address sent to OpenAlex and Crossref (their "
                                    + "polite pools).", showInUsage: false)
    /// `--openalex-url`, `--s2-url`, `--crossref-url`: where each service is (the tests' loopback server).
    static let baseURLs: [(source: EnrichSource, option: Option<String?>)] = [
        (.openalex, .text("openalex-url", value: "url", help: "OpenAlex base URL (or PAPERGRAPH_OPENALEX_URL).", showInUsage: false)),
        (.s2, .text("s2-url", value: "url", help: "Semantic Scholar base URL (or PAPERGRAPH_S2_URL).", showInUsage: false)),
        (.crossref, .text("crossref-url", value: "url", help: "Crossref base URL (or PAPERGRAPH_CROSSREF_URL).", showInUsage: false)),
    ]
}
