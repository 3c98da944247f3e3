import Foundation
import Testing

/// Issue 16 item 3 end to end: a gzip bomb past the default 64 MiB floor and 200:1 ratio ends the
/// command with one located line and exit 1; it is never inflated whole.
@Suite("gzip bombs on the command line")
struct GzipBombCommandTests {
    @Test("70 MiB of zeros in a 71 KB member: exit 1, one line naming the file, the byte and the override")
    func bomb() {
        let path = repositoryRoot.appendingPathComponent("Tests/PaperGraphIOTests/Fixtures/hardening/zeros-70mib.txt.gz").path
        let run = runCLI(["stats", path])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix("Error: \(path): corrupt gzip data: decompressed size exceeds 200:1 of the compressed size past 64 MiB"))
        #expect(run.err.contains("PAPERGRAPH_GZIP_MAX_RATIO=0") && run.err.contains("(at byte "))
        #expect(run.err.filter { $0 == "\n" }.count == 1)
    }
}
