#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls a published output folder needs (see ``OutputFolder``), kept in one place
/// so the Linux and macOS branches stay side by side: an exclusive temporary folder, files created
/// exclusively without following links, an atomic exchange of two folders, and a listing.
enum FolderSystemCalls {
    /// What a path names, without following a final symbolic link.
    enum Kind: Equatable { case missing, directory, regularFile, symbolicLink, other }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regularFile
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The text of the last failed call.
    static var lastError: String { describe(errno) }

    /// The system's text for an error number.
    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Closes a descriptor.
    static func closeFile(_ descriptor: Int32) { close(descriptor) }

    /// Creates a new folder from `template` (ending in `XXXXXX`) exclusively, like `mkdtemp(3)`,
    /// then gives it the mode a `mkdir` would (0777 less the umask).
    ///
    /// - Returns: The folder's path, or `nil` with `errno` set.
    static func makeUniqueFolder(template: String) -> String? {
        var bytes = Array(template.utf8CString)
        let made = bytes.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) != nil }
        guard made else { return nil }
        let path = String(decoding: bytes.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let mask = umask(0o022)
        umask(mask)
        chmod(path, 0o777 & ~mask)
        return path
    }

    /// Opens `folder` for `openat`, refusing a symbolic link.
    static func openFolder(_ folder: String) -> Int32 {
        open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    }

    /// Creates `name` in the open folder exclusively (never an existing file, never through a link).
    static func createFile(in folder: Int32, name: String) -> Int32 {
        openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    }

    /// Flushes and closes; returns `errno` on failure, 0 on success.
    static func syncAndClose(_ descriptor: Int32) -> Int32 {
        var failure: Int32 = 0
        if fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        return failure
    }

    /// Atomically exchanges two folders of one file system: `renameat2(RENAME_EXCHANGE)` on Linux,
    /// found with `dlsym` since Swift's Glibc module does not declare it (glibc 2.28+, kernel 3.15+),
    /// and `renamex_np(RENAME_SWAP)` on macOS.
    ///
    /// - Returns: `true` on success; `false` with `errno` set when the call failed or is missing
    ///   (`ENOSYS`), or the file system does not support it (`EINVAL`).
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if canImport(Glibc)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else {
            errno = ENOSYS
            return false
        }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0
        #elseif canImport(Darwin)
        return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
        #else
        errno = ENOSYS
        return false
        #endif
    }

    /// Renames `from` to `to` (replacing a file, or an empty folder, at `to`).
    static func rename(_ from: String, _ to: String) -> Bool {
        #if canImport(Glibc)
        Glibc.rename(from, to) == 0
        #else
        Darwin.rename(from, to) == 0
        #endif
    }

    /// The names in a folder other than `.` and `..`, sorted; `nil` when it cannot be read.
    static func entries(_ folder: String) -> [String]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Removes a file (never a folder, never what a link points to).
    @discardableResult
    static func removeFile(_ path: String) -> Bool { unlink(path) == 0 }

    /// Removes an empty folder.
    @discardableResult
    static func removeFolder(_ path: String) -> Bool { rmdir(path) == 0 }
}
