import Foundation
import Testing

/// The whole-document limit and the streamed readers, end to end through the built binary (the
/// limit is read from the environment, which in-process tests must not change).
@Suite("Input size limits end to end")
struct InputSizeLimitTests {
    @Test("a whole-document input past PAPERGRAPH_MAX_DOCUMENT_SIZE exits 1 naming the variable; a streamed CSV is not capped")
    func documentLimit() throws {
        let json = repositoryRoot.appendingPathComponent("Graphs/ml-foundations.json").path
        let refused = try StandardStreamFailureTests.shell("PAPERGRAPH_MAX_DOCUMENT_SIZE=1K \"$PG\" stats '\(json)'")
        #expect(refused.status == 1)
        #expect(refused.err.contains("\(json): larger than 1 KiB (after decompression), the most read whole into memory"))
        #expect(refused.err.contains("PAPERGRAPH_MAX_DOCUMENT_SIZE"))
        let lifted = try StandardStreamFailureTests.shell("PAPERGRAPH_MAX_DOCUMENT_SIZE=0 \"$PG\" stats '\(json)'")
        #expect(lifted.status == 0)
        let rows = (0..<200).map { "p\($0),\"Title \($0),\nsecond line\"\n" }.joined()
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("pg-limit-\(UUID().uuidString).csv").path
        try Data(("id,title\n" + rows).utf8).write(to: URL(fileURLWithPath: csv))
        defer { try? FileManager.default.removeItem(atPath: csv) }
        let streamed = try StandardStreamFailureTests.shell("PAPERGRAPH_MAX_DOCUMENT_SIZE=1K \"$PG\" stats '\(csv)'")
        #expect(streamed.status == 0, "the 5 KB table streams past a 1 KiB limit: \(streamed.err)")
        // One record of 3 MiB, beyond a 1 MiB limit (records shorter than a 1 MiB read are never held longer).
        let long = FileManager.default.temporaryDirectory.appendingPathComponent("pg-limit-\(UUID().uuidString).csv").path
        try Data(("id,title\na,\"" + String(repeating: "word\n", count: 3 << 18) + "\"\n").utf8).write(to: URL(fileURLWithPath: long))
        defer { try? FileManager.default.removeItem(atPath: long) }
        let record = try StandardStreamFailureTests.shell("PAPERGRAPH_MAX_DOCUMENT_SIZE=1M \"$PG\" stats '\(long)'")
        #expect(record.status == 1)
        #expect(record.err.contains("\(long): a line or record longer than 1 MiB, the most held in memory at once"))
    }

    @Test("a limit variable that cannot be read is one error line and exit 1, not a silent default")
    func badLimitSettings() throws {
        let json = repositoryRoot.appendingPathComponent("Graphs/ml-foundations.json").path
        for (setting, message) in [("PAPERGRAPH_MAX_DOCUMENT_SIZE=abc", "PAPERGRAPH_MAX_DOCUMENT_SIZE='abc' is not a size"),
                                   ("PAPERGRAPH_MAX_DOCUMENT_SIZE=-1", "PAPERGRAPH_MAX_DOCUMENT_SIZE='-1' is not a size"),
                                   ("PAPERGRAPH_GZIP_MAX_RATIO=2x", "PAPERGRAPH_GZIP_MAX_RATIO='2x' is not a whole number")] {
            let run = try StandardStreamFailureTests.shell("\(setting) \"$PG\" stats '\(json)'")
            #expect(run.status == 1, "\(setting)")
            #expect(run.err.contains(message), "\(setting): \(run.err)")
            #expect(run.err.split(separator: "\n").count == 1, "one line: \(run.err)")
        }
        let fine = try StandardStreamFailureTests.shell("PAPERGRAPH_MAX_DOCUMENT_SIZE=8G PAPERGRAPH_GZIP_MAX_RATIO=0 \"$PG\" stats '\(json)'")
        #expect(fine.status == 0, "\(fine.err)")
    }
}
