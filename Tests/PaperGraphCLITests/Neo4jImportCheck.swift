import Foundation
import PaperGraphIO

/// What `neo4j-admin database import full` would make of a set of node and relationship files,
/// checked from Neo4j's documented CSV header format (Operations Manual, "Import: CSV header
/// format") and written without the exporter's code:
///
/// - A header field is `name`, `name:type` or `:type`; a missing type means a string property.
/// - Node files: exactly one `:ID` (optionally `name:ID` and an id space `:ID(Space)`), any number
///   of `:LABEL` columns (labels separated by the array delimiter `;`), no `:START_ID`, `:END_ID`
///   or `:TYPE`.
/// - Relationship files: exactly one `:START_ID`, one `:END_ID` and one `:TYPE` (no type is given
///   on the command line), no `:ID` or `:LABEL`.
/// - Property types: int, long, float, double, boolean, byte, short, char, string, point, date,
///   localtime, time, localdatetime, datetime, duration, each optionally an array (`type[]`);
///   `:IGNORE` skips a column. Property names are unique within a header.
/// - Rows have the header's field count; the default quote is `"` (doubled inside a quoted
///   field); ids are compared as strings (`--id-type=string`, the default), must be non-empty and
///   unique in their id space, and every `:START_ID`/`:END_ID` must name one; a field holding a
///   line break needs `--multiline-fields=true`, so such records are counted.
struct Neo4jImportCheck {
    struct Report {
        var nodes = 0
        var relationships = 0
        var multilineRecords = 0
        var problems: [String] = []
    }

    enum Role { case nodes, relationships }

