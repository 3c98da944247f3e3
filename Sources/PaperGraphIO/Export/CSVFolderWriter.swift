import PaperGraphModel

/// Writes the CSV export into a folder papergraph owns (see ``OutputFolder``): `nodes.csv` and
/// `edges.csv`, or, with ``Options/shardRows``, headerless parts of at most that many rows,
///
///     nodes-header.csv  nodes-00000.csv  nodes-00001.csv ...
///     edges-header.csv  edges-00000.csv ...
///     papergraph-manifest.json
///
/// each part gzip-compressed (`.csv.gz`) with ``Options/gzip`` (header files stay plain). The header
/// files are what `neo4j-admin database import` takes first in each `--nodes`/`--relationships`
/// list and what Spark reads as the schema; the manifest lists every file with its size and rows,
/// and the parts of each table in order, so readers never pick up a stale shard.
public enum CSVFolderWriter {
    public struct Options: Sendable, Hashable {
        /// Rows per part; `nil` writes one file per table, with its header.
        public var shardRows: Int?
        /// Compress the parts with gzip.
        public var gzip: Bool

        public init(shardRows: Int? = nil, gzip: Bool = false) {
            self.shardRows = shardRows
            self.gzip = gzip
        }
    }

    /// What was written.
    public struct Report: Sendable, Hashable {
        public struct Table: Sendable, Hashable {
            public var header: String
            public var parts: [String]
            public var rows: Int
            public var bytes: Int
        }
        public var nodes: Table
        public var edges: Table
        public var publication: OutputFolder.Publication
    }

    /// Writes `view` into the folder at `path`, replacing an earlier export there as a whole.
    ///
    /// - Throws: ``Diagnostic`` when papergraph may not replace `path` or a write fails; the
    ///   previous contents are then left as they were.
    /// - Complexity: O(N + E) time for N nodes and E edge rows; O(shard) memory beyond the view.
    public static func write(_ view: ExportView, toFolder path: String, options: Options = .init()) throws(Diagnostic) -> Report {
        precondition((options.shardRows ?? 1) > 0, "shards hold at least one row")
        var folder = try OutputFolder(path: path)
        do {
            let nodes = try writeTable("nodes", header: CSVWriter.nodeHeader(view), into: &folder, options: options) {
                CSVWriter.forEachNodeRow(view, $0)
            }
            let edges = try writeTable("edges", header: CSVWriter.edgeHeader, into: &folder, options: options) {
                CSVWriter.forEachEdgeRow(view, $0)
            }
            func describe(_ t: Report.Table) -> JSONOutput {
                .object([("header", .string(t.header)), ("header_in_parts", .bool(options.shardRows == nil)),
                         ("parts", .array(t.parts.map { .string($0) })), ("rows", .int(t.rows))])
            }
            let publication = try folder.publish(kind: "csv-export", extra: [
                ("compression", .string(options.gzip ? "gzip" : "none")),
                ("nodes", describe(nodes)), ("edges", describe(edges)),
            ])
            return Report(nodes: nodes, edges: edges, publication: publication)
        } catch {
            folder.discard()
            throw error
        }
    }

    private static func writeTable(_ table: String, header: String, into folder: inout OutputFolder, options: Options,
                                   rows: ((String) -> Void) -> Void) throws(Diagnostic) -> Report.Table {
        let suffix = options.gzip ? ".csv.gz" : ".csv"
        guard let shardRows = options.shardRows else {
            var file = try folder.create(table + suffix, gzip: options.gzip)
            file.append(header)
            var count = 0
            rows { file.append($0); count += 1 }
            let bytes = try folder.finish(&file, records: count + 1)
            return Report.Table(header: file.name, parts: [file.name], rows: count, bytes: bytes)
        }
        var headerFile = try folder.create(table + "-header.csv")
        headerFile.append(header)
        var result = Report.Table(header: headerFile.name, parts: [], rows: 0, bytes: try folder.finish(&headerFile, records: 1))
        var current: OutputFolder.File?, inCurrent = 0
        var failure: Diagnostic?
        rows { row in
            guard failure == nil else { return }
            do throws(Diagnostic) {
                if current == nil {
                    let name = "\(table)-\(String(repeating: "0", count: max(0, 5 - String(result.parts.count).count)))\(result.parts.count)\(suffix)"
                    current = try folder.create(name, gzip: options.gzip)
                    result.parts.append(name)
                }
                current!.append(row)
                inCurrent += 1
                result.rows += 1
                if inCurrent == shardRows {
                    result.bytes += try folder.finish(&current!, records: inCurrent)
                    current = nil
                    inCurrent = 0
                }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        if current != nil { result.bytes += try folder.finish(&current!, records: inCurrent) }
        return result
    }
}
