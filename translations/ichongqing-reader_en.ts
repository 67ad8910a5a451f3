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
    <message>
        <source>Showing the summary; the whole article could not be downloaded.</source>
        <translation>Showing the summary; the whole article could not be downloaded.</translation>
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
    <message>
        <source>The reader window cannot start: %1
The command-line verbs still work; see --help.</source>
        <translation>The reader window cannot start: %1
The command-line verbs still work; see --help.</translation>
    </message>
    <message>
        <source>Language of the interface and messages: zh or en (default: the one chosen in the reader, else the system&apos;s).</source>
        <translation>Language of the interface and messages: zh or en (default: the one chosen in the reader, else the system&apos;s).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--lang takes zh or en.</source>
        <translation>--lang takes zh or en.</translation>
    </message>
    <message>
        <source>Feed to refresh (repeatable; default: the iChongqing edition of the language in use, see --lang).</source>
        <translation>Feed to refresh (repeatable; default: the iChongqing edition of the language in use, see --lang).</translation>
    </message>
    <message>
        <source>With --refresh: download each article&apos;s page for the whole story: always, auto (only when the feed carries summaries) or never (default: as set in the reader).</source>
        <translation>With --refresh: download each article&apos;s page for the whole story: always, auto (only when the feed carries summaries) or never (default: as set in the reader).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>Print one stored article.</source>
        <translation>Print one stored article.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--whole-articles takes always, auto or never.</source>
        <translation>--whole-articles takes always, auto or never.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>Showing the summary; the whole article could not be downloaded: %1</source>
        <translation>Showing the summary; the whole article could not be downloaded: %1</translation>
    </message>
    <message>
        <source>No stored article has the id %1.</source>
        <translation>No stored article has the id %1.</translation>
    </message>
    <message>
        <source>Delete the articles older than the reader keeps them (starred ones stay) with their photos, keep the photos under their limit, and give the space back.</source>
        <translation>Delete the articles older than the reader keeps them (starred ones stay) with their photos, keep the photos under their limit, and give the space back.</translation>
    </message>
    <message>
        <source>With --cleanup: keep the articles of the last N days (default: as set in the reader).</source>
        <translation>With --cleanup: keep the articles of the last N days (default: as set in the reader).</translation>
    </message>
    <message>
        <source>Print how many articles and photos are stored, and their size.</source>
        <translation>Print how many articles and photos are stored, and their size.</translation>
    </message>
    <message>
        <source>Print --list, --search, --show or --stats as JSON.</source>
        <translation>Print --list, --search, --show or --stats as JSON.</translation>
    </message>
    <message>
        <source>Articles: %1 (%2 unread, %3 starred)</source>
        <translation>Articles: %1 (%2 unread, %3 starred)</translation>
    </message>
    <message>
        <source>Photos: %1 (%2)</source>
        <translation>Photos: %1 (%2)</translation>
    </message>
    <message>
        <source>Article store: %1</source>
        <translation>Article store: %1</translation>
    </message>
    <message>
        <source>Oldest: %1, newest: %2</source>
        <translation>Oldest: %1, newest: %2</translation>
    </message>
    <message>
        <source>--keep-days takes a number of days of 1 or more.</source>
        <translation>--keep-days takes a number of days of 1 or more.</translation>
    </message>
    <message>
        <source>Nothing stored yet in %1.</source>
        <translation>Nothing stored yet in %1.</translation>
    </message>
