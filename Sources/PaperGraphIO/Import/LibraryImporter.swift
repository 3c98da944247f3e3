import PaperGraphModel

/// One input format's reader, the single entry every format offers ``GraphLoader``: a file's
/// bytes (decompressed; line endings made LF for every text format), its path for messages, and
/// the import options (each importer reads its own part) → the records the file holds.
///
/// Every importer is reached through ``InputFormat/importer``, so adding an input format is one
/// case there, one row in ``FileExtensions``, and one conforming type.
public protocol LibraryImporter {
    /// Reads a whole file.
    ///
    /// - Throws: ``Diagnostic`` (with file, line and column) when the file is not well-formed at
    ///   all; problems inside well-formed input are returned as diagnostics in the library.
    static func importLibrary(_ bytes: [UInt8], path: String, options: ImportOptions) throws(Diagnostic) -> ImportedLibrary
}

extension InputFormat {
    /// The importer that reads this format.
    public var importer: any LibraryImporter.Type {
        switch self {
        case .json: JSONFormatDetection.self
        case .s2: SemanticScholarImporter.self
        case .openalex: OpenAlexImporter.self
        case .cslJSON: CSLJSONImporter.self
        case .nodeLink: NodeLinkJSONReader.self
        case .edgelist: EdgeListImporter.self
        case .csv: TableImporter.self
        case .markdown: MarkdownReadingListImporter.self
        case .bibtex: BibTeXImporter.self
        case .pgraph: PGraphReader.self
        }
    }
}

extension JSONFormatDetection: LibraryImporter {
    /// Any JSON document, its kind detected by content (``detect(_:)``).
    public static func importLibrary(_ bytes: [UInt8], path: String, options: ImportOptions) throws(Diagnostic) -> ImportedLibrary {
        try importLibrary(bytes, path: path)
    }
}

extension SemanticScholarImporter: LibraryImporter {
    public static func importLibrary(_ bytes: [UInt8], path: String, options: ImportOptions) throws(Diagnostic) -> ImportedLibrary {
        read(try JSONFormatDetection.parseDocument(bytes, path: path))
    }
}

extension OpenAlexImporter: LibraryImporter {
    public static func importLibrary(_ bytes: [UInt8], path: String, options: ImportOptions) throws(Diagnostic) -> ImportedLibrary {
        read(try JSONFormatDetection.parseDocument(bytes, path: path))
    }
}

extension CSLJSONImporter: LibraryImporter {
    public static func importLibrary(_ bytes: [UInt8], path: String, options: ImportOptions) throws(Diagnostic) -> ImportedLibrary {
        read(try JSONFormatDetection.parseDocument(bytes, path: path))
    }
}

extension NodeLinkJSONReader: LibraryImporter {
    public static func importLibrary(_ bytes: [UInt8], path: String, options: ImportOptions) throws(Diagnostic) -> ImportedLibrary {
        read(try JSONParser.parse(bytes, path: path))
    }
}

extension EdgeListImporter: LibraryImporter {
    public static func importLibrary(_ bytes: [UInt8], path: String, options: ImportOptions) throws(Diagnostic) -> ImportedLibrary {
        try read(bytes, path: path, options: options.edgeList)
    }
}

extension TableImporter: LibraryImporter {
    public static func importLibrary(_ bytes: [UInt8], path: String, options: ImportOptions) throws(Diagnostic) -> ImportedLibrary {
        try read(bytes, path: path, options: options.table)
    }
}

extension MarkdownReadingListImporter: LibraryImporter {
    public static func importLibrary(_ bytes: [UInt8], path: String, options: ImportOptions) throws(Diagnostic) -> ImportedLibrary {
        try read(bytes: bytes, path: path, options: options.markdown)
    }
}

extension BibTeXImporter: LibraryImporter {
    public static func importLibrary(_ bytes: [UInt8], path: String, options: ImportOptions) throws(Diagnostic) -> ImportedLibrary {
        try read(bytes: bytes, path: path)
    }
}

extension PGraphReader: LibraryImporter {
    /// The graph's papers as records (a single `.pgraph` input skips records and maps the graph whole).
    public static func importLibrary(_ bytes: [UInt8], path: String, options: ImportOptions) throws(Diagnostic) -> ImportedLibrary {
        library(from: try readGraph(bytes: bytes, path: path))
    }
}
