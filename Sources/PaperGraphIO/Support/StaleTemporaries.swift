#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SecureFile {
    /// `.papergraph-tmp.NAME.PID.`: the start of the name of every temporary file and staging folder
    /// this process makes for the target `name`, followed by a random suffix without dots.
    static func temporaryStem(for name: String) -> String { "\(temporaryPrefix)\(name).\(getpid())." }

    /// Removes this user's leftovers for `name` in `folder` from runs that were killed: temporary files
    /// (`.papergraph-tmp.NAME.PID.RANDOM`) and staging folders of ``OutputFolder`` (same pattern).
    ///
    /// An entry is removed only when all hold: its name has our prefix, the target's name, a decimal
    /// PID and a random suffix; it is a regular file or a folder (a symbolic link is never followed
    /// nor removed); the running user owns it; and its process is gone, or the process now holding
    /// that PID started after the entry was last modified (the PID was reused), or the entry is
    /// older than ``staleAge``. A staging folder is opened with `O_NOFOLLOW` and emptied with
    /// `unlinkat`, which removes links inside it without touching what they point to.
    ///
    /// - Complexity: O(entries in `folder` + entries in each stale staging folder).
    static func removeStaleTemporaries(in folder: String, for name: String) {
        guard let directory = opendir(folder) else { return }
        let parent = dirfd(directory)
        let prefix = "\(temporaryPrefix)\(name)."
        var stale: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            let entryName = directoryEntryName(entry)
            guard entryName.hasPrefix(prefix) else { continue }
            let rest = entryName.dropFirst(prefix.count).split(separator: ".", omittingEmptySubsequences: false)
            guard rest.count == 2, !rest[1].isEmpty, let pid = Int32(rest[0]), pid > 0 else { continue }
            var info = stat()
            guard fstatat(parent, entryName, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_uid == geteuid() else { continue }
            let type = info.st_mode & S_IFMT
            guard type == S_IFREG || type == S_IFDIR else { continue }
            if isStale(pid: pid, modified: modificationTime(info)) { stale.append((entryName, type == S_IFDIR)) }
        }
        for entry in stale {
            if entry.isFolder { removeStagingFolder(entry.name, in: parent) } else { unlinkat(parent, entry.name, 0) }
        }
        closedir(directory)
    }

    /// Whether a leftover of process `pid`, last modified at `modified`, belongs to no running writer.
    private static func isStale(pid: Int32, modified: Int) -> Bool {
        if Int(time(nil)) - modified > staleAge { return true }
        if pid == getpid() { return false }
        if kill(pid, 0) != 0 && errno == ESRCH { return true }
        guard let started = processStartTime(pid) else { return false }
        return started > modified + 1
    }

    /// When process `pid` started, in seconds since the epoch, from Linux's `/proc` (field 22 of
    /// `/proc/PID/stat`, in clock ticks after `btime` of `/proc/stat`); `nil` where unknown.
    static func processStartTime(_ pid: Int32) -> Int? {
        func text(_ path: String) -> String? {
            guard case .success(let descriptor) = openForReading(path) else { return nil }
            defer { close(descriptor) }
            guard case .success(let bytes) = readAll(descriptor, sizeHint: 4096) else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let stat = text("/proc/\(pid)/stat"), let close = stat.lastIndex(of: ")"),
              let boot = text("/proc/stat")?.split(separator: "\n").first(where: { $0.hasPrefix("btime ") }),
              let bootTime = Int(boot.dropFirst(6).trimmingPrefix(" ")) else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        let ticks = sysconf(Int32(_SC_CLK_TCK))
        guard fields.count > 19, let startTicks = Int(fields[19]), ticks > 0 else { return nil }
        return bootTime + startTicks / ticks
    }

    /// Empties and removes the staging folder `name` in the folder open as `parent`, never following links.
    private static func removeStagingFolder(_ name: String, in parent: Int32) {
        let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_uid == geteuid(), let inner = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        var names: [String] = []
        while let entry = readdir(inner) {
            let entryName = directoryEntryName(entry)
            if entryName != "." && entryName != ".." { names.append(entryName) }
        }
        for entryName in names { unlinkat(descriptor, entryName, 0) }
        closedir(inner)
        unlinkat(parent, name, AT_REMOVEDIR)
    }

    /// The name of the directory entry `entry`, as `readdir` returned it.
    private static func directoryEntryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// The modification time of `info` in seconds.
    private static func modificationTime(_ info: stat) -> Int {
        #if canImport(Glibc)
        Int(info.st_mtim.tv_sec)
        #else
        Int(info.st_mtimespec.tv_sec)
        #endif
    }
}