</context>
<context>
    <name>DataEraser</name>
    <message>
        <source>Could not delete: %1</source>
        <translation>Could not delete: %1</translation>
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
    <name>ExportFileName</name>
    <message>
        <source>article</source>
        <translation>article</translation>
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
    <name>MessageSender</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>No answer from the server.</translation>
    </message>
    <message>
        <source>The server sent the message elsewhere (HTTP %1); it was not delivered.</source>
        <translation>The server sent the message elsewhere (HTTP %1); it was not delivered.</translation>
    </message>
    <message>
        <source>The server could not take the message now (%1).</source>
        <translation>The server could not take the message now (%1).</translation>
    </message>
    <message>
        <source>the server could not read the message</source>
        <translation>the server could not read the message</translation>
    </message>
    <message>
        <source>the server does not accept messages from here</source>
        <translation>the server does not accept messages from here</translation>
    </message>
    <message>
        <source>the message address does not exist</source>
        <translation>the message address does not exist</translation>
    </message>
    <message>
        <source>the message address does not take messages</source>
        <translation>the message address does not take messages</translation>
    </message>
    <message>
        <source>the message is too large for the server</source>
        <translation>the message is too large for the server</translation>
    </message>
    <message>
        <source>the server does not take messages in this form</source>
        <translation>the server does not take messages in this form</translation>
    </message>
    <message>
        <source>the server did not accept what the message says</source>
        <translation>the server did not accept what the message says</translation>
    </message>
    <message>
        <source>too many messages were sent; the server asks to wait</source>
        <translation>too many messages were sent; the server asks to wait</translation>
    </message>
    <message>
        <source>the server had an internal error</source>
        <translation>the server had an internal error</translation>
    </message>
    <message>
        <source>the server&apos;s gateway did not answer</source>
        <translation>the server&apos;s gateway did not answer</translation>
    </message>
    <message>
        <source>the server is unavailable for now</source>
        <translation>the server is unavailable for now</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Cannot open the outbox %1: %2</source>
        <translation>Cannot open the outbox %1: %2</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (schema %1).</source>
        <translation>it was written by a newer version of the app (schema %1).</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>The name can have at most %1 characters.</translation>
    </message>
    <message>
        <source>The email address can have at most %1 characters.</source>
        <translation>The email address can have at most %1 characters.</translation>
    </message>
    <message>
        <source>The subject can have at most %1 characters.</source>
        <translation>The subject can have at most %1 characters.</translation>
    </message>
    <message>
        <source>The message can have at most %1 characters.</source>
        <translation>The message can have at most %1 characters.</translation>
    </message>
    <message>
        <source>The message could not be saved.</source>
        <translation>The message could not be saved.</translation>
    </message>
</context>
<context>
    <name>ReaderApp</name>
    <message>
        <source>iChongqing Reader</source>
        <extracomment>The product name in window titles; the Chinese desktop entry says &quot;iChongqing 阅读器&quot;.</extracomment>
        <translation>iChongqing Reader</translation>
    </message>
    <message>
        <source>Some of your data could not be deleted:
%1</source>
        <translation>Some of your data could not be deleted:
%1</translation>
    </message>
</context>
<context>
    <name>RefreshSession</name>
    <message>
        <source>The article store in %1 can only be read (a read-only folder or disk); refreshing needs a folder the reader can write to.</source>
        <translation>The article store in %1 can only be read (a read-only folder or disk); refreshing needs a folder the reader can write to.</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <source>feeds: %1 (not modified: %2, failed: %3), new: %4, updated: %5, unchanged: %6, whole articles: %7 (not modified: %8, failed: %9), images fetched: %10, images failed: %11</source>
        <translation>feeds: %1 (not modified: %2, failed: %3), new: %4, updated: %5, unchanged: %6, whole articles: %7 (not modified: %8, failed: %9), images fetched: %10, images failed: %11</translation>
    </message>
</context>
<context>
    <name>StoreCleaner</name>
    <message>
        <source>The store could not be cleaned up: %1</source>
        <translation>The store could not be cleaned up: %1</translation>
    </message>
    <message>
        <source>Nothing to clean up; the article store takes %1.</source>
        <translation>Nothing to clean up; the article store takes %1.</translation>
    </message>
    <message>
        <source>Cleaned up: %1 and %2 deleted, %3 freed; the article store takes %4.</source>
        <translation>Cleaned up: %1 and %2 deleted, %3 freed; the article store takes %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <source>The article store is damaged and could not be rebuilt: %1</source>
        <translation>The article store is damaged and could not be rebuilt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The article store was damaged; it was rebuilt with the %n article(s) that could be read, and the damaged file was kept as %1.</source>
        <translation>
            <numerusform>The article store was damaged; it was rebuilt with the %n article that could be read, and the damaged file was kept as %1.</numerusform>
            <numerusform>The article store was damaged; it was rebuilt with the %n articles that could be read, and the damaged file was kept as %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot rename %1.</source>
        <translation>cannot rename %1.</translation>
    </message>
