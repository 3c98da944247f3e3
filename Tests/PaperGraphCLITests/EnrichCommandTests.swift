import Foundation
import Testing
import LoopbackServer

/// `papergraph enrich` and `papergraph cache` end to end, against the loopback fixture services.
@Suite("enrich command")
struct EnrichCommandTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/PaperGraphEnrichTests/Fixtures").path
    static let papers = fixtures + "/papers.json"

    struct World {
        let services: FixtureServices
        let server: LoopbackServer
        let folder: URL
        var cache: String { folder.appendingPathComponent("cache").path }

        init() throws {
            setenv("no_proxy", "127.0.0.1,localhost", 1)
            for name in ["http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"] { unsetenv(name) }
            let services = try FixtureServices(folder: EnrichCommandTests.fixtures)
            self.services = services
            server = try LoopbackServer { services.respond($0) }
            folder = try temporaryFolder()
        }

        /// The arguments pointing every source at the server and the cache at the test's folder.
        var urls: [String] {
            ["--cache", cache, "--openalex-url", server.baseURL + "/openalex", "--s2-url", server.baseURL + "/s2",
             "--crossref-url", server.baseURL + "/crossref"]
        }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    }

    @Test("writes the enriched graph, the summary line and the report; a second run sends nothing")
    func enrich() throws {
        let world = try World()
        let run = runCLI(["enrich", Self.papers, "-o", world.path("out.json"), "--report", world.path("report.txt")] + world.urls)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.isEmpty)
        let summary = "matched 4 of 6 (1 by DOI, 2 by arXiv id, 1 by title); 1 not found, 1 ambiguous (see '\(world.path("report.txt"))'); "
            + "12 references to 7 distinct works, 2 of them cited by 2 or more of your papers; 6 requests, 0 retries "
            + "(OpenAlex cost about $0.0032)"
        #expect(run.err.split(separator: "\n").last.map(String.init) == summary)
        let report = try String(contentsOfFile: world.path("report.txt"), encoding: .utf8)
        #expect(report.contains("deep-learning\tDeep Learning\tambiguous title, not guessed"))
        #expect(report.contains("nobody\tNotes on a Paper Nobody Indexed\tnot found"))

        let stats = runCLI(["stats", world.path("out.json"), "--format", "json"])
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(stats.out.utf8)) as? [String: Any])
        #expect(counts["papers"] as? Int == 6)
        #expect(counts["external"] as? Int == 7)
        #expect(counts["citations"] as? Int == 12)

        let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: world.path("out.json")))) as? [String: Any])
        let papers = try #require(graph["papers"] as? [[String: Any]])
        let names = Set(papers.filter { $0["external"] as? Bool == true }.compactMap { $0["title"] as? String })
        #expect(names == ["Long Short-Term Memory", "ImageNet Classification with Deep Convolutional Neural Networks",
                          "Deep contextualized word representations"])
        let bert = try #require(papers.first { $0["id"] as? String == "bert" })
        let cites = try #require(bert["cites"] as? [[String: Any]])
        #expect(cites.compactMap { $0["source"] as? String } == ["s2", "s2"])

        world.server.resetRequests()
        let again = runCLI(["enrich", Self.papers, "-o", world.path("again.json")] + world.urls)
        #expect(again.status == 0)
        #expect(world.server.requests.isEmpty)
        #expect(again.err.contains("; 0 requests, 0 retries"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: world.path("again.json"))) == Data(contentsOf: URL(fileURLWithPath: world.path("out.json"))))
    }

    @Test("--strict exits 1 when a paper is unmatched; no reachable source exits 1")
    func exitCodes() throws {
        let world = try World()
        let strict = runCLI(["enrich", Self.papers, "-o", world.path("out.json"), "--strict"] + world.urls)
        #expect(strict.status == 1)
        #expect(strict.err.contains("2 paper(s) not matched (--strict)"))
        let unreachable = runCLI(["enrich", Self.papers, "-o", world.path("none.json"), "--cache", world.path("other"),
                                  "--openalex-url", "http://127.0.0.1:1", "--s2-url", "http://127.0.0.1:1", "--retries", "0"])
        #expect(unreachable.status == 1)
        #expect(unreachable.err.contains("Error: no source could be reached"))
    }

    @Test("--dry-run prints the requests and their cost and sends none; --offline says what is missing")
    func dryRunAndOffline() throws {
        let world = try World()
        let dry = runCLI(["enrich", Self.papers, "--dry-run"] + world.urls)
        #expect(dry.status == 0)
        #expect(world.server.requests.isEmpty)
        #expect(dry.out.contains("5 requests would be sent (OpenAlex: 1 list, 3 search; estimated cost $0.0031)"))
        let offline = runCLI(["enrich", Self.papers, "--offline", "-o", world.path("o.json")] + world.urls)
        #expect(offline.status == 0)
        #expect(world.server.requests.isEmpty)
        #expect(offline.err.contains("answers missing from the cache (offline)"))
    }

    @Test("cache size counts the files per source and clean removes only the source folders")
    func cacheCommand() throws {
        let world = try World()
        _ = runCLI(["enrich", Self.papers, "-o", world.path("out.json")] + world.urls)
        try "keep".write(toFile: world.cache + "/mine.txt", atomically: true, encoding: .utf8)
        let size = runCLI(["cache", "size", "--cache", world.cache])
        #expect(size.status == 0)
        // 6 answers of the DOI batch and searches stored per work: see the enrich tests for the count.
        #expect(size.out.contains("openalex: 15 files"))
        #expect(size.out.contains("s2: 3 files"))
        let clean = runCLI(["cache", "clean", "--cache", world.cache])
        #expect(clean.status == 0 && clean.out.contains("removed 18 files"))
        #expect(FileManager.default.fileExists(atPath: world.cache + "/mine.txt"))
        #expect(!FileManager.default.fileExists(atPath: world.cache + "/openalex"))
    }

    @Test("Ctrl-C in the middle loses nothing fetched: the next run resumes from the cache")
    func interrupted() throws {
        let binary = try #require(Self.builtBinary(), "the papergraph binary is built by `swift build` before the tests")
        let world = try World()
        world.services.latency.withLock { $0 = 0.25 }
        let pid = try Self.spawn(binary, ["enrich", Self.papers, "-o", world.path("out.json"), "--batch-size", "1"] + world.urls)
        let deadline = Date().addingTimeInterval(20)
        while world.server.requests.count < 4 && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        kill(pid, SIGINT)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        // Killed by the signal (WIFSIGNALED, WTERMSIG == SIGINT), not finished.
        #expect(status & 0x7f == SIGINT)
        #expect(!FileManager.default.fileExists(atPath: world.path("out.json")), "interrupted before writing")
        let sentBefore = world.server.requests.count

        // Every cached file is a whole answer.
        let cached = try Self.cacheFiles(world.cache)
        #expect(cached.count >= 3)
        for file in cached {
            #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))) != nil, "\(file)")
        }

        world.services.latency.withLock { $0 = 0 }
        world.server.resetRequests()
        let resumed = runCLI(["enrich", Self.papers, "-o", world.path("out.json"), "--batch-size", "1"] + world.urls)
        #expect(resumed.status == 0)
        let resumedRequests = world.server.requests.count

        let fresh = try World()
        let full = runCLI(["enrich", Self.papers, "-o", fresh.path("out.json"), "--batch-size", "1"] + fresh.urls)
        #expect(full.status == 0)
        let total = fresh.server.requests.count
        #expect(resumedRequests < total, "the resumed run asks only for what the first did not get")
        #expect(resumedRequests + sentBefore >= total)
        #expect(try Data(contentsOf: URL(fileURLWithPath: world.path("out.json"))) == Data(contentsOf: URL(fileURLWithPath: fresh.path("out.json"))))
    }

    /// Starts `binary` with SIGINT at its default action and unblocked (a test runner may ignore or
    /// block it, and both are inherited), standard error discarded.
    static func spawn(_ binary: String, _ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        setenv("no_proxy", "127.0.0.1,localhost", 1)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, binary, &actions, &attributes, argv, environ)
        guard code == 0 else { throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }
        return pid
    }

    static func cacheFiles(_ folder: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let name = walker.nextObject() as? String {
            if name.hasSuffix(".json") { files.append(folder + "/" + name) }
        }
        return files
    }

    /// `papergraph` next to the test bundle, or in `.build/debug`.
    static func builtBinary() -> String? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("papergraph").path
        let candidates = [beside, repositoryRoot.appendingPathComponent(".build/debug/papergraph").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
