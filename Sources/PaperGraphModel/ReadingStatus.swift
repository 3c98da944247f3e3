/// Where the reader stands with a paper.
public enum ReadingStatus: String, Sendable, Hashable, CaseIterable, Comparable {
    case unread
    case reading
    case read

    /// Merging two sources keeps the most advanced status: `read` wins over `reading` over `unread`.
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .unread: 0
        case .reading: 1
        case .read: 2
        }
    }
}
