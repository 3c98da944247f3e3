import PaperGraphModel

/// A folder of files that belong together (the CSV export's nodes and edges, their shards), written
/// in full beside the target and then published at once, so a reader sees the old set or the new
/// set and never a new `nodes.csv` beside an old `edges.csv`.
///
///     var folder = try OutputFolder(path: "export")
///     var nodes = try folder.create("nodes.csv")
///     nodes.append("...")
///     try folder.finish(&nodes, records: 102)
///     try folder.publish(kind: "csv-export", extra: [])
///
/// The files go into a fresh sibling folder `.papergraph-tmp.NAME.PID.XXXXXX` created exclusively
/// (`mkdtemp`; leftovers of killed runs are removed first, see `SecureFile.removeStaleTemporaries`),
/// each file created exclusively without following links, flushed to disk, and a manifest,
/// ``manifestName``, written last. The sibling then takes the target's place: by an atomic exchange
/// of the two folders where the system has one (Linux `renameat2(RENAME_EXCHANGE)`, macOS
/// `renamex_np(RENAME_SWAP)`), by a plain rename when the target does not exist, and otherwise file
/// by file with the old manifest removed first and the new one moved in last (a reader that checks
/// the manifest still never mixes two sets).
///
/// Papergraph owns the folder: it refuses a target that is a symbolic link or a file, a non-empty
/// folder without a manifest of its own, and a folder holding files its manifest does not list
/// (they would be lost), so stale shards of an earlier run never mix in and nothing else is deleted.
public struct OutputFolder {
    /// The manifest's file name.
    public static let manifestName = "papergraph-manifest.json"

    /// How the new folder took the target's place.
    public enum Publication: String, Sendable {
        case exchanged, renamed, fileByFile
    }

    /// A file being written into the staging folder, buffered, optionally gzip-compressed.
    public struct File {
        public let name: String
        fileprivate let descriptor: Int32
        private var buffer: [UInt8] = []
        private var compressor: GzipEncoder?
        fileprivate var bytesWritten = 0
        fileprivate var failure: Int32 = 0
        private static let bufferSize = 1 << 20

        fileprivate init(name: String, descriptor: Int32, gzip: Bool) {
            self.name = name
            self.descriptor = descriptor
            compressor = gzip ? GzipEncoder() : nil
            buffer.reserveCapacity(Self.bufferSize)
        }

        /// Appends UTF-8 text.
        public mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { buffer.append(contentsOf: $0) }
            if buffer.count >= Self.bufferSize { flush(final: false) }
        }

        fileprivate mutating func flush(final: Bool) {
            if var compressor {
                let out = compressor.compress(buffer, final: final)
                self.compressor = compressor
                emit(out)
            } else {
                emit(buffer)
            }
            buffer.removeAll(keepingCapacity: true)
        }

