import Foundation

/// How the article list is shown: its order and what it is limited to (`S`, `:sort`, `:limit`).
public struct ArticleView: Sendable, Hashable {
    /// The orders `S` cycles through, in this order.
    public enum Order: String, Sendable, CaseIterable {
        case ingest, date, outlet, title, quotes

        /// How the status line says it.
        public var label: String {
            switch self {
            case .ingest: "order of ingest"
            case .date: "date (newest first)"
            case .outlet: "outlet"
            case .title: "title"
            case .quotes: "number of quotations"
            }
        }
    }

    /// What the list is limited to.
    public enum Limit: Sendable, Hashable {
        /// Articles from an outlet: sources whose path contains the name.
        case outlet(String)
        /// Articles quoting a speaker.
        case speaker(String)
        /// Articles with a segment in a story (its id, as `sitrep stories` lists it).
        case story(Int)
        /// Articles matching a full-text query.
        case words(String)
        case unread, flagged

        /// How the title bar and `:limit` write it ("outlet bbc", "unread").
        public var label: String {
            switch self {
            case let .outlet(name): "outlet \(name)"
            case let .speaker(name): "speaker \(name)"
            case let .story(id): "story \(id)"
            case let .words(query): "words \(query)"
            case .unread: "unread"
            case .flagged: "flagged"
            }
        }

        /// The limit `:limit ARGUMENTS` asks for, or why it cannot be read.
        public static func parse(_ arguments: String) -> Result<Limit, CommandError> {
            let words = arguments.split(separator: " ", maxSplits: 1).map(String.init)
            let kind = words.first ?? "", rest = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
            switch (kind, rest.isEmpty) {
            case ("unread", true): return .success(.unread)
            case ("flagged", true): return .success(.flagged)
            case ("outlet", false): return .success(.outlet(rest))
            case ("speaker", false): return .success(.speaker(rest))
            case ("words", false): return .success(.words(rest))
            case ("story", false):
                guard let id = Int(rest) else { return .failure(CommandError("story ID: a number, as sitrep stories lists")) }
                return .success(.story(id))
            default:
                return .failure(CommandError("limit: outlet NAME, speaker NAME, story ID, words QUERY, unread or flagged"))
            }
        }
    }

    public var order: Order
    public var limit: Limit?

    public init(order: Order = .ingest, limit: Limit? = nil) {
        self.order = order
        self.limit = limit
    }
}

/// A command (`:` line) or a view the source could not apply, with a one-line reason.
public struct CommandError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
