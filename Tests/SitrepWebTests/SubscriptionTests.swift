import Testing
@testable import SitrepWeb

@Suite struct SubscriptionTests {
    @Test func urlsFile() {
        let text = """
            # news
            https://wire.example/rss world "~Example Wire"
            https://ngo.example/feed.xml fulltext "aid groups"

            "query:Unread Articles:unread = \"yes\""
            htps://typo.example/feed
            https://wire.example/rss duplicate
            """
        let (subscriptions, problems, skipped) = Subscriptions.parse(text)
        #expect(subscriptions == [
            Subscription(url: "https://wire.example/rss", tags: ["world"], name: "Example Wire"),
            Subscription(url: "https://ngo.example/feed.xml", tags: ["fulltext", "aid groups"]),
        ])
        #expect(subscriptions[1].fullText)
        #expect(problems == ["line 6: not an http or https URL: htps://typo.example/feed"])
        #expect(skipped.count == 1 && skipped[0].hasPrefix("line 5:"))
        #expect(Subscriptions.line(subscriptions[0]) == "https://wire.example/rss world \"~Example Wire\"")
        #expect(Subscriptions.line(subscriptions[1]) == "https://ngo.example/feed.xml fulltext \"aid groups\"")
    }

    @Test func opmlRoundTrip() throws {
        let opml = """
            <?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
            <outline text="Ukraine"><outline text="Wire &amp; co" type="rss" xmlUrl="https://wire.example/rss?a=1&amp;b=2"/></outline>
            <outline title="NGO" xmlUrl="https://ngo.example/feed.xml"/></body></opml>
            """
        let imported = try OPML.subscriptions(Array(opml.utf8))
        #expect(imported == [
            Subscription(url: "https://wire.example/rss?a=1&b=2", tags: ["Ukraine"], name: "Wire & co"),
            Subscription(url: "https://ngo.example/feed.xml", name: "NGO"),
        ])
        let again = try OPML.subscriptions(Array(OPML.document(imported).utf8))
        #expect(again.map(\.url) == imported.map(\.url))
        #expect(again.map(\.name) == imported.map(\.name))
    }
}

@Suite struct WebTextTests {
    @Test func collapsedKeepsOneLineOfVisibleText() {
        #expect(WebText.collapsed("  a\tb\r\n\u{00A0} c\u{2003}d\u{3000}") == "a b c d")
        #expect(WebText.collapsed("\u{FEFF}bell\u{07} and\u{1B}[31m escape\u{85}next\u{9B}") == "bell and[31m escape next")
        #expect(WebText.collapsed("Київ — «мир»") == "Київ — «мир»")
        #expect(WebText.collapsed(" \n ") == "")
    }
}
