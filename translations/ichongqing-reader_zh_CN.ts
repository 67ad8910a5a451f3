<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Nothing stored yet in %1. Run --refresh first.</source>
        <translation>%1 中还没有保存任何内容。请先运行 --refresh。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: nothing could be parsed: %2</source>
        <translation>%1：未能解析出任何内容：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Fetch the feeds, store new articles and their images, print a summary.</source>
        <translation>获取订阅源，保存新文章及其图片，并输出摘要。</translation>
    </message>
    <message>
        <source>Feed to refresh (repeatable; default: the iChongqing feed).</source>
        <translation>要刷新的订阅源（可多次指定；默认为 iChongqing 订阅源）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Do not download images.</source>
        <translation>不下载图片。</translation>
    </message>
    <message>
        <source>Keep everything in DIR (default: $ICHQ_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation>所有数据保存在指定目录中（默认为 $ICHQ_DATA_DIR，未设置时使用用户的应用数据文件夹）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Parse a feed file or URL and print it as JSON.</source>
        <translation>解析订阅源文件或 URL，并以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>FILE_OR_URL</source>
        <translation>文件或URL</translation>
    </message>
    <message>
        <source>Resolve relative links of --parse against URL.</source>
        <translation>以指定 URL 为基准解析 --parse 中的相对链接。</translation>
    </message>
    <message>
        <source>List stored articles, newest first.</source>
        <translation>列出已保存的文章，按时间从新到旧排列。</translation>
    </message>
    <message>
        <source>List stored articles containing QUERY (any language).</source>
        <translation>列出包含关键词的已保存文章（支持任意语言）。</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Print --list or --search as JSON.</source>
        <translation>以 JSON 格式输出 --list 或 --search 的结果。</translation>
    </message>
    <message>
        <source>Only articles of section NAME.</source>
        <translation>仅显示指定栏目的文章。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>At most N articles (default 50).</source>
        <translation>最多显示 N 篇文章（默认 50）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>%1 — the iChongqing news reader.</source>
        <translation>%1 — iChongqing 新闻阅读器。</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit 的值必须是正整数。</translation>
    </message>
</context>
<context>
    <name>DataPaths</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the article store %1: %2</source>
        <translation>无法打开文章库 %1：%2</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (schema %1).</source>
        <translation>该文章库由更高版本的应用创建（结构版本 %1）。</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>not an RSS or Atom feed</source>
        <translation>不是 RSS 或 Atom 订阅源</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed (the document is &lt;%1&gt;)</source>
        <translation>不是 RSS 或 Atom 订阅源（文档根元素为 &lt;%1&gt;）</translation>
    </message>
    <message>
        <source>the document is larger than %1 bytes</source>
        <translation>文档超过 %1 字节</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>ImageFetcher</name>
    <message>
        <source>Not an image this app can show.</source>
        <translation>本应用无法显示此图片。</translation>
    </message>
    <message>
        <source>SVG images are not kept.</source>
        <translation>不保存 SVG 图片。</translation>
    </message>
    <message>
        <source>The image has no readable size.</source>
        <translation>无法读取图片尺寸。</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels).</source>
        <translation>图片过大（%1 × %2 像素）。</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <source>feeds: %1 (not modified: %2, failed: %3), new: %4, updated: %5, unchanged: %6, images fetched: %7, images failed: %8</source>
        <translation>订阅源：%1（未更改：%2，失败：%3），新文章：%4，已更新：%5，无变化：%6，已下载图片：%7，图片下载失败：%8</translation>
    </message>
</context>
<context>
    <name>ichq::Fetcher</name>
    <message>
        <source>Cannot reach %1: no network connection or the name cannot be resolved.</source>
        <translation>无法访问 %1：没有网络连接，或无法解析该域名。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the connection was refused.</source>
        <translation>无法连接到 %1：连接被拒绝。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the download was complete.</source>
        <translation>%1 在下载完成前关闭了连接。</translation>
    </message>
    <message>
        <source>Cannot connect to %1 through the proxy server.</source>
        <translation>无法通过代理服务器连接到 %1。</translation>
    </message>
    <message>
        <source>The download from %1 failed: the answer could not be read.</source>
        <translation>从 %1 下载失败：无法读取服务器的响应。</translation>
    </message>
    <message>
        <source>The server %1 refused the request (HTTP %2).</source>
        <translation>服务器 %1 拒绝了请求（HTTP %2）。</translation>
    </message>
    <message>
        <source>The address was not found on %1 (HTTP %2).</source>
        <translation>在 %1 上找不到该地址（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 asks us to wait before trying again (HTTP 429).</source>
        <translation>%1 要求稍后再试（HTTP 429）。</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP 503).</source>
        <translation>%1 暂时无法访问（HTTP 503）。</translation>
    </message>
    <message>
        <source>%1 answered with a redirect that cannot be followed (HTTP %2).</source>
        <translation>%1 返回了无法跟随的重定向（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2).</source>
        <translation>%1 处理请求时出错（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 返回了错误（HTTP %2）。</translation>
    </message>
    <message>
        <source>Only web addresses (http or https) can be downloaded.</source>
        <translation>只能下载网址（http 或 https）。</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: certificate error.</source>
        <translation>与 %1 的连接不安全：证书错误。</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>服务器 %1 响应超时。</translation>
    </message>
    <message>
        <source>The download from %1 took too long and was stopped.</source>
        <translation>从 %1 下载耗时过长，已停止。</translation>
    </message>
    <message>
        <source>The file from %1 is larger than %2.</source>
        <translation>来自 %1 的文件超过 %2。</translation>
    </message>
    <message>
        <source>%1 redirected too many times (more than %2).</source>
        <translation>%1 重定向次数过多（超过 %2 次）。</translation>
    </message>
    <message>
        <source>Redirected from a secure to an insecure address; refused.</source>
        <translation>已拒绝从安全地址重定向到不安全的地址。</translation>
    </message>
    <message>
        <source>%1 answered with an error.</source>
        <translation>%1 返回了错误。</translation>
    </message>
</context>
<context>
    <name>ichq::Refresher</name>
    <message>
        <source>The server asked us to wait; the next try is after %1.</source>
        <translation>服务器要求稍后再试，将在 %1 之后重试。</translation>
    </message>
    <message>
        <source>The answer is not an RSS or Atom feed.</source>
        <translation>服务器返回的内容不是 RSS 或 Atom 订阅源。</translation>
    </message>
    <message>
        <source>Could not save the articles: %1</source>
        <translation>无法保存文章：%1</translation>
    </message>
    <message numerus="yes">
        <source>The feed is damaged (%1); the %n article(s) before the damage were kept.</source>
        <translation>
            <numerusform>订阅源已损坏（%1），已保留损坏处之前的 %n 篇文章。</numerusform>
        </translation>
    </message>
</context>
</TS>
