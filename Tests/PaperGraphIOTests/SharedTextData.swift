import Foundation

/// The shared data folder (`../shared` next to the package root), present in CI and on the
/// project's machines but not on a user's machine.
enum SharedTextData {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("data").path)
    }

    /// The path of `relative` under the shared folder.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The seed reading list whose name starts with `prefix` (seed names end in a hash).
    static func seed(_ prefix: String) -> String? {
        let folder = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().first { $0.hasPrefix(prefix) }.map { folder.appendingPathComponent($0).path }
    }
}
