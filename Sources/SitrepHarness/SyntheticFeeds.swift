import Foundation

/// Feeds made up for tests and benchmarks: every item different, with numbers and a quotation, as the analysis
/// meets them in real feeds.
public enum SyntheticFeeds {
    /// An RSS 2.0 feed of `count` items with full text (three paragraphs, one with a quotation), numbered so that
    /// every item differs; `revision` changes the text of the first item.
    public static func rss(feed: Int, count: Int, revision: Int = 0, summaryOnly: Bool = false, base: String = "") -> String {
        var items = ""
        for item in 0..<count {
            let extra = item == 0 && revision > 0 ? " The figure was revised \(revision) times." : ""
            let body = """
                <p>Officials in region \(feed) said \(item * 7 + 3) buildings were damaged in strike \(item) overnight, \
                and \(item + 2) people were wounded, the regional governor said on Telegram.\(extra)</p>
                <p>"Repair crews from district \(feed)-\(item) are already at work," the governor said in a statement.</p>
                <p>Air defences shot down \(item % 40 + 10) drones over the region, the air force said on Sunday.</p>
                """
            let content = summaryOnly ? "" : "<content:encoded><![CDATA[\(body)]]></content:encoded>"
            items += """
                <item><title>Strike \(item) damages buildings in region \(feed)</title>
                <link>\(base)/pages/\(feed)/\(item).html</link><guid isPermaLink="false">feed\(feed)-item\(item)</guid>
                <pubDate>Sun, 12 Jan 2025 \(String(format: "%02d", item % 24)):30:00 GMT</pubDate>
                <description>Summary of strike \(item) in region \(feed).</description>\(content)</item>

                """
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Regional feed \(feed)</title><link>https://region\(feed).example/</link>
            \(items)</channel></rss>
            """
    }

}
