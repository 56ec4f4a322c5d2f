/// A stretch of a paragraph inside quotation marks.
struct QuoteRegion: Sendable, Hashable {
    /// Token index of the opening mark; nil when the paragraph opens inside a quotation.
    var open: Int?
    /// Token index of the closing mark; nil when the quotation is still open at the paragraph's end.
    var close: Int?
    /// UTF-8 offsets of the quoted words, without the marks.
    var contentStart: Int
    var contentEnd: Int
    /// Token range of the quoted words.
    var tokens: Range<Int>
}

/// Finds quotation marks and pairs them, telling apostrophes (it’s, Workers’ Party) from closing single quotes.
enum QuoteScanner {
    static let doubleOpeners: Set<Unicode.Scalar> = ["\u{201C}", "\u{201E}", "\u{00AB}"]
    static let doubleClosers: Set<Unicode.Scalar> = ["\u{201D}", "\u{00BB}"]
    static let openingContext: Set<Unicode.Scalar> = ["(", "[", "\u{2014}", "\u{2013}", "-", ":", "/"]

    /// Whether the mark at `index` is a turned apostrophe for the century left out of a year ("in ‘08", "the ‘70s").
    static func isElision(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].first == "\u{2018}", index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return ("0"..."9").contains(next.first) && next.end - next.start == (next.kind == .word ? 3 : 2)
    }

    /// The quotation regions of a paragraph, in order. Nested quotes stay inside their outer region.
    static func regions(_ tokens: [Token], byteCount: Int) -> [QuoteRegion] {
        var regions: [QuoteRegion] = []
        var openDouble: Int?
        var openSingle: Int?
        var singleIsStraight = false
        let count = tokens.count

        func canOpen(_ index: Int) -> Bool {
            guard index + 1 < count, !tokens[index + 1].spaceBefore else { return false }
            if index == 0 || tokens[index].spaceBefore { return true }
            let before = tokens[index - 1]
            return before.kind == .punctuation && (openingContext.contains(before.first) || before.isQuoteMark)
        }
        func canClose(_ index: Int) -> Bool {
            guard index > 0, !tokens[index].spaceBefore else { return false }
            if index + 1 < count, !tokens[index + 1].spaceBefore, tokens[index + 1].kind != .punctuation {
                return false
            }
            return true
        }
        /// A straight mark with a space either side, before words, and an even number of straight marks from it to
        /// the paragraph's end: an opening mark typed apart from the quotation it opens ("This would " provide
        /// supply."), not the close of a quotation carried over from the paragraph before ("we will not stop " she
        /// said, calling the ruling "absurd.").
        func standsApart(_ index: Int) -> Bool {
            guard index > 0, tokens[index].spaceBefore, index + 1 < count, tokens[index + 1].spaceBefore,
                  tokens[index + 1].kind != .punctuation else { return false }
            return tokens[index...].count(where: { $0.kind == .punctuation && $0.first == "\"" }).isMultiple(of: 2)
        }
        func region(open: Int?, close: Int?) -> QuoteRegion {
            let first = (open ?? -1) + 1
            let last = close ?? count
            // (A mark set apart from the words it opens, " provide, leaves the space out.)
            let start = open.map { $0 + 1 < count && tokens[$0 + 1].spaceBefore ? tokens[$0 + 1].start : tokens[$0].end } ?? 0
            let end = close.map { tokens[$0].start } ?? byteCount
            return QuoteRegion(open: open, close: close, contentStart: start, contentEnd: end, tokens: first..<last)
        }

        for index in 0..<count where tokens[index].isQuoteMark {
            let mark = tokens[index].first
            if doubleOpeners.contains(mark) {
                if openSingle != nil, singleIsStraight { openSingle = nil }
                if let open = openDouble, mark == "\u{201C}", canClose(index), !canOpen(index) {
                    // An opening mark typed where the closing one belongs ("here,“ said Ms Ruiz").
                    regions.append(region(open: open, close: index))
                    openDouble = nil
                } else if openDouble == nil, openSingle == nil {
                    openDouble = index
                }
            } else if doubleClosers.contains(mark) {
                if let open = openDouble {
                    regions.append(region(open: open, close: index))
                    openDouble = nil
                }
            } else if mark == "\"" {
                if openSingle != nil, singleIsStraight { openSingle = nil }
                if let open = openDouble {
                    // Inside a quotation, a mark that cannot open one closes it, even after a space: a nested quote
                    // ending the quotation is often set apart ("... say, 'Oh, this matters,' " she said).
                    if canClose(index) || index > 0 && !canOpen(index) {
                        regions.append(region(open: open, close: index))
                        openDouble = nil
                    }
                } else if openSingle == nil, canOpen(index) || standsApart(index) {
                    openDouble = index
                } else if openSingle == nil, regions.isEmpty, canClose(index), index > 0 {
                    // The paragraph opened inside a quotation carried over from the previous one.
                    regions.append(region(open: nil, close: index))
                }
            } else if mark == "\u{2018}" || mark == "\u{201A}" {
                if openDouble == nil, openSingle == nil, canOpen(index), !isElision(tokens, at: index) {
                    openSingle = index
                    singleIsStraight = false
                }
            } else {
                // ’ or ': closes an open single quote, opens one (straight only), or is an apostrophe.
                if let open = openSingle, canClose(index) {
                    regions.append(region(open: open, close: index))
                    openSingle = nil
                } else if mark == "'", openDouble == nil, openSingle == nil, canOpen(index) {
                    openSingle = index
                    singleIsStraight = true
                }
            }
        }
        if let open = openDouble { regions.append(region(open: open, close: nil)) }
        return regions.filter { $0.contentEnd > $0.contentStart }
    }
}
