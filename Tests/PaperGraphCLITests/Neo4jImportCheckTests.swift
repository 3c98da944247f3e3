import Foundation
import Testing
import PaperGraphIO

@Suite("CSV export as neo4j-admin reads it")
struct Neo4jImportCheckTests {
    static let tricky = repositoryRoot.appendingPathComponent("Tests/Scripts/fixtures/tricky-ids.json").path

    /// The `--nodes` and `--relationships` groups of an export folder, from its manifest.
    static func groups(_ folder: String) throws -> (nodes: [String], relationships: [String]) {
        let manifest = try JSONParser.parse(TextInput.readBytes(atPath: folder + "/papergraph-manifest.json"), path: "manifest")
        func group(_ key: String) throws -> [String] {
            let table = try #require(manifest[key])
            let header = try #require(table["header"]?.stringValue)
            let parts = try #require(table["parts"]?.arrayValue).compactMap(\.stringValue)
            return ([header] + parts.filter { $0 != header }).map { folder + "/" + $0 }
        }
        return (try group("nodes"), try group("edges"))
    }

    @Test("headers, ids and references are legal for Neo4j: whole files, shards, gzip",
          arguments: [[], ["--shard-rows", "3"], ["--shard-rows", "4", "--compress", "gzip"]])
    func legal(options: [String]) throws {
        let landmarks = (sampleGraph("ml-landmarks.json"), ["--include", "topics,authors", "--with", "rank,clusters"])
        for (graph, extra) in [(Self.tricky, [String]())] + (options.isEmpty ? [landmarks] : []) {
            let out = try temporaryFolder().appendingPathComponent("export").path
            let run = runCLI(["export", graph, "-f", "csv", "-o", out] + extra + options)
            #expect(run.status == 0, "\(run.err)")
            let (nodes, relationships) = try Self.groups(out)
            let report = Neo4jImportCheck.check(nodeGroups: [nodes], relationshipGroups: [relationships])
            #expect(report.problems == [], "\(graph) \(options)")
            if graph == Self.tricky {
                #expect(report.nodes == 10)
                #expect(report.relationships == 11)
                #expect(report.multilineRecords == 2)  // titles of "7" and "0x10" hold line breaks
            } else {
                #expect(report.nodes == 161 + 20 + 1_011)
                #expect(report.multilineRecords == 0)
            }
        }
    }

    @Test("the check itself finds each fault (so a pass means something)")
    func findsFaults() throws {
        let folder = try temporaryFolder().path
        func file(_ name: String, _ text: String) throws -> String {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
            return folder + "/" + name
        }
        let nodes = try file("n.csv", ":ID,name,year:int,name,:LABEL\n007,a,2001,x,Paper\n7,\"b\nc\",20x1,y,Paper\n007,d,,z,\n")
        let edges = try file("e.csv", ":START_ID,:END_ID,:TYPE,w:flaot\n007,7,CITES,1\n7,1e5,,2\n7,\"x\"y,CITES,3\n")
        let report = Neo4jImportCheck.check(nodeGroups: [[nodes]], relationshipGroups: [[edges]])
        let expected = ["appears twice", "'20x1' is not an int", "duplicate :ID '007'", "empty :LABEL",
                        "'w:flaot' has no legal type", "empty :TYPE", "text after a closing quote", "no node has :ID '1e5'"]
        for fault in expected { #expect(report.problems.contains { $0.contains(fault) }, "\(fault)") }
        #expect(report.multilineRecords == 1)
        let noID = try file("m.csv", "id,:LABEL\na,Paper\n")
        #expect(Neo4jImportCheck.check(nodeGroups: [[noID]], relationshipGroups: []).problems.contains { $0.contains("exactly one :ID") })
    }
}
