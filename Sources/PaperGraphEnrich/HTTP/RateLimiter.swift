/// Spaces requests to one source at least `1 / rate` seconds apart.
///
/// A source can lower the rate while the run goes on (Crossref announces its limit in
/// `x-rate-limit-limit` / `x-rate-limit-interval`); it never rises above the configured rate.
/// Booking a slot and waiting for it are separate steps, so that concurrent requests book under
/// one lock and wait outside it.
public struct RateLimiter: Sendable {
    /// Requests per second allowed.
    public private(set) var rate: Double
    private var nextAllowed: Double = -.infinity

    /// - Precondition: `rate > 0`.
    public init(rate: Double) {
        precondition(rate > 0, "a rate limit must be positive")
        self.rate = rate
    }

    /// Books the next free slot at or after `now`.
    ///
    /// - Returns: The seconds to wait before sending.
    /// - Complexity: O(1).
    public mutating func reserve(now: Double) -> Double {
        let wait = max(0, nextAllowed - now)
        nextAllowed = max(now, nextAllowed) + 1 / rate
        return wait
    }

    /// Books a slot and waits on `clock` until it comes.
    ///
    /// - Returns: The seconds waited.
    @discardableResult
    public mutating func acquire(_ clock: any EnrichClock) -> Double {
        let wait = reserve(now: clock.now())
        if wait > 0 { clock.sleep(wait) }
        return wait
    }

    /// Lowers the rate to `limit` requests per `interval` seconds when that is slower.
    public mutating func lower(toAtMost limit: Double, per interval: Double) {
        guard limit > 0, interval > 0 else { return }
        rate = min(rate, limit / interval)
    }

    /// Keeps the next request at least `seconds` from now (after a slow-down answer).
    public mutating func pause(_ seconds: Double, now: Double) {
        nextAllowed = max(nextAllowed, now + seconds)
    }
}
