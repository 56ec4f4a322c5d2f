/// Counts with their nouns: "1 hit", "2 hits", "0 hits".
enum Plural {
    /// The number and the noun, with an "s" unless the number is 1.
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
