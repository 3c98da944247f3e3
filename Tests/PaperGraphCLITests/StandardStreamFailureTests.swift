import Foundation
import Testing

/// The built `papergraph` binary run by `/bin/sh` with its standard streams closed, full or broken.
@Suite("Standard stream failures end the binary with exit 1, never a trap")
struct StandardStreamFailureTests {
    /// `.build/<config>/papergraph`, beside the test bundle.
    static let binary: String? = {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("papergraph").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        let built = repositoryRoot.appendingPathComponent(".build/debug/papergraph").path
        return FileManager.default.isExecutableFile(atPath: built) ? built : nil
    }()

    /// Runs `script` with `$PG` set to the binary; returns the shell's status and its standard error.
    static func shell(_ script: String) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var environment = ProcessInfo.processInfo.environment
        environment["PG"] = try #require(binary, "the papergraph binary is not built next to the tests")
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, err)
    }

    static let commands = ["--version", "help", "help stats", "stats --help", "generate --papers 3000 --refs 3"]

    @Test("stdout closed: exit 1 with 'Bad file descriptor'", arguments: commands)
    func closedOutput(_ command: String) throws {
        let run = try Self.shell("\"$PG\" \(command) >&-")
        #expect(run.status == 1, "\(run.err)")
        #expect(run.err.contains("cannot write to standard output: Bad file descriptor"))
        #expect(!run.err.contains("Fatal error"))
    }

    @Test("stdout on /dev/full: exit 1 with 'No space left on device'", arguments: commands)
    func fullDevice(_ command: String) throws {
        let run = try Self.shell("\"$PG\" \(command) >/dev/full")
        #expect(run.status == 1, "\(run.err)")
        #expect(run.err.contains("cannot write to standard output: No space left on device"))
    }

    @Test("a pipe closed early with SIGPIPE ignored: quiet exit 1")
    func brokenPipe() throws {
        let run = try Self.shell("trap '' PIPE; ( \"$PG\" generate --papers 3000 --refs 3; echo \"status $?\" >&2 ) "
                                 + "| head -c 100 >/dev/null")
        #expect(run.err.hasSuffix("status 1\n"), "\(run.err)")
        #expect(!run.err.contains("Broken pipe"))
        #expect(!run.err.contains("Fatal error"))
    }

    @Test("stderr closed on a command that prints a note: the data is still written, exit 0")
    func closedError() throws {
        let folder = try temporaryFolder()
        let run = try Self.shell("\"$PG\" generate --papers 50 --refs 2 2>&- > '\(folder.path)/g.json' && \"$PG\" stats '\(folder.path)/g.json' 2>&-")
        #expect(run.status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("g.json"), encoding: .utf8)
        #expect(text.contains("\"papers\""))
    }

    @Test("an error with stderr closed still exits 1")
    func errorWithClosedError() throws {
        let run = try Self.shell("\"$PG\" stats /nonexistent/file.json 2>&-")
        #expect(run.status == 1)
    }
}
