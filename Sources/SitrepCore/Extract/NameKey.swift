import Foundation

/// Comparison keys for names that tolerate transliteration and spelling variants.
///
/// Case, diacritics, spaces, hyphens and apostrophes are ignored, `y` is read as `i`, and doubled letters as
/// one: Zelensky, Zelenskiy and Zelenskyy share a key, as do Kim Jong Un and Kim Jong-un.
public enum NameKey {
    /// The key of a whole name. Cyrillic is transliterated first (Ukrainian or Russian by the letters the name
    /// uses), so that Зеленський, Зеленский and Zelensky share a key, as do Песков and Peskov.
    public static func key(_ name: String) -> String {
        if let key = name.utf8.withContiguousStorageIfAvailable({ NameBytes.key($0) }) ?? nil { return key }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let ukrainian = folded.unicodeScalars.contains { Cyrillic.ukrainianLetters.contains($0) }
        var key = ""
        var previous: Character?
        func add(_ character: Character) {
            let character: Character = character == "y" ? "i" : character
            if character == previous { return }
            key.append(character)
            previous = character
        }
        for scalar in folded.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            if let latin = Cyrillic.latin(scalar, ukrainian: ukrainian) {
                latin.forEach(add)
            } else {
                add(Character(scalar))
            }
        }
        return key
    }

    /// Keys of each word of a name, honorifics and initials dropped.
    public static func parts(_ name: String, lexicon: Lexicon) -> [String] {
        if let parts = name.utf8.withContiguousStorageIfAvailable({ NameBytes.parts($0, lexicon: lexicon) }) ?? nil {
            return parts
        }
        return name.split(whereSeparator: { $0 == " " }).compactMap { word in
            let bare = word.lowercased().trimmingPeriods()
            guard lexicon.honorifics[bare] == nil else { return nil }
            let key = key(String(word))
            return key.isEmpty ? nil : key
        }
    }

    /// A description reduced for comparison: lower case, no determiner, plural `s` dropped at the end.
    public static func description(_ text: String) -> String {
        if let reduced = text.utf8.withContiguousStorageIfAvailable({ NameBytes.description($0) }) ?? nil { return reduced }
        var words = text.lowercased().byteSplit(separator: " ").map(String.init)
        if let first = words.first, ["a", "an", "the"].contains(first) { words.removeFirst() }
        if var last = words.popLast() {
            if last.count > 3, last.hasSuffix("s") { last.removeLast() }
            words.append(last)
        }
        return words.joined(separator: " ").replacingOccurrences(of: "\u{2019}", with: "'")
    }
}
