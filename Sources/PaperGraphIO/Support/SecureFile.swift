#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The platform calls behind every file PaperGraph writes and every stream it reads, in one place.
///
/// Temporary files are created exclusively (`O_CREAT | O_EXCL | O_NOFOLLOW`, as `mkstemp` does) in
/// the target's own folder under the recognisable prefix ``temporaryPrefix``, so a link planted at
/// a predictable name is never followed and a leftover from a killed run can be recognised and
/// removed by the next write to the same target.
public enum SecureFile {
    /// The name prefix of every temporary file: `.papergraph-tmp.NAME.PID.RANDOM`.
    public static let temporaryPrefix = ".papergraph-tmp."

    /// A temporary file left by a run older than this (or by a process that no longer exists) is stale.
    static let staleAge: Int = 24 * 3600

    /// The system's text for an `errno` value (`No space left on device`).
    public static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Writes all of `bytes` to `descriptor`, retrying short writes and `EINTR`.
    ///
    /// - Returns: 0, or the `errno` of the failed write (`EPIPE`, `EBADF`, `ENOSPC`, ...).
    public static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var done = 0
        while done < bytes.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, base + done, bytes.count - done)
            #else
            let written = Darwin.write(descriptor, base + done, bytes.count - done)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += written
        }
        return 0
    }

    /// Reads `descriptor` to its end (regular file, pipe, FIFO or character device).
    ///
    /// - Returns: The bytes, or the `errno` of the failed read.
    static func readAll(_ descriptor: Int32, sizeHint: Int) -> Result<[UInt8], Errno> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(sizeHint, 0) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            switch readSome(descriptor, into: &chunk[...]) {
            case .failure(let error): return .failure(error)
            case .success(0): return .success(bytes)
            case .success(let count): bytes.append(contentsOf: chunk[..<count])
            }
        }
    }

    /// Reads what `descriptor` has, at most `buffer.count` bytes, into the start of `buffer`
    /// (retrying `EINTR`).
    ///
    /// - Returns: The count read, 0 at the end, or the `errno` of the failed read.
    static func readSome(_ descriptor: Int32, into buffer: inout ArraySlice<UInt8>) -> Result<Int, Errno> {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return .success(count) }
            if errno != EINTR { return .failure(Errno(code: errno)) }
        }
    }

    /// Reads at most `count` bytes at byte `offset` of `descriptor` into `buffer` (`pread`,
    /// retrying `EINTR`), leaving the file position alone, so several threads can read one descriptor.
    ///
    /// - Returns: The count read, 0 at the end, or the `errno` of the failed read.
    static func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) -> Result<Int, Errno> {
        while true {
            let read = pread(descriptor, buffer, count, off_t(offset))
            if read >= 0 { return .success(read) }
            if errno != EINTR { return .failure(Errno(code: errno)) }
        }
    }

    /// An `errno` value as an `Error`.
    struct Errno: Error { var code: Int32 }

    /// What a path names, without following a final symbolic link.
    enum Kind: Equatable {
        case missing, regular, directory, symlink, stream, other
    }

    /// The kind of `path` and, for a symbolic link, whether the running user owns it.
    static func kind(of path: String) -> (kind: Kind, ownedByUser: Bool, mode: UInt32, error: Int32) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return (errno == ENOENT ? .missing : .other, false, 0, errno) }
        let type = info.st_mode & S_IFMT
        let kind: Kind = switch type {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFLNK: .symlink
        case S_IFCHR, S_IFIFO: .stream
        default: .other
        }
        return (kind, info.st_uid == geteuid(), UInt32(info.st_mode & 0o7777), 0)
    }

    /// The target of the symbolic link at `path`, relative links resolved against the link's folder.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        return "\(folderAndName(of: path).folder)/\(target)"
    }

    /// The folder (`.` when none is given) and last component of `path`.
    static func folderAndName(of path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = path[..<slash].isEmpty ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }

    /// Creates a new, empty temporary file for `name` in `folder`, exclusively and without following links.
    ///
    /// - Returns: The descriptor and the temporary file's path, or the `errno` of the failure.
    /// A replaced file's permissions (`existingMode`) are kept; a new one gets 0666 less the umask.
    static func createTemporary(in folder: String, for name: String, existingMode: UInt32?) -> Result<(Int32, String), Errno> {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        for _ in 0..<100 {
            let suffix = String((0..<10).map { _ in letters[Int(generator.next(upperBound: UInt64(letters.count)))] })
            let path = "\(folder)/\(temporaryStem(for: name))\(suffix)"
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                if let existingMode { _ = fchmod(descriptor, mode_t(existingMode)) }
                return .success((descriptor, path))
            }
            if errno != EEXIST { return .failure(Errno(code: errno)) }
        }
        return .failure(Errno(code: EEXIST))
    }

    /// Flushes the file to disk, then publishes it as `path`, then flushes the folder entry.
    ///
    /// - Returns: 0, or the `errno` of the failed step (the temporary file is then removed).
    static func publish(_ descriptor: Int32, temporaryPath: String, as path: String) -> Int32 {
        var failure: Int32 = 0
        if fsync(descriptor) != 0 && errno != EINVAL { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporaryPath, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporaryPath)
            return failure
        }
        let folder = open(folderAndName(of: path).folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
        return 0
    }

    /// Opens an existing character device or FIFO for writing (no creation, no truncation of regular files).
    static func openStream(_ path: String) -> Result<Int32, Errno> {
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        return descriptor >= 0 ? .success(descriptor) : .failure(Errno(code: errno))
    }

    /// Opens `path` for reading.
    static func openForReading(_ path: String) -> Result<Int32, Errno> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        return descriptor >= 0 ? .success(descriptor) : .failure(Errno(code: errno))
    }

    /// The size of a regular file open as `descriptor` and whether it is a directory.
    static func status(_ descriptor: Int32) -> (size: Int, isDirectory: Bool, isRegular: Bool) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return (0, false, false) }
        let type = info.st_mode & S_IFMT
        return (Int(info.st_size), type == S_IFDIR, type == S_IFREG)
    }

    static func removeFile(_ path: String) { unlink(path) }

    static func closeDescriptor(_ descriptor: Int32) -> Int32 {
        close(descriptor) == 0 ? 0 : errno
    }

    /// Whether `descriptor` is an open file descriptor.
    public static func isOpen(_ descriptor: Int32) -> Bool { fcntl(descriptor, F_GETFD) != -1 }

    /// Gives each of the standard descriptors 0, 1 and 2 that is closed a placeholder, so that no file
    /// the program opens later takes its number and receives output meant for the terminal.
    ///
    /// - Returns: The closed ones; writes to them must be reported as failed (`EBADF`).
    public static func reserveClosedStandardDescriptors() -> Set<Int32> {
        var closed: Set<Int32> = []
        for descriptor: Int32 in [0, 1, 2] where !isOpen(descriptor) {
            closed.insert(descriptor)
            let placeholder = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if placeholder >= 0 && placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
        return closed
    }

    /// The `errno` codes callers tell apart.
    public static let brokenPipe = EPIPE
    public static let badDescriptor = EBADF
    static let isDirectoryCode = EISDIR
    static let noSuchFile = ENOENT
    static let tooManyLinks = ELOOP
    static let notPermitted = EPERM
}
