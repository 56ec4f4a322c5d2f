import Foundation

/// The `:` command line, and the actions that hand work to the terminal loop (save, pipe, pager).
extension Reducer {
    /// The commands that take an argument, besides every bindable action's name, as the help lists them.
    public static let commands: [(usage: String, help: String)] = [
        ("search QUERY", "full-text search"), ("speaker NAME", "quotations of a speaker"),
        ("sort ORDER", "date, outlet, title, quotes or ingest"),
        ("limit outlet NAME", "only articles from sources named so"),
        ("limit speaker NAME", "only articles quoting a speaker"), ("limit story ID", "only a story's articles"),
        ("limit words QUERY", "only articles matching a search"), ("limit unread", "only unread articles"),
        ("limit flagged", "only flagged articles"), ("limit", "all the articles again"),
        ("save PATH", "save the article to a file"), ("pipe COMMAND", "pipe the article to a command"),
    ]

    /// Runs a command typed after `:`: an action's name (`next-linked`, `quit`), or `search`, `speaker`, `sort`,
    /// `limit`, `save`, `pipe` with an argument (without one, they act as their key does).
    func run(_ state: inout AppState, command text: String) {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0], argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch (name, argument.isEmpty) {
        case ("search", false): runSearch(&state, argument)
        case ("speaker", false):
            guard let speaker = speakerChoices(Prompt(kind: .speaker, text: argument)).first else {
                state.message = "No speaker matches \(argument)"
                return
            }
            visit(&state) { $0.reading = nil; $0.results = ResultList(kind: .speaker(key: speaker.key, name: speaker.listing.shownName)) }
        case ("sort", false):
            guard let order = ArticleView.Order(rawValue: argument) else {
                state.message = "sort: " + ArticleView.Order.allCases.map(\.rawValue).joined(separator: ", ")
                return
            }
            sort(&state, by: order)
        case ("limit", true): limit(&state, to: nil)
        case ("limit", false):
            switch ArticleView.Limit.parse(argument) {
            case let .success(limit): self.limit(&state, to: limit)
            case let .failure(error): state.message = error.message
            }
        case ("save", false): save(&state, to: argument)
        case ("pipe", false): pipe(&state, to: argument)
        default:
            guard let action = Action.bindable.first(where: { $0.name == name })?.action else {
                state.message = "Unknown command: \(name) (? lists the keys and commands)"
                return
            }
            guard argument.isEmpty else { state.message = "\(name) takes no argument"; return }
            reduce(&state, action)
        }
    }

    /// Asks the loop to write the current article to a file.
    func save(_ state: inout AppState, to path: String) {
        guard let stored = currentStored(&state) else { return }
        state.effect = .save(text: stored.text, path: path)
    }

    /// Asks the loop to pipe the current article to a shell command.
    func pipe(_ state: inout AppState, to command: String) {
        guard let stored = currentStored(&state) else { return }
        state.effect = .pipe(text: stored.text, command: command)
    }

    /// `p`: asks the loop to show the current article's source in the pager, at its first line (or the first line
    /// of the segment being read).
    func page(_ state: inout AppState) {
        guard let stored = currentStored(&state) else { return }
        let line = state.reading.flatMap { source.reading($0.segment, previewCharacters: 0)?.lines.lowerBound } ?? stored.line
        state.effect = .pager(path: stored.path, line: line, text: stored.file)
    }

    /// `o`: asks the loop to open the current article's web address, when it has one.
    func browse(_ state: inout AppState) {
        guard let key = currentArticle(state), let article = source.article(key) else {
            state.message = "No article selected"
            return
        }
        guard let url = article.url, url.hasPrefix("https://") || url.hasPrefix("http://") else {
            state.message = "No web address for this article"
            return
        }
        state.effect = .browse(url: url)
    }

    private func currentStored(_ state: inout AppState) -> StoredArticle? {
        guard let key = currentArticle(state), let stored = source.stored(ofArticle: key) else {
            state.message = "No article selected"
            return nil
        }
        return stored
    }
}