        private mutating func emit(_ bytes: [UInt8]) {
            guard failure == 0, !bytes.isEmpty else { return }
            failure = bytes.withUnsafeBytes { SecureFile.writeAll(descriptor, $0) }
            bytesWritten += bytes.count
        }
    }

    /// The target folder.
    public let path: String
    private let stagingPath: String
    private let staging: Int32
    private var entries: [(name: String, bytes: Int, records: Int?)] = []
    /// Every file created in the staging folder, finished or not (to remove after a failure).
    private var created: [String] = []
    /// Files of the target's current manifest (to remove when publishing file by file).
    private let previousFiles: [String]
    private let useExchange: Bool

    /// Checks that papergraph may replace `path` and creates the staging folder beside it.
    ///
    /// - Throws: ``Diagnostic`` when `path` is a link, a file or a folder papergraph did not write,
    ///   or the parent folder is missing or not writable.
    public init(path: String) throws(Diagnostic) {
        try self.init(path: path, exchange: true)
    }

    /// `exchange: false` publishes as a system without an exchange call would (for tests).
    init(path: String, exchange: Bool) throws(Diagnostic) {
        useExchange = exchange
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.path = trimmed
        previousFiles = try Self.checkReplaceable(trimmed)
        let slash = trimmed.lastIndex(of: "/")
        let parent = slash.map { trimmed[..<$0].isEmpty ? "/" : String(trimmed[..<$0]) } ?? "."
        let name = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
        guard FolderSystemCalls.kind(parent) == .directory else {
            throw .error("\(trimmed): folder \(parent) does not exist")
        }
        SecureFile.removeStaleTemporaries(in: parent, for: name)
        let template = "\(parent)/\(SecureFile.temporaryStem(for: name))XXXXXX"
        guard let made = FolderSystemCalls.makeUniqueFolder(template: template) else {
            throw .error("\(trimmed): cannot create a folder in \(parent): \(FolderSystemCalls.lastError)")
        }
        stagingPath = made
        staging = FolderSystemCalls.openFolder(made)
        guard staging >= 0 else {
            let reason = FolderSystemCalls.lastError
            FolderSystemCalls.removeFolder(made)
            throw .error("\(trimmed): cannot open \(made): \(reason)")
        }
    }

    /// The files the target's manifest lists, after checking papergraph may replace it.
    private static func checkReplaceable(_ path: String) throws(Diagnostic) -> [String] {
        switch FolderSystemCalls.kind(path) {
        case .missing: return []
        case .symbolicLink: throw .error("\(path): is a symbolic link; give the folder itself")
        case .regularFile, .other: throw .error("\(path): exists and is not a folder")
        case .directory: break
        }
        guard let names = FolderSystemCalls.entries(path) else {
            throw .error("\(path): cannot read the folder: \(FolderSystemCalls.lastError)")
        }
        if names.isEmpty { return [] }
        let manifestPath = path + "/" + manifestName
        guard names.contains(manifestName), FolderSystemCalls.kind(manifestPath) == .regularFile,
              let listed = readManifestFiles(manifestPath) else {
            throw .error("\(path): not a folder papergraph wrote (no valid \(manifestName)); give a new or empty folder")
        }
        let unknown = names.filter { $0 != manifestName && !listed.contains($0) }
        if !unknown.isEmpty {
            throw .error("\(path): holds files papergraph did not write (\(unknown.prefix(3).joined(separator: ", ")));"
                         + " move them or give another folder")
        }
        return listed
    }

    /// The `files[].name` of a manifest, or `nil` when it is not one of ours.
    static func readManifestFiles(_ path: String) -> [String]? {
        guard let bytes = try? TextInput.readBytes(atPath: path),
              let json = try? JSONParser.parse(bytes, path: path),
              json["papergraph_manifest"]?.intValue == 1,
              let files = json["files"]?.arrayValue else { return nil }
        var names: [String] = []
        for file in files {
            guard let name = file["name"]?.stringValue, !name.contains("/"), name != "." && name != ".." else { return nil }
            names.append(name)
        }
        return names
    }

    /// Creates `name` in the staging folder (gzip-compressed when `gzip`).
    public mutating func create(_ name: String, gzip: Bool = false) throws(Diagnostic) -> File {
        created.append(name)
        let descriptor = FolderSystemCalls.createFile(in: staging, name: name)
        guard descriptor >= 0 else {
            throw .error("\(path)/\(name): cannot create the file: \(FolderSystemCalls.lastError)")
        }
        return File(name: name, descriptor: descriptor, gzip: gzip)
    }

    /// Flushes and closes `file`, recording it (with its count of CSV records, header included, if
    /// any) for the manifest.
    ///
    /// - Returns: The file's size in bytes.
    @discardableResult
    public mutating func finish(_ file: inout File, records: Int? = nil) throws(Diagnostic) -> Int {
        file.flush(final: true)
        let closed = FolderSystemCalls.syncAndClose(file.descriptor)
        let failure = file.failure != 0 ? file.failure : closed
        if failure != 0 {
            throw .error("\(path)/\(file.name): cannot write the file: \(FolderSystemCalls.describe(failure))")
        }
        entries.append((file.name, file.bytesWritten, records))
        return file.bytesWritten
    }

    /// Writes the manifest (`{"papergraph_manifest": 1, "kind": ..., "files": [...], extra...}`)
    /// and puts the folder in the target's place.
    ///
    /// - Throws: ``Diagnostic`` with the system's reason; the staging folder is then removed and
    ///   the target left as it was (or, file by file, without a manifest).
    public mutating func publish(kind: String, extra: [(String, JSONOutput)]) throws(Diagnostic) -> Publication {
        let files: [JSONOutput] = entries.map { entry in
            var members: [(String, JSONOutput)] = [("name", .string(entry.name)), ("bytes", .int(entry.bytes))]
            if let records = entry.records { members.append(("records", .int(records))) }
            return .object(members)
        }
        let manifest: JSONOutput = .object([("papergraph_manifest", .int(1)), ("kind", .string(kind)),
                                            ("files", .array(files))] + extra)
        var file = try create(Self.manifestName)
        file.append(manifest.serialized(pretty: true) + "\n")
        try finish(&file)
        return try swapIn()
    }

    private func swapIn() throws(Diagnostic) -> Publication {
        FolderSystemCalls.closeFile(staging)
        if FolderSystemCalls.kind(path) == .missing, FolderSystemCalls.rename(stagingPath, path) {
            return .renamed
        }
        if useExchange && FolderSystemCalls.exchange(stagingPath, path) {
            removeStaging(listed: previousFiles + [Self.manifestName])
            return .exchanged
        }
        return try publishFileByFile()
    }

    /// Without an exchange call: the old manifest goes first, the new files in one rename each, the
    /// new manifest last.
    private func publishFileByFile() throws(Diagnostic) -> Publication {
        FolderSystemCalls.removeFile(path + "/" + Self.manifestName)
        let names = entries.map(\.name)
        for name in names where name != Self.manifestName {
            guard FolderSystemCalls.rename(stagingPath + "/" + name, path + "/" + name) else {
                let reason = FolderSystemCalls.lastError
                removeStaging(listed: names)
                throw .error("\(path)/\(name): cannot move the file in: \(reason)")
            }
        }
        for old in previousFiles where !names.contains(old) { FolderSystemCalls.removeFile(path + "/" + old) }
        guard FolderSystemCalls.rename(stagingPath + "/" + Self.manifestName, path + "/" + Self.manifestName) else {
            let reason = FolderSystemCalls.lastError
            removeStaging(listed: names)
            throw .error("\(path)/\(Self.manifestName): cannot move the manifest in: \(reason)")
        }
        FolderSystemCalls.removeFolder(stagingPath)
        return .fileByFile
    }

    /// Removes the staging folder (after a failure, or holding the old set after an exchange): only
    /// the names given and the files created here.
    private func removeStaging(listed: [String]) {
        for name in listed + created { FolderSystemCalls.removeFile(stagingPath + "/" + name) }
        FolderSystemCalls.removeFolder(stagingPath)
    }

    /// Abandons the staging folder after a failure; the target is untouched.
    public func discard() {
        FolderSystemCalls.closeFile(staging)
        removeStaging(listed: [])
    }
}
