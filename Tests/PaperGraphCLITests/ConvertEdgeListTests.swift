import Foundation
import Testing

/// `convert EDGES -o X.pgraph` through the edge-list fast path against the general path, which
/// `--merge titles` forces (it merges nothing on these files, whose tokens are all distinct titles).
@Suite("papergraph convert: an edge list straight to .pgraph")
struct ConvertEdgeListTests {
    /// Converts `input` both ways into `folder`; the two runs and the two files.
    private func both(_ input: String, in folder: URL, _ extra: [String] = []) throws -> (fast: CLIRun, general: CLIRun, same: Bool) {
        let fast = folder.appendingPathComponent("fast.pgraph").path, general = folder.appendingPathComponent("general.pgraph").path
        let a = runCLI(["convert", input, "-o", fast] + extra)
        let b = runCLI(["convert", input, "-o", general, "--merge", "titles"] + extra)
        guard a.status == 0 && b.status == 0 else { return (a, b, false) }
        let same = try Data(contentsOf: URL(fileURLWithPath: fast)) == Data(contentsOf: URL(fileURLWithPath: general))
        return (a, b, same)
    }

    @Test("decimal ids, time-ordered and shuffled: the same file and the same message as the general path")
    func numeric() throws {
        let folder = try temporaryFolder()
        for shuffle in [false, true] {
            let edges = folder.appendingPathComponent("g\(shuffle).txt").path
            #expect(runCLI(["generate", "--papers", "400", "--refs", "4", "--seed", "5", "-o", edges] + (shuffle ? ["--shuffle"] : [])).status == 0)
            let (fast, general, same) = try both(edges, in: folder)
            #expect(same)
            #expect(fast.err.replacingOccurrences(of: "fast.pgraph", with: "general.pgraph") == general.err)
            #expect(fast.err.hasPrefix("wrote 400 papers, "))
        }
    }

    @Test("tokens, self-citations, skipped lines and --reverse: the same file, the same warnings in the same order")
    func tokens() throws {
        let folder = try temporaryFolder()
        let edges = folder.appendingPathComponent("e.edges").path
        try Data("# tokens\nW1 W2\nW2 W2\nW3 W1\nW3 W2 heavy\nlonely\nW1 W2\n10.1/x W1\n".utf8).write(to: URL(fileURLWithPath: edges))
        for extra in [[], ["--reverse"]] {
            let (fast, general, same) = try both(edges, in: folder, extra)
            #expect(same)
            #expect(fast.err.replacingOccurrences(of: "fast.pgraph", with: "general.pgraph") == general.err)
        }
        let run = runCLI(["convert", edges, "-o", folder.appendingPathComponent("x.pgraph").path])
        #expect(run.err.hasPrefix("\(edges):3:4: warning: 'W2' cites itself; citation dropped\n"
                                  + "\(edges):5:7: warning: expected end of line after two node ids, found 'heavy'; line skipped\n"))
        #expect(runCLI(["stats", folder.appendingPathComponent("x.pgraph").path, "--format", "csv"]).out.contains("self_citations,1"))
    }

    @Test("an edge list with no edge fails as through the general path, with its line and column")
    func noEdge() throws {
        let folder = try temporaryFolder()
        let edges = folder.appendingPathComponent("bad.edges").path
        try Data("just-one-token\n".utf8).write(to: URL(fileURLWithPath: edges))
        let fast = runCLI(["convert", edges, "-o", folder.appendingPathComponent("x.pgraph").path])
        let general = runCLI(["convert", edges, "-o", folder.appendingPathComponent("x.json").path])
        #expect(fast.status == 1 && fast.err == general.err)
        #expect(fast.err.hasPrefix("\(edges):1:15: error: expected an edge list"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.pgraph").path))
    }
}
