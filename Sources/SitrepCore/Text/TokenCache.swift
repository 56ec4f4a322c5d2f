/// The tokens and lower-cased words of each paragraph of one article, made once for all the passes that read the
/// article (attribution, the names it writes, figures) instead of once a pass.
///
/// A paragraph is known by its bytes' storage: passes get copies of the article's paragraphs, and copies share that
/// storage. Each entry keeps the bytes, so the storage lives as long as the cache and its address names no other
/// text. A reference, so that passes holding it fill it; one per article, used by one thread.
final class TokenCache {
    private struct Entry {
        let bytes: [UInt8]
        let tokens: [Token]
        var words: TokenWords?
    }

    private var entries: [UnsafeRawPointer: Entry] = [:]

    init() {}

    /// ``Tokenizer/tokens(_:)`` of a paragraph's bytes.
    func tokens(_ bytes: [UInt8]) -> [Token] {
        guard let address = TokenCache.address(bytes) else { return Tokenizer.tokens(bytes) }
        if let entry = entries[address], entry.bytes.count == bytes.count { return entry.tokens }
        let tokens = Tokenizer.tokens(bytes)
        entries[address] = Entry(bytes: bytes, tokens: tokens, words: nil)
        return tokens
    }

    /// The ``TokenWords`` of a paragraph's bytes, with its tokens.
    func words(_ bytes: [UInt8]) -> (tokens: [Token], words: TokenWords) {
        let tokens = tokens(bytes)
        guard let address = TokenCache.address(bytes) else { return (tokens, TokenWords(bytes, tokens: tokens)) }
        if let words = entries[address]?.words { return (tokens, words) }
        let words = TokenWords(bytes, tokens: tokens)
        entries[address]?.words = words
        return (tokens, words)
    }

    /// Where the bytes are stored; nil for no bytes (which need no cache).
    private static func address(_ bytes: [UInt8]) -> UnsafeRawPointer? {
        guard !bytes.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { $0.baseAddress.map { UnsafeRawPointer($0) } }
    }
}
