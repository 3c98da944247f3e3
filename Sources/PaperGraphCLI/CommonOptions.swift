/// How a command prints its result (`--format`).
enum ResultFormat: String, Sendable, CaseIterable {
    case table, json, csv
    /// `suggest` only: BibTeX and CSL-JSON entries of the suggested papers.
    case bibtex
    case cslJSON = "csl-json"
}

/// Options several commands declare, stated once.
enum CommonOptions {
    /// `--format table|json|csv` with table as the default.
    static let format = Option.choice("format", short: "f", value: "format", help: "Output format: table, json or csv.",
                                      among: [("table", ResultFormat.table), ("json", .json), ("csv", .csv)], default: .table)
    /// `--format table|json` for commands whose output has no flat CSV form.
    static let formatTableOrJSON = Option.choice("format", short: "f", value: "format", help: "Output format: table or json.",
                                                 among: [("table", ResultFormat.table), ("json", .json)], default: .table)
    /// Reads `--format` whichever result-format variant the command declared.
    static let anyFormat = Option.choice("format", value: "format", help: "", default: ResultFormat.table)
    /// `-o FILE`: write the result to a file (atomically) instead of standard output.
    static let output = Option.text("output", short: "o", value: "file",
                                    help: "Write the output to this file (atomically) instead of standard output.")
    /// `--top N` (`-n`): how many results to show, 0 for all.
    static func top(default defaultValue: Int, help: String = "Show the N best (0 = all).") -> Option<Int> {
        .integer("top", short: "n", help: help, default: defaultValue, in: 0...Int(Int32.max))
    }
}
