import Foundation
import Testing
import PaperGraphModel
@testable import PaperGraphIO

@Suite("CSV export folder")
struct CSVFolderWriterTests {
    static func scratch() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pg-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func names(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    static func view() throws -> ExportView {
        try ExportView(graph: ExportTestSupport.smallGraph(), selection: ExportSelection(includeTopics: true, includeAuthors: true))
    }

    @Test("one file per table, equal to the writer's text, with a manifest listing sizes and records")
    func plain() throws {
        let parent = try Self.scratch(), out = parent + "/export"
        let view = try Self.view()
        let report = try CSVFolderWriter.write(view, toFolder: out)
        let (nodes, edges) = CSVWriter.write(view)
        #expect(try Self.names(out) == ["edges.csv", "nodes.csv", OutputFolder.manifestName])
        #expect(try String(contentsOfFile: out + "/nodes.csv", encoding: .utf8) == nodes)
        #expect(try String(contentsOfFile: out + "/edges.csv", encoding: .utf8) == edges)
        #expect(report.publication == .renamed)
        #expect(report.nodes.rows == CSVWriterTests.parse(nodes).count - 1)
        let manifest = try JSONParser.parse(Self.bytes(out + "/" + OutputFolder.manifestName), path: "manifest")
        let files = try #require(manifest["files"]?.arrayValue)
        #expect(files.map { $0["name"]?.stringValue } == ["nodes.csv", "edges.csv"])
        #expect(files[0]["bytes"]?.intValue == nodes.utf8.count)
        #expect(files[1]["records"]?.intValue == CSVWriterTests.parse(edges).count)
        #expect(try Self.names(parent) == ["export"])  // no staging folder left
    }

    @Test("shards: header file plus headerless parts that concatenate to the single file", arguments: [1, 2, 3, 1_000])
    func shards(rows: Int) throws {
        let parent = try Self.scratch(), out = parent + "/export"
        let view = try Self.view()
        let report = try CSVFolderWriter.write(view, toFolder: out, options: .init(shardRows: rows, gzip: true))
        let (nodes, edges) = CSVWriter.write(view)
        for (table, text) in [(report.nodes, nodes), (report.edges, edges)] {
            let dataRows = CSVWriterTests.parse(text).count - 1
            #expect(table.rows == dataRows)
            #expect(table.parts.count == (dataRows + rows - 1) / rows)
            var joined = try Self.bytes(out + "/" + table.header)
            for part in table.parts {
                #expect(part.hasSuffix(".csv.gz"))
                let piece = try Gzip.decompress(Self.bytes(out + "/" + part), path: part)
                #expect(CSVWriterTests.parse(String(decoding: piece, as: UTF8.self)).count <= rows)
                joined += piece
            }
            #expect(String(decoding: joined, as: UTF8.self) == text)
        }
        #expect(report.nodes.parts.first.map { $0.hasPrefix("nodes-00000") } == true)
    }

    @Test("a second export replaces the first whole: no stale shard stays", arguments: [true, false])
    func replaces(exchange: Bool) throws {
        let parent = try Self.scratch(), out = parent + "/export"
        let view = try Self.view()
        _ = try CSVFolderWriter.write(view, toFolder: out, options: .init(shardRows: 1))
        #expect(try Self.names(out).filter { $0.hasPrefix("edges-0") }.count > 2)
        if exchange {
            let report = try CSVFolderWriter.write(view, toFolder: out, options: .init(shardRows: 1_000))
            #expect(report.publication == .exchanged)
        } else {
            var folder = try OutputFolder(path: out, exchange: false)
            var file = try folder.create("nodes-00000.csv")
            file.append("only\n")
            try folder.finish(&file, records: 1)
            #expect(try folder.publish(kind: "csv-export", extra: []) == .fileByFile)
        }
        let expected = exchange ? ["edges-00000.csv", "edges-header.csv", "nodes-00000.csv", "nodes-header.csv"]
            : ["nodes-00000.csv"]
        #expect(try Self.names(out) == (expected + [OutputFolder.manifestName]).sorted())
        #expect(try Self.names(parent) == ["export"])
    }

    @Test("refuses a folder it did not write, a folder with unlisted files, a link and a file; changes nothing")
    func refuses() throws {
        let parent = try Self.scratch()
        let view = try Self.view()
        try FileManager.default.createDirectory(atPath: parent + "/mine", withIntermediateDirectories: false)
        try Data("x".utf8).write(to: URL(fileURLWithPath: parent + "/mine/thesis.tex"))
        _ = try CSVFolderWriter.write(view, toFolder: parent + "/owned")
        try Data("y".utf8).write(to: URL(fileURLWithPath: parent + "/owned/notes.txt"))
        try FileManager.default.createSymbolicLink(atPath: parent + "/link", withDestinationPath: parent + "/owned")
        try Data("z".utf8).write(to: URL(fileURLWithPath: parent + "/file"))
        let cases = [("mine", "not a folder papergraph wrote"), ("owned", "holds files papergraph did not write (notes.txt)"),
                     ("link", "is a symbolic link"), ("file", "exists and is not a folder")]
        for (name, message) in cases {
            #expect(throws: Diagnostic.self) { _ = try CSVFolderWriter.write(view, toFolder: parent + "/" + name) }
            do {
                _ = try CSVFolderWriter.write(view, toFolder: parent + "/" + name)
            } catch {
                #expect(error.message.contains(message))
            }
        }
        #expect(try Self.names(parent + "/mine") == ["thesis.tex"])
        #expect(try Self.names(parent + "/owned") == ["edges.csv", "nodes.csv", "notes.txt", OutputFolder.manifestName])
        #expect(try Self.names(parent) == ["file", "link", "mine", "owned"])
    }

    @Test("an empty folder is taken; a manifest naming a path outside the folder is not ours")
    func emptyAndForged() throws {
        let parent = try Self.scratch()
        try FileManager.default.createDirectory(atPath: parent + "/empty", withIntermediateDirectories: false)
        #expect(try CSVFolderWriter.write(Self.view(), toFolder: parent + "/empty/").publication == .exchanged)
        try FileManager.default.createDirectory(atPath: parent + "/forged", withIntermediateDirectories: false)
        try Data(#"{"papergraph_manifest": 1, "files": [{"name": "../victim"}]}"#.utf8)
            .write(to: URL(fileURLWithPath: parent + "/forged/" + OutputFolder.manifestName))
        #expect(throws: Diagnostic.self) { _ = try CSVFolderWriter.write(Self.view(), toFolder: parent + "/forged") }
    }
}
