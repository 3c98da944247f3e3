import Foundation
import Testing
@testable import PaperGraphIO

/// Issue 16 item 13 for folders: what a `kill -9` of `export --format csv -o DIR` leaves (a staging
/// folder and a temporary file of our prefix) is removed by the next write to `DIR`; links with our
/// prefix, live runs' entries and other targets' entries are left alone.
@Suite("stale temporaries and staging folders")
struct StaleTemporariesTests {
    /// A PID above the kernel's `pid_max` (at most 4194304) cannot be alive.
    static let deadPID = 99_999_999

    static func write(_ text: String, _ path: String) throws { try text.write(toFile: path, atomically: false, encoding: .utf8) }

    @Test("a killed run's staging folder and temporary file go; a planted link of our prefix is not followed")
    func killedRunLeftovers() throws {
        let parent = try CSVFolderWriterTests.scratch(), out = parent + "/export"
        let fm = FileManager.default
        let stem = SecureFile.temporaryPrefix + "export."
        // What a killed run leaves: a staging folder with a half-written table, and a temporary file.
        let staging = "\(parent)/\(stem)\(Self.deadPID).Ab12Cd"
        try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
        try Self.write("id,label\n1,half", staging + "/nodes.csv")
        // A link inside the staging folder: removing the folder removes the link, not its target.
        try fm.createDirectory(atPath: parent + "/victim", withIntermediateDirectories: false)
        try Self.write("precious\n", parent + "/victim/keep.txt")
        try fm.createSymbolicLink(atPath: staging + "/edges.csv", withDestinationPath: parent + "/victim/keep.txt")
        let temporary = "\(parent)/\(stem)\(Self.deadPID).Zz9Yy8Xx7W"
        try Self.write("partial", temporary)
        // Links named like a stale staging folder and temporary file, pointing elsewhere.
        let folderLink = "\(parent)/\(stem)\(Self.deadPID).Link01"
        let fileLink = "\(parent)/\(stem)\(Self.deadPID).Link02Link"
        try fm.createSymbolicLink(atPath: folderLink, withDestinationPath: parent + "/victim")
        try fm.createSymbolicLink(atPath: fileLink, withDestinationPath: parent + "/victim/keep.txt")
        // Another target's leftover and a live process's staging folder stay.
        let otherTarget = "\(parent)/\(SecureFile.temporaryPrefix)other.\(Self.deadPID).Ab12Cd"
        try fm.createDirectory(atPath: otherTarget, withIntermediateDirectories: false)
        let live = "\(parent)/\(stem)\(getppid()).Ab12Cd"
        try fm.createDirectory(atPath: live, withIntermediateDirectories: false)

        _ = try CSVFolderWriter.write(try CSVFolderWriterTests.view(), toFolder: out)

        #expect(!fm.fileExists(atPath: staging))
        #expect(!fm.fileExists(atPath: temporary))
        #expect(try fm.destinationOfSymbolicLink(atPath: folderLink) == parent + "/victim")
        #expect(try fm.destinationOfSymbolicLink(atPath: fileLink) == parent + "/victim/keep.txt")
        #expect(try CSVFolderWriterTests.names(parent + "/victim") == ["keep.txt"])
        #expect(try String(contentsOfFile: parent + "/victim/keep.txt", encoding: .utf8) == "precious\n")
        #expect(fm.fileExists(atPath: otherTarget))
        #expect(fm.fileExists(atPath: live))
        #expect(try CSVFolderWriterTests.names(out) == ["edges.csv", "nodes.csv", OutputFolder.manifestName])
        let left = try CSVFolderWriterTests.names(parent).filter { $0.hasPrefix(stem) }
        #expect(left == [folderLink, fileLink, live].map { URL(fileURLWithPath: $0).lastPathComponent }.sorted())
    }

    @Test("an entry older than the process now holding its PID is stale (the PID was reused)")
    func reusedPID() throws {
        let parent = try CSVFolderWriterTests.scratch()
        let started = try #require(SecureFile.processStartTime(getppid()))
        let entry = "\(parent)/\(SecureFile.temporaryPrefix)graph.json.\(getppid()).Qw3Er4Ty5U"
        let current = "\(parent)/\(SecureFile.temporaryPrefix)graph.json.\(getppid()).Current001"
        try Self.write("partial", entry)
        try Self.write("partial", current)
        let before = Date(timeIntervalSince1970: TimeInterval(started - 60))
        try FileManager.default.setAttributes([.modificationDate: before], ofItemAtPath: entry)
        try AtomicFile.write("{}\n", toPath: parent + "/graph.json")
        #expect(!FileManager.default.fileExists(atPath: entry))
        #expect(FileManager.default.fileExists(atPath: current))
    }

    @Test("the start time of this process is known and in the past")
    func startTime() throws {
        let started = try #require(SecureFile.processStartTime(getpid()))
        #expect(started <= Int(Date().timeIntervalSince1970) + 1)
        #expect(started > Int(Date().timeIntervalSince1970) - 86_400)
    }
}
