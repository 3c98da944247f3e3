import Foundation
import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("The one output writer: exclusive temporaries, no clobbering, real reasons")
struct OutputFileTests {
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pg-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("writes atomically and leaves no temporary file behind")
    func plainWrite() throws {
        let folder = try Self.folder()
        try AtomicFile.write("one\n", toPath: "\(folder)/out.json")
        try AtomicFile.write("two\n", toPath: "\(folder)/out.json")
        #expect(Self.contents("\(folder)/out.json") == "two\n")
        #expect(Self.entries(folder) == ["out.json"])
    }

    @Test("a link planted at the old predictable temporary name is never followed")
    func plantedTemporaryLink() throws {
        let folder = try Self.folder()
        try "precious\n".write(toFile: "\(folder)/victim", atomically: false, encoding: .utf8)
        for name in [".out.pgraph.\(getpid()).tmp", "\(SecureFile.temporaryPrefix)out.pgraph.\(getpid()).aaaaaaaaaa"] {
            try FileManager.default.createSymbolicLink(atPath: "\(folder)/\(name)", withDestinationPath: "\(folder)/victim")
        }
        var file = try OutputFile(path: "\(folder)/out.pgraph")
        file.write("new\n")
        try file.commit()
        #expect(Self.contents("\(folder)/victim") == "precious\n")
        #expect(Self.contents("\(folder)/out.pgraph") == "new\n")
    }

    @Test("stale temporaries of our prefix from a dead process are removed on the next write; others stay")
    func staleTemporaries() throws {
        let folder = try Self.folder()
        // A pid above the kernel's pid_max (4194304) cannot be alive.
        let stale = "\(folder)/\(SecureFile.temporaryPrefix)graph.json.99999999.Abc123xyz0"
        let otherTarget = "\(folder)/\(SecureFile.temporaryPrefix)other.json.99999999.Abc123xyz0"
        let foreign = "\(folder)/.graph.json.nosync1234"
        for path in [stale, otherTarget, foreign] { try "partial".write(toFile: path, atomically: false, encoding: .utf8) }
        try AtomicFile.write("{}\n", toPath: "\(folder)/graph.json")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: otherTarget))
        #expect(FileManager.default.fileExists(atPath: foreign))
    }

    @Test("-o naming the user's own link writes through it and keeps the link")
    func ownLink() throws {
        let folder = try Self.folder()
        try FileManager.default.createDirectory(atPath: "\(folder)/real", withIntermediateDirectories: true)
        try "old".write(toFile: "\(folder)/real/target.json", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/link.json", withDestinationPath: "real/target.json")
        try AtomicFile.write("new", toPath: "\(folder)/link.json")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "\(folder)/link.json") == "real/target.json")
        #expect(Self.contents("\(folder)/real/target.json") == "new")
        #expect(Self.entries("\(folder)/real") == ["target.json"])
    }

    @Test("another user's link is refused (protected_symlinks rule)", .enabled(if: getuid() == 0, "needs root to chown a link"))
    func foreignLink() throws {
        let folder = try Self.folder()
        try "precious".write(toFile: "\(folder)/victim", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/out.json", withDestinationPath: "\(folder)/victim")
        #expect(lchown("\(folder)/out.json", 65534, 65534) == 0)
        let error = thrownDiagnostic { try AtomicFile.write("x", toPath: "\(folder)/out.json") }
        #expect(error?.message == "\(folder)/out.json: is a symbolic link owned by another user; refusing to follow it")
        #expect(Self.contents("\(folder)/victim") == "precious")
    }

    @Test("character devices and FIFOs are streamed to, never replaced")
    func devicesAndFIFOs() throws {
        try AtomicFile.write("discarded", toPath: "/dev/null")
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        let folder = try Self.folder()
        let fifo = "\(folder)/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Thread { _ = try? TextInput.readBytes(atPath: fifo) }
        reader.start()
        try AtomicFile.write("through the fifo", toPath: fifo)
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a full disk is reported with its real reason")
    func fullDisk() {
        let error = thrownDiagnostic { try AtomicFile.write(String(repeating: "x", count: 100), toPath: "/dev/full") }
        #expect(error?.message == "/dev/full: cannot write the file: No space left on device")
    }

    @Test("a missing folder and a folder as target say so")
    func badTargets() throws {
        let folder = try Self.folder()
        #expect(thrownDiagnostic { try AtomicFile.write("x", toPath: "\(folder)/no/such/file.json") }?.message
                == "\(folder)/no/such/file.json: folder \(folder)/no/such does not exist")
        #expect(thrownDiagnostic { try AtomicFile.write("x", toPath: folder) }?.message
                == "\(folder): is a directory; give a file name to write")
    }

    @Test("FIFOs and /dev/stdin-style paths are read by streaming")
    func readFIFO() throws {
        let folder = try Self.folder()
        let fifo = "\(folder)/in.txt"
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread { try? AtomicFile.write("1 2\n2 3\n", toPath: fifo) }
        writer.start()
        let library = try GraphLoader.importLibrary(atPath: fifo)
        #expect(library.papers.count == 3)
        #expect(thrownDiagnostic { _ = try TextInput.readBytes(atPath: "\(folder)/missing.txt") }?.message
                == "\(folder)/missing.txt: no such file")
        #expect(thrownDiagnostic { _ = try TextInput.readBytes(atPath: folder) }?.message
                == "\(folder): is a directory, expected a file")
    }
}
