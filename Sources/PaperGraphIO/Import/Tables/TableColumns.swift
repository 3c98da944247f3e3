import PaperGraphModel

/// A parsed table whose header names are resolved to PaperGraph column names, for
/// ``TableImporter``: rows are read by column name, with the location of each field.
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
    let rows: [Row]
    let headerLocation: SourceLocation
    /// The header names as written, for messages.
    let headerDescription: String

    /// Parses `bytes` and resolves its header; rows with the wrong number of fields are skipped
    /// with a warning, unknown columns reported in one warning.
    ///
    /// - Throws: ``Diagnostic`` for a parse error or an empty file.
    init(_ bytes: [UInt8], path: String, options: TableImportOptions, diagnostics: inout [Diagnostic]) throws(Diagnostic) {
        let table = try DelimitedTable.parse(bytes, path: path, delimiter: Self.delimiter(bytes, path: path))
        guard let header = table.rows.first else {
            throw .error("expected a header row, found an empty file", at: SourceLocation(file: path, line: 1, column: 1))
        }
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
        var rows: [Row] = []
        for fields in table.rows.dropFirst() {
            guard fields.count == header.count else {
                diagnostics.append(.skipped("expected \(header.count) fields as in the header, found \(fields.count); row skipped",
                                            at: fields[0].location))
                continue
            }
            rows.append(Row(fields: fields, index: index))
        }
        self.index = index
        self.rows = rows
    }

    /// `Paper ID` → `paper_id`.
    static func normalized(_ name: String) -> String {
        String(name.trimmingWhitespace().lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    /// A tab for `.tsv` files or a header line (its first 64 KiB) with tabs and no comma; a comma otherwise.
    static func delimiter(_ bytes: [UInt8], path: String) -> UInt8 {
        if ["tsv", "tab"].contains(FileExtensions.name(of: path)) { return 0x09 }
        let header = bytes.prefix(1 << 16).prefix { $0 != 0x0A }
        return header.contains(0x09) && !header.contains(0x2C) ? 0x09 : 0x2C
    }
}
