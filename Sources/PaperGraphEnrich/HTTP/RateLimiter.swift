/// Spaces requests to one source at least `1 / rate` seconds apart.
///
/// A source can lower the rate while the run goes on (Crossref announces its limit in
/// `x-rate-limit-limit` / `x-rate-limit-interval`); it never rises above the configured rate.
public struct RateLimiter: Sendable {
    /// Requests per second allowed.
    public private(set) var rate: Double
    private var nextAllowed: Double = -.infinity

    /// - Precondition: `rate > 0`.
    public init(rate: Double) {
        precondition(rate > 0, "a rate limit must be positive")
        self.rate = rate
    }

    /// Waits on `clock` until the next request may go, and books its slot.
    ///
    /// - Returns: The seconds waited.
    @discardableResult
    public mutating func acquire(_ clock: any EnrichClock) -> Double {
        let now = clock.now()
        let wait = max(0, nextAllowed - now)
        if wait > 0 { clock.sleep(wait) }
        nextAllowed = max(now, nextAllowed) + 1 / rate
        return wait
    }

    /// Lowers the rate to `limit` requests per `interval` seconds when that is slower.
    public mutating func lower(toAtMost limit: Double, per interval: Double) {
        guard limit > 0, interval > 0 else { return }
        rate = min(rate, limit / interval)
    }

    /// Keeps the next request at least `seconds` from now (after a slow-down answer).
    public mutating func pause(_ seconds: Double, clock: any EnrichClock) {
        nextAllowed = max(nextAllowed, clock.now() + seconds)
    }
}
