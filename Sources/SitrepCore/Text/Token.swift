/// A word, number or punctuation mark of a paragraph, as a UTF-8 byte range of its text.
///
/// 24 bytes: every paragraph of an article keeps its tokens for all the passes over it, so the offsets are stored as
/// 32-bit numbers (a paragraph is shorter than 4 GB) and the flags packed before them.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation }

    public var kind: Kind
    /// First letter is upper case.
    public var isCapitalized: Bool
    /// Two or more letters and all of them upper case.
    public var isAllCaps: Bool
    /// Preceded by white space or the start of the paragraph.
    public var spaceBefore: Bool
    /// The first scalar (the whole mark for punctuation; `"` for the typewriter double marks '' and ``, the curly
    /// double mark for two curly single ones, ’’ and ‘‘).
    public var first: Unicode.Scalar
    private var startOffset: UInt32
    private var endOffset: UInt32
    /// Of a word or number whose bytes are all ASCII: the ``TermKey`` hash of its bytes, made while reading it.
    /// 0 otherwise.
    public var termHash: UInt64

    /// UTF-8 offsets in the paragraph text, end exclusive.
    public var start: Int {
        get { Int(startOffset) }
        set { startOffset = UInt32(newValue) }
    }
    public var end: Int {
        get { Int(endOffset) }
        set { endOffset = UInt32(newValue) }
    }

    init(kind: Kind, start: Int, end: Int, first: Unicode.Scalar, isCapitalized: Bool, isAllCaps: Bool,
         spaceBefore: Bool, termHash: UInt64 = 0) {
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.spaceBefore = spaceBefore
        self.first = first
        startOffset = UInt32(start)
        endOffset = UInt32(end)
        self.termHash = termHash
    }

    /// Opening or closing quotation mark, straight or curly, single or double.
    public var isQuoteMark: Bool {
        guard kind == .punctuation else { return false }
        switch first {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}", "\u{201E}", "\u{201A}":
            return true
        default:
            return false
        }
    }
}

/// Splits paragraph text into tokens in one linear pass over its bytes.
public enum Tokenizer {
    /// Arabic particles joined to a capitalised name ("al-Bitar", "el-Sisi", "bin-Salman", "Abu-"): the word is a
    /// name part as if capitalised.
    static func opensWithNameParticle(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var hyphen = start
        while hyphen < min(end, start + 4), bytes[hyphen] >= 0x61, bytes[hyphen] <= 0x7A { hyphen += 1 }
        guard hyphen > start, hyphen + 1 < end, bytes[hyphen] == 0x2D, bytes[hyphen + 1] >= 0x41, bytes[hyphen + 1] <= 0x5A
        else { return false }
        let particle = bytes[start..<hyphen]
        return nameParticles.contains { particle.elementsEqual($0) }
    }

    /// "al", "el", "ad", "as", "ash", "at", "az", "ar", "bin", "ibn", "abu", "ul", "ud", "ed".
    private static let nameParticles: [[UInt8]] = ["al", "el", "ad", "as", "ash", "at", "az", "ar", "bin", "ibn", "abu",
                                                   "ul", "ud", "ed"].map { Array($0.utf8) }

    /// Tokens of `bytes`. Apostrophes and hyphens inside words, internal periods of initials (J.D., U.S.)
    /// and the separators of numbers (23,000; 3.5) stay inside their token.
    public static func tokens(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        bytes.withUnsafeBufferPointer { tokenize($0, into: &tokens) }
        return tokens
    }

    /// The letters, upper-case letters and digits of a word being read, and the hash of its bytes.
    private struct Tally {
        var letters = 0, upper = 0, digits = 0
        /// Letters since the last joining period (initials have one).
        var segmentLetters = 0
        var hash = TermKey.hashSeed
        var isASCII = true

        /// Hashes bytes that are not ASCII letters or digits (joiners, the bytes of other scalars).
        @inline(__always)
        mutating func mix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            for index in start..<end {
                let byte = bytes[index]
                if byte >= 0x80 { isASCII = false }
                hash = TermKey.mix(hash, byte)
            }
        }

