#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock timing and peak memory of this process.
enum Measure {
    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Runs `body` once and returns its result with the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let result = try body()
        return (result, now() - start)
    }

    /// The peak resident set size of this process so far, in bytes.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)
        #else
        return Int(usage.ru_maxrss) * 1024
        #endif
    }
}

/// One line of `key=value` results, printed for `run.sh` to collect.
struct Report {
    private var fields: [(String, String)] = []

    mutating func add(_ key: String, _ value: Double) { fields.append((key, String(format6(value)))) }
    mutating func add(_ key: String, _ value: Int) { fields.append((key, String(value))) }
    mutating func add(_ key: String, _ value: String) { fields.append((key, value)) }

    func print() { Swift.print(fields.map { "\($0.0)=\($0.1)" }.joined(separator: " ")) }

    private func format6(_ value: Double) -> String {
        let scaled = (value * 1_000_000).rounded() / 1_000_000
        return String(scaled)
    }
}
