#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PaperGraphModel

/// A file written in pieces and published atomically: the bytes go to a temporary file in the
/// same folder, renamed over `path` by ``commit()``, so a failure never leaves half a file. For
/// outputs too large to hold as one `Data` (binary graphs, edge lists of 10⁸ citations).
struct StreamingFile {
    let path: String
    private let temporaryPath: String
    private let descriptor: Int32
    private var failure: Int32 = 0

    /// Opens a temporary file beside `path`.
    ///
    /// - Throws: ``Diagnostic`` when the folder is missing or not writable.
    init(path: String) throws(Diagnostic) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temporaryPath = "\(folder)/.\(name).\(getpid()).tmp"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw .error("\(path): cannot write in \(folder): \(String(cString: strerror(errno)))")
        }
    }

    /// Appends `bytes`; a failure is remembered and reported by ``commit()``.
    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        var done = 0
        while failure == 0 && done < bytes.count, let base = bytes.baseAddress {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, base + done, bytes.count - done)
            #else
            let written = Darwin.write(descriptor, base + done, bytes.count - done)
            #endif
            if written < 0 {
                if errno != EINTR { failure = errno }
            } else {
                done += written
            }
        }
    }

    mutating func write(_ bytes: [UInt8]) { bytes.withUnsafeBytes { write($0) } }

    /// Closes the file and renames it into place.
    ///
    /// - Throws: ``Diagnostic`` with the system's reason when any write, the close or the rename failed.
    mutating func commit() throws(Diagnostic) {
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporaryPath, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporaryPath)
            throw .error("\(path): cannot write the file: \(String(cString: strerror(failure)))")
        }
    }
}
