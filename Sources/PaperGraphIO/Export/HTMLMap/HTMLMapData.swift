import Foundation
import PaperGraphModel

/// The map's data as compact JSON for a `<script type="application/json">` block: one array per
/// field (not one object per paper or edge), citations as a flat list of node pairs.
///
///     {"format": "papergraph-map", "version": 1, "title": …, "public": false, "layout": "force",
///      "papers": {"key": […], "title": […], "x": […], "y": […], "r": […], …},
///      "authors": [names], "topics": [[key, name]], "clusters": [[label, colour]],
///      "cites": [from, to, …], "prereqs": [from, to, …], "prereqReasons": […],
///      "related": [[node, [node, reason, …]]], "paths": [[node, omitted, hidden, [node, reason, …]]],
///      "next": [[node, hidden, [node, reason, …]]]}
///
/// Edges run in reading order: `from` is the paper to read first (the cited one, the
/// prerequisite), `to` the one that builds on it. Every string goes through ``jsonString(_:)``,
/// which escapes `<`, `>` and `&` as well, so the block can never close its `<script>` element.
/// Identifiers and links lose their control and bidirectional formatting characters; only
/// http(s) URLs are kept.
enum HTMLMapData {
    /// Writes the JSON text into `sink`, value by value.
    ///
    /// - Complexity: O(N + E + S) time for N papers, E edges and S characters of text; O(N) space
    ///   for the author and topic tables, never the whole text.
    static func write<S: ByteSink>(_ view: ExportView, content: HTMLMapContent, title: String, isPublic: Bool,
                                   to sink: inout S) {
        let count = view.count(of: .paper)   // papers come first in a view, so node i is paper i
        var authorIndex: [String: Int] = [:], authorNames: [String] = []
        var topicIndex: [String: Int] = [:], topicKeys: [String] = []
        var topicNames: [String] = []
        sink.write("{\"format\":\"papergraph-map\",\"version\":1,\"title\":\(jsonString(title)),")
        sink.write("\"public\":\(isPublic),\"layout\":\(jsonString(content.layout.rawValue)),\"papers\":{")
        func column(_ name: String, last: Bool = false, _ value: (ExportNode) -> String) {
            sink.write(jsonString(name) + ":[")
            for i in 0..<count {
                if i > 0 { sink.write(",") }
                sink.write(value(view.nodes[i]))
            }
            sink.write(last ? "]" : "],")
        }
        func list<T>(_ name: String, _ items: some Sequence<T>, last: Bool = false, _ value: (T) -> String) {
            sink.write("\"\(name)\":[")
            var first = true
            for item in items {
                if !first { sink.write(",") }
                first = false
                sink.write(value(item))
            }
            sink.write(last ? "]}" : "],")
        }
        func optional(_ s: String?) -> String { s.map(jsonString) ?? "null" }
        column("key") { jsonString(identifier($0.key)) }
        column("title") { jsonString($0.label) }
        column("year") { $0.year.map(String.init) ?? "null" }
        column("venue") { optional($0.venue) }
        column("kind") { jsonString($0.workKind?.rawValue ?? "paper") }
        column("authors") { node in
            "[" + node.authors.map { name -> String in
                if let i = authorIndex[name] { return String(i) }
                authorIndex[name] = authorNames.count
                authorNames.append(name)
                return String(authorNames.count - 1)
            }.joined(separator: ",") + "]"
        }
        column("topics") { node in
            "[" + node.topics.map { key -> String in
                if let i = topicIndex[key] { return String(i) }
                topicIndex[key] = topicKeys.count
                topicKeys.append(key)
                return String(topicKeys.count - 1)
            }.joined(separator: ",") + "]"
        }
        var i = 0
        column("x") { _ in defer { i += 1 }; return String(Int(content.x[i].rounded())) }
        i = 0
        column("y") { _ in defer { i += 1 }; return String(Int(content.y[i].rounded())) }
        i = 0
        column("r") { _ in defer { i += 1 }; return ExportPalette.decimal(content.radius[i]) }
        column("rank") { $0.rank.map { $0.isFinite ? String(format: "%.5g", $0) : "0" } ?? "null" }
        i = 0
        column("pos") { _ in defer { i += 1 }; return content.rankPosition[i] > 0 ? String(content.rankPosition[i]) : "null" }
        column("cluster") { $0.cluster.map(String.init) ?? "-1" }
        column("status") { node in
            guard !isPublic else { return "0" }
            switch node.status ?? .unread {
            case .unread: return "0"
            case .reading: return "1"
            case .read: return "2"
            }
        }
        column("ext") { $0.isExternal ? "1" : "0" }
        column("doi") { optional($0.identifiers.doi.map(identifier)) }
        column("arxiv") { optional($0.identifiers.arxiv.map(identifier)) }
        column("openalex") { optional($0.identifiers.other["openalex"].map(identifier)) }
        column("url") { optional($0.identifiers.url.flatMap(webLink)) }
        column("summary") { optional($0.summary) }
        column("notes", last: true) { isPublic ? "null" : optional($0.notes) }
        sink.write("},")
        for key in topicKeys {
            topicNames.append(content.topicNames[key] ?? key)
        }
        list("authors", authorNames, jsonString)
        list("topics", zip(topicKeys, topicNames)) { "[\(jsonString(identifier($0))),\(jsonString($1))]" }
        var labels: [Int: String] = [:]
        for node in view.nodes { if let c = node.cluster, labels[c] == nil { labels[c] = node.clusterLabel ?? "cluster \(c)" } }
        let clusterCount = (labels.keys.max() ?? -1) + 1
        list("clusters", 0..<clusterCount) { c in
            "[\(jsonString(labels[c] ?? "cluster \(c + 1)")),\(jsonString(ExportPalette.mapColor(forCluster: c)))]"
        }
        let mapEdges = view.edges.lazy.filter { $0.isPaperToPaper && $0.source < count && $0.target < count }
        list("cites", mapEdges.filter { $0.kind != .prerequisite }) { "\($0.target),\($0.source)" }
        let prerequisites = mapEdges.filter { $0.kind == .prerequisite }
        list("prereqs", prerequisites) { "\($0.target),\($0.source)" }
        list("prereqReasons", prerequisites) { optional($0.reason) }
        func entries(_ list: [HTMLMapContent.Entry]) -> String {
            "[" + list.map { "\($0.node),\(jsonString($0.reason))" }.joined(separator: ",") + "]"
        }
        list("related", content.relatedRows) { "[\($0.node),\(entries($0.entries))]" }
        list("paths", content.pathRows) { "[\($0.node),\($0.omitted),\($0.hidden),\(entries($0.entries))]" }
        list("next", content.nextRows, last: true) { "[\($0.node),\($0.hidden),\(entries($0.entries))]" }
    }

    /// `s` as a JSON string literal that is also inert inside HTML: `<`, `>`, `&`, U+2028 and
    /// U+2029 as `\u` escapes, control characters as `\u00XX`.
    ///
    /// - Complexity: O(n) in the length of `s`.
    static func jsonString(_ s: String) -> String {
        var out = ""
        JSONOutput.writeString(s, to: &out, htmlSafe: true)
        return out
    }

    /// `s` without control characters (C0, DEL, C1) and bidirectional formatting characters, for
    /// identifiers and links.
    static func identifier(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0x200E...0x200F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x061C || v == 0xFEFF { continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// `s` cleaned as an identifier, if it is an http or https URL; `nil` otherwise
    /// (`javascript:`, `data:`, relative links...).
    static func webLink(_ s: String) -> String? {
        let clean = identifier(s).trimmingWhitespace()
        let lower = clean.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !clean.contains(" ") else { return nil }
        return clean
    }
}
