import PaperGraphModel

/// Reads input files of any supported format and builds the graph they describe.
public enum GraphLoader {
    /// Reads one file into records. Text is read with CRLF and CR line endings taken as LF.
    ///
    /// - Parameters:
    ///   - path: The file, or `-` for standard input.
    ///   - format: The format, or `nil` to infer it from the extension (JSON when unknown; a
    ///     `.txt` file is sniffed by ``TextFormatSniffer``: an edge list or a Markdown reading list).
    ///   - options: Format-specific settings.
    /// - Throws: ``Diagnostic`` when the file cannot be read or is not well-formed at all;
    ///   problems inside well-formed input are returned as diagnostics in the library.
    ///
    /// Line-oriented formats (edge lists, CSV/TSV tables, JSON Lines of Semantic Scholar or
    /// OpenAlex) are read a piece at a time (``StreamingImport``), plain or gzip, so their text is
    /// never held whole; the others are read whole, up to ``TextInput/configuredMaximumSize``.
    public static func importLibrary(atPath path: String, format: InputFormat? = nil,
                                     options: ImportOptions = ImportOptions()) throws(Diagnostic) -> ImportedLibrary {
        let chosen = format ?? InputFormat.inferred(fromPath: path) ?? .json
        let sniffed = format == nil && chosen == .edgelist && InputFormat.isPlainText(path)
        guard var parser = chosen.streamingImport(path: path, options: options, sniffed: sniffed) else {
            return try importLibrary(bytes: try TextInput.readBytes(atPath: path), path: path, format: format, options: options)
        }
        var library = try StreamedImport.read(&parser, atPath: path)
        if library.source == nil { library.source = chosen.recordSource }
        return library
    }

    /// Reads the contents of a file (already decompressed) into records, as ``importLibrary(atPath:format:options:)``.
    ///
    /// - Parameter path: The file's name, for messages and for inferring the format when `format` is `nil`.
    public static func importLibrary(bytes raw: [UInt8], path: String, format: InputFormat? = nil,
                                     options: ImportOptions = ImportOptions()) throws(Diagnostic) -> ImportedLibrary {
        let requested = format
        var format = format ?? InputFormat.inferred(fromPath: path) ?? .json
        let bytes = format == .pgraph ? raw : LineEndings.normalized(raw)
        if requested == nil && format == .edgelist && InputFormat.isPlainText(path) {
            format = TextFormatSniffer.format(of: bytes)
        }
        var library = try format.importer.importLibrary(bytes, path: path, options: options)
        if library.source == nil { library.source = format.recordSource }
        return library
    }

    /// Reads every file and builds one graph, merging papers that appear in several.
    ///
    /// `format` (the command line's `--from`) applies to every file whose extension does not
    /// name a different kind of file: with `--from markdown`, `list.txt` is read as Markdown but
    /// `graph.json` stays JSON and `refs.bib` BibTeX, so sources of several kinds mix freely. A
    /// single file is always read as `format` says (`bib.md --from bibtex` is BibTeX).
    ///
    /// - Returns: The graph and all diagnostics (errors included: callers decide whether to stop).
    public static func load(paths: [String], format: InputFormat? = nil,
                            options: ImportOptions = ImportOptions()) throws(Diagnostic) -> (graph: PaperGraph, diagnostics: [Diagnostic]) {
        if paths.count == 1, InputFormat.chosen(format, forPath: paths[0], soleInput: true) ?? InputFormat.inferred(fromPath: paths[0]) == .pgraph {
            return (try PGraphReader.readGraph(atPath: paths[0]), [])
        }
        var builder = PaperGraphBuilder(mergePolicy: options.merge)
        for path in paths {
            builder.add(try importLibrary(atPath: path, format: InputFormat.chosen(format, forPath: path, soleInput: paths.count == 1),
                                          options: options))
        }
        return builder.build()
    }
}
