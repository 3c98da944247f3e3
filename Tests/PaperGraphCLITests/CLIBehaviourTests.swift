import Foundation
import Testing
import PaperGraphCLI
import PaperGraphIO

@Suite("Command line behaviour")
struct CLIBehaviourTests {
    @Test("--help lists the subcommands and exits 0")
    func topLevelHelp() {
        let run = runCLI(["--help"])
        #expect(run.status == 0)
        #expect(run.out.contains("USAGE: papergraph <subcommand> [options]"))
        #expect(run.out.contains("SUBCOMMANDS:"))
        #expect(run.out.contains("  validate"))
        #expect(run.err.isEmpty)
    }

    @Test("every subcommand has --help and 'help <subcommand>' with the standard sections")
    func subcommandHelp() {
        for name in PaperGraphCLI.subcommandNames {
            for arguments in [[name, "--help"], ["help", name], [name, "-h"]] {
                let run = runCLI(arguments)
                #expect(run.status == 0, "\(arguments)")
                #expect(run.out.hasPrefix("OVERVIEW: "), "\(arguments)")
                #expect(run.out.contains("USAGE: papergraph \(name)"), "\(arguments)")
                #expect(run.out.contains("OPTIONS:"), "\(arguments)")
            }
        }
    }

    @Test("--version prints the version")
    func version() {
        let run = runCLI(["--version"])
        #expect(run.status == 0)
        #expect(run.out == "papergraph \(PaperGraphCLI.version)\n")
    }

    @Test("usage errors exit 64 with Error: and Usage: lines", arguments: [
        (["frobnicate"], "Error: unknown subcommand 'frobnicate'"),
        ([], nil),
        (["validate"], "Error: missing argument GRAPH"),
        (["validate", "g.json", "--colour"], "Error: unknown option '--colour'"),
        (["help", "nope"], "Error: unknown subcommand 'nope'"),
    ] as [([String], String?)])
    func usageErrors(arguments: [String], message: String?) {
        let run = runCLI(arguments)
        #expect(run.status == 64)
        #expect(run.out.isEmpty)
        if let message {
            #expect(run.err.hasPrefix(message + "\n"))
            #expect(run.err.contains("Usage: papergraph"))
        }
    }

    @Test("bad input gives one clear line and exit 1", arguments: [
        ("malformed.json", "{\"papers\": [\n  {\"id\": \"a\" \"title\": \"A\"}\n]}", ":2:14: error: expected ',' or '}' after a member, found '\"'"),
        ("empty.json", "", ":1:1: error: expected a JSON value, found an empty file"),
        ("types.json", "{\"papers\": [{\"id\": 7, \"title\": \"A\"}]}", ":1:20: error: papers[0].id: expected a non-empty string, found a number"),
        ("list.json", "[]", ":1:1: error: no known JSON layout matches; tried \(JSONFormatDetection.triedLayouts); found an empty array; name the format with --from (json, node-link, s2, openalex, csl-json, edgelist, csv, markdown, bibtex, pgraph)"),
    ])
    func badInput(name: String, contents: String, message: String) throws {
        let path = try temporaryFile(name, contents)
        for command in ["validate", "stats"] {
            let run = runCLI([command, path])
            #expect(run.status == 1)
            let lines = (command == "validate" ? run.out : run.err).split(separator: "\n")
            #expect(lines.first.map { String($0) } == path + message)
            #expect(!run.err.contains("Fatal"))
        }
    }

    @Test("a missing file, a folder and invalid UTF-8 give one clear line and exit 1")
    func unreadableInput() throws {
        let folder = try temporaryFolder().path
        let invalid = try temporaryFile("latin1.json", Data([0x7B, 0x22, 0xE9, 0x22, 0x7D]))
        let cases = [
            ("/no/such/graph.json", "Error: /no/such/graph.json: no such file"),
            (folder, "Error: \(folder): is a directory, expected a file"),
            (invalid, "\(invalid):1:3: error: invalid UTF-8 (byte 0xE9); expected a UTF-8 text file"),
        ]
        for (path, expected) in cases {
            let run = runCLI(["stats", path])
            #expect(run.status == 1)
            #expect(run.err == expected + "\n")
        }
    }
}
