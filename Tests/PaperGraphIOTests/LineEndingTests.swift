import Foundation
import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("Every text reader takes LF, CRLF and CR alike")
struct LineEndingTests {
    static let fixtures = ["reading-list.md", "reading-table.md", "roadmap.md", "grammar.bib", "broken.bib", "papers.csv",
                           "papers.tsv", "tiny-snap.txt", "tiny-linqs.cites", "tiny-pubmed.tab", "minimal.json",
                           "nodelink.json", "library.csl.json", "openalex-works.jsonl", "s2-bulk.jsonl", "s2-api.json",
                           "hardening/crlf-list.md"]

    /// `text` (with LF endings) rewritten with `ending`.
    static func withEnding(_ text: String, _ ending: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: ending)
    }

    /// What a reader produced, as text to compare.
    /// (Identifier dictionaries are left out: their order differs between equal instances.)
    static func summary(_ library: ImportedLibrary) -> String {
        let papers = library.papers.map { paper in
            let cites = paper.cites.map { "\($0.key)@\($0.location.map { "\($0.line):\($0.column)" } ?? "-")" }
            return [paper.key, paper.title, "\(paper.year ?? 0)", paper.authors.joined(separator: ";"),
                    paper.topics.joined(separator: ";"), "\(paper.identifiers.doi ?? "")", cites.joined(separator: ","),
                    "\(paper.prerequisites.map(\.key))", "\(paper.location.map { "\($0.line):\($0.column)" } ?? "-")"]
                .joined(separator: "|")
        }
        return (papers + library.diagnostics.map { "\($0)" }).joined(separator: "\n")
    }

    static func read(_ text: String, name: String, in folder: URL) throws -> ImportedLibrary {
        let path = folder.appendingPathComponent((name as NSString).lastPathComponent).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try GraphLoader.importLibrary(atPath: path)
    }

    @Test("the same records and diagnostics (same lines) with each ending", arguments: fixtures)
    func sameResult(_ name: String) throws {
        let text = try String(contentsOfFile: fixturePath(name), encoding: .utf8)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pg-eol-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lf = try Self.read(Self.withEnding(text, "\n"), name: name, in: folder)
        #expect(!lf.papers.isEmpty, "\(name) reads no papers")
        for ending in ["\r\n", "\r"] {
            let other = try Self.read(Self.withEnding(text, ending), name: name, in: folder)
            #expect(Self.summary(other) == Self.summary(lf), "\(name) with \(ending.debugDescription)")
        }
    }

    @Test("a CRLF Markdown list gives its papers through the Markdown reader itself")
    func markdownDirect() throws {
        let bytes = Array("# Papers\r\n\r\n- Attention Is All You Need (2017)\r\n- Deep Residual Learning (2016)\r\n".utf8)
        let library = try MarkdownReadingListImporter.read(bytes: bytes, path: "l.md")
        #expect(library.papers.count == 2)
    }

    @Test("normalisation maps CRLF and lone CR to LF and leaves LF-only input untouched")
    func normalise() {
        #expect(LineEndings.normalized(Array("a\r\nb\rc\n\r\r\nd".utf8)) == Array("a\nb\nc\n\n\nd".utf8))
        #expect(LineEndings.normalized(Array("a\nb".utf8)) == Array("a\nb".utf8))
    }
}
