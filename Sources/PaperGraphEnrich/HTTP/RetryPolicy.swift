import PaperGraphModel

/// When and how long to wait before asking again.
///
/// Exponential backoff with jitter: the n-th retry waits `base · 2^(n-1)`, capped at `maximumDelay`,
/// scaled by a factor drawn from [0.5, 1) by the caller's jitter source. A
/// `Retry-After` header wins when it asks for longer; one asking for more than
/// `maximumRetryAfter` ends the retries (the answer is reported instead of waiting for minutes).
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included.
    public var maximumAttempts: Int = 4
    public var baseDelay: Double = 0.5
    public var maximumDelay: Double = 20
    public var maximumRetryAfter: Double = 120
    /// HTTP statuses worth asking again (5xx, and 429 or 403 depending on the source).
    public var retryableStatuses: Set<Int> = [429, 500, 502, 503, 504]

    public init() {}

    /// The wait before retry number `retry` (1 for the first retry).
    ///
    /// - Parameters:
    ///   - retryAfter: The server's `Retry-After`, in seconds, if it sent one.
    ///   - unit: A number in [0, 1) from the jitter source.
    /// - Returns: Seconds to wait, or `nil` when the server asks for longer than allowed.
    public func delay(beforeRetry retry: Int, retryAfter: Double?, unit: Double) -> Double? {
        let exponential = min(maximumDelay, baseDelay * Double(1 << min(retry - 1, 20)))
        let jittered = exponential * (0.5 + 0.5 * min(max(unit, 0), 1))
        guard let retryAfter else { return jittered }
        if retryAfter > maximumRetryAfter { return nil }
        return max(jittered, retryAfter)
    }

    /// Seconds from a `Retry-After` value: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
    ///
    /// - Parameter now: The current time as seconds since 1970 (for the date form).
    public static func retryAfterSeconds(_ value: String?, now: Double) -> Double? {
        guard let value = value?.trimmingWhitespace(), !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds >= 0 { return seconds }
        guard let date = HTTPDate.parse(value) else { return nil }
        return max(0, date - now)
    }
}
