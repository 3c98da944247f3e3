import Foundation

/// Time as the rate limiter and the backoff see it. Injected so that tests never really sleep.
public protocol EnrichClock: Sendable {
    /// Seconds since an arbitrary fixed origin.
    func now() -> Double
    /// Waits `seconds` (a test clock just advances its time).
    func sleep(_ seconds: Double)
}

/// The real clock: monotonic time and `Thread.sleep`.
public struct SystemClock: EnrichClock {
    public init() {}
    public func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    public func sleep(_ seconds: Double) {
        if seconds > 0 { Thread.sleep(forTimeInterval: seconds) }
    }
}
