import PaperGraphModel

/// A file written in pieces and published atomically, the one writer every output goes through.
///
/// Where the bytes go depends on what `path` names:
/// - `-`: standard output, streamed.
/// - a character device or FIFO (`/dev/null`, `>(gzip > x.gz)`): streamed to it, nothing renamed.
/// - a regular file or nothing yet: a temporary file created exclusively beside it
///   (see ``SecureFile``), flushed and renamed over `path` by ``commit()``, so a failure or a
///   `kill -9` never leaves half a file and never clobbers the previous one.
/// - a symbolic link: followed only when the running user owns the link (the rule of Linux's
///   `protected_symlinks`), then the above applies to its target; another user's link is refused.
///
///     var file = try OutputFile(path: "graph.pgraph")
///     file.write(bytes)
///     try file.commit()
public struct OutputFile {
    /// The path as given.
    public let path: String
    private let descriptor: Int32
    /// The temporary file to rename, or `nil` when streaming.
    private let temporaryPath: String?
    /// Where the temporary file is renamed to (the link's target for a followed link).
    private let finalPath: String
    private var failure: Int32 = 0
    private var finished = false

    /// Opens `path` for writing.
    ///
    /// - Throws: ``Diagnostic`` with the system's reason when the folder is missing or not
    ///   writable, `path` is a folder, or a link owned by another user.
    public init(path: String) throws(Diagnostic) {
        self.path = path
        if path == "-" {
            descriptor = 1
            temporaryPath = nil
            finalPath = path
            return
        }
        var target = path
        var kind = SecureFile.kind(of: target)
        var hops = 0
        while kind.kind == .symlink {
            guard kind.ownedByUser else {
                throw .error("\(path): is a symbolic link owned by another user; refusing to follow it")
            }
            hops += 1
            guard hops <= 40, let next = SecureFile.linkTarget(target) else {
                throw .error("\(path): cannot follow the symbolic link: \(SecureFile.reason(SecureFile.tooManyLinks))")
            }
            target = next
            kind = SecureFile.kind(of: target)
        }
        finalPath = target
        switch kind.kind {
        case .directory:
            throw .error("\(path): is a directory; give a file name to write")
        case .stream:
            switch SecureFile.openStream(target) {
            case .success(let opened): descriptor = opened
            case .failure(let error): throw .error("\(path): cannot open for writing: \(SecureFile.reason(error.code))")
            }
            temporaryPath = nil
        case .missing, .regular, .other, .symlink:
            let (folder, name) = SecureFile.folderAndName(of: target)
            SecureFile.removeStaleTemporaries(in: folder, for: name)
            switch SecureFile.createTemporary(in: folder, for: name, existingMode: kind.kind == .regular ? kind.mode : nil) {
            case .success(let (opened, temporary)):
                descriptor = opened
                temporaryPath = temporary
            case .failure(let error):
                if error.code == SecureFile.noSuchFile && SecureFile.kind(of: folder).kind == .missing {
                    throw .error("\(path): folder \(folder) does not exist")
                }
                throw .error("\(path): cannot create a file in \(folder): \(SecureFile.reason(error.code))")
            }
        }
    }

    /// Appends `bytes`; a failure is remembered and reported by ``commit()``.
    public mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == 0 else { return }
        failure = SecureFile.writeAll(descriptor, bytes)
    }

    /// Appends `bytes`.
    public mutating func write(_ bytes: [UInt8]) { bytes.withUnsafeBytes { write($0) } }

    /// Appends the UTF-8 of `text`.
    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Flushes and publishes the file (renames it into place, or closes the stream).
    ///
    /// - Throws: ``Diagnostic`` with the system's reason (`No space left on device`) when any write,
    ///   the flush, the close or the rename failed; the previous file is then left untouched.
    public mutating func commit() throws(Diagnostic) {
        guard !finished else { return }
        finished = true
        if let temporaryPath {
            if failure != 0 {
                _ = SecureFile.closeDescriptor(descriptor)
                SecureFile.removeFile(temporaryPath)
            } else {
                failure = SecureFile.publish(descriptor, temporaryPath: temporaryPath, as: finalPath)
            }
        } else if descriptor != 1 {
            let closed = SecureFile.closeDescriptor(descriptor)
            if failure == 0 { failure = closed }
        }
        if failure != 0 {
            throw .error("\(path): cannot write the file: \(SecureFile.reason(failure))")
        }
    }

    /// Gives up: removes the temporary file (the target is untouched).
    public mutating func abandon() {
        guard !finished else { return }
        finished = true
        guard let temporaryPath else {
            if descriptor != 1 { _ = SecureFile.closeDescriptor(descriptor) }
            return
        }
        _ = SecureFile.closeDescriptor(descriptor)
        SecureFile.removeFile(temporaryPath)
    }
}