        @inline(__always)
        mutating func add(ascii byte: UInt8) {
            hash = TermKey.mix(hash, byte)
            switch ASCIIClass.of(byte) {
            case ASCIIClass.digit: digits &+= 1
            case ASCIIClass.upper: letters &+= 1; segmentLetters &+= 1; upper &+= 1
            case ASCIIClass.lower: letters &+= 1; segmentLetters &+= 1
            default: break
            }
        }

        mutating func add(_ scalar: Unicode.Scalar) {
            if scalar.properties.numericType != nil { digits += 1 }
            else if scalar.properties.isAlphabetic {
                letters += 1
                segmentLetters += 1
                if scalar.properties.isUppercase { upper += 1 }
            }
        }
    }

    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        var index = 0
        var spaceBefore = true
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                spaceBefore = true
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            if byte >= 0x80, UTF8Scalar.isWhitespace(scalar) {
                spaceBefore = true
                index += length
                continue
            }
            let asciiClass = byte < 0x80 ? ASCIIClass.of(byte) : ASCIIClass.other
            let token: Token
            if byte < 0x80 ? asciiClass != ASCIIClass.other : UTF8Scalar.isWordScalar(scalar) {
                let start = index
                var end = index + length
                var tally = Tally()
                if byte < 0x80 { tally.add(ascii: byte) } else { tally.add(scalar); tally.mix(bytes, index, index + length) }
                var sawPeriod = false
                let firstUpper = byte < 0x80 ? asciiClass == ASCIIClass.upper : scalar.properties.isUppercase
                reading: while end < count {
                    let nextByte = bytes[end]
                    if nextByte &- 0x61 < 26 {
                        // The common case: a run of lower-case ASCII letters.
                        var run = end, hash = tally.hash
                        repeat {
                            hash = (hash ^ UInt64(bytes[run])) &* TermKey.hashPrime
                            run &+= 1
                        } while run < count && bytes[run] &- 0x61 < 26
                        tally.hash = hash
                        tally.letters &+= run &- end
                        tally.segmentLetters &+= run &- end
                        end = run
                        continue
                    }
                    if nextByte < 0x80 {
                        if ASCIIClass.of(nextByte) != ASCIIClass.other {
                            tally.add(ascii: nextByte)
                            end &+= 1
                            continue
                        }
                        // Only ' - & , . may join two parts of a word: a space or any other mark ends it here.
                        switch nextByte {
                        case 0x27, 0x2D, 0x26, 0x2C, 0x2E: break
                        default: break reading
                        }
                    }
                    let (next, nextLength) = UTF8Scalar.decode(bytes, at: end)
                    if nextByte >= 0x80,
                       UTF8Scalar.isWordScalar(next) || !UTF8Scalar.isPunctuationBlock(next)
                        && next.properties.generalCategory == .nonspacingMark {
                        tally.add(next)
                        tally.mix(bytes, end, end + nextLength)
                        end += nextLength
                        continue
                    }
                    // Of the other marks, only these join: ’ and the Unicode hyphens.
                    switch next {
                    case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}", "&", ",", ".": break
                    default: break reading
                    }
                    let joinerEnd = end + nextLength
                    guard joinerEnd < count else { break }
                    let (after, _) = UTF8Scalar.decode(bytes, at: joinerEnd)
                    let afterIsWord = UTF8Scalar.isWordScalar(after)
                    let joins: Bool
                    switch next {
                    case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}", "&":
                        joins = afterIsWord
                    case ",":
                        joins = tally.digits > 0 && tally.letters == 0 && UTF8Scalar.isDigit(after)
                    case ".":
                        if tally.digits > 0 && tally.letters == 0 { joins = UTF8Scalar.isDigit(after) }
                        else { joins = tally.segmentLetters == 1 && afterIsWord && !UTF8Scalar.isDigit(after) }
                    default:
                        joins = false
                    }
                    guard joins else { break }
                    if next == "." { sawPeriod = true }
                    tally.segmentLetters = 0
                    tally.mix(bytes, end, joinerEnd)
                    end = joinerEnd
                }
                // Keep the final period of initials such as "J.D." or "U.S.".
                if sawPeriod, tally.segmentLetters == 1, end < count, bytes[end] == 0x2E {
                    tally.mix(bytes, end, end + 1)
                    end += 1
                }
                let kind: Token.Kind = tally.letters == 0 && tally.digits > 0 ? .number : .word
                // A particle has two or three letters and a hyphen (looked at only when the hyphen is there).
                let capitalised = firstUpper
                    || (end - start > 3 && (bytes[start + 2] == 0x2D || bytes[start + 3] == 0x2D)
                        && Tokenizer.opensWithNameParticle(bytes, start, end))
                token = Token(kind: kind, start: start, end: end, first: scalar, isCapitalized: capitalised,
                              isAllCaps: tally.letters >= 2 && tally.upper == tally.letters, spaceBefore: spaceBefore,
                              termHash: tally.isASCII ? tally.hash : 0)
            } else if (byte == 0x27 || byte == 0x60), index + 1 < count, bytes[index + 1] == byte {
                // Typewriter double quotes of some papers: '' (and the opening ``) are one straight double mark.
                token = Token(kind: .punctuation, start: index, end: index + 2, first: "\"",
                              isCapitalized: false, isAllCaps: false, spaceBefore: spaceBefore)
            } else if scalar == "\u{2019}" || scalar == "\u{2018}", index + 6 <= count, bytes[index + 3] == 0xE2,
                      bytes[index + 4] == 0x80, bytes[index + 5] == bytes[index + 2] {
                // Two curly single marks typed for a double one ("creators,’’ says"): one curly double mark.
                token = Token(kind: .punctuation, start: index, end: index + 6, first: scalar == "\u{2019}" ? "\u{201D}" : "\u{201C}",
                              isCapitalized: false, isAllCaps: false, spaceBefore: spaceBefore)
            } else {
                token = Token(kind: .punctuation, start: index, end: index + length, first: scalar,
                              isCapitalized: false, isAllCaps: false, spaceBefore: spaceBefore)
            }
            // One append for every kind of token keeps the array's append inlined in this loop.
            tokens.append(token)
            index = token.end
            spaceBefore = false
        }
    }
}

