/// What a file holds, told by its content (never by its name): text to read as news, or data that is not an
/// article (JSON, XML, a PDF, an image, an archive, an office document, a program...), which is refused with one
/// line saying what it looks like. Web pages and feeds are told apart before this, by the web reader.
public enum ContentKind: Sendable, Equatable {
    /// Text, to be read as articles.
    case text
    /// JSON data or JSON lines (an `index.json`, a data dump): not an article.
    case json
    /// XML that is neither a web page nor a feed (a sitemap, an SVG drawing, a configuration).
    case xml
    /// A PDF document: its text has to be saved as text first.
    case pdf
    /// A document in rich text format.
    case rtf
    /// Any other binary format recognised by its first bytes, named ("a PNG image", "a zip archive").
    case binary(String)

    /// The bytes examined at the start of a file: enough for every signature and the first tokens of JSON or XML.
    static let headLength = 1024

    /// The kind of a file by its first bytes (and, for JSON, its last).
    public static func of(_ bytes: [UInt8]) -> ContentKind {
        if let name = BinarySignature.name(of: bytes) {
            return name == BinarySignature.pdf ? .pdf : .binary(name)
        }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        guard start < bytes.count else { return .text }
        let head = bytes[start..<min(bytes.count, start + headLength)]
        if head.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        if isJSON(bytes, from: start) { return .json }
        if isXML(head) { return .xml }
        return .text
    }

