import Foundation

/// The real data sets in `../shared/data` next to the package (present on the team's machines
/// and in CI, absent on a user's machine): tests that read them are skipped when it is missing.
enum SharedData {
    /// `../shared/data` relative to the package root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data")

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: root.path) }

    /// The path of a file under `../shared/data`.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
