import Foundation
import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("gzip bombs are refused by ratio")
struct GzipBombTests {
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixturePath(name))))
    }

    @Test("4 MiB of zeros (about 1000:1) is refused past a 1 MiB floor, with the override named")
    func zeros() throws {
        let compressed = try Self.bytes("hardening/zeros-4mib.gz")
        let error = thrownDiagnostic { _ = try Gzip.decompress(compressed, path: "z.gz", maxRatio: 200, floor: 1 << 20) }
        let message = try #require(error?.description)
        #expect(message.hasPrefix("error: z.gz: corrupt gzip data: decompressed size exceeds 200:1"))
        #expect(message.contains("PAPERGRAPH_GZIP_MAX_RATIO=0"))
        #expect(try Gzip.decompress(compressed, path: "z.gz", maxRatio: 0, floor: 1 << 20) == [UInt8](repeating: 0, count: 4 << 20))
        #expect(try Gzip.decompress(compressed, path: "z.gz", maxRatio: 2000, floor: 1 << 20).count == 4 << 20)
    }

    @Test("the ratio spans members: 8 members of 1 MiB zeros are refused once past the floor")
    func members() throws {
        let compressed = try Self.bytes("hardening/zeros-8-members.gz")
        #expect(thrownDiagnostic { _ = try Gzip.decompress(compressed, path: "m.gz", maxRatio: 200, floor: 2 << 20) } != nil)
        #expect(try Gzip.decompress(compressed, path: "m.gz", maxRatio: 0).count == 8 << 20)
    }

    @Test("real text (an edge list, about 3:1) passes with the default ratio and any floor")
    func realText() throws {
        let compressed = try Self.bytes("edges-dynamic.txt.gz")
        let plain = try Gzip.decompress(compressed, path: "e.gz", maxRatio: 0)
        #expect(try Gzip.decompress(compressed, path: "e.gz", maxRatio: Gzip.defaultRatio, floor: 0) == plain)
    }
}
