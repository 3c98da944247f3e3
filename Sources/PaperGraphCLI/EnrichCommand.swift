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
        options: [
            .output,
            OptionSpec("source", value: "list", help: "Sources to ask, in order: openalex, s2, crossref (comma-separated).",
                       default: EnrichOptions().sources.map(\.rawValue).joined(separator: ",")),
            OptionSpec("citing", value: "n", help: "Also fetch up to N papers citing each of yours (OpenAlex, S2).",
                       default: String(EnrichOptions().citing)),
            OptionSpec("name-min", value: "k", help: "Fetch the names of external works cited by at least K of your papers (0: none).",
                       default: String(EnrichOptions().nameThreshold)),
            OptionSpec("report", value: "file", help: "Write what was not matched (and why), merges and problems to FILE."),
            .flag("offline", help: "Answer from the cache only; say what is missing."),
            .flag("refresh", help: "Ignore the cache and fetch everything again (answers are stored anew)."),
            .flag("dry-run", help: "Print the requests that would be sent and their estimated OpenAlex cost; send nothing."),
            .flag("strict", help: "Exit 1 when any paper is not matched."),
            OptionSpec("cache", value: "dir", help: "Cache folder (default $XDG_CACHE_HOME/papergraph, else ~/.cache/papergraph)."),
            OptionSpec("rate", value: "r", help: "At most R requests per second to each source (defaults: OpenAlex "
                       + "\(Int(EnrichSource.openalex.defaultRate)), Semantic Scholar \(Int(EnrichSource.s2.defaultRate)), "
                       + "Crossref \(Int(EnrichSource.crossref.defaultRate)))."),
            OptionSpec("connections", value: "n", help: "Requests sent at the same time (each source's rate limit still holds).",
                       default: String(EnrichSettings.defaultConnections)),
            OptionSpec("timeout", value: "seconds", help: "Seconds allowed for one request.", default: "20"),
            OptionSpec("retries", value: "n", help: "Retries of a request after 429, 5xx, a timeout or a cut-off answer.",
                       default: String(RetryPolicy().maximumAttempts - 1)),
            OptionSpec("batch-size", value: "n", help: "Ids per batch request (OpenAlex at most 100, Semantic Scholar 500).",
                       default: "100", showInUsage: false),
            OptionSpec("mailto", value: "address", help: "Contact address sent to OpenAlex and Crossref (their polite pools).",
                       showInUsage: false),
            OptionSpec("openalex-url", value: "url", help: "OpenAlex base URL (or PAPERGRAPH_OPENALEX_URL).", showInUsage: false),
            OptionSpec("s2-url", value: "url", help: "Semantic Scholar base URL (or PAPERGRAPH_S2_URL).", showInUsage: false),
            OptionSpec("crossref-url", value: "url", help: "Crossref base URL (or PAPERGRAPH_CROSSREF_URL).", showInUsage: false),
        ] + GraphInput.options)

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
        try OutputTarget.write(NativeFormatWriter.text(for: built.graph), arguments, console: console)

        let lines = EnrichReportText(result: result, targets: targets, session: session, context: context,
                                     nameThreshold: settings.enricher.options.nameThreshold)
        if let path = arguments.value("report") {
            do {
                try AtomicFile.write(lines.report(), toPath: path)
            } catch {
                throw .diagnostics([error])
            }
        }
        for line in lines.notes() { console.err(line + "\n") }
        console.err(lines.summary(reportPath: arguments.value("report")) + "\n")

        if settings.mode == .online, !targets.isEmpty, result.matches.isEmpty, session.answered == 0, !session.requests.isEmpty {
            throw .failure("no source could be reached (\(session.log.last ?? "no answer"))")
        }
        if arguments.flag("strict"), !result.unmatched.isEmpty {
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
        let flags = ["offline", "refresh", "dry-run"].filter(arguments.flag)
        if flags.count > 1 { throw .usage("choose one of --offline, --refresh and --dry-run", command: arguments.spec) }
        mode = arguments.flag("offline") ? .offline : arguments.flag("dry-run") ? .dryRun : .online
        cache = EnrichCache(directory: arguments.value("cache") ?? EnrichCache.defaultDirectory(environment: environment),
                            ignoresExistingAnswers: arguments.flag("refresh"))
        timeout = try arguments.double("timeout", in: 0.001...600) ?? 20
        connections = try arguments.int("connections", in: 1...16) ?? Self.defaultConnections
        if let rate = try arguments.double("rate", in: 0.001...100) {
            for source in EnrichSource.allCases { rates[source] = rate }
        }
        let retries = try arguments.int("retries", in: 0...10) ?? 3
        for source in EnrichSource.allCases {
            var policy = source.retryPolicy
            policy.maximumAttempts = retries + 1
            policies[source] = policy
        }
        var options = EnrichOptions()
        options.sources = []
        for name in arguments.values("source").flatMap({ $0.split(separator: ",").map(String.init) }) {
            guard let source = EnrichSource(rawValue: name.lowercased()) else {
                throw .usage("unknown source '\(name)'; expected openalex, s2 or crossref", command: arguments.spec)
            }
            if !options.sources.contains(source) { options.sources.append(source) }
        }
        if options.sources.isEmpty {
            options.sources = (arguments.value("source") ?? "openalex,s2").split(separator: ",").compactMap { EnrichSource(rawValue: String($0)) }
        }
        options.citing = try arguments.int("citing", in: 0...1000) ?? 0
        options.nameThreshold = try arguments.int("name-min", in: 0...1_000_000) ?? 2
        let batch = try arguments.int("batch-size", in: 1...500) ?? 100
        let mailto = arguments.value("mailto") ?? environment["PAPERGRAPH_MAILTO"]
        func base(_ source: EnrichSource, _ option: String) -> String {
            arguments.value(option) ?? environment[source.baseURLVariable].flatMap { $0.isEmpty ? nil : $0 } ?? source.defaultBaseURL
        }
        for (source, option) in [(EnrichSource.openalex, "openalex-url"), (.s2, "s2-url"), (.crossref, "crossref-url")] {
            let url = base(source, option)
            guard URL(string: url)?.scheme.map({ $0 == "http" || $0 == "https" }) == true else {
                throw .usage("--\(option) expects an http or https URL, found '\(url)'", command: arguments.spec)
            }
        }
        enricher = Enricher(options: options,
                            openAlex: OpenAlexClient(baseURL: base(.openalex, "openalex-url"),
                                                     apiKey: environment["OPENALEX_API_KEY"].flatMap { $0.isEmpty ? nil : $0 },
                                                     mailto: mailto, batchSize: min(batch, 100)),
                            semanticScholar: SemanticScholarClient(baseURL: base(.s2, "s2-url"),
                                                                   apiKey: environment["S2_API_KEY"].flatMap { $0.isEmpty ? nil : $0 },
                                                                   batchSize: batch),
                            crossref: CrossrefClient(baseURL: base(.crossref, "crossref-url"), mailto: mailto))
    }
}
