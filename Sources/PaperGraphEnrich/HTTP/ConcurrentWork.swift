import Foundation
import Synchronization

/// Runs independent jobs on a few threads of their own: for work that mostly waits (network
/// answers), where the thread pool of the processor count would leave connections idle.
enum ConcurrentWork {
    /// `job(i)` for every index, at most `width` at a time, results in index order.
    ///
    /// Each job runs exactly once; threads take the next index as they become free, so a slow job
    /// does not hold back the others. With `width` 1 the jobs run in order on the calling thread.
    /// - Complexity: O(n) jobs on min(width, n) threads.
    static func map<R: Sendable>(_ indices: Range<Int>, width: Int, _ job: @escaping @Sendable (Int) -> R) -> [R] {
        let count = indices.count
        guard width > 1, count > 1 else { return indices.map(job) }
        let board = Mutex<(next: Int, results: [R?])>((indices.lowerBound, Array(repeating: nil, count: count)))
        let done = DispatchGroup()
        let base = indices.lowerBound
        let end = indices.upperBound
        for _ in 0..<min(width, count) {
            done.enter()
            let thread = Thread {
                while true {
                    let i = board.withLock { state -> Int? in
                        guard state.next < end else { return nil }
                        defer { state.next += 1 }
                        return state.next
                    }
                    guard let i else { break }
                    let result = job(i)
                    board.withLock { $0.results[i - base] = result }
                }
                done.leave()
            }
            thread.start()
        }
        done.wait()
        return board.withLock { $0.results.map { $0! } }
    }
}
