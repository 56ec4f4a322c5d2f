/// Latin spellings of Ukrainian and Russian letters, as English-language news writes names (Зеленський Zelenskyi,
/// Песков Peskov, Харків Kharkiv), for comparison keys: soft and hard signs are dropped, г is h in Ukrainian and g
/// in Russian.
enum Cyrillic {
    /// Letters only Ukrainian uses: a name with one of them is read as Ukrainian.
    static let ukrainianLetters: Set<Unicode.Scalar> = ["і", "ї", "є", "ґ"]

    /// Lower-case letters common to both, with the spelling both take.
    private static let common: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z", "й": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
        "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "ю": "iu", "я": "ia", "ё": "io", "э": "e",
        "ы": "i", "і": "i", "ї": "i", "є": "ie", "ґ": "g",
    ]

    /// The Latin spelling of a lower-case Cyrillic letter, nil for any other scalar.
    static func latin(_ scalar: Unicode.Scalar, ukrainian: Bool) -> String? {
        switch scalar {
        case "г": ukrainian ? "h" : "g"
        case "и": ukrainian ? "y" : "i"
        default: common[scalar]
        }
    }
}
