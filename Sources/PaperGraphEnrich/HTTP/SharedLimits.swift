import Synchronization

/// What every request of one run shares, whichever thread sends it: the rate limiters, the
/// sources given up, and the counts behind the progress line.
final class SharedLimits: Sendable {
    struct State {
        var limiters: [EnrichSource: RateLimiter]
        var disabled: [EnrichSource: String] = [:]
        var progress = RequestProgress()
    }

    let state: Mutex<State>
    private let report: (@Sendable (RequestProgress) -> Void)?

    init(limiters: [EnrichSource: RateLimiter], progress: (@Sendable (RequestProgress) -> Void)?) {
        state = Mutex(State(limiters: limiters))
        report = progress
    }

    /// A batch of `count` logical requests starts.
    func begin(batch count: Int) {
        state.withLock { s in
            s.progress.planned += count
            s.progress.batchFinished = 0
            s.progress.batchSize = count
        }
    }

    /// One logical request is done (answered, failed or not sent).
    func finishOne() {
        let now = state.withLock { s in
            s.progress.finished += 1
            s.progress.batchFinished += 1
            return s.progress
        }
        report?(now)
    }
}