</context>
<context>
    <name>ichq::FeedStage</name>
    <message>
        <source>The server asked us to wait; the next try is after %1.</source>
        <translation>The server asked us to wait; the next try is after %1.</translation>
    </message>
    <message>
        <source>The last tries failed; the next automatic try is after %1.</source>
        <translation>The last tries failed; the next automatic try is after %1.</translation>
    </message>
    <message>
        <source>The answer is not an RSS or Atom feed.</source>
        <translation>The answer is not an RSS or Atom feed.</translation>
    </message>
    <message numerus="yes">
        <source>The feed is damaged (%1); the %n article(s) before the damage were kept.</source>
        <translation>
            <numerusform>The feed is damaged (%1); the %n article before the damage was kept.</numerusform>
            <numerusform>The feed is damaged (%1); the %n articles before the damage were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the articles: %1</source>
        <translation>Could not save the articles: %1</translation>
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
    <message>
        <source>%1 redirected to an address that is not on the web; refused.</source>
        <translation>%1 redirected to an address that is not on the web; refused.</translation>
    </message>
    <message>
        <source>%1 is an address in your own network or on this computer; a feed may not make the reader fetch from there.</source>
        <translation>%1 is an address in your own network or on this computer; a feed may not make the reader fetch from there.</translation>
    </message>
</context>
<context>
    <name>ichq::MessageSender</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Could not reach the server: %1</translation>
    </message>
    <message>
        <source>No contact address is set; messages wait in the outbox.</source>
        <translation>No contact address is set; messages wait in the outbox.</translation>
    </message>
    <message>
        <source>The contact address &quot;%1&quot; is not a web address; messages wait in the outbox.</source>
        <translation>The contact address &quot;%1&quot; is not a web address; messages wait in the outbox.</translation>
    </message>
    <message>
        <source>The contact address &quot;%1&quot; does not start with https://, so your name, email and message would travel unencrypted; messages wait in the outbox.</source>
        <translation>The contact address &quot;%1&quot; does not start with https://, so your name, email and message would travel unencrypted; messages wait in the outbox.</translation>
    </message>
    <message>
        <source>The server closed the connection without an answer; the message may not have arrived. It will be sent again, marked so that the site keeps one copy.</source>
        <translation>The server closed the connection without an answer; the message may not have arrived. It will be sent again, marked so that the site keeps one copy.</translation>
    </message>
</context>
<context>
    <name>ichq::ui::AddressField</name>
    <message>
        <source>Restore Default</source>
        <translation>Restore Default</translation>
    </message>
    <message>
        <source>Clear address</source>
        <translation>Clear address</translation>
    </message>
</context>
<context>
    <name>ichq::ui::Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark look</source>
        <translation>Follow the system&apos;s light or dark look</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
</context>
<context>
    <name>ichq::ui::ArticleCommands</name>
    <message>
        <source>Opened %1 in your browser</source>
        <translation>Opened %1 in your browser</translation>
    </message>
    <message>
        <source>Link not opened: %1</source>
        <translation>Link not opened: %1</translation>
    </message>
    <message>
        <source>No browser could open the link; it was copied instead: %1</source>
        <translation>No browser could open the link; it was copied instead: %1</translation>
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
    <name>ichq::ui::ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>unread</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>starred</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of an article row read aloud: &quot;Title, unread, starred, date, section&quot;</extracomment>
        <translation>, </translation>
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
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <source>J and K move to the next and previous article, N to the next unread one; M marks it read or unread, S stars it.</source>
        <translation>J and K move to the next and previous article, N to the next unread one; M marks it read or unread, S stars it.</translation>
    </message>
</context>
<context>
    <name>ichq::ui::ArticleMarks</name>
    <message>
        <source>This article store can only be read (a read-only folder or disk): read and starred marks cannot be saved.</source>
        <translation>This article store can only be read (a read-only folder or disk): read and starred marks cannot be saved.</translation>
    </message>
    <message>
        <source>The mark could not be saved in the article store.</source>
        <translation>The mark could not be saved in the article store.</translation>
    </message>
