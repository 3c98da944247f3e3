import Foundation
import PaperGraphModel

/// Writes whole files through ``OutputFile``: atomically (temporary file created exclusively in
/// the same folder, flushed, renamed over the target), streamed to devices, FIFOs and `-`.
public enum AtomicFile {
    /// Writes `text` as UTF-8 to `path`.
    ///
    /// - Throws: ``Diagnostic`` naming the path and the system's reason when it cannot be written.
    public static func write(_ text: String, toPath path: String) throws(Diagnostic) {
        var file = try OutputFile(path: path)
        file.write(text)
        try file.commit()
    }

    /// Writes `data` to `path`.
    public static func write(_ data: Data, toPath path: String) throws(Diagnostic) {
        var file = try OutputFile(path: path)
        data.withUnsafeBytes { file.write($0) }
        try file.commit()
    }
}
