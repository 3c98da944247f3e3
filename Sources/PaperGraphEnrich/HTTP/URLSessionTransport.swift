import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// HTTP over Foundation's `URLSession` (FoundationNetworking, that is libcurl, on Linux).
///
/// Each call blocks until the response or the deadline. The deadline is enforced here, not by
/// `URLRequest.timeoutInterval`, which libcurl truncates to whole seconds: a sub-second timeout
/// is honoured to the millisecond, and the task is cancelled when it passes. Redirects (OpenAlex
/// answers 301 for a merged work) are followed by `URLSession`.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// - Parameter maximumConnections: Connections kept open per host (a few, to stay polite).
    public init(maximumConnections: Int = 2) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = maximumConnections
        configuration.httpAdditionalHeaders = ["User-Agent": "papergraph-enrich (+https://github.com/papergraph)"]
        session = URLSession(configuration: configuration)
    }

    deinit { session.invalidateAndCancel() }

    public func send(_ request: HTTPRequest, timeout: Double) -> Result<HTTPResponse, TransportError> {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        // Only a backstop: the precise deadline is the semaphore wait below.
        urlRequest.timeoutInterval = max(1, timeout.rounded(.up) + 1)
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }

        let outcome = Mutex<Result<HTTPResponse, TransportError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: urlRequest) { data, response, error in
            let result: Result<HTTPResponse, TransportError>
            if let error {
                let code = (error as NSError).code
                result = code == NSURLErrorTimedOut ? .failure(.timeout)
                    : .failure(.connection("\(error.localizedDescription) (error \(code))"))
            } else if let http = response as? HTTPURLResponse {
                var headers: [String: String] = [:]
                for (name, value) in http.allHeaderFields {
                    if let name = name as? String, let value = value as? String { headers[name] = value }
                }
                result = .success(HTTPResponse(status: http.statusCode, headers: headers, body: data ?? Data()))
            } else {
                result = .failure(.connection("no HTTP response"))
            }
            outcome.withLock { $0 = result }
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            task.cancel()
            return .failure(.timeout)
        }
        return outcome.withLock { $0 } ?? .failure(.connection("no response"))
    }
}