</context>
<context>
    <name>ichq::ui::ConsentDialog</name>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>May iChongqing Reader keep the site&apos;s cookies?</source>
        <translation>May iChongqing Reader keep the site&apos;s cookies?</translation>
    </message>
    <message>
        <source>When the reader fetches news and images from www.ichongqing.info, or sends a message you wrote, the site may set cookies.

If you agree, the reader keeps them on this computer between sessions. If you decline, they are kept in memory only and forgotten when the reader quits; the news works the same either way.

The reader itself has no tracking or analytics. You can change your choice at any time in Settings.</source>
        <translation>When the reader fetches news and images from www.ichongqing.info, or sends a message you wrote, the site may set cookies.

If you agree, the reader keeps them on this computer between sessions. If you decline, they are kept in memory only and forgotten when the reader quits; the news works the same either way.

The reader itself has no tracking or analytics. You can change your choice at any time in Settings.</translation>
    </message>
    <message>
        <source>Privacy Statement &amp; Cookie Policy</source>
        <translation>Privacy Statement &amp; Cookie Policy</translation>
    </message>
    <message>
        <source>I Agree</source>
        <translation>I Agree</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
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
    <message>
        <source>You chose to work offline, and no articles have been saved on this computer yet. Go online to fetch the latest news.</source>
        <translation>You chose to work offline, and no articles have been saved on this computer yet. Go online to fetch the latest news.</translation>
    </message>
    <message>
        <source>Go Online</source>
        <translation>Go Online</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <source>Check the news feed&apos;s address in Settings</source>
        <translation>Check the news feed&apos;s address in Settings</translation>
    </message>
</context>
<context>
    <name>ichq::ui::MainWindow</name>
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
    <message>
        <source>No unread article after this one.</source>
        <translation>No unread article after this one.</translation>
    </message>
</context>
<context>
    <name>ichq::ui::MessageController</name>
    <message>
        <source>Your message is in the outbox and will be sent now.</source>
        <translation>Your message is in the outbox and will be sent now.</translation>
    </message>
    <message>
        <source>Your message is in the outbox and will be sent when you are online.</source>
        <translation>Your message is in the outbox and will be sent when you are online.</translation>
    </message>
    <message>
        <source>%1 was delivered.</source>
        <translation>%1 was delivered.</translation>
    </message>
    <message>
        <source>%1 could not be sent yet (%2); it will be tried again.</source>
        <translation>%1 could not be sent yet (%2); it will be tried again.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <source>Your message “%1”</source>
        <extracomment>%1 is the message&apos;s subject.</extracomment>
        <translation>Your message “%1”</translation>
    </message>
    <message>
        <source>%1 was refused by the server: %2</source>
        <translation>%1 was refused by the server: %2</translation>
    </message>
</context>
<context>
    <name>ichq::ui::MessageDialog</name>
    <message>
        <source>Please enter your name.</source>
        <translation>Please enter your name.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>The name can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Please enter your email address, so that iChongqing can answer.</source>
        <translation>Please enter your email address, so that iChongqing can answer.</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>This does not look like an email address (name@example.com).</translation>
    </message>
    <message>
        <source>The subject can have at most %1 characters.</source>
        <translation>The subject can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Please write your message.</source>
        <translation>Please write your message.</translation>
    </message>
    <message>
        <source>Please write at least %1 characters.</source>
        <translation>Please write at least %1 characters.</translation>
    </message>
    <message>
        <source>The message can have at most %1 characters.</source>
        <translation>The message can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Please agree, or iChongqing cannot answer you.</source>
        <translation>Please agree, or iChongqing cannot answer you.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>The live length of the message: &quot;123 / 5000&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The message could not be saved in the outbox. Your text is kept as a draft; please try again.</source>
        <translation>The message could not be saved in the outbox. Your text is kept as a draft; please try again.</translation>
    </message>
    <message>
        <source>Leave a Message</source>
        <translation>Leave a Message</translation>
    </message>
    <message>
        <source>Write to the iChongqing team: questions, news tips or feedback. The message is kept in the outbox until it is delivered, so it is not lost when you are offline.</source>
        <translation>Write to the iChongqing team: questions, news tips or feedback. The message is kept in the outbox until it is delivered, so it is not lost when you are offline.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Required, for the answer</source>
        <translation>Required, for the answer</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>I agree that my name and email address are sent to iChongqing so that they can answer my message.</source>
        <translation>I agree that my name and email address are sent to iChongqing so that they can answer my message.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <extracomment>Under Send, what the form lacks: &quot;Still needed: your name and your message&quot;</extracomment>
        <translation>Still needed: %1</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <source>a shorter name</source>
        <translation>a shorter name</translation>
    </message>
    <message>
        <source>your email address</source>
        <translation>your email address</translation>
    </message>
    <message>
        <source>a valid email address</source>
        <translation>a valid email address</translation>
    </message>
    <message>
        <source>a shorter subject</source>
        <translation>a shorter subject</translation>
    </message>
    <message>
        <source>your message</source>
        <translation>your message</translation>
    </message>
    <message>
        <source>a longer message</source>
        <translation>a longer message</translation>
    </message>
    <message>
        <source>a shorter message</source>
        <translation>a shorter message</translation>
    </message>
    <message>
        <source>consent to pass on your details</source>
        <translation>consent to pass on your details</translation>
    </message>
