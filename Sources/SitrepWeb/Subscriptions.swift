import Foundation

/// A feed the user subscribes to: a line of the urls file.
public struct Subscription: Sendable, Equatable {
    public var url: String
    public var tags: [String]
    /// The name the user gave it (`"~name"`), else nil (the feed's own title is used).
    public var name: String?

    public init(url: String, tags: [String] = [], name: String? = nil) {
        self.url = url
        self.tags = tags
        self.name = name
    }

    /// Items of this feed get their page fetched (`fulltext` tag): for feeds that carry only summaries.
    public var fullText: Bool { tags.contains("fulltext") }
}

/// newsboat's urls file: one URL a line, optional tags after it (quoted when they hold spaces), `"~name"` names
/// the feed, lines starting with `#` are comments.
public enum Subscriptions {
    /// The subscriptions of a urls file; a line for each line that is not one (`problems`, with its line number);
    /// and a line for each of newsboat's `query:`, `exec:` and `filter:` feeds, which sitrep skips (`skipped`).
    public static func parse(_ text: String) -> (subscriptions: [Subscription], problems: [String], skipped: [String]) {
        var subscriptions: [Subscription] = []
        var problems: [String] = []
        var skipped: [String] = []
        var seen: Set<String> = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = WebText.collapsed(String(line))
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let words = tokens(trimmed)
            if let first = words.first, ["query:", "exec:", "filter:"].contains(where: first.hasPrefix) {
                skipped.append("line \(index + 1): newsboat's query, exec and filter feeds are not read by sitrep; skipped")
                continue
            }
            guard let url = words.first, url.hasPrefix("http://") || url.hasPrefix("https://") else {
                problems.append("line \(index + 1): not an http or https URL: \(words.first ?? trimmed)")
                continue
            }
            guard seen.insert(url).inserted else { continue }
            var subscription = Subscription(url: url)
            for word in words.dropFirst() {
                if word.hasPrefix("~") {
                    subscription.name = String(word.dropFirst())
                } else if !word.hasPrefix("!") {
                    subscription.tags.append(word)
                }
            }
            subscriptions.append(subscription)
        }
        return (subscriptions, problems, skipped)
    }

    /// The urls file line of a subscription.
    public static func line(_ subscription: Subscription) -> String {
        var words = [subscription.url] + subscription.tags.map(quoted)
        if let name = subscription.name { words.append("\"~" + name.replacingOccurrences(of: "\"", with: "'") + "\"") }
        return words.joined(separator: " ")
    }

    private static func quoted(_ word: String) -> String {
        word.contains(" ") || word.contains("\"") ? "\"" + word.replacingOccurrences(of: "\"", with: "'") + "\"" : word
    }

    /// Words separated by spaces; a double-quoted word keeps its spaces.
    private static func tokens(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " ", !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }
}
