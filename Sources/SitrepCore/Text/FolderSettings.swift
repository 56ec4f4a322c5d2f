/// The settings a folder of news files may hold in a file named ``fileName``, for every file under it (sub-folders
/// included, unless one of them has settings of its own). Lines as in the reader's config file: blank lines and
/// lines starting with `#` are ignored, and each other line is a setting and its value:
///
///     # every file here is one story
///     one-article yes
public struct FolderSettings: Sendable, Equatable {
    /// The settings file's name: hidden, so that a folder walk never takes it for news.
    public static let fileName = ".sitrep"

    /// Each file is one article (``ArticleParser/Boundaries/wholeSource``); nil when the file does not say.
    public var oneArticle: Bool?

    public init(oneArticle: Bool? = nil) {
        self.oneArticle = oneArticle
    }

    /// How files under the folder are cut into articles, when the settings say.
    public var boundaries: ArticleParser.Boundaries? {
        oneArticle.map { $0 ? .wholeSource : .detected }
    }

    /// A line of a settings file that could not be read.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Reads a settings file; `one-article` alone means `one-article yes`.
    public static func parse(_ text: String) throws(Problem) -> FolderSettings {
        var settings = FolderSettings()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "=" }).map(String.init)
            switch (words.first, words.count) {
            case ("one-article", 1):
                settings.oneArticle = true
            case ("one-article", 2):
                guard let value = yesOrNo(words[1]) else {
                    throw Problem(line: index + 1, message: "one-article takes yes or no, not '\(words[1])'")
                }
                settings.oneArticle = value
            default:
                throw Problem(line: index + 1, message: "unknown setting '\(line)' (one-article yes|no)")
            }
        }
        return settings
    }

    private static func yesOrNo(_ word: String) -> Bool? {
        switch word.lowercased() {
        case "yes", "true", "on": true
        case "no", "false", "off": false
        default: nil
        }
    }
}