</context>
<context>
    <name>ichq::ui::MessageNotice</name>
    <message>
        <source>Open Outbox</source>
        <translation>Open Outbox</translation>
    </message>
    <message numerus="yes">
        <source>✉ %n message(s) waiting</source>
        <extracomment>A badge in the status bar; clicking it opens the Outbox.</extracomment>
        <translation>
            <numerusform>✉ %n message waiting</numerusform>
            <numerusform>✉ %n messages waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages not sent yet. Click to open the Outbox.</source>
        <translation>Messages not sent yet. Click to open the Outbox.</translation>
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
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Checked at %1.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <source>Check the news feed&apos;s address in Settings</source>
        <translation>Check the news feed&apos;s address in Settings</translation>
    </message>
</context>
<context>
    <name>ichq::ui::OutboxModel</name>
    <message>
        <source>Message from iChongqing Reader</source>
        <translation>Message from iChongqing Reader</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Waiting to retry</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Last Error</source>
        <translation>Last Error</translation>
    </message>
</context>
<context>
    <name>ichq::ui::OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>No messages. Messages you write with Help &gt; Leave a Message appear here until they are delivered.</source>
        <translation>No messages. Messages you write with Help &gt; Leave a Message appear here until they are delivered.</translation>
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation>Select a message to read it.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Try to send the selected message again now</source>
        <translation>Try to send the selected message again now</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Remove the selected message from this computer</source>
        <translation>Remove the selected message from this computer</translation>
    </message>
    <message>
        <source>Send by &amp;Email Instead…</source>
        <translation>Send by &amp;Email Instead…</translation>
    </message>
    <message>
        <source>Open your mail client with this message to %1</source>
        <translation>Open your mail client with this message to %1</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Delete Message</translation>
    </message>
    <message>
        <source>Delete this message? It was not sent.</source>
        <translation>Delete this message? It was not sent.</translation>
    </message>
    <message>
        <source>Delete the message “%1”? It was not sent.</source>
        <translation>Delete the message “%1”? It was not sent.</translation>
    </message>
    <message>
        <source>Its text is kept nowhere else; it cannot be brought back.</source>
        <translation>Its text is kept nowhere else; it cannot be brought back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Text of the selected message</source>
        <translation>Text of the selected message</translation>
    </message>
