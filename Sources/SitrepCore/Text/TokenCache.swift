/// The lower-cased words of each paragraph of one article (``TokenWords`` of its tokens), made once for all the
/// passes that read the article (attribution, the names it writes, figures) instead of once a pass.
///
/// A paragraph is known by its bytes' storage: passes get copies of the article's paragraphs, and copies share that
/// storage. Each entry keeps the bytes, so the storage lives as long as the cache and its address names no other
/// text. A reference, so that passes holding it fill it; one per article, used by one thread.
final class TokenCache {
    private struct Entry {
        let bytes: [UInt8]
        let words: TokenWords
    }

    private var entries: [UnsafeRawPointer: Entry] = [:]

    init() {}

    /// The ``TokenWords`` of a paragraph's tokens.
    func words(of paragraph: Paragraph) -> TokenWords {
        let bytes = paragraph.bytes
        guard let address = TokenCache.address(bytes) else { return TokenWords(bytes, tokens: paragraph.tokens) }
        if let entry = entries[address], entry.bytes.count == bytes.count { return entry.words }
        let words = TokenWords(bytes, tokens: paragraph.tokens)
        entries[address] = Entry(bytes: bytes, words: words)
        return words
    }

    /// Where the bytes are stored; nil for no bytes (which need no cache).
    private static func address(_ bytes: [UInt8]) -> UnsafeRawPointer? {
        guard !bytes.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { $0.baseAddress.map { UnsafeRawPointer($0) } }
    }
}
