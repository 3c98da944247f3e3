import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A request as the loopback server read it.
public struct ServedRequest: Sendable, Hashable {
    public var method: String
    /// The path without the query.
    public var path: String
    /// Query parameters, percent-decoded, in order.
    public var query: [(String, String)]
    public var headers: [String: String]
    public var body: Data
    /// The raw target (path and query) as sent.
    public var target: String

    public static func == (a: ServedRequest, b: ServedRequest) -> Bool { a.method == b.method && a.target == b.target && a.body == b.body }
    public func hash(into hasher: inout Hasher) { hasher.combine(method); hasher.combine(target); hasher.combine(body) }

    /// The first value of a query parameter.
    public func parameter(_ name: String) -> String? { query.first { $0.0 == name }?.1 }
}

/// What the server does with one request.
public struct ServedResponse: Sendable {
    /// How the answer is (mis)delivered, for fault injection.
    public enum Delivery: Sendable {
        case normal
        /// Waits this long before answering (past the client's timeout).
        case delayed(Double)
        /// Announces the full length but closes after half the body.
        case truncated
        /// Closes the connection with a TCP reset before answering.
        case reset
    }

    public var status: Int
    public var headers: [(String, String)]
    public var body: Data
    public var delivery: Delivery

    public init(status: Int, headers: [(String, String)] = [], body: Data = Data(), delivery: Delivery = .normal) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delivery = delivery
    }

    /// A JSON answer.
    public static func json(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> ServedResponse {
        ServedResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(text.utf8))
    }
}

/// A minimal HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for tests: one thread accepts,
/// one thread per connection answers one request and closes (`Connection: close`).
public final class LoopbackServer: @unchecked Sendable {
    public typealias Handler = @Sendable (ServedRequest) -> ServedResponse

    /// The port the kernel gave.
    public let port: UInt16
    private let listener: Int32
    private let handler: Handler
    private let state = Mutex<(requests: [ServedRequest], running: Bool, inFlight: Int, mostInFlight: Int)>(([], true, 0, 0))
    private let finished = DispatchSemaphore(value: 0)

    /// Binds 127.0.0.1 on an ephemeral port and starts answering with `handler`.
    ///
    /// - Throws: `POSIXError` when the socket cannot be opened or bound.
    public init(handler: @escaping Handler) throws {
        // A peer that resets must not kill the process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let code = errno
            close(fd)
            throw POSIXError(.init(rawValue: code) ?? .EIO)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
        self.handler = handler
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    /// The base URL, e.g. `http://127.0.0.1:41234`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Requests answered so far, in arrival order.
    public var requests: [ServedRequest] { state.withLock { $0.requests } }

    /// The most requests that were being answered at the same time so far.
    public var mostInFlight: Int { state.withLock { $0.mostInFlight } }

    /// Forgets the requests recorded so far.
    public func resetRequests() { state.withLock { $0.requests.removeAll() } }

    /// Stops accepting; connections being answered finish on their own.
    public func stop() {
        let wasRunning = state.withLock { s in
            defer { s.running = false }
            return s.running
        }
        guard wasRunning else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        finished.wait()
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if state.withLock({ $0.running }) && errno == EINTR { continue }
                break
            }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
        finished.signal()
    }

    private func serve(_ fd: Int32) {
        defer { close(fd) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(fd) else { return }
        state.withLock { s in
            s.requests.append(request)
            s.inFlight += 1
            s.mostInFlight = max(s.mostInFlight, s.inFlight)
        }
        defer { state.withLock { $0.inFlight -= 1 } }
        let response = handler(request)
        switch response.delivery {
        case .reset:
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
            return
        case .delayed(let seconds):
            Thread.sleep(forTimeInterval: seconds)
        case .normal, .truncated:
            break
        }
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        var bytes = Data(head.utf8)
        if case .truncated = response.delivery {
            bytes.append(response.body.prefix(response.body.count / 2))
        } else {
            bytes.append(response.body)
        }
        writeAll(fd, bytes)
    }

    private func readRequest(_ fd: Int32) -> ServedRequest? {
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var headerEnd: Int?
        while headerEnd == nil {
            let n = read(fd, &chunk, chunk.count)
            guard n > 0 else { return nil }
            buffer.append(contentsOf: chunk[0..<n])
            headerEnd = Self.find([13, 10, 13, 10], in: buffer)
            if buffer.count > 1 << 20 { return nil }
        }
        let headText = String(decoding: buffer[0..<headerEnd!], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = headers["content-length"].flatMap(Int.init) ?? 0
        var body = Array(buffer[(headerEnd! + 4)...])
        while body.count < length {
            let n = read(fd, &chunk, chunk.count)
            guard n > 0 else { break }
            body.append(contentsOf: chunk[0..<n])
        }
        let target = String(requestLine[1])
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        let path = parts[0].removingPercentEncoding ?? parts[0]
        var query: [(String, String)] = []
        if parts.count > 1 {
            for pair in parts[1].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ") }
                query.append((kv[0].removingPercentEncoding ?? kv[0], kv.count > 1 ? (kv[1].removingPercentEncoding ?? kv[1]) : ""))
            }
        }
        return ServedRequest(method: String(requestLine[0]), path: path, query: query, headers: headers,
                             body: Data(body.prefix(max(length, 0))), target: target)
    }

    private func writeAll(_ fd: Int32, _ data: Data) {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
