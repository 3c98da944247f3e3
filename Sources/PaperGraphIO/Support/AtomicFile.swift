import Foundation
import PaperGraphModel

/// Writes files atomically: to a temporary file in the same folder, then renamed over the target,
/// so that a failure never leaves a half-written file and never clobbers the previous one.
public enum AtomicFile {
    /// Writes `text` as UTF-8 to `path`.
    ///
    /// - Throws: ``Diagnostic`` naming the path when the folder is missing or not writable.
    public static func write(_ text: String, toPath path: String) throws(Diagnostic) {
        try write(Data(text.utf8), toPath: path)
    }

    /// Writes `data` to `path`.
    public static func write(_ data: Data, toPath path: String) throws(Diagnostic) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .error("\(path): is a directory; give a file name to write")
        }
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .error("\(path): folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw .error("\(path): cannot write in \(folder.path) (permission denied?)")
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .error("\(path): cannot replace the file: \(reason)")
        }
    }
}
