import GraphAlgorithms
import PaperGraphIO

/// The text edge-list load that the benchmark times: the shipped importer, so that the table
/// times what `papergraph` runs (`TextInput.readBytes`, then `EdgeListImporter.readCSR`).
enum TextEdgeListLoader {
    /// Which loader `load` uses, printed in the results.
    static let name = "EdgeListImporter.readCSR"

    /// The citation graph of the edge list at `path`, or `nil` when it cannot be read.
    static func load(path: String) -> CSRGraph? {
        guard let bytes = try? TextInput.readBytes(atPath: path),
              let loaded = try? EdgeListImporter.readCSR(bytes, path: path) else { return nil }
        return loaded.graph
    }
}
