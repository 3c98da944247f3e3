import PaperGraphModel

/// A table's header resolved to PaperGraph column names, for ``TableImporter``: rows are read
/// by column name, with the location of each field, one at a time as the table streams by.
struct TableColumns {
    /// One data row.
    struct Row {
        let fields: [DelimitedTable.Field]
        let index: [String: Int]

        /// Where the row starts.
        var start: SourceLocation { fields[0].location }

        /// The trimmed text of a column, or `nil` when the column is absent or the field blank.
        subscript(column: String) -> String? {
            guard let i = index[column], i < fields.count else { return nil }
            let text = fields[i].text.trimmingWhitespace()
            return text.isEmpty ? nil : text
        }

        /// Where a column's field is (the row's start if the column is absent).
        func location(_ column: String) -> SourceLocation {
            guard let i = index[column], i < fields.count else { return start }
            return fields[i].location
        }
    }

    /// Column name → field index.
    let index: [String: Int]
    /// How many fields the header has (every row must have as many).
    let width: Int
    let headerLocation: SourceLocation
    /// The header names as written, for messages.
    let headerDescription: String

    /// Resolves a header row; unknown columns are reported in one warning.
    init(header: [DelimitedTable.Field], options: TableImportOptions, diagnostics: inout [Diagnostic]) {
        var mapping: [String: String] = [:]
        for (from, to) in options.columnMap { mapping[Self.normalized(from)] = Self.normalized(to) }
        var index: [String: Int] = [:]
        var ignored: [String] = []
        for (i, field) in header.enumerated() {
            let name = Self.normalized(field.text)
            guard let column = mapping[name] ?? TableImporter.columnSynonyms[name] else {
                ignored.append(field.text)
                continue
            }
            if index[column] == nil {
                index[column] = i
            } else {
                diagnostics.append(.warning("column \"\(field.text)\" repeats the \(column) column; ignored", at: field.location))
            }
        }
        headerLocation = header[0].location
        headerDescription = header.isEmpty ? "nothing" : header.map { "\"\($0.text)\"" }.joined(separator: ", ")
        if !ignored.isEmpty && !index.isEmpty {
            diagnostics.append(.warning("columns ignored: \(ignored.joined(separator: ", "))", at: headerLocation))
        }
        self.index = index
        width = header.count
    }

    /// A data row, or `nil` (with a warning) when its field count differs from the header's.
    func row(_ fields: [DelimitedTable.Field], diagnostics: inout [Diagnostic]) -> Row? {
        guard fields.count == width else {
            diagnostics.append(.skipped("expected \(width) fields as in the header, found \(fields.count); row skipped",
                                        at: fields[0].location))
            return nil
        }
        return Row(fields: fields, index: index)
    }

    /// The error for a table without a header row.
    static func noHeader(_ path: String) -> Diagnostic {
        .error("expected a header row, found an empty file", at: SourceLocation(file: path, line: 1, column: 1))
    }

    /// `Paper ID` → `paper_id`.
    static func normalized(_ name: String) -> String {
        String(name.trimmingWhitespace().lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    /// A tab for `.tsv` files or a header line (its first 64 KiB) with tabs and no comma; a comma otherwise.
    static func delimiter(_ bytes: ArraySlice<UInt8>, path: String) -> UInt8 {
        if ["tsv", "tab"].contains(FileExtensions.name(of: path)) { return 0x09 }
        let header = bytes.prefix(1 << 16).prefix { $0 != 0x0A }
        return header.contains(0x09) && !header.contains(0x2C) ? 0x09 : 0x2C
    }
}