</context>
<context>
    <name>ichq::ui::PrivacyDialog</name>
    <message>
        <source>en</source>
        <extracomment>The code of the language this translation is in: &quot;zh_CN&quot; in the Chinese translation. It picks the bundled privacy statement.</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <source>Privacy Statement</source>
        <translation>Privacy Statement</translation>
    </message>
    <message>
        <source>Website&apos;s Policy…</source>
        <translation>Website&apos;s Policy…</translation>
    </message>
    <message>
        <source>Open the privacy policy of www.ichongqing.info in your browser</source>
        <translation>Open the privacy policy of www.ichongqing.info in your browser</translation>
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
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Leave a Message…</source>
        <translation>&amp;Leave a Message…</translation>
    </message>
    <message>
        <source>Write to iChongqing</source>
        <translation>Write to iChongqing</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <source>Messages you wrote and whether they were sent</source>
        <translation>Messages you wrote and whether they were sent</translation>
    </message>
    <message>
        <source>&amp;Privacy Statement</source>
        <translation>&amp;Privacy Statement</translation>
    </message>
    <message>
        <source>Read/Unread</source>
        <translation>Read/Unread</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Switch to &amp;English</source>
        <extracomment>The menu item that switches the whole interface to English.</extracomment>
        <translation>Switch to &amp;English</translation>
    </message>
    <message>
        <source>Switch to &amp;Chinese (中文)</source>
        <translation>Switch to &amp;Chinese (中文)</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>Next &amp;Unread Article</translation>
    </message>
    <message>
        <source>Next unread article</source>
        <translation>Next unread article</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
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
        <source>Updated at %1 · no new articles</source>
        <translation>Updated at %1 · no new articles</translation>
    </message>
    <message numerus="yes">
        <source>Updated at %1 · %n new article(s)</source>
        <translation>
            <numerusform>Updated at %1 · %n new article</numerusform>
            <numerusform>Updated at %1 · %n new articles</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n article</numerusform>
            <numerusform>%1: %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ichq::ui::SectionListView</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Choose which articles the list shows.</source>
        <translation>Choose which articles the list shows.</translation>
    </message>
</context>
<context>
    <name>ichq::ui::SettingsController</name>
    <message>
        <source>Delete My Data</source>
        <translation>Delete My Data</translation>
    </message>
    <message>
        <source>Delete everything iChongqing Reader has stored on this computer?</source>
        <translation>Delete everything iChongqing Reader has stored on this computer?</translation>
    </message>
    <message>
        <source>Delete Everything</source>
        <translation>Delete Everything</translation>
    </message>
    <message>
        <source>A refresh is running; clean up again when it has finished.</source>
        <translation>A refresh is running; clean up again when it has finished.</translation>
    </message>
    <message>
        <source>Articles, images, settings, cookies and every message in the outbox, including unsent ones, are deleted; other files in its data folder are left as they are. The reader then starts again as on its first start. This cannot be undone.</source>
        <translation>Articles, images, settings, cookies and every message in the outbox, including unsent ones, are deleted; other files in its data folder are left as they are. The reader then starts again as on its first start. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ichq::ui::SettingsDialog</name>
    <message>
        <source>You have not decided yet; cookies are kept in memory only.</source>
        <translation>You have not decided yet; cookies are kept in memory only.</translation>
    </message>
    <message>
        <source>Decided on %1, for version %2 of the privacy statement.</source>
        <translation>Decided on %1, for version %2 of the privacy statement.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Refresh every:</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number in the refresh interval box: &quot;30 min&quot;</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Manually only</source>
        <translation>Manually only</translation>
    </message>
    <message>
        <source>0 means: only when you choose Refresh</source>
        <translation>0 means: only when you choose Refresh</translation>
    </message>
    <message>
        <source>&amp;Notify about new articles</source>
        <translation>&amp;Notify about new articles</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>The site www.ichongqing.info may set cookies when the reader fetches news or sends a message.</source>
        <translation>The site www.ichongqing.info may set cookies when the reader fetches news or sends a message.</translation>
    </message>
    <message>
        <source>&amp;Keep cookies on this computer</source>
        <translation>&amp;Keep cookies on this computer</translation>
    </message>
    <message>
        <source>Keep cookies in &amp;memory only (deletes stored cookies now)</source>
        <translation>Keep cookies in &amp;memory only (deletes stored cookies now)</translation>
    </message>
    <message>
        <source>Privacy Statement…</source>
        <translation>Privacy Statement…</translation>
    </message>
    <message>
        <source>Your Data</source>
        <translation>Your Data</translation>
    </message>
    <message>
        <source>Everything the reader stores is in this folder: articles, images, settings, cookies and your messages.</source>
        <translation>Everything the reader stores is in this folder: articles, images, settings, cookies and your messages.</translation>
    </message>
    <message>
        <source>&amp;Delete My Data…</source>
        <translation>&amp;Delete My Data…</translation>
    </message>
    <message>
        <source>For reading in Chinese. Leave empty to read the English edition in both languages.</source>
        <translation>For reading in Chinese. Leave empty to read the English edition in both languages.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// or http://.</source>
        <translation>Enter a web address starting with https:// or http://.</translation>
    </message>
    <message>
        <source>Chinese &amp;edition feed:</source>
        <translation>Chinese &amp;edition feed:</translation>
    </message>
    <message>
        <source>Download &amp;whole articles:</source>
        <translation>Download &amp;whole articles:</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Only when the feed has summaries</source>
        <translation>Only when the feed has summaries</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Downloads each article&apos;s page, so the whole story with its photos can be read offline</source>
        <translation>Downloads each article&apos;s page, so the whole story with its photos can be read offline</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://.</source>
        <translation>Enter a web address starting with https://.</translation>
    </message>
    <message>
        <source>&amp;Message address:</source>
        <translation>&amp;Message address:</translation>
    </message>
    <message>
        <source>Where &quot;Leave a message&quot; sends. Leave empty for the site&apos;s own address.</source>
        <translation>Where &quot;Leave a message&quot; sends. Leave empty for the site&apos;s own address.</translation>
    </message>
    <message>
        <source>English edition &amp;feed:</source>
        <translation>English edition &amp;feed:</translation>
    </message>
    <message>
        <source>For reading in English. Restore Default goes back to the site&apos;s own feed.</source>
        <translation>For reading in English. Restore Default goes back to the site&apos;s own feed.</translation>
    </message>
    <message>
        <source>Restore the English edition&apos;s default feed</source>
        <translation>Restore the English edition&apos;s default feed</translation>
    </message>
    <message>
        <source>Restore the Chinese edition&apos;s default: no feed of its own</source>
        <translation>Restore the Chinese edition&apos;s default: no feed of its own</translation>
    </message>
