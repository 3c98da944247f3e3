import Foundation

/// One HTTP request as the enrichment sends it.
public struct HTTPRequest: Sendable, Hashable {
    public var method: String
    public var url: URL
    /// Header fields to send (`x-api-key`, `Content-Type`, ...).
    public var headers: [String: String]
    public var body: Data?

    public init(method: String = "GET", url: URL, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The URL as it may be shown or logged: secret query parameters (`api_key`, `key`) replaced
    /// by `REDACTED`. API keys sent as headers never appear here.
    public var redactedURL: String { Redaction.redacted(url.absoluteString) }
}

/// One HTTP response: status, header fields with lower-cased names, body.
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.body = body
    }

    /// The header field `name` (any case).
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Why a request got no HTTP response.
public enum TransportError: Error, Sendable, Hashable {
    /// No complete answer within the deadline.
    case timeout
    /// The connection failed, was reset, or the body was cut short (libcurl's error -1).
    case connection(String)
    /// The request was not sent: offline, dry run, or a source given up for this run.
    case notSent(String)
}

/// Sends requests. ``URLSessionTransport`` talks to the network; tests can substitute anything.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and waits at most `timeout` seconds for the whole response.
    func send(_ request: HTTPRequest, timeout: Double) -> Result<HTTPResponse, TransportError>
}

/// Removes secrets from text that may be logged, cached or reported.
public enum Redaction {
    /// Query parameters whose values are secrets.
    public static let secretParameters = ["api_key", "key", "apikey"]

    /// `text` (a URL or a message holding one) with the values of secret parameters replaced.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func redacted(_ text: String) -> String {
        var result = text
        for name in secretParameters {
            var searchStart = result.startIndex
            while let range = result.range(of: name + "=", range: searchStart..<result.endIndex) {
                let before = range.lowerBound == result.startIndex ? nil : result[result.index(before: range.lowerBound)]
                guard before == "?" || before == "&" else { searchStart = range.upperBound; continue }
                let valueEnd = result[range.upperBound...].firstIndex(where: { $0 == "&" || $0 == " " || $0 == "#" }) ?? result.endIndex
                result.replaceSubrange(range.upperBound..<valueEnd, with: "REDACTED")
                searchStart = result.index(range.upperBound, offsetBy: "REDACTED".count)
            }
        }
        return result
    }
}
