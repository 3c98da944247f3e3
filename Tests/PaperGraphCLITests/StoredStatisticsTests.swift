import Foundation
import Testing

/// `stats FILE.pgraph` reads the statistics stored at write time and prints what `stats` on the
/// source prints, self-citations and unresolved references included.
@Suite("stats from the statistics stored in .pgraph")
struct StoredStatisticsTests {
    static let samples = ["ml-foundations.json", "ml-landmarks.json"]

    @Test("the same numbers as stats on the source, in every format", arguments: samples)
    func sameAsSource(sample: String) throws {
        let path = sampleGraph(sample)
        let pgraph = try temporaryFile(sample + ".pgraph", "")
        #expect(runCLI(["convert", path, "-o", pgraph]).status == 0)
        for format in ["table", "json", "csv"] {
            let fromSource = runCLI(["stats", path, "--format", format])
            let stored = runCLI(["stats", pgraph, "--format", format])
            #expect(stored.status == 0)
            #expect(stored.out == fromSource.out, "\(sample) \(format)")
        }
    }

    @Test("a self-citation and an unresolved reference are counted from the stored statistics")
    func dropsAreKept() throws {
        let json = """
        {"format": "papergraph", "version": 1, "papers": [
          {"id": "a", "title": "A", "cites": ["a", "b", "nowhere"]},
          {"id": "b", "title": "B"}]}
        """
        let source = try temporaryFile("stored-drops.json", json)
        let pgraph = try temporaryFile("stored-drops.pgraph", "")
        #expect(runCLI(["convert", source, "-o", pgraph]).status == 0)
        let stored = try JSONSerialization.jsonObject(with: Data(runCLI(["stats", pgraph, "--format", "json"]).out.utf8)) as? [String: Any]
        #expect(stored?["self_citations"] as? Int == 1)
        #expect(stored?["unresolved"] as? Int == 1)
        #expect(stored?["citations"] as? Int == 1)
    }

    @Test("damaged stored statistics are one readable error")
    func damaged() throws {
        let pgraph = try temporaryFile("stored-damaged.pgraph", "")
        #expect(runCLI(["convert", sampleGraph("ml-foundations.json"), "-o", pgraph]).status == 0)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: pgraph))
        // Section 27's entry: its offset is the u64 at byte 8 of the entry.
        let entry = 64 + 32 * 26
        let offset = (0..<8).reduce(0) { $0 | Int(bytes[entry + 8 + $1]) << (8 * $1) }
        bytes[offset] ^= 0x01
        let damaged = try temporaryFile("stored-damaged2.pgraph", bytes)
        let run = runCLI(["stats", damaged])
        #expect(run.status == 1)
        #expect(run.err.contains("checksum mismatch in section 'statistics'"))
    }
}