    /// One CSV record reader (RFC 4180 with `"` quotes), strict about stray quotes.
    static func records(_ text: String, file: String, problems: inout [String]) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var inQuotes = false, wasQuoted = false, afterQuote = false
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if inQuotes {
                if c == "\"" {
                    if i < scalars.count && scalars[i] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { inQuotes = false; afterQuote = true }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                if !field.isEmpty || wasQuoted { problems.append("\(file): record \(records.count + 1): stray quote") }
                inQuotes = true
                wasQuoted = true
            case ",":
                record.append(field); field = ""; wasQuoted = false; afterQuote = false
            case "\n", "\r":
                if c == "\r" && i < scalars.count && scalars[i] == "\n" { i += 1 }
                record.append(field); field = ""; wasQuoted = false; afterQuote = false
                records.append(record); record = []
            default:
                if afterQuote { problems.append("\(file): record \(records.count + 1): text after a closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes { problems.append("\(file): unterminated quoted field") }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    static let propertyTypes: Set<String> = ["int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
                                             "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"]

    /// A header field's special role (`ID`, `LABEL`, ...) or property type, and its id space.
    static func field(_ spec: String) -> (name: String, type: String, space: String?)? {
        guard let colon = spec.lastIndex(of: ":") else { return (spec, "string", nil) }
        let name = String(spec[..<colon])
        var type = String(spec[spec.index(after: colon)...])
        var space: String?
        if let open = type.firstIndex(of: "("), type.hasSuffix(")") {
            space = String(type[type.index(after: open)..<type.index(before: type.endIndex)])
            type = String(type[..<open])
        }
        let special = ["ID", "START_ID", "END_ID", "LABEL", "TYPE", "IGNORE"]
        if special.contains(type) { return (name, type, space) }
        if space != nil { return nil }
        let base = type.hasSuffix("[]") ? String(type.dropLast(2)) : type
        return propertyTypes.contains(base.lowercased()) ? (name, base.lowercased(), nil) : nil
    }

    /// Checks file groups the way `--nodes=HEADER,PART,...` / `--relationships=...` give them: the
    /// first file's first record is the header, the other files hold only data.
    static func check(nodeGroups: [[String]], relationshipGroups: [[String]]) -> Report {
        var report = Report()
        var ids: [String: Set<String>] = [:]
        var references: [(String, String, String)] = []
        for (role, groups) in [(Role.nodes, nodeGroups), (.relationships, relationshipGroups)] {
            for group in groups {
                var header: [(name: String, type: String, space: String?)] = []
                for (fileIndex, path) in group.enumerated() {
                    guard let raw = try? TextInput.readBytes(atPath: path) else {
                        report.problems.append("\(path): cannot be read")
                        continue
                    }
                    let text = String(decoding: raw, as: UTF8.self)
                    var rows = records(text, file: path, problems: &report.problems)
                    if fileIndex == 0 {
                        guard !rows.isEmpty else { report.problems.append("\(path): no header"); continue }
                        header = parseHeader(rows.removeFirst(), role: role, file: path, problems: &report.problems)
                    }
                    for (n, row) in rows.enumerated() {
                        let place = "\(path): record \(n + (fileIndex == 0 ? 2 : 1))"
                        guard row.count == header.count else {
                            report.problems.append("\(place): \(row.count) fields, header has \(header.count)")
                            continue
                        }
                        if row.contains(where: { $0.contains("\n") || $0.contains("\r") }) { report.multilineRecords += 1 }
                        for (value, column) in zip(row, header) {
                            checkValue(value, column, at: place, ids: &ids, references: &references, problems: &report.problems)
                        }
                        if role == .nodes { report.nodes += 1 } else { report.relationships += 1 }
                    }
                }
            }
        }
        for (space, id, place) in references where ids[space]?.contains(id) != true {
            report.problems.append("\(place): no node has :ID '\(id)'")
        }
        return report
    }

    private static func parseHeader(_ fields: [String], role: Role, file: String,
                                    problems: inout [String]) -> [(name: String, type: String, space: String?)] {
        var header: [(name: String, type: String, space: String?)] = []
        var names = Set<String>()
        for spec in fields {
            guard let f = field(spec) else {
                problems.append("\(file): header field '\(spec)' has no legal type")
                header.append((spec, "IGNORE", nil))
                continue
            }
            if !f.name.isEmpty && f.type != "IGNORE" && !names.insert(f.name).inserted {
                problems.append("\(file): property '\(f.name)' appears twice in the header")
            }
            header.append(f)
        }
        let count = { (type: String) in header.filter { $0.type == type }.count }
        switch role {
        case .nodes:
            if count("ID") != 1 { problems.append("\(file): a node header needs exactly one :ID, found \(count("ID"))") }
            for t in ["START_ID", "END_ID", "TYPE"] where count(t) > 0 { problems.append("\(file): :\(t) in a node header") }
        case .relationships:
            for t in ["START_ID", "END_ID", "TYPE"] where count(t) != 1 {
                problems.append("\(file): a relationship header needs exactly one :\(t), found \(count(t))")
            }
            for t in ["ID", "LABEL"] where count(t) > 0 { problems.append("\(file): :\(t) in a relationship header") }
        }
        return header
    }

    private static func checkValue(_ value: String, _ column: (name: String, type: String, space: String?), at place: String,
                                   ids: inout [String: Set<String>], references: inout [(String, String, String)],
                                   problems: inout [String]) {
        let space = column.space ?? ""
        switch column.type {
        case "ID":
            if value.isEmpty { problems.append("\(place): empty :ID") }
            if !ids[space, default: []].insert(value).inserted { problems.append("\(place): duplicate :ID '\(value)'") }
        case "START_ID", "END_ID":
            if value.isEmpty { problems.append("\(place): empty :\(column.type)") }
            references.append((space, value, place))
        case "LABEL", "TYPE":
            if value.isEmpty || value.split(separator: ";", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
                problems.append("\(place): empty :\(column.type)")
            }
        case "int", "long", "byte", "short":
            if !value.isEmpty && Int(value) == nil { problems.append("\(place): '\(value)' is not an \(column.type)") }
        case "float", "double":
            if !value.isEmpty && Double(value) == nil { problems.append("\(place): '\(value)' is not a \(column.type)") }
        case "boolean":
            if !value.isEmpty && !["true", "false"].contains(value.lowercased()) { problems.append("\(place): '\(value)' is not a boolean") }
        default:
            break
        }
    }
}