    /// The line that tells the user why the file was not read.
    public func refusal(file: String) -> String? {
        switch self {
        case .text: nil
        case .json: "\(file): looks like JSON data, not an article or a feed; skipped"
        case .xml: "\(file): looks like XML data, not an article, a web page or a feed; skipped"
        case .pdf: "\(file): looks like a PDF; save it as text first; skipped"
        case .rtf: "\(file): looks like a rich text (RTF) document; save it as plain text first; skipped"
        case let .binary(name): "\(file): looks like \(name), not text; skipped"
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// JSON: an object or an array whose first member opens as JSON does (a string key, a value), and whose last
    /// byte closes it. A line of text in brackets ("[Reuters] ...", "{sic}") opens with a word, not a value.
    private static func isJSON(_ bytes: [UInt8], from start: Int) -> Bool {
        let open = bytes[start]
        guard open == UInt8(ascii: "{") || open == UInt8(ascii: "[") else { return false }
        var end = bytes.count - 1
        while end > start, isSpace(bytes[end]) { end -= 1 }
        let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        guard end > start, bytes[end] == close else { return false }
        var next = start + 1
        while next < end, isSpace(bytes[next]) { next += 1 }
        let first = bytes[next]
        if open == UInt8(ascii: "{") { return first == UInt8(ascii: "\"") || first == close }
        return Array("\"{[]-0123456789".utf8).contains(first) || bytes[next...].starts(with: Array("true".utf8))
            || bytes[next...].starts(with: Array("false".utf8)) || bytes[next...].starts(with: Array("null".utf8))
    }

    /// XML: an XML declaration, or a document type or element at the very start that is closed further on.
    private static func isXML(_ head: ArraySlice<UInt8>) -> Bool {
        if head.starts(with: Array("<?xml".utf8)) { return true }
        guard head.first == UInt8(ascii: "<"), head.count > 1 else { return false }
        let second = head[head.startIndex + 1]
        let opensElement = (second >= UInt8(ascii: "a") && second <= UInt8(ascii: "z"))
            || (second >= UInt8(ascii: "A") && second <= UInt8(ascii: "Z")) || second == UInt8(ascii: "!")
        guard opensElement else { return false }
        // "<name ...>" then "</" or "/>" somewhere in the head: markup, not a sentence that starts with "<".
        guard let close = head.firstIndex(of: UInt8(ascii: ">")) else { return false }
        let rest = head[close...]
        return zip(rest, rest.dropFirst()).contains { $0 == UInt8(ascii: "<") && $1 == UInt8(ascii: "/") }
            || head[..<close].last == UInt8(ascii: "/")
    }
}

/// The first bytes ("magic numbers") of binary formats people keep next to their news files.
enum BinarySignature {
    static let pdf = "a PDF"

    /// A signature: the bytes expected at an offset, and what they mean.
    private struct Signature {
        var offset: Int
        var bytes: [UInt8]
        var name: String
    }

    /// Office documents are zip archives whose first entry names what they are.
    private static let zipMembers: [(member: String, name: String)] = [
        ("word/", "a Word document"), ("xl/", "an Excel workbook"), ("ppt/", "a PowerPoint presentation"),
        ("mimetypeapplication/vnd.oasis.opendocument", "an OpenDocument file"),
        ("mimetypeapplication/epub+zip", "an EPUB book"), ("[Content_Types].xml", "an Office document"),
    ]

    private static let signatures: [Signature] = [
        Signature(offset: 0, bytes: Array("%PDF-".utf8), name: pdf),
        Signature(offset: 0, bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], name: "a PNG image"),
        Signature(offset: 0, bytes: [0xFF, 0xD8, 0xFF], name: "a JPEG image"),
        Signature(offset: 0, bytes: Array("GIF87a".utf8), name: "a GIF image"),
        Signature(offset: 0, bytes: Array("GIF89a".utf8), name: "a GIF image"),
        Signature(offset: 8, bytes: Array("WEBP".utf8), name: "a WebP image"),
        Signature(offset: 0, bytes: [0x49, 0x49, 0x2A, 0x00], name: "a TIFF image"),
        Signature(offset: 0, bytes: [0x4D, 0x4D, 0x00, 0x2A], name: "a TIFF image"),
        Signature(offset: 4, bytes: Array("ftyp".utf8), name: "a video or audio file (MP4)"),
        Signature(offset: 0, bytes: Array("ID3".utf8) + [0x03], name: "an audio file (MP3)"),
        Signature(offset: 0, bytes: Array("ID3".utf8) + [0x04], name: "an audio file (MP3)"),
        Signature(offset: 0, bytes: Array("OggS".utf8), name: "an audio or video file (Ogg)"),
        Signature(offset: 0, bytes: [0x1A, 0x45, 0xDF, 0xA3], name: "a video file (Matroska/WebM)"),
        Signature(offset: 0, bytes: [0x50, 0x4B, 0x03, 0x04], name: "a zip archive"),
        Signature(offset: 0, bytes: [0x50, 0x4B, 0x05, 0x06], name: "a zip archive"),
        Signature(offset: 0, bytes: [0x1F, 0x8B], name: "a gzip archive"),
        Signature(offset: 0, bytes: Array("BZh".utf8), name: "a bzip2 archive"),
        Signature(offset: 0, bytes: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], name: "an xz archive"),
        Signature(offset: 0, bytes: [0x28, 0xB5, 0x2F, 0xFD], name: "a zstd archive"),
        Signature(offset: 0, bytes: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], name: "a 7-Zip archive"),
        Signature(offset: 0, bytes: Array("Rar!".utf8), name: "a RAR archive"),
        Signature(offset: 257, bytes: Array("ustar".utf8), name: "a tar archive"),
        Signature(offset: 0, bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], name: "an old Office document (doc, xls or ppt)"),
        Signature(offset: 0, bytes: Array("SQLite format 3".utf8) + [0], name: "an SQLite database"),
        Signature(offset: 0, bytes: [0x7F, 0x45, 0x4C, 0x46], name: "a program (ELF)"),
        Signature(offset: 0, bytes: Array("MZ".utf8), name: "a Windows program"),
        Signature(offset: 0, bytes: [0x00, 0x61, 0x73, 0x6D], name: "a WebAssembly module"),
        Signature(offset: 0, bytes: Array("wOFF".utf8), name: "a web font"),
        Signature(offset: 0, bytes: Array("wOF2".utf8), name: "a web font"),
    ]

    /// What the bytes are, when they open with a known signature; nil for text and for formats not known here.
    static func name(of bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.count >= signature.offset + signature.bytes.count {
            guard bytes[signature.offset..<(signature.offset + signature.bytes.count)].elementsEqual(signature.bytes) else {
                continue
            }
            // "RIFF....WEBP" needs its RIFF too; "MZ" opens words: only with binary bytes after.
            if signature.name == "a WebP image", !bytes.starts(with: Array("RIFF".utf8)) { continue }
            if signature.bytes == Array("MZ".utf8), !bytes.prefix(64).contains(0) { continue }
            if signature.name == "a zip archive" {
                let head = String(decoding: bytes.prefix(ContentKind.headLength).map { $0 < 0x80 && $0 >= 0x20 ? $0 : 0x20 },
                                  as: UTF8.self)
                return zipMembers.first { head.contains($0.member) }?.name ?? signature.name
            }
            return signature.name
        }
        return nil
    }
}
