/// A word, number or punctuation mark of a paragraph, as a UTF-8 byte range of its text.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation }

    public var kind: Kind
    /// UTF-8 offsets in the paragraph text, end exclusive.
    public var start: Int
    public var end: Int
    /// The first scalar (the whole mark for punctuation; `"` for the typewriter double marks '' and ``).
    public var first: Unicode.Scalar
    /// First letter is upper case.
    public var isCapitalized: Bool
    /// Two or more letters and all of them upper case.
    public var isAllCaps: Bool
    /// Preceded by white space or the start of the paragraph.
    public var spaceBefore: Bool

    /// Opening or closing quotation mark, straight or curly, single or double.
    public var isQuoteMark: Bool {
        kind == .punctuation && Token.quoteMarks.contains(first)
    }

    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}",
                                                   "\u{00AB}", "\u{00BB}", "\u{201E}", "\u{201A}"]
}

/// Splits paragraph text into tokens in one linear pass over its bytes.
public enum Tokenizer {
    /// Tokens of `bytes`. Apostrophes and hyphens inside words, internal periods of initials (J.D., U.S.)
    /// and the separators of numbers (23,000; 3.5) stay inside their token.
    public static func tokens(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
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
            if byte >= 0x80, scalar.properties.isWhitespace {
                spaceBefore = true
                index += length
                continue
            }
            if UTF8Scalar.isWordScalar(scalar) {
                let start = index
                var end = index + length
                var letters = 0, upper = 0, digits = 0
                var segmentLetters = 0
                var sawPeriod = false
                func tally(_ s: Unicode.Scalar) {
                    if s.isASCII {
                        let v = s.value
                        if v >= 0x30 && v <= 0x39 { digits += 1 }
                        else if v >= 0x41 && v <= 0x5A { letters += 1; segmentLetters += 1; upper += 1 }
                        else if v >= 0x61 && v <= 0x7A { letters += 1; segmentLetters += 1 }
                        return
                    }
                    if s.properties.numericType != nil { digits += 1 }
                    else if s.properties.isAlphabetic {
                        letters += 1
                        segmentLetters += 1
                        if s.properties.isUppercase { upper += 1 }
                    }
                }
                tally(scalar)
                let firstUpper = scalar.isASCII ? (byte >= 0x41 && byte <= 0x5A) : scalar.properties.isUppercase
                while end < count {
                    let (next, nextLength) = UTF8Scalar.decode(bytes, at: end)
                    if UTF8Scalar.isWordScalar(next) || !next.isASCII && next.properties.generalCategory == .nonspacingMark {
                        tally(next)
                        end += nextLength
                        continue
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
                        joins = digits > 0 && letters == 0 && UTF8Scalar.isDigit(after)
                    case ".":
                        if digits > 0 && letters == 0 { joins = UTF8Scalar.isDigit(after) }
                        else { joins = segmentLetters == 1 && afterIsWord && !UTF8Scalar.isDigit(after) }
                    default:
                        joins = false
                    }
                    guard joins else { break }
                    if next == "." { sawPeriod = true }
                    segmentLetters = 0
                    end = joinerEnd
                }
                // Keep the final period of initials such as "J.D." or "U.S.".
                if sawPeriod, segmentLetters == 1, end < count, bytes[end] == 0x2E { end += 1 }
                let kind: Token.Kind = letters == 0 && digits > 0 ? .number : .word
                tokens.append(Token(kind: kind, start: start, end: end, first: scalar, isCapitalized: firstUpper,
                                    isAllCaps: letters >= 2 && upper == letters, spaceBefore: spaceBefore))
                index = end
            } else if (byte == 0x27 || byte == 0x60), index + 1 < count, bytes[index + 1] == byte {
                // Typewriter double quotes of some papers: '' (and the opening ``) are one straight double mark.
                tokens.append(Token(kind: .punctuation, start: index, end: index + 2, first: "\"",
                                    isCapitalized: false, isAllCaps: false, spaceBefore: spaceBefore))
                index += 2
            } else {
                tokens.append(Token(kind: .punctuation, start: index, end: index + length, first: scalar,
                                    isCapitalized: false, isAllCaps: false, spaceBefore: spaceBefore))
                index += length
            }
            spaceBefore = false
        }
        return tokens
    }
}

/// Decoding of single scalars from valid UTF-8 bytes.
enum UTF8Scalar {
    /// The scalar at `index` and its length in bytes. The bytes must be valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
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
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }
}

extension Paragraph {
    /// The text of a token.
    public func text(of token: Token) -> String { slice(token.start, token.end) }
}
