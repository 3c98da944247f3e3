import Foundation
import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("papergraph generate")
struct GenerateCommandTests {
    @Test("writes native JSON that reads back, the same bytes for the same seed")
    func json() throws {
        let folder = try temporaryFolder()
        let a = folder.appendingPathComponent("a.json").path, b = folder.appendingPathComponent("b.json").path
        #expect(runCLI(["generate", "--papers", "300", "--refs", "5", "--seed", "4", "-o", a]).status == 0)
        #expect(runCLI(["generate", "-n", "300", "-k", "5", "--seed", "4", "-o", b]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        let (graph, diagnostics) = try GraphLoader.load(paths: [a])
        #expect(diagnostics.isEmpty)
        #expect(graph.papers.count == 300 && graph.citations.edgeCount > 1_000)
        #expect(graph.papers[0].title == "Synthetic paper 0" && graph.papers[0].year == 1990)
        #expect(graph.topics.count == 20)
    }

    @Test("writes an edge list with a header to standard output")
    func edgeList() {
        let run = runCLI(["generate", "--papers", "6", "--refs", "2", "--format", "edgelist"])
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n")
        #expect(lines.first == "# papergraph generate --papers 6 --refs 2 --seed 1 --topics 20 --locality 0.8")
        #expect(lines.dropFirst(2).allSatisfy { line in
            let ids = line.split(separator: " ").compactMap { Int($0) }
            return ids.count == 2 && ids[1] < ids[0]
        })
        #expect(run.err == "generated 6 papers, \(lines.count - 2) citations, \(run.err.split(separator: " ")[5]) authors, 20 topics\n")
    }

    @Test("writes .pgraph that every command reads")
    func binary() throws {
        let path = try temporaryFolder().appendingPathComponent("g.pgraph").path
        #expect(runCLI(["generate", "--papers", "1000", "--shuffle", "-o", path]).status == 0)
        let stats = runCLI(["stats", path, "--format", "json"])
        #expect(stats.status == 0)
        #expect(stats.out.contains("\"papers\": 1000"))
    }

    @Test("refuses JSON for large graphs, binary to standard output, and a missing --papers",
          arguments: [["generate", "--papers", "200001", "-o", "big.json"], ["generate", "--papers", "10", "-f", "pgraph"],
                      ["generate", "--refs", "3"], ["generate", "--papers", "10", "-o", "g.dat"]])
    func usageErrors(arguments: [String]) {
        let run = runCLI(arguments)
        #expect(run.status == 64)
        #expect(run.err.hasPrefix("Error: "))
    }
}

@Suite("papergraph convert")
struct ConvertCommandTests {
    @Test("json → pgraph → json gives identical JSON")
    func roundTrip() throws {
        let folder = try temporaryFolder()
        let json = folder.appendingPathComponent("g.json").path
        let binary = folder.appendingPathComponent("g.pgraph").path
        let back = folder.appendingPathComponent("back.json").path
        #expect(runCLI(["convert", sampleGraph("ml-foundations.json"), "-o", json]).status == 0)
        #expect(runCLI(["convert", json, "-o", binary]).status == 0)
        #expect(runCLI(["convert", binary, "-o", back]).status == 0)
        #expect(try String(contentsOfFile: back, encoding: .utf8) == String(contentsOfFile: json, encoding: .utf8))
    }

    @Test("a damaged .pgraph is one clear error, exit 1")
    func damaged() throws {
        let folder = try temporaryFolder()
        let binary = folder.appendingPathComponent("g.pgraph").path
        #expect(runCLI(["convert", sampleGraph("ml-foundations.json"), "-o", binary]).status == 0)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: binary)))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: binary))
        // `convert` reads every section (`stats` reads only the stored statistics, checked on their own).
        let run = runCLI(["convert", binary, "-o", folder.appendingPathComponent("damaged.json").path])
        #expect(run.status == 1)
        #expect(run.err.hasPrefix("Error: \(binary): corrupt .pgraph file: checksum mismatch in section '"))
        let truncated = folder.appendingPathComponent("t.pgraph").path
        try Data(bytes.prefix(10)).write(to: URL(fileURLWithPath: truncated))
        #expect(runCLI(["convert", truncated, "-o", folder.appendingPathComponent("x.json").path]).err
                == "Error: \(truncated): truncated .pgraph file: 10 bytes, shorter than the 64-byte header\n")
    }

    @Test("needs -o and a known output format")
    func usage() {
        #expect(runCLI(["convert", sampleGraph("ml-foundations.json")]).status == 64)
        #expect(runCLI(["convert", sampleGraph("ml-foundations.json"), "-o", "x.txt"]).status == 64)
        #expect(runCLI(["convert", "--help"]).out.contains("OVERVIEW"))
    }
}