/// Classes of ASCII bytes for the tokenizer: digits, upper- and lower-case letters, everything else.
enum ASCIIClass {
    static let other: UInt8 = 0, digit: UInt8 = 1, upper: UInt8 = 2, lower: UInt8 = 3

    /// The class of an ASCII byte (below 0x80).
    @inline(__always)
    static func of(_ byte: UInt8) -> UInt8 {
        if byte >= 0x61 { return byte <= 0x7A ? lower : other }
        if byte >= 0x41 { return byte <= 0x5A ? upper : other }
        return byte >= 0x30 && byte <= 0x39 ? digit : other
    }
}

/// Decoding of single scalars from valid UTF-8 bytes.
enum UTF8Scalar {
    /// The scalar at `index` and its length in bytes. The bytes must be valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (Unicode.Scalar(byte), 1) }
        var value: UInt32
        let length: Int
        if byte >= 0xF0 { value = UInt32(byte & 0x07); length = 4 }
        else if byte >= 0xE0 { value = UInt32(byte & 0x0F); length = 3 }
        else { value = UInt32(byte & 0x1F); length = 2 }
        var offset = 1
        while offset < length, index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            offset += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value >= 0x30 && scalar.value <= 0x39) : scalar.properties.numericType == .decimal
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if isPunctuationBlock(scalar) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }

    /// In Unicode's General Punctuation block (dashes, curly quotes, ellipsis, spaces), which holds no letters,
    /// digits or marks: news text is full of these, and looking up their properties is slow.
    @inline(__always)
    static func isPunctuationBlock(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x2000 && scalar.value <= 0x206F
    }

    /// White space, with the spaces of the General Punctuation block answered without a property lookup.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard isPunctuationBlock(scalar) else { return scalar.properties.isWhitespace }
        let v = scalar.value
        return v <= 0x200A || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
    }
}

extension Paragraph {
    /// The text of a token.
    public func text(of token: Token) -> String { slice(token.start, token.end) }
}
