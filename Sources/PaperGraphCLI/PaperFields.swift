import Foundation
import PaperGraphIO
import PaperGraphModel

/// The common columns and JSON members that describe a paper in command output.
enum PaperFields {
    static func year(_ paper: Paper) -> String { paper.year.map(String.init) ?? "" }

    /// `"id", "title", "year"` as JSON members (year `null` when unknown), and `"external": true`
    /// for a paper outside the user's list. A paper known only by an identifier has its key as title.
    static func json(_ graph: PaperGraph, _ id: PaperID) -> [(String, JSONOutput)] {
        PaperRow(graph[id]).json
    }

    /// The title column of a table: the display title, marked `[external]` for a paper outside the list.
    static func title(_ paper: Paper) -> String {
        PaperRow(paper).tableTitle
    }

    /// A score printed with six significant digits in tables and CSV.
    static func score(_ value: Double) -> String {
        let text = String(format: "%.6g", value)
        return text
    }
}

/// Renders rows as the table, JSON or CSV the user asked for with `--format`.
struct FormattedOutput {
    var table: TableWriter
    var json: JSONOutput

    func render(_ arguments: ParsedArguments) -> String {
        var text = ""
        write(arguments) { text += $0 }
        return text
    }

    /// ``render(_:)`` handed to `output` in pieces: a table or CSV row by row (see
    /// ``TableWriter/write(width:to:)``), JSON whole.
    func write(_ arguments: ParsedArguments, to output: (String) -> Void) {
        switch Self.format(arguments) {
        case .json: output(json.serialized(pretty: true) + "\n")
        case .csv: table.writeCSV(to: output)
        default: table.write(width: TerminalWidth.current(arguments), to: output)
        }
    }

    /// `--format` when given, else the one the `-o` file's extension names (`r.json`, `r.csv`)
    /// if the command offers it, else the command's default (a table), `nil` when it has none.
    static func format(_ arguments: ParsedArguments) -> ResultFormat? {
        if arguments.isGiven(CommonOptions.anyFormat) { return arguments[CommonOptions.anyFormat] }
        let declared = arguments.spec.options.first { $0.name == CommonOptions.anyFormat.spec.name }
        let offered = declared?.allowedValues ?? []
        if let path = arguments[CommonOptions.output]?.lowercased() {
            for format in [ResultFormat.json, .csv] where path.hasSuffix("." + format.rawValue) && offered.contains(format.rawValue) {
                return format
            }
        }
        return declared?.defaultValue.flatMap(ResultFormat.init(rawValue:))
    }
}
