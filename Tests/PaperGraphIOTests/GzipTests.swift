import Foundation
import Testing
import TestSupport
import PaperGraphIO
import PaperGraphModel

@Suite("Gzip files")
struct GzipTests {
    /// The text `edges-dynamic.txt.gz` holds (made with Python's zlib, level 9).
    static let dynamicText = (0..<300).map { "\($0)\t\($0 * 7 % 100)\n" }.joined()

    static func bytes(_ fixture: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixturePath(fixture))))
    }

    @Test("decompresses stored, fixed-Huffman and dynamic-Huffman members", arguments: [
        ("edges-stored.txt.gz", "# tiny edge list\n1 2\n2 3\n"),
        ("edges-fixed.txt.gz", "# tiny edge list\n1 2\n2 3\n"),
        ("edges-dynamic.txt.gz", dynamicText),
        ("two-members.txt.gz", "1 2\n3 4\n"),
    ])
    func decompresses(fixture: String, text: String) throws {
        let compressed = try Self.bytes(fixture)
        #expect(Gzip.isGzip(compressed))
        #expect(try Gzip.decompress(compressed, path: fixture) == Array(text.utf8))
    }

    @Test("reads gzip files transparently and infers the format from the name without .gz")
    func transparent() throws {
        #expect(try TextInput.readBytes(atPath: fixturePath("two-members.txt.gz")) == Array("1 2\n3 4\n".utf8))
        #expect(InputFormat.inferred(fromPath: "cit-HepPh.txt.gz") == .edgelist)
        let library = try GraphLoader.importLibrary(atPath: fixturePath("edges-dynamic.txt.gz"))
        #expect(library.papers.count == 300)  // sources 0...299; targets are among them
        #expect(library.papers.map(\.cites.count).reduce(0, +) == 300)
    }

    @Test("reports corrupt data with the file name and never traps")
    func corrupt() throws {
        let valid = try Self.bytes("edges-dynamic.txt.gz")
        var badCRC = valid
        badCRC[badCRC.count - 8] ^= 0xFF
        var badSize = valid
        badSize[badSize.count - 1] ^= 0x01
        var badMethod = valid
        badMethod[2] = 7
        var trailing = valid
        trailing.append(contentsOf: [0x41, 0x42])
        let padded = valid + [0, 0, 0, 0]
        #expect(try Gzip.decompress(padded, path: "p.gz") == Array(Self.dynamicText.utf8))
        let n = valid.count
        #expect(thrownDiagnostic { _ = try Gzip.decompress(badCRC, path: "x.gz") }?.description
                == "error: x.gz: corrupt gzip data: CRC-32 mismatch (the data is damaged) (at byte \(n - 8))")
        #expect(thrownDiagnostic { _ = try Gzip.decompress(badSize, path: "x.gz") }?.description
                == "error: x.gz: corrupt gzip data: length mismatch: trailer says \(Self.dynamicText.utf8.count + (1 << 24)) bytes, decoded \(Self.dynamicText.utf8.count) (at byte \(n - 4))")
        #expect(thrownDiagnostic { _ = try Gzip.decompress(badMethod, path: "x.gz") }?.description
                == "error: x.gz: corrupt gzip data: unsupported compression method 7 (at byte 2)")
        #expect(thrownDiagnostic { _ = try Gzip.decompress(trailing, path: "x.gz") }?.description
                == "error: x.gz: corrupt gzip data: expected the gzip magic number 1f 8b, found other bytes (at byte \(n))")
        #expect(thrownDiagnostic { _ = try Gzip.decompress(Array(valid[..<10]), path: "x.gz") }?.description
                == "error: x.gz: corrupt gzip data: unexpected end of data (at byte 10)")
    }

    @Test("never traps on any truncation of a gzip file")
    func everyTruncation() throws {
        let valid = try Self.bytes("edges-dynamic.txt.gz")
        for length in 2..<valid.count {
            let error = thrownDiagnostic { _ = try Gzip.decompress(Array(valid[..<length]), path: "t.gz") }
            #expect(error?.message.hasPrefix("t.gz: corrupt gzip data: ") == true, "truncated to \(length) bytes")
        }
    }

    @Test("decompresses SNAP cit-HepPh to its 421,578 edge lines",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data (not on a user's machine)"))
    func hepPh() throws {
        let bytes = try TextInput.readBytes(atPath: SharedData.path("snap-cit-hepph/cit-HepPh.txt.gz"))
        let lines = bytes.split(separator: 0x0A)
        #expect(lines.count == 4 + 421_578)
        #expect(lines.filter { $0.first == UInt8(ascii: "#") }.count == 4)
        #expect(String(decoding: lines[4], as: UTF8.self) == "1001\t9212308")
    }
}
