import PaperGraphIO
import PaperGraphModel

/// The properties every fuzz target checks on one input. A violated property traps on purpose
/// (`preconditionFailure`), which libFuzzer reports as a crash and saves the input.
public enum FuzzCheck {
    /// The bytes libFuzzer hands over.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Imports `bytes` as `format`; errors are fine, traps are not; every diagnostic's location
    /// points inside the input (line within the line count, column at least 1).
    public static func importing(_ bytes: [UInt8], as format: InputFormat, path: String) {
        let lines = LineEndings.normalized(bytes).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        do {
            let library = try GraphLoader.importLibrary(bytes: bytes, path: path, format: format)
            for diagnostic in library.diagnostics { checkLocation(diagnostic, lines: lines, path: path) }
            var builder = PaperGraphBuilder()
            builder.add(library)
            _ = builder.build()
        } catch {
            checkLocation(error, lines: lines, path: path)
        }
    }

    static func checkLocation(_ diagnostic: Diagnostic, lines: Int, path: String) {
        guard let location = diagnostic.location, location.file == path else { return }
        precondition(location.line >= 1 && location.line <= lines && location.column >= 1,
                     "diagnostic outside the input (\(lines) lines): \(diagnostic)")
    }

    /// For the native format: a graph read back from its own writing writes the same text again.
    public static func nativeRoundTrip(_ bytes: [UInt8]) {
        importing(bytes, as: .json, path: "fuzz.json")
        guard let library = try? GraphLoader.importLibrary(bytes: bytes, path: "fuzz.json", format: .json),
              !library.diagnostics.contains(where: { $0.severity == .error }) else { return }
        var builder = PaperGraphBuilder()
        builder.add(library)
        let first = NativeFormatWriter.text(for: builder.build().graph)
        guard let again = try? GraphLoader.importLibrary(bytes: Array(first.utf8), path: "again.json", format: .json) else {
            preconditionFailure("the native writer's output does not read back")
        }
        var second = PaperGraphBuilder()
        second.add(again)
        precondition(NativeFormatWriter.text(for: second.build().graph) == first, "write(read(x)) does not read back equal")
    }

    /// gzip: decompression never traps and stops bombs past a 64 KiB floor (keeps each run small).
    public static func gzip(_ bytes: [UInt8]) {
        guard let output = try? Gzip.decompress(bytes, path: "fuzz.gz", maxRatio: 200, floor: 1 << 16) else { return }
        precondition(output.count <= max(1 << 16, 201 * bytes.count) + (1 << 20), "bomb guard let \(output.count) bytes through")
    }

    /// .pgraph: every check runs on load; a graph that loads must be consistent enough to write again.
    public static func pgraph(_ bytes: [UInt8]) {
        guard let graph = try? PGraphReader.readGraph(bytes: bytes, path: "fuzz.pgraph") else { return }
        _ = try? PGraphWriter.bytes(for: graph)
    }
}
