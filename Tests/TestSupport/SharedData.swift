import Testing
import Foundation

/// The project's shared folder `../shared` next to the package root: real data sets (`data/`) and
/// the seed documents (`seeds/`). It exists on the team's machines and in CI, not on a user's
/// machine, so tests that read it are skipped with a visible reason when it is missing.
public enum SharedData {
    /// `../shared` relative to the package root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether `../shared/data` is present.
    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("data").path)
    }

    /// The reason shown when a test is skipped for want of the shared data.
    public static let skipReason: Comment = "needs ../shared/data next to the package (not on a user's machine)"

    /// The path of a file under `../shared/data`.
    public static func path(_ relative: String) -> String {
        root.appendingPathComponent("data").appendingPathComponent(relative).path
    }

    /// The seed document whose name starts with `prefix` (seed names end in a hash).
    public static func seed(_ prefix: String) -> String? {
        let folder = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().first { $0.hasPrefix(prefix) }.map { folder.appendingPathComponent($0).path }
    }
}
