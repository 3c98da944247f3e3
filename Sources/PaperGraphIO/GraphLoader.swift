import PaperGraphModel

/// Reads input files of any supported format and builds the graph they describe.
public enum GraphLoader {
    /// Reads one file into records.
    ///
    /// - Parameters:
    ///   - path: The file, or `-` for standard input.
    ///   - format: The format, or `nil` to infer it from the extension (JSON when unknown).
    /// - Throws: ``Diagnostic`` when the file cannot be read or is not well-formed at all;
    ///   problems inside well-formed input are returned as diagnostics in the library.
    public static func importLibrary(atPath path: String, format: InputFormat? = nil) throws(Diagnostic) -> ImportedLibrary {
        let bytes = try TextInput.readBytes(atPath: path)
        let format = format ?? InputFormat.inferred(fromPath: path) ?? .json
        switch format {
        case .json:
            let document = try JSONParser.parse(bytes, path: path)
            return NativeFormatReader.read(document)
        case .pgraph:
            return PGraphReader.library(from: try PGraphReader.readGraph(bytes: bytes, path: path))
        }
    }

    /// Reads every file and builds one graph, merging papers that appear in several.
    ///
    /// - Returns: The graph and all diagnostics (errors included: callers decide whether to stop).
    public static func load(paths: [String], format: InputFormat? = nil) throws(Diagnostic) -> (graph: PaperGraph, diagnostics: [Diagnostic]) {
        if paths.count == 1, (format ?? InputFormat.inferred(fromPath: paths[0])) == .pgraph {
            return (try PGraphReader.readGraph(atPath: paths[0]), [])
        }
        var builder = PaperGraphBuilder()
        for path in paths {
            builder.add(try importLibrary(atPath: path, format: format))
        }
        return builder.build()
    }
}
