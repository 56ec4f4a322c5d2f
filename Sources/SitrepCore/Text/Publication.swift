/// Where a text file says its article was published: the outlet its front matter names. A saved page or feed
/// item has `source:` (the web reader writes it); files written by hand or by other tools say `outlet:` or
/// `publisher:`.
public enum Publication {
    /// The front-matter keys that name the outlet, the first one present wins.
    public static let outletKeys = ["outlet", "publisher", "source"]

    /// The outlet named by front matter (``SourceText/metadata``); nil when none is, or it is blank.
    public static func outlet(in metadata: [String: String]) -> String? {
        outletKeys.lazy.compactMap { metadata[$0] }.first { !$0.isEmpty }
    }
}
