import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SitrepWeb

/// The bounds every fetch keeps to.
public struct FetchLimits: Sendable {
    /// Seconds without an answer (or without a byte of the body) before a request is given up; whole seconds
    /// (FoundationNetworking on Linux counts in seconds: a fraction is rounded up).
    public var timeout: Double
    /// Seconds a whole transfer may take.
    public var totalTimeout: Double
    /// Bytes of a body at most; a larger one is refused (before it is read, when its length is announced).
    public var maximumBytes: Int
    /// Redirects followed at most.
    public var maximumRedirects: Int
    /// Requests in flight at once.
    public var concurrency: Int

    public init(timeout: Double = 20, totalTimeout: Double = 60, maximumBytes: Int = 10 << 20, maximumRedirects: Int = 5,
                concurrency: Int = 8) {
        self.timeout = max(1, timeout.rounded(.up))
        self.totalTimeout = totalTimeout
        self.maximumBytes = maximumBytes
        self.maximumRedirects = maximumRedirects
        self.concurrency = concurrency
    }
}

/// A server's answer: a body (decompressed when it came gzipped), or 304 Not Modified.
public struct FetchResponse: Sendable {
    public var status: Int
    /// The address answered from, after redirects.
    public var url: String
    public var body: [UInt8]
    public var contentType: String?
    public var etag: String?
    public var lastModified: String?

    /// The server said the document has not changed since the validators sent.
    public var notModified: Bool { status == 304 }
    /// The charset HTTP declares for the body, if any.
    public var charset: String? { Charset.fromContentType(contentType) }
}

/// Why a fetch gave nothing.
public enum FetchError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidURL(String)
    case timedOut(seconds: Double)
    case tooLarge(limit: Int)
    case tooManyRedirects(limit: Int)
    case status(Int)
    case network(String)

    public var description: String {
        switch self {
        case let .invalidURL(url): "not an http or https URL: \(url)"
        case let .timedOut(seconds): "timed out (no answer within \(Fetcher.seconds(seconds)))"
        case let .tooLarge(limit): "the document is larger than \(limit >> 20) MB"
        case let .tooManyRedirects(limit): "more than \(limit) redirects"
        case let .status(code): "HTTP \(code) \(HTTPURLResponse.localizedString(forStatusCode: code))"
        case let .network(detail): detail
        }
    }
}

/// Fetches documents over HTTP(S) with URLSession: conditional requests, timeouts, a size limit, a redirect
/// limit and gzip. Safe to share between tasks.
public final class Fetcher: Sendable {
    public let limits: FetchLimits
    private let session: URLSession
    private let delegate: FetchDelegate

    /// The `User-Agent` sent with every request.
    public static let userAgent = "sitrep/0.9 (terminal news reader)"

    public init(limits: FetchLimits = FetchLimits()) {
        self.limits = limits
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = limits.timeout
        configuration.timeoutIntervalForResource = limits.totalTimeout
        configuration.httpMaximumConnectionsPerHost = max(1, limits.concurrency)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        delegate = FetchDelegate(limits: limits)
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    /// Fetches a document. With `etag` or `lastModified` the request is conditional and a 304 comes back as a
    /// response (``FetchResponse/notModified``); any other status outside 200...299 is an error.
    public func fetch(_ address: String, etag: String? = nil, lastModified: String? = nil) async throws(FetchError) -> FetchResponse {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host != nil else { throw .invalidURL(address) }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: limits.timeout)
        request.setValue(Fetcher.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("gzip", forHTTPHeaderField: "Accept-Encoding")
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        let task = session.dataTask(with: request)
        let result = await withCheckedContinuation { continuation in
            delegate.start(task, continuation: continuation)
        }
        let response = try result.get()
        guard (200...299).contains(response.status) || response.notModified else { throw .status(response.status) }
        return response
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}

/// The session's delegate: collects each task's body within the size limit, counts its redirects, and hands the
/// outcome to the task's continuation. Its state is behind a lock (URLSession calls it on its own queue).
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Transfer {
        var continuation: CheckedContinuation<Result<FetchResponse, FetchError>, Never>
        var body: [UInt8] = []
        var redirects = 0
        var failure: FetchError?
    }

    private let limits: FetchLimits
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]

    init(limits: FetchLimits) { self.limits = limits }

    func start(_ task: URLSessionDataTask, continuation: CheckedContinuation<Result<FetchResponse, FetchError>, Never>) {
        lock.withLock { transfers[task.taskIdentifier] = Transfer(continuation: continuation) }
        task.resume()
    }

    private func fail(_ task: URLSessionTask, _ failure: FetchError) {
        lock.withLock { transfers[task.taskIdentifier]?.failure = failure }
        task.cancel()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        if response.expectedContentLength > limits.maximumBytes {
            lock.withLock { transfers[dataTask.taskIdentifier]?.failure = .tooLarge(limit: limits.maximumBytes) }
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock { () -> Bool in
            guard var transfer = transfers[dataTask.taskIdentifier], transfer.failure == nil else { return false }
            guard transfer.body.count + data.count <= limits.maximumBytes else { return true }
            transfers[dataTask.taskIdentifier] = nil
            transfer.body.append(contentsOf: data)
            transfers[dataTask.taskIdentifier] = transfer
            return false
        }
        if over { fail(dataTask, .tooLarge(limit: limits.maximumBytes)) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let allowed = lock.withLock { () -> Bool in
            transfers[task.taskIdentifier]?.redirects += 1
            return (transfers[task.taskIdentifier]?.redirects ?? 0) <= limits.maximumRedirects
        }
        if allowed {
            completionHandler(request)
        } else {
            lock.withLock { transfers[task.taskIdentifier]?.failure = .tooManyRedirects(limit: limits.maximumRedirects) }
            completionHandler(nil)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let transfer = lock.withLock({ transfers.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let failure = transfer.failure {
            transfer.continuation.resume(returning: .failure(failure))
            return
        }
        if let error {
            let code = (error as? URLError)?.code
            let failure: FetchError = code == .timedOut ? .timedOut(seconds: limits.timeout)
                : .network(WebText.collapsed((error as NSError).localizedDescription))
            transfer.continuation.resume(returning: .failure(failure))
            return
        }
        guard let http = task.response as? HTTPURLResponse else {
            transfer.continuation.resume(returning: .failure(.network("no HTTP response")))
            return
        }
        func header(_ name: String) -> String? { http.value(forHTTPHeaderField: name) }
        transfer.continuation.resume(returning: .success(FetchResponse(
            status: http.statusCode, url: http.url?.absoluteString ?? task.originalRequest?.url?.absoluteString ?? "",
            body: transfer.body, contentType: header("Content-Type"), etag: header("ETag"),
            lastModified: header("Last-Modified"))))
    }
}
