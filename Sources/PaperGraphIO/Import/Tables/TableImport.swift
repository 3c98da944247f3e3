import PaperGraphModel

/// A CSV/TSV table read a piece at a time (``StreamingImport``): the header is resolved from the
/// first record, then each row becomes a record as it goes by, so neither the text nor the
/// parsed table is held whole. ``TableImporter`` describes the columns and rules.
struct TableImport: StreamingImport {
    let path: String
    let options: TableImportOptions
    private var reader: DelimitedTable.RowReader?
    private var columns: TableColumns?
    /// Whether the table is `citing,cited` rows alone (no `title` column).
    private var citationsOnly = false
    private var library = ImportedLibrary()
    private var collector = RecordCollector()
    private var keys: Set<String> = []

    init(path: String, options: TableImportOptions) {
        self.path = path
        self.options = options
    }

    mutating func consume(_ piece: TextPiece) throws(Diagnostic) -> Int {
        // The first piece holds the header line whole.
        let reader = reader ?? DelimitedTable.RowReader(path: path, delimiter: TableColumns.delimiter(piece.bytes, path: path))
        self.reader = reader
        return try reader.consume(piece) { (fields) throws(Diagnostic) in try add(fields) }
    }

    private mutating func add(_ fields: [DelimitedTable.Field]) throws(Diagnostic) {
        guard let columns else {
            let header = TableColumns(header: fields, options: options, diagnostics: &library.diagnostics)
            // Without an id column, keys are made from titles: rows carry no ids of their own.
            library.source = RecordSource(isKeyed: header.index["id"] != nil || header.index["title"] == nil, isEditedByUser: true)
            citationsOnly = header.index["title"] == nil && header.index["citing"] != nil && header.index["cited"] != nil
            guard citationsOnly || header.index["title"] != nil else {
                throw .error("expected a \"title\" column in the header, found \(header.headerDescription)", at: header.headerLocation)
            }
            self.columns = header
            return
        }
        guard let row = columns.row(fields, diagnostics: &library.diagnostics) else { return }
        if citationsOnly {
            TableImporter.addCitation(row, known: nil, into: &collector, diagnostics: &library.diagnostics)
            return
        }
        guard let record = TableImporter.paper(row, table: columns, options: options, diagnostics: &library.diagnostics) else { return }
        if keys.contains(record.key) {
            library.diagnostics.append(.warning("duplicate id '\(record.key)'; rows merged", at: record.location))
        }
        keys.insert(record.key)
        collector.add(record)
    }

    mutating func finish() throws(Diagnostic) -> ImportedLibrary {
        guard columns != nil else { throw TableColumns.noHeader(path) }
        TableImporter.sortByLine(&library.diagnostics)
        if !citationsOnly, let citationsPath = options.citationsPath {
            var citations = CitationTableImport(path: citationsPath, options: options, known: keys, collector: collector)
            _ = try TextInput.forEachPiece(atPath: citationsPath) { (piece) throws(Diagnostic) in try citations.consume(piece) }
            guard citations.sawHeader else { throw TableColumns.noHeader(citationsPath) }
            collector = citations.collector
            library.diagnostics += citations.diagnostics
        }
        library.papers = collector.records
        return library
    }
}

/// The `--citations` table of `citing,cited` rows read beside a table of papers, a piece at a
/// time, each row added to `collector` as it goes by; a row whose citing paper is not among
/// `known` is skipped with a warning.
private struct CitationTableImport {
    let path: String
    let options: TableImportOptions
    let known: Set<String>
    private(set) var collector: RecordCollector
    private(set) var diagnostics: [Diagnostic] = []
    private var reader: DelimitedTable.RowReader?
    private var columns: TableColumns?

    init(path: String, options: TableImportOptions, known: Set<String>, collector: RecordCollector) {
        self.path = path
        self.options = options
        self.known = known
        self.collector = collector
    }

    var sawHeader: Bool { columns != nil }

    mutating func consume(_ piece: TextPiece) throws(Diagnostic) -> Int {
        let reader = reader ?? DelimitedTable.RowReader(path: path, delimiter: TableColumns.delimiter(piece.bytes, path: path))
        self.reader = reader
        return try reader.consume(piece) { (fields) throws(Diagnostic) in try add(fields) }
    }

    private mutating func add(_ fields: [DelimitedTable.Field]) throws(Diagnostic) {
        guard let columns else {
            let header = TableColumns(header: fields, options: options, diagnostics: &diagnostics)
            guard header.index["citing"] != nil, header.index["cited"] != nil else {
                throw .error("expected \"citing\" and \"cited\" columns in the header, found \(header.headerDescription)",
                             at: header.headerLocation)
            }
            self.columns = header
            return
        }
        guard let row = columns.row(fields, diagnostics: &diagnostics) else { return }
        TableImporter.addCitation(row, known: known, into: &collector, diagnostics: &diagnostics)
    }
}
