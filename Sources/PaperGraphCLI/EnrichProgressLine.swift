import Foundation
import PaperGraphEnrich
import Synchronization

/// The progress line of `enrich` on a terminal: papers matched, requests finished of those
/// planned so far, and an estimate of the time left in the batch being sent.
///
/// Fed from the thread of the run (papers) and from the threads sending requests (requests), so
/// its state sits behind a lock; it prints nothing unless standard error is a terminal.
final class EnrichProgressLine: Sendable {
    private struct State {
        var progress: Progress
        var matched = 0
        var total: Int
        var requests = RequestProgress()
        var batchStarted = 0.0
    }

    private let state: Mutex<State>
    private let started = Date()

    init(_ console: Console, total: Int) {
        state = Mutex(State(progress: Progress(console), total: total))
    }

    /// After a stage of the run: papers matched so far.
    func papers(matched: Int, total: Int) {
        state.withLock { s in
            s.matched = matched
            s.total = total
            show(&s)
        }
    }

    /// After each request.
    func requests(_ requests: RequestProgress) {
        state.withLock { s in
            if requests.batchFinished == 1 || requests.batchSize != s.requests.batchSize {
                s.batchStarted = Date().timeIntervalSince(started)
            }
            s.requests = requests
            show(&s)
        }
    }

    /// Clears the line before the summary.
    func finish() { state.withLock { $0.progress.finish() } }

    private func show(_ s: inout State) {
        let batchElapsed = Date().timeIntervalSince(started) - s.batchStarted
        s.progress.note(Self.text(matched: s.matched, total: s.total, requests: s.requests, batchElapsed: batchElapsed))
    }

    /// The words of the line, e.g. `enrich: 120/253 papers matched, 37/52 requests, about 8 s left in this batch`.
    ///
    /// - Parameter batchElapsed: Seconds since the batch's first request finished; the estimate is
    ///   the batch's pace so far applied to what is left of it (none before two requests finish).
    static func text(matched: Int, total: Int, requests: RequestProgress, batchElapsed: Double) -> String {
        var line = "enrich: \(matched)/\(total) papers matched, \(requests.finished)/\(requests.planned) requests"
        let left = requests.batchSize - requests.batchFinished
        if requests.batchFinished >= 2, left > 0, batchElapsed > 0 {
            let seconds = batchElapsed / Double(requests.batchFinished - 1) * Double(left)
            line += ", about " + Self.duration(seconds) + " left in this batch"
        }
        return line + "…"
    }

    /// `8 s`, `3 min 20 s`, `1 h 05 min`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(String(format: "%02d", s % 60)) s" }
        return "\(s / 3600) h \(String(format: "%02d", s % 3600 / 60)) min"
    }
}
