<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleTemplate</name>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Open original</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Nothing stored yet in %1. Run --refresh first.</source>
        <translation>Nothing stored yet in %1. Run --refresh first.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: nothing could be parsed: %2</source>
        <translation>%1: nothing could be parsed: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fetch the feeds, store new articles and their images, print a summary.</source>
        <translation>Fetch the feeds, store new articles and their images, print a summary.</translation>
    </message>
    <message>
        <source>Feed to refresh (repeatable; default: the iChongqing feed).</source>
        <translation>Feed to refresh (repeatable; default: the iChongqing feed).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Do not download images.</source>
        <translation>Do not download images.</translation>
    </message>
    <message>
        <source>Keep everything in DIR (default: $ICHQ_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation>Keep everything in DIR (default: $ICHQ_DATA_DIR, else the user&apos;s application data folder).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Parse a feed file or URL and print it as JSON.</source>
        <translation>Parse a feed file or URL and print it as JSON.</translation>
    </message>
    <message>
        <source>FILE_OR_URL</source>
        <translation>FILE_OR_URL</translation>
    </message>
    <message>
        <source>Resolve relative links of --parse against URL.</source>
        <translation>Resolve relative links of --parse against URL.</translation>
    </message>
    <message>
        <source>List stored articles, newest first.</source>
        <translation>List stored articles, newest first.</translation>
    </message>
    <message>
        <source>List stored articles containing QUERY (any language).</source>
        <translation>List stored articles containing QUERY (any language).</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Print --list or --search as JSON.</source>
        <translation>Print --list or --search as JSON.</translation>
    </message>
    <message>
        <source>Only articles of section NAME.</source>
        <translation>Only articles of section NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>At most N articles (default 50).</source>
        <translation>At most N articles (default 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>%1 — the iChongqing news reader.</source>
        <translation>%1 — the iChongqing news reader.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit takes a positive number.</translation>
    </message>
    <message>
        <source>Start the reader without touching the network.</source>
        <translation>Start the reader without touching the network.</translation>
    </message>
</context>
<context>
    <name>DataPaths</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the article store %1: %2</source>
        <translation>Cannot open the article store %1: %2</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (schema %1).</source>
        <translation>it was written by a newer version of the app (schema %1).</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time, e.g. &quot;Friday, 27 November 2026 at 21:38&quot;</extracomment>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>not an RSS or Atom feed</source>
        <translation>not an RSS or Atom feed</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed (the document is &lt;%1&gt;)</source>
        <translation>not an RSS or Atom feed (the document is &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the document is larger than %1 bytes</source>
        <translation>the document is larger than %1 bytes</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>the document is empty</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
</context>
<context>
    <name>ImageFetcher</name>
    <message>
        <source>Not an image this app can show.</source>
        <translation>Not an image this app can show.</translation>
    </message>
    <message>
        <source>SVG images are not kept.</source>
        <translation>SVG images are not kept.</translation>
    </message>
    <message>
        <source>The image has no readable size.</source>
        <translation>The image has no readable size.</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels).</source>
        <translation>The image is too large (%1 × %2 pixels).</translation>
    </message>
</context>
<context>
    <name>ReaderApp</name>
    <message>
        <source>The article store could not be opened:
%1</source>
        <translation>The article store could not be opened:
%1</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <source>feeds: %1 (not modified: %2, failed: %3), new: %4, updated: %5, unchanged: %6, images fetched: %7, images failed: %8</source>
        <translation>feeds: %1 (not modified: %2, failed: %3), new: %4, updated: %5, unchanged: %6, images fetched: %7, images failed: %8</translation>
    </message>
</context>
<context>
    <name>ichq::Fetcher</name>
    <message>
        <source>Cannot reach %1: no network connection or the name cannot be resolved.</source>
        <translation>Cannot reach %1: no network connection or the name cannot be resolved.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the connection was refused.</source>
        <translation>Cannot connect to %1: the connection was refused.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the download was complete.</source>
        <translation>%1 closed the connection before the download was complete.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 through the proxy server.</source>
        <translation>Cannot connect to %1 through the proxy server.</translation>
    </message>
    <message>
        <source>The download from %1 failed: the answer could not be read.</source>
        <translation>The download from %1 failed: the answer could not be read.</translation>
    </message>
    <message>
        <source>The server %1 refused the request (HTTP %2).</source>
        <translation>The server %1 refused the request (HTTP %2).</translation>
    </message>
    <message>
        <source>The address was not found on %1 (HTTP %2).</source>
        <translation>The address was not found on %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 asks us to wait before trying again (HTTP 429).</source>
        <translation>%1 asks us to wait before trying again (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP 503).</source>
        <translation>%1 is temporarily unavailable (HTTP 503).</translation>
    </message>
    <message>
        <source>%1 answered with a redirect that cannot be followed (HTTP %2).</source>
        <translation>%1 answered with a redirect that cannot be followed (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2).</source>
        <translation>%1 had a problem answering (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 answered with an error (HTTP %2).</translation>
    </message>
    <message>
        <source>Only web addresses (http or https) can be downloaded.</source>
        <translation>Only web addresses (http or https) can be downloaded.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: certificate error.</source>
        <translation>The connection to %1 is not secure: certificate error.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>The server %1 did not answer in time.</translation>
    </message>
    <message>
        <source>The download from %1 took too long and was stopped.</source>
        <translation>The download from %1 took too long and was stopped.</translation>
    </message>
    <message>
        <source>The file from %1 is larger than %2.</source>
        <translation>The file from %1 is larger than %2.</translation>
    </message>
    <message>
        <source>%1 redirected too many times (more than %2).</source>
        <translation>%1 redirected too many times (more than %2).</translation>
    </message>
    <message>
        <source>Redirected from a secure to an insecure address; refused.</source>
        <translation>Redirected from a secure to an insecure address; refused.</translation>
    </message>
    <message>
        <source>%1 answered with an error.</source>
        <translation>%1 answered with an error.</translation>
    </message>
</context>
<context>
    <name>ichq::Refresher</name>
    <message>
        <source>The server asked us to wait; the next try is after %1.</source>
        <translation>The server asked us to wait; the next try is after %1.</translation>
    </message>
    <message>
        <source>The answer is not an RSS or Atom feed.</source>
        <translation>The answer is not an RSS or Atom feed.</translation>
    </message>
    <message>
        <source>Could not save the articles: %1</source>
        <translation>Could not save the articles: %1</translation>
    </message>
    <message numerus="yes">
        <source>The feed is damaged (%1); the %n article(s) before the damage were kept.</source>
        <translation>
            <numerusform>The feed is damaged (%1); the %n article before the damage was kept.</numerusform>
            <numerusform>The feed is damaged (%1); the %n articles before the damage were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ichq::ui::ArticleListDelegate</name>
    <message>
        <source> · </source>
        <extracomment>Between the date and the section of an article in the list</extracomment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>ichq::ui::ArticleListPane</name>
    <message>
        <source>No articles here yet.</source>
        <translation>No articles here yet.</translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation>No articles match “%1”.</translation>
    </message>
    <message>
        <source>Search articles (English or 中文)</source>
        <translation>Search articles (English or 中文)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Search articles</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>ichq::ui::EmptyState</name>
    <message>
        <source>No articles yet</source>
        <translation>No articles yet</translation>
    </message>
    <message>
        <source>Refresh to fetch the latest news from iChongqing.</source>
        <translation>Refresh to fetch the latest news from iChongqing.</translation>
    </message>
    <message>
        <source>Fetching the latest news…</source>
        <translation>Fetching the latest news…</translation>
    </message>
    <message>
        <source>Articles appear here as soon as they arrive.</source>
        <translation>Articles appear here as soon as they arrive.</translation>
    </message>
    <message>
        <source>No articles saved yet</source>
        <translation>No articles saved yet</translation>
    </message>
    <message>
        <source>You are offline, and no articles have been saved on this computer yet. Connect to the internet and try again.</source>
        <translation>You are offline, and no articles have been saved on this computer yet. Connect to the internet and try again.</translation>
    </message>
    <message>
        <source>The news could not be fetched: %1</source>
        <translation>The news could not be fetched: %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
</context>
<context>
    <name>ichq::ui::MainWindow</name>
    <message>
        <source>Opened %1 in your browser</source>
        <translation>Opened %1 in your browser</translation>
    </message>
    <message>
        <source>Link not opened: %1</source>
        <translation>Link not opened: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>About iChongqing Reader</source>
        <translation>About iChongqing Reader</translation>
    </message>
    <message>
        <source>iChongqing Reader %1
News from Chongqing, readable offline.
%2</source>
        <translation>iChongqing Reader %1
News from Chongqing, readable offline.
%2</translation>
    </message>
    <message>
        <source>iChongqing Reader</source>
        <translation>iChongqing Reader</translation>
    </message>
</context>
<context>
    <name>ichq::ui::OfflineBanner</name>
    <message>
        <source>You are offline. Showing articles saved on %1.</source>
        <translation>You are offline. Showing articles saved on %1.</translation>
    </message>
    <message>
        <source>You are offline. Showing the articles saved earlier.</source>
        <translation>You are offline. Showing the articles saved earlier.</translation>
    </message>
    <message>
        <source>The news could not be updated: %1</source>
        <translation>The news could not be updated: %1</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
</context>
<context>
    <name>ichq::ui::ReaderActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Fetch the latest news</source>
        <translation>Fetch the latest news</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>Work &amp;Offline</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Export as PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Search articles</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>&amp;Notify About New Articles</source>
        <translation>&amp;Notify About New Articles</translation>
    </message>
    <message>
        <source>Ne&amp;xt Article</source>
        <translation>Ne&amp;xt Article</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Next article</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Previous Article</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <source>Page Down or &amp;Next Article</source>
        <translation>Page Down or &amp;Next Article</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>Mark as &amp;Read/Unread</translation>
    </message>
    <message>
        <source>Toggle read</source>
        <translation>Toggle read</translation>
    </message>
    <message>
        <source>&amp;Star/Unstar</source>
        <translation>&amp;Star/Unstar</translation>
    </message>
    <message>
        <source>Toggle star</source>
        <translation>Toggle star</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>Mark &amp;All as Read</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Open in &amp;Browser</translation>
    </message>
    <message>
        <source>Open the original page in your browser</source>
        <translation>Open the original page in your browser</translation>
    </message>
    <message>
        <source>&amp;About iChongqing Reader</source>
        <translation>&amp;About iChongqing Reader</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Star</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>Open Original</translation>
    </message>
</context>
<context>
    <name>ichq::ui::RefreshController</name>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Refresh failed: %1</translation>
    </message>
    <message>
        <source>Updated at %1 · new articles: %2</source>
        <translation>Updated at %1 · new articles: %2</translation>
    </message>
    <message>
        <source>Updated at %1 · no new articles</source>
        <translation>Updated at %1 · no new articles</translation>
    </message>
</context>
<context>
    <name>ichq::ui::SectionListModel</name>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1: %n unread</numerusform>
            <numerusform>%1: %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>All Articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Starred</translation>
    </message>
</context>
<context>
    <name>ichq::ui::SectionListView</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>ichq::ui::StatusArea</name>
    <message>
        <source>Refreshing… %1 of %2 feeds, %3 of %4 images</source>
        <translation>Refreshing… %1 of %2 feeds, %3 of %4 images</translation>
    </message>
    <message>
        <source>Refreshing… %1 of %2 feeds</source>
        <translation>Refreshing… %1 of %2 feeds</translation>
    </message>
</context>
<context>
    <name>ichq::ui::TrayNotifier</name>
    <message>
        <source>iChongqing Reader</source>
        <translation>iChongqing Reader</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ichq::web::ArticleView</name>
    <message>
        <source>Print Article</source>
        <translation>Print Article</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Select an article to read it.</translation>
    </message>
</context>
</TS>
