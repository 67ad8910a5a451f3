<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
