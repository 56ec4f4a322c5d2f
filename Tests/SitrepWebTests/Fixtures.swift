/// Documents the tests write: news-site page templates and feeds, built from the structures real sites use.
enum Fixtures {
    static let paragraphs = [
        "KYIV (Reuters) - Russian drones struck energy facilities in three regions overnight, leaving about 23,000 households without power, Ukraine's energy ministry said on Sunday.",
        "\"The enemy again targeted our energy system, but repair crews are already at work,\" Energy Minister Herman Halushchenko said in a statement.",
        "Air defences shot down 41 of the 64 drones launched, the air force said, adding that the remaining drones were lost to electronic jamming.",
        "Moscow did not comment on the strikes, which came a day after talks in Geneva ended without agreement.",
    ]

    static let navigation = [
        "Home", "World", "Business", "Markets", "Sign up for our newsletter", "Share on Facebook", "Share on X",
        "Most read: Markets rally as oil falls", "Related: Ukraine war explained in maps", "We use cookies to improve your experience",
        "Accept all cookies", "Copyright 2025 Example Media Group. All rights reserved.", "Terms of use", "Privacy policy",
    ]

    /// A wire-service layout: site header and menu, an `article` with a header (headline, byline, time), a
    /// figure, the body, share buttons and related links inside the article, an aside, a footer, scripts.
    static let wirePage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Russian drones hit power grid, ministry says | Example Wire</title>
        <meta property="og:site_name" content="Example Wire">
        <meta property="og:title" content="Russian drones hit power grid, ministry says">
        <meta property="article:published_time" content="2025-01-12T09:30:00+02:00">
        <link rel="canonical" href="https://wire.example/world/drones-power-grid">
        <style>body { font-family: serif }</style>
        <script>window.dataLayer = [{"page": "article"}];</script>
        </head><body>
        <div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience</p><button>Accept all cookies</button></div>
        <header class="site-header"><a href="/">Example Wire</a>
          <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
          <li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li></ul></nav></header>
        <main>
        <article class="article">
          <header class="article-header"><h1>Russian drones hit power grid, ministry says</h1>
            <p class="byline">By Jane Doe and Olena Kovalenko</p><time datetime="2025-01-12T09:30:00+02:00">January 12, 2025</time></header>
          <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
          <figure><img src="grid.jpg" alt=""><figcaption>A repair crew works on a damaged substation near Kyiv.</figcaption></figure>
          <div class="article-body">
            <p>\(paragraphs[0])</p>
            <p>\(paragraphs[1])</p>
            <div class="ad-slot advertisement"><p>Advertisement</p></div>
            <p>\(paragraphs[2])</p>
            <p>\(paragraphs[3])</p>
          </div>
          <section class="related-stories"><h2>Related</h2><ul><li><a href="/x">Related: Ukraine war explained in maps</a></li></ul></section>
        </article>
        <aside class="sidebar"><h2>Most read</h2><ol><li><a href="/m">Most read: Markets rally as oil falls</a></li></ol></aside>
        </main>
        <div class="newsletter-signup"><p>Sign up for our newsletter</p></div>
        <footer><p>Copyright 2025 Example Media Group. All rights reserved.</p><a href="/terms">Terms of use</a> <a href="/privacy">Privacy policy</a></footer>
        <script>track("pageview");</script>
        </body></html>
        """

    /// A layout of divs only (no `article` or `main`), with navigation marked by class names and roles, the date
    /// and author in JSON-LD, and a live-updated sidebar with long teaser paragraphs.
    static let divPage = """
        <html><head><title>Drones hit grid - Regional News</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Regional News"},
        {"@type":"NewsArticle","headline":"Drones hit grid in three regions","datePublished":"2025-01-12T07:30:00Z",
        "author":[{"@type":"Person","name":"Taras Melnyk"}],"publisher":{"@type":"Organization","name":"Regional News"}}]}</script>
        </head><body>
        <div id="top-menu" role="navigation"><a href="/">Home</a> | <a href="/w">World</a></div>
        <div class="page-wrapper">
          <div class="col-left breadcrumb"><a href="/">Home</a> &gt; <a href="/w">World</a></div>
          <div class="story-content">
            <h1 class="story-title">Drones hit grid in three regions</h1>
            <div class="story-text">
              <p>\(paragraphs[0])</p><p>\(paragraphs[1])</p>
              <div class="inline-promo"><a href="/n">Sign up for our newsletter</a></div>
              <p>\(paragraphs[2])</p><p>\(paragraphs[3])</p>
            </div>
            <div class="social-share"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div>
          </div>
          <div class="trending-widget"><p><a href="/m">Most read: Markets rally as oil falls</a></p>
            <p>Teaser: oil prices fell for a third day on Friday, with traders watching supply talks, and shares rose.</p></div>
        </div>
        <div class="site-footer" role="contentinfo"><p>Copyright 2025 Example Media Group. All rights reserved.</p></div>
        <noscript><p>Accept all cookies</p></noscript>
        </body></html>
        """

    /// A blog-engine layout: the post in `div.entry-content`, sharing and related-post boxes inside it, comments,
    /// a widget sidebar and a footer outside.
    static let blogPage = """
        <!DOCTYPE html><html><head><meta charset="UTF-8"><title>Drones hit grid &#8211; Monitor Blog</title>
        <meta name="author" content="Field Monitor"><meta property="og:site_name" content="Monitor Blog">
        <link rel='stylesheet' href='style.css'><script src="jquery.js"></script></head>
        <body class="post-template-default single single-post">
        <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
        <div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title">Monitor Blog</p>
        <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li>
        <li><a href="/world/">World</a></li></ul></nav></header>
        <div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
        <article id="post-12" class="post-12 post type-post status-publish">
        <header class="entry-header"><h1 class="entry-title">Drones hit grid in three regions</h1>
        <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-01-12T09:30:00+00:00">January 12, 2025</time></span></div></header>
        <div class="entry-content">
        <p>\(paragraphs[0])</p>
        <p>\(paragraphs[1])</p>
        <p>\(paragraphs[2])</p>
        <p>\(paragraphs[3])</p>
        <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li></ul></div>
        <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p><a href="/r">Related: Ukraine war explained in maps</a></p></div>
        </div></article>
        <div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on this</h2>
        <p>Thanks for the update, stay safe everyone, and keep writing about this, it matters a lot.</p></div>
        </main></div>
        <aside id="secondary" class="widget-area"><section class="widget"><h2>Most read</h2><ul><li><a href="/m">Most read: Markets rally as oil falls</a></li></ul></section>
        <section class="widget widget_text"><p>Sign up for our newsletter</p></section></aside></div>
        <footer id="colophon" class="site-footer"><p>Copyright 2025 Example Media Group. All rights reserved.</p></footer></div>
        <script>var _paq = window._paq || [];</script></body></html>
        """

    /// A broadcaster's layout: each paragraph in its own text-block component inside the `article`, an inline
    /// "read also" link between them, image blocks with captions, a related-topics list and a consent banner.
    static let componentPage = """
        <html><head><title>Drones hit grid - Broadcaster News</title>
        <meta property="og:title" content="Drones hit grid in three regions"><meta property="og:site_name" content="Broadcaster News">
        <meta name="article:published_time" content="2025-01-12T08:00:00.000Z"></head><body>
        <div id="consent-banner" class="fc-consent-root"><p>We use cookies to improve your experience</p><button>Accept all cookies</button></div>
        <header role="banner"><nav aria-label="Main"><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a></nav></header>
        <div id="main-content"><article>
        <div data-component="headline-block"><h1 id="main-heading">Drones hit grid in three regions</h1></div>
        <div data-component="byline-block"><div class="byline"><span>By Jane Doe</span><span>Kyiv correspondent</span></div></div>
        <div data-component="image-block"><figure><img src="a.jpg"><figcaption><span class="visually-hidden">Image caption, </span>A repair crew works on a damaged substation near Kyiv.</figcaption></figure></div>
        <div data-component="text-block"><p><b>\(paragraphs[0])</b></p></div>
        <div data-component="text-block"><p>\(paragraphs[1])</p></div>
        <div data-component="links-block"><p><a href="/r">Related: Ukraine war explained in maps</a></p></div>
        <div data-component="text-block"><p>\(paragraphs[2])</p></div>
        <div data-component="text-block"><p>\(paragraphs[3])</p></div>
        <div data-component="tag-list"><ul><li><a href="/t/ukraine">Ukraine</a></li><li><a href="/t/russia">Russia</a></li></ul></div>
        </article>
        <section data-component="related-topics"><h2>Related</h2><p><a href="/m">Most read: Markets rally as oil falls</a></p></section></div>
        <footer role="contentinfo"><p>Copyright 2025 Example Media Group. All rights reserved.</p><a href="/terms">Terms of use</a></footer>
        </body></html>
        """
}
