/// What sort of work an item of a reading list is.
///
/// Stored as its lowercase name so that sources may use kinds PaperGraph has no constant for.
public struct PaperKind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }

    public static let paper = PaperKind(rawValue: "paper")
    public static let book = PaperKind(rawValue: "book")
    public static let essay = PaperKind(rawValue: "essay")
    public static let blogPost = PaperKind(rawValue: "blog-post")
    public static let course = PaperKind(rawValue: "course")
    /// A person's, group's or project's home page.
    public static let homepage = PaperKind(rawValue: "homepage")
    public static let video = PaperKind(rawValue: "video")
    public static let thesis = PaperKind(rawValue: "thesis")
    public static let report = PaperKind(rawValue: "report")
    public static let other = PaperKind(rawValue: "other")

    public var description: String { rawValue }
}
