import PaperGraphModel

extension PGraphReader {
    /// The records of a graph read from a `.pgraph` file, for merging it with other inputs.
    ///
    /// A single `.pgraph` input is loaded directly as a graph; only merging goes through records
    /// (``PaperGraph/records()``). Every field round-trips, external papers included, except merged
    /// aliases, which records have no place for.
    ///
    /// - Complexity: O(V + E).
    public static func library(from graph: PaperGraph) -> ImportedLibrary {
        var library = graph.records()
        library.source = InputFormat.pgraph.recordSource
        return library
    }
}
