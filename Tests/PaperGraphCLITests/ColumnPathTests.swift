import Foundation
import Testing

/// `rank` and `order` on one `.pgraph` file read its columns instead of building the
/// whole graph; the output must be byte for byte what the general path prints for the same graph
/// read from JSON.
@Suite("Column fast path on .pgraph files")
struct ColumnPathTests {
    /// Ties in year and rank, papers without a year, a citation cycle, read marks, an isolated paper.
    static let graphJSON = """
    {"papers": [
      {"id": "z-new", "title": "New", "year": 2021, "cites": ["a", "b"]},
      {"id": "b", "title": "B", "year": 2010, "status": "read"},
      {"id": "a", "title": "A", "year": 2010},
      {"id": "loop1", "title": "Loop one", "year": 2015, "cites": ["loop2", "a"], "status": "reading"},
      {"id": "loop2", "title": "Loop two", "year": 2015, "cites": ["loop1"]},
      {"id": "undated", "title": "Undated", "cites": ["loop1"]},
      {"id": "alone", "title": "Alone", "year": 1999}
    ]}
    """

    private func pair(_ json: String, _ name: String) throws -> (json: String, pgraph: String) {
        let source = try temporaryFile("\(name).json", json)
        let binary = source.replacingOccurrences(of: ".json", with: ".pgraph")
        #expect(runCLI(["convert", source, "-o", binary]).status == 0)
        return (source, binary)
    }

    @Test("rank and order print the same bytes from .pgraph columns as from the JSON graph",
          arguments: ["table", "json", "csv"])
    func sameOutput(format: String) throws {
        let files = try pair(Self.graphJSON, "columns-\(format)")
        let commands: [[String]] = [["rank"], ["rank", "--top", "2"], ["rank", "--top", "0"], ["order"], ["order", "-n", "3"]]
        for command in commands {
            let slow = runCLI(command + [files.json, "--format", format])
            let fast = runCLI(command + [files.pgraph, "--format", format])
            #expect(slow.status == 0 && fast.status == 0)
            #expect(fast.out == slow.out, "\(command) --format \(format)")
            #expect(fast.err == slow.err, "\(command) --format \(format)")
        }
    }

    @Test("a shuffled generated graph gives the same rank and order from columns as from JSON")
    func generated() throws {
        let (json, binary) = try generatedGraphFiles(papers: 400, refs: 4, seed: 3)
        for command in [["rank", "--top", "25"], ["order", "--format", "json"]] {
            let slow = runCLI(command + [json]), fast = runCLI(command + [binary])
            #expect(fast.status == 0 && fast.out == slow.out, "\(command)")
        }
    }

    @Test("the slow path still serves what columns cannot: prerequisites, topics, personalization")
    func fallsBack() throws {
        // The shared small graph has a prerequisite, so order takes the general path. (Its stats
        // differ by design: a .pgraph file does not keep the unresolved reference to 'ghost'.)
        let files = try pair(smallGraphJSON, "columns-fallback")
        for command in [["order"], ["rank", "--personalize", "bert"], ["rank", "--authors"], ["order", "--topic", "Architectures"]] {
            let slow = runCLI(command + [files.json]), fast = runCLI(command + [files.pgraph])
            #expect(fast.status == 0 && fast.out == slow.out, "\(command)")
        }
    }

    @Test("a file with external papers takes the general path, which hides or marks them")
    func external() throws {
        let json = """
        {"version": 2, "papers": [
          {"id": "mine", "title": "Mine", "year": 2020, "cites": ["theirs", "other"]},
          {"id": "other", "title": "Other", "year": 2019},
          {"id": "theirs", "title": "Theirs", "year": 2010, "external": true}
        ]}
        """
        let files = try pair(json, "columns-external")
        for command in [["rank"], ["rank", "--include-external"], ["order"], ["order", "--include-external", "--format", "json"]] {
            let slow = runCLI(command + [files.json]), fast = runCLI(command + [files.pgraph])
            #expect(fast.status == 0 && fast.out == slow.out, "\(command)")
        }
        #expect(runCLI(["rank", files.pgraph, "--include-external"]).out.contains("[external] Theirs"))
    }

    @Test("a corrupt .pgraph file is one readable error from the column path too")
    func corrupt() throws {
        let files = try pair(Self.graphJSON, "columns-corrupt")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: files.pgraph))
        // The first section (citation offsets) starts right after the 64-byte header and the
        // section table (its entry count at byte 36).
        var graph = bytes
        graph[64 + 32 * Int(bytes[36]) + 4] ^= 0xFF
        let broken = try temporaryFile("columns-broken.pgraph", graph)
        for command in ["rank", "order"] {
            let run = runCLI([command, broken])
            #expect(run.status == 1)
            #expect(run.err.contains("corrupt .pgraph file: checksum mismatch in section 'citation offsets'"))
        }
        // Strings are read lazily and bounds-checked: garbage in the string pool (section 11, whose checksum these
        // commands do not check) is read only for the printed rows, where it would print U+FFFD, never trap.
        var strings = bytes
        func field(_ at: Int) -> Int { (0..<8).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        let pool = 64 + 32 * 10
        strings[field(pool + 8) + field(pool + 16) - 1] ^= 0xFF
        #expect(runCLI(["rank", try temporaryFile("columns-strings.pgraph", strings)]).status == 0)
    }
}

@Suite("Numeric edge-list fast path")
struct NumericEdgeListPathTests {
    @Test("rank on a plain numeric edge list prints what the general importer gives", arguments: ["table", "json", "csv"])
    func sameAsGeneralPath(format: String) throws {
        // The same edges twice: plain (the fast path) and with a third, numeric column that the
        // general importer ignores but the fast path declines. Ties: 5 and 7 are both cited once
        // by 9, so the key decides ("5" < "7"); "10" sorts before "9" as text.
        let edges = [(9, 5), (9, 7), (10, 9), (3, 10), (3, 1), (1, 0), (12, 0)]
        let plain = edges.map { "\($0.0) \($0.1)\n" }.joined()
        let weighted = edges.map { "\($0.0) \($0.1) 1\n" }.joined()
        let fastPath = try temporaryFile("numeric-\(format).txt", "# citing cited\n" + plain)
        let slowPath = try temporaryFile("weighted-\(format).txt", "# citing cited\n" + weighted)
        for command in [["rank"], ["rank", "--top", "3"], ["rank", "--top", "0", "--method", "power"]] {
            let fast = runCLI(command + [fastPath, "--format", format])
            let slow = runCLI(command + [slowPath, "--format", format])
            #expect(fast.status == 0 && slow.status == 0)
            #expect(fast.out == slow.out, "\(command)")
        }
    }

    @Test("a pipe that the fast path would decline is read once, by the general importer")
    func pipeReadOnce() throws {
        // The third line has a third column: the fast path declines the file after reading it,
        // which a pipe allows only once. Expected: what the same bytes give from a regular file.
        let text = "1 2\n2 3\n3 1 x\n4 1\n"
        let regular = try temporaryFile("declined.txt", text)
        let fifo = try temporaryFolder().appendingPathComponent("declined.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY)
            text.utf8CString.withUnsafeBufferPointer { _ = write(descriptor, $0.baseAddress, text.utf8.count) }
            close(descriptor)
        }
        writer.start()
        let piped = runCLI(["rank", fifo, "--from", "edgelist", "--format", "csv"])
        let expected = runCLI(["rank", regular, "--format", "csv"])
        #expect(expected.status == 0 && expected.out.split(separator: "\n").count == 5)
        #expect(piped.status == 0 && piped.out == expected.out)
    }
}
