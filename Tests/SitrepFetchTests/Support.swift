import Foundation
import SitrepHarness
import SitrepStore

/// A temporary folder, removed when the value is released.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "sitrep-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A new library file in the folder.
    func library() throws -> Library { try Library(path: url.appending(path: "library.sqlite").path) }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Feeds and pages the tests serve.
enum Documents {
    /// A page around an article: navigation, aside and footer, a script.
    static func page(title: String, paragraphs: [String]) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(title)</title>
        <script>var tracking = true;</script></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>\(title)</h1>\(paragraphs.map { "<p>\($0)</p>" }.joined())</article>
        <aside><p>Most read: something else entirely, with a comma.</p></aside>
        <footer><p>Copyright Example Media.</p></footer></body></html>
        """
    }

    /// The bytes in gzip format (deflate "stored" blocks: valid gzip that any decoder reads).
    static func gzip(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 255]
        var offset = 0
        repeat {
            let length = min(65535, data.count - offset)
            let last: UInt8 = offset + length >= data.count ? 1 : 0
            out += [last, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += data[offset..<(offset + length)]
            offset += length
        } while offset < data.count
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        crc ^= 0xFFFF_FFFF
        let size = UInt32(truncatingIfNeeded: data.count)
        for value in [crc, size] { out += (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        return out
    }
}

extension LoopbackServer.Response {
    /// An RSS feed with validators; answers 304 when the request carries the same ETag.
    static func feed(_ text: String, etag: String, request: LoopbackServer.Request) -> Self {
        if request.headers["if-none-match"] == etag { return Self(status: 304, headers: ["ETag": etag]) }
        return .text(text, type: "application/rss+xml; charset=utf-8",
                     headers: ["ETag": etag, "Last-Modified": "Sun, 12 Jan 2025 10:00:00 GMT"])
    }
}
