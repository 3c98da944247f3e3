import Foundation
import Testing

/// Issue 16 item 17 and the exit code of an over-large native JSON: `convert` and `import` follow
/// one rule (at most 200,000 papers), and refusing an input is a failure (exit 1, one line), not a
/// usage error (64 stays for `generate --papers N`, where the command line asks for the size).
@Suite("native JSON size cap")
struct JSONSizeRuleTests {
    @Test("convert and import refuse the same 200,001-paper input with exit 1 and one line; .pgraph is written")
    func oneRule() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("big.pgraph").path
        let generated = runCLI(["generate", "--papers", "200001", "--refs", "1", "-o", input])
        try #require(generated.status == 0)
        let expected = "Error: native JSON is for graphs of at most 200000 papers (this one has 200001); "
            + "write a .pgraph file (binary, loads in a fraction of a second) or a .txt edge list instead\n"
        for arguments in [["convert", input, "-o", folder.appendingPathComponent("c.json").path],
                          ["import", input, "-o", folder.appendingPathComponent("i.json").path],
                          ["import", input]] {
            let run = runCLI(arguments)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.err == expected, "\(arguments)")
            #expect(run.out.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("c.json").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("i.json").path))
        let binary = runCLI(["convert", input, "-o", folder.appendingPathComponent("copy.pgraph").path])
        #expect(binary.status == 0)
    }

    @Test("generate --papers past the cap as JSON is a usage error (exit 64)")
    func generateIsUsage() {
        let run = runCLI(["generate", "--papers", "200001", "-o", "big.json"])
        #expect(run.status == 64)
        #expect(run.err.hasPrefix("Error: native JSON is for graphs of at most 200000 papers"))
    }
}