</context>
<context>
    <name>ichq::ui::StatusArea</name>
    <message>
        <source>%1 of %2 feeds</source>
        <translation>%1 of %2 feeds</translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation>%1 of %2 articles</translation>
    </message>
    <message>
        <source>%1 of %2 photos</source>
        <translation>%1 of %2 photos</translation>
    </message>
    <message>
        <source>Refreshing… %1</source>
        <extracomment>Shown while a refresh runs; %1 lists the counts, e.g. &quot;12 of 30 articles, 40 of 75 photos&quot;.</extracomment>
        <translation>Refreshing… %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ichq::ui::StorageSettings</name>
    <message>
        <source>Cleaning up…</source>
        <translation>Cleaning up…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>article store %1</source>
        <translation>article store %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Keep &amp;articles for:</source>
        <translation>Keep &amp;articles for:</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Forever</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 months</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 year</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Photos: at most</source>
        <translation>&amp;Photos: at most</translation>
    </message>
    <message>
        <source> GB</source>
        <extracomment>After the number in the photo limit box: &quot;2 GB&quot;</extracomment>
        <translation> GB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Over the limit, the photos of the oldest read articles are deleted first; they are downloaded again when you open the article online.</source>
        <translation>Over the limit, the photos of the oldest read articles are deleted first; they are downloaded again when you open the article online.</translation>
    </message>
    <message>
        <source>Starred articles are always kept. Older articles and their photos are deleted after each refresh.</source>
        <translation>Starred articles are always kept. Older articles and their photos are deleted after each refresh.</translation>
    </message>
    <message>
        <source>&amp;Clean Up Now</source>
        <translation>&amp;Clean Up Now</translation>
    </message>
    <message numerus="yes">
        <source>Stored now: %n article(s) (%1 unread, %2 starred)</source>
        <translation>
            <numerusform>Stored now: %n article (%1 unread, %2 starred)</numerusform>
            <numerusform>Stored now: %n articles (%1 unread, %2 starred)</numerusform>
        </translation>
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
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Space pages down, and at the end of the article goes to the next one.</source>
        <translation>Space pages down, and at the end of the article goes to the next one.</translation>
    </message>
</context>
</TS>
