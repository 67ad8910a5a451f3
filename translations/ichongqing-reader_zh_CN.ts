<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleTemplate</name>
    <message>
        <source>By %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>打开原文</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Showing the summary; the whole article could not be downloaded.</source>
        <translation>显示的是摘要；未能下载全文。</translation>
    </message>
</context>
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
    <message>
        <source>Start the reader without touching the network.</source>
        <translation>以离线方式启动阅读器，不访问网络。</translation>
    </message>
    <message>
        <source>The reader window cannot start: %1
The command-line verbs still work; see --help.</source>
        <translation>阅读器窗口无法启动：%1
命令行功能仍可使用，详见 --help。</translation>
    </message>
    <message>
        <source>Language of the interface and messages: zh or en (default: the one chosen in the reader, else the system&apos;s).</source>
        <translation>界面和消息的语言：zh 或 en（默认使用在阅读器中选择的语言，否则跟随系统）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>--lang takes zh or en.</source>
        <translation>--lang 只接受 zh 或 en。</translation>
    </message>
    <message>
        <source>Feed to refresh (repeatable; default: the iChongqing edition of the language in use, see --lang).</source>
        <translation>要刷新的订阅源（可多次指定；默认为当前所用语言的 iChongqing 版本，参见 --lang）。</translation>
    </message>
    <message>
        <source>With --refresh: download each article&apos;s page for the whole story: always, auto (only when the feed carries summaries) or never (default: as set in the reader).</source>
        <translation>与 --refresh 一起使用：下载每篇文章的网页以获取全文：always（总是）、auto（仅当订阅源只提供摘要时）或 never（从不）（默认：按阅读器中的设置）。</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Print one stored article.</source>
        <translation>输出一篇已保存的文章。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--whole-articles takes always, auto or never.</source>
        <translation>--whole-articles 只接受 always、auto 或 never。</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Showing the summary; the whole article could not be downloaded: %1</source>
        <translation>显示的是摘要；未能下载全文：%1</translation>
    </message>
    <message>
        <source>No stored article has the id %1.</source>
        <translation>没有 ID 为 %1 的已保存文章。</translation>
    </message>
    <message>
        <source>Delete the articles older than the reader keeps them (starred ones stay) with their photos, keep the photos under their limit, and give the space back.</source>
        <translation>删除超过保留期限的文章（加星标的除外）及其图片，使图片不超过上限，并释放磁盘空间。</translation>
    </message>
    <message>
        <source>With --cleanup: keep the articles of the last N days (default: as set in the reader).</source>
        <translation>与 --cleanup 一起使用：保留最近 N 天的文章（默认：阅读器中的设置）。</translation>
    </message>
    <message>
        <source>Print how many articles and photos are stored, and their size.</source>
        <translation>显示已保存的文章和图片数量及其大小。</translation>
    </message>
    <message>
        <source>Print --list, --search, --show or --stats as JSON.</source>
        <translation>以 JSON 格式输出 --list、--search、--show 或 --stats 的结果。</translation>
    </message>
    <message>
        <source>Articles: %1 (%2 unread, %3 starred)</source>
        <translation>文章：%1 篇（%2 篇未读，%3 篇加星标）</translation>
    </message>
    <message>
        <source>Photos: %1 (%2)</source>
        <translation>图片：%1 张（%2）</translation>
    </message>
    <message>
        <source>Article store: %1</source>
        <translation>文章库：%1</translation>
    </message>
    <message>
        <source>Oldest: %1, newest: %2</source>
        <translation>最早：%1，最新：%2</translation>
    </message>
    <message>
        <source>--keep-days takes a number of days of 1 or more.</source>
        <translation>--keep-days 需要 1 或更大的天数。</translation>
    </message>
    <message>
        <source>Nothing stored yet in %1.</source>
        <translation>%1 中尚未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>DataEraser</name>
    <message>
        <source>Could not delete: %1</source>
        <translation>无法删除：%1</translation>
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
    <name>DateText</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time, e.g. &quot;Friday, 27 November 2026 at 21:38&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ExportFileName</name>
    <message>
        <source>article</source>
        <translation>文章</translation>
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
    <name>MessageSender</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>服务器没有响应。</translation>
    </message>
    <message>
        <source>The server sent the message elsewhere (HTTP %1); it was not delivered.</source>
        <translation>服务器将留言转到了其他地址（HTTP %1），留言未送达。</translation>
    </message>
    <message>
        <source>The server could not take the message now (%1).</source>
        <translation>服务器暂时无法接收留言（%1）。</translation>
    </message>
    <message>
        <source>the server could not read the message</source>
        <translation>服务器无法读取这条留言</translation>
    </message>
    <message>
        <source>the server does not accept messages from here</source>
        <translation>服务器不接受来自这里的留言</translation>
    </message>
    <message>
        <source>the message address does not exist</source>
        <translation>留言地址不存在</translation>
    </message>
    <message>
        <source>the message address does not take messages</source>
        <translation>留言地址不接收留言</translation>
    </message>
    <message>
        <source>the message is too large for the server</source>
        <translation>留言对服务器来说太大</translation>
    </message>
    <message>
        <source>the server does not take messages in this form</source>
        <translation>服务器不接受这种格式的留言</translation>
    </message>
    <message>
        <source>the server did not accept what the message says</source>
        <translation>服务器不接受留言的内容</translation>
    </message>
    <message>
        <source>too many messages were sent; the server asks to wait</source>
        <translation>发送的留言过多，服务器要求稍后再试</translation>
    </message>
    <message>
        <source>the server had an internal error</source>
        <translation>服务器内部出错</translation>
    </message>
    <message>
        <source>the server&apos;s gateway did not answer</source>
        <translation>服务器网关没有响应</translation>
    </message>
    <message>
        <source>the server is unavailable for now</source>
        <translation>服务器暂时不可用</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Cannot open the outbox %1: %2</source>
        <translation>无法打开发件箱 %1：%2</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (schema %1).</source>
        <translation>该发件箱由更高版本的应用创建（结构版本 %1）。</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The email address can have at most %1 characters.</source>
        <translation>电子邮件地址最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The subject can have at most %1 characters.</source>
        <translation>主题最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The message can have at most %1 characters.</source>
        <translation>留言最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The message could not be saved.</source>
        <translation>无法保存留言。</translation>
    </message>
</context>
<context>
    <name>ReaderApp</name>
    <message>
        <source>iChongqing Reader</source>
        <extracomment>The product name in window titles; the Chinese desktop entry says &quot;iChongqing 阅读器&quot;.</extracomment>
        <translation>iChongqing 阅读器</translation>
    </message>
    <message>
        <source>Some of your data could not be deleted:
%1</source>
        <translation>部分数据未能删除：
%1</translation>
    </message>
</context>
<context>
    <name>RefreshSession</name>
    <message>
        <source>The article store in %1 can only be read (a read-only folder or disk); refreshing needs a folder the reader can write to.</source>
        <translation>%1 中的文章库只能读取（只读文件夹或磁盘）；刷新需要阅读器可以写入的文件夹。</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <source>feeds: %1 (not modified: %2, failed: %3), new: %4, updated: %5, unchanged: %6, whole articles: %7 (not modified: %8, failed: %9), images fetched: %10, images failed: %11</source>
        <translation>订阅源：%1（未修改：%2，失败：%3），新增：%4，更新：%5，未变：%6，全文：%7（未修改：%8，失败：%9），已获取图片：%10，图片失败：%11</translation>
    </message>
</context>
<context>
    <name>StoreCleaner</name>
    <message>
        <source>The store could not be cleaned up: %1</source>
        <translation>无法清理文章库：%1</translation>
    </message>
    <message>
        <source>Nothing to clean up; the article store takes %1.</source>
        <translation>无需清理；文章库占用 %1。</translation>
    </message>
    <message>
        <source>Cleaned up: %1 and %2 deleted, %3 freed; the article store takes %4.</source>
        <translation>清理完成：已删除 %1 和 %2，释放 %3；文章库占用 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <source>The article store is damaged and could not be rebuilt: %1</source>
        <translation>文章库已损坏，且无法重建：%1</translation>
    </message>
    <message numerus="yes">
        <source>The article store was damaged; it was rebuilt with the %n article(s) that could be read, and the damaged file was kept as %1.</source>
        <translation>
            <numerusform>文章库已损坏；已用仍可读取的 %n 篇文章重建，损坏的文件保留为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot rename %1.</source>
        <translation>无法重命名 %1。</translation>
    </message>
</context>
<context>
    <name>ichq::FeedStage</name>
    <message>
        <source>The server asked us to wait; the next try is after %1.</source>
        <translation>服务器要求稍后再试，将在 %1 之后重试。</translation>
    </message>
    <message>
        <source>The last tries failed; the next automatic try is after %1.</source>
        <translation>最近几次尝试均失败；下一次自动尝试将在 %1 之后。</translation>
    </message>
    <message>
        <source>The answer is not an RSS or Atom feed.</source>
        <translation>服务器返回的内容不是 RSS 或 Atom 订阅源。</translation>
    </message>
    <message numerus="yes">
        <source>The feed is damaged (%1); the %n article(s) before the damage were kept.</source>
        <translation>
            <numerusform>订阅源已损坏（%1），已保留损坏处之前的 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the articles: %1</source>
        <translation>无法保存文章：%1</translation>
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
    <message>
        <source>%1 redirected to an address that is not on the web; refused.</source>
        <translation>%1 重定向到一个非网页地址，已拒绝。</translation>
    </message>
    <message>
        <source>%1 is an address in your own network or on this computer; a feed may not make the reader fetch from there.</source>
        <translation>%1 是您自己网络或本机上的地址；订阅源不能让阅读器从那里获取内容。</translation>
    </message>
</context>
<context>
    <name>ichq::MessageSender</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>服务器在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <source>No contact address is set; messages wait in the outbox.</source>
        <translation>未设置留言地址；留言将保留在发件箱中。</translation>
    </message>
    <message>
        <source>The contact address &quot;%1&quot; is not a web address; messages wait in the outbox.</source>
        <translation>留言地址“%1”不是网页地址；留言将保留在发件箱中。</translation>
    </message>
    <message>
        <source>The contact address &quot;%1&quot; does not start with https://, so your name, email and message would travel unencrypted; messages wait in the outbox.</source>
        <translation>留言地址“%1”不是以 https:// 开头，您的姓名、电子邮件和留言将以未加密方式传输；留言将保留在发件箱中。</translation>
    </message>
    <message>
        <source>The server closed the connection without an answer; the message may not have arrived. It will be sent again, marked so that the site keeps one copy.</source>
        <translation>服务器未作答复就关闭了连接，留言可能未送达。稍后将再次发送，并附带标记，确保网站只保留一份。</translation>
    </message>
</context>
<context>
    <name>ichq::ui::AddressField</name>
    <message>
        <source>Restore Default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Clear address</source>
        <translation>清除地址</translation>
    </message>
</context>
<context>
    <name>ichq::ui::Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark look</source>
        <translation>跟随系统的浅色或深色外观</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ichq::ui::ArticleCommands</name>
    <message>
        <source>Opened %1 in your browser</source>
        <translation>已在浏览器中打开 %1</translation>
    </message>
    <message>
        <source>Link not opened: %1</source>
        <translation>未打开链接：%1</translation>
    </message>
    <message>
        <source>No browser could open the link; it was copied instead: %1</source>
        <translation>无法用浏览器打开链接，已改为复制：%1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
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
        <translation>未读</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of an article row read aloud: &quot;Title, unread, starred, date, section&quot;</extracomment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ichq::ui::ArticleListPane</name>
    <message>
        <source>No articles here yet.</source>
        <translation>这里还没有文章。</translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation>没有与“%1”匹配的文章。</translation>
    </message>
    <message>
        <source>Search articles (English or 中文)</source>
        <translation>搜索文章（中文或英文）</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章列表</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>J and K move to the next and previous article, N to the next unread one; M marks it read or unread, S stars it.</source>
        <translation>按 J 和 K 移到下一篇和上一篇文章，按 N 移到下一篇未读文章；按 M 标为已读或未读，按 S 加星标。</translation>
    </message>
</context>
<context>
    <name>ichq::ui::ArticleMarks</name>
    <message>
        <source>This article store can only be read (a read-only folder or disk): read and starred marks cannot be saved.</source>
        <translation>此文章库只能读取（只读文件夹或磁盘）：无法保存已读和星标标记。</translation>
    </message>
    <message>
        <source>The mark could not be saved in the article store.</source>
        <translation>无法在文章库中保存该标记。</translation>
    </message>
</context>
<context>
    <name>ichq::ui::ConsentDialog</name>
    <message>
        <source>Cookies</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>May iChongqing Reader keep the site&apos;s cookies?</source>
        <translation>是否允许 iChongqing 阅读器保存该网站的 Cookie？</translation>
    </message>
    <message>
        <source>When the reader fetches news and images from www.ichongqing.info, or sends a message you wrote, the site may set cookies.

If you agree, the reader keeps them on this computer between sessions. If you decline, they are kept in memory only and forgotten when the reader quits; the news works the same either way.

The reader itself has no tracking or analytics. You can change your choice at any time in Settings.</source>
        <translation>阅读器从 www.ichongqing.info 获取新闻和图片，或发送您撰写的留言时，该网站可能会设置 Cookie。

如果您同意，阅读器会将 Cookie 保存在本机上，下次启动后继续使用。如果您拒绝，Cookie 只保留在内存中，退出阅读器后即被清除；无论如何选择，新闻阅读都不受影响。

阅读器本身不进行任何跟踪或分析统计。您可以随时在“设置”中更改此选择。</translation>
    </message>
    <message>
        <source>Privacy Statement &amp; Cookie Policy</source>
        <translation>隐私声明与 Cookie 政策</translation>
    </message>
    <message>
        <source>I Agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>ichq::ui::EmptyState</name>
    <message>
        <source>No articles yet</source>
        <translation>还没有文章</translation>
    </message>
    <message>
        <source>Refresh to fetch the latest news from iChongqing.</source>
        <translation>刷新即可获取 iChongqing 的最新新闻。</translation>
    </message>
    <message>
        <source>Fetching the latest news…</source>
        <translation>正在获取最新新闻…</translation>
    </message>
    <message>
        <source>Articles appear here as soon as they arrive.</source>
        <translation>新文章一到就会显示在这里。</translation>
    </message>
    <message>
        <source>No articles saved yet</source>
        <translation>还没有保存的文章</translation>
    </message>
    <message>
        <source>You are offline, and no articles have been saved on this computer yet. Connect to the internet and try again.</source>
        <translation>当前处于离线状态，本机还没有保存任何文章。请连接网络后重试。</translation>
    </message>
    <message>
        <source>The news could not be fetched: %1</source>
        <translation>无法获取新闻：%1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>You chose to work offline, and no articles have been saved on this computer yet. Go online to fetch the latest news.</source>
        <translation>您选择了离线工作，本机尚未保存任何文章。联网以获取最新新闻。</translation>
    </message>
    <message>
        <source>Go Online</source>
        <translation>联网</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Check the news feed&apos;s address in Settings</source>
        <translation>在设置中检查新闻订阅源的地址</translation>
    </message>
</context>
<context>
    <name>ichq::ui::MainWindow</name>
    <message>
        <source>About iChongqing Reader</source>
        <translation>关于 iChongqing 阅读器</translation>
    </message>
    <message>
        <source>iChongqing Reader %1
News from Chongqing, readable offline.
%2</source>
        <translation>iChongqing 阅读器 %1
重庆新闻，离线也能阅读。
%2</translation>
    </message>
    <message>
        <source>iChongqing Reader</source>
        <translation>iChongqing 阅读器</translation>
    </message>
    <message>
        <source>No unread article after this one.</source>
        <translation>这篇之后没有未读文章。</translation>
    </message>
</context>
<context>
    <name>ichq::ui::MessageController</name>
    <message>
        <source>Your message is in the outbox and will be sent now.</source>
        <translation>您的留言已放入发件箱，即将发送。</translation>
    </message>
    <message>
        <source>Your message is in the outbox and will be sent when you are online.</source>
        <translation>您的留言已放入发件箱，将在联网后发送。</translation>
    </message>
    <message>
        <source>%1 was delivered.</source>
        <translation>%1已送达。</translation>
    </message>
    <message>
        <source>%1 could not be sent yet (%2); it will be tried again.</source>
        <translation>%1暂时无法发送（%2），稍后会再试。</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>您的留言</translation>
    </message>
    <message>
        <source>Your message “%1”</source>
        <extracomment>%1 is the message&apos;s subject.</extracomment>
        <translation>您的留言“%1”</translation>
    </message>
    <message>
        <source>%1 was refused by the server: %2</source>
        <translation>%1被服务器拒绝：%2</translation>
    </message>
</context>
<context>
    <name>ichq::ui::MessageDialog</name>
    <message>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Please enter your email address, so that iChongqing can answer.</source>
        <translation>请输入您的电子邮件地址，以便 iChongqing 回复您。</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>这似乎不是有效的电子邮件地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>The subject can have at most %1 characters.</source>
        <translation>主题最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Please write your message.</source>
        <translation>请填写留言正文。</translation>
    </message>
    <message>
        <source>Please write at least %1 characters.</source>
        <translation>请至少输入 %1 个字符。</translation>
    </message>
    <message>
        <source>The message can have at most %1 characters.</source>
        <translation>留言最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Please agree, or iChongqing cannot answer you.</source>
        <translation>请勾选同意，否则 iChongqing 无法回复您。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>The live length of the message: &quot;123 / 5000&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The message could not be saved in the outbox. Your text is kept as a draft; please try again.</source>
        <translation>无法将留言保存到发件箱。您输入的内容已保存为草稿，请重试。</translation>
    </message>
    <message>
        <source>Leave a Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Write to the iChongqing team: questions, news tips or feedback. The message is kept in the outbox until it is delivered, so it is not lost when you are offline.</source>
        <translation>给 iChongqing 团队留言：提问、提供新闻线索或反馈意见均可。留言在送达之前会一直保存在发件箱中，即使离线也不会丢失。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>正文(&amp;M)：</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Required, for the answer</source>
        <translation>必填，用于回复您</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>I agree that my name and email address are sent to iChongqing so that they can answer my message.</source>
        <translation>我同意将我的姓名和电子邮件地址发送给 iChongqing，以便其回复我的留言。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <extracomment>Under Send, what the form lacks: &quot;Still needed: your name and your message&quot;</extracomment>
        <translation>还缺少：%1</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>a shorter name</source>
        <translation>更短的姓名</translation>
    </message>
    <message>
        <source>your email address</source>
        <translation>您的电子邮件地址</translation>
    </message>
    <message>
        <source>a valid email address</source>
        <translation>有效的电子邮件地址</translation>
    </message>
    <message>
        <source>a shorter subject</source>
        <translation>更短的主题</translation>
    </message>
    <message>
        <source>your message</source>
        <translation>留言正文</translation>
    </message>
    <message>
        <source>a longer message</source>
        <translation>更长的留言正文</translation>
    </message>
    <message>
        <source>a shorter message</source>
        <translation>更短的留言正文</translation>
    </message>
    <message>
        <source>consent to pass on your details</source>
        <translation>同意转交个人信息</translation>
    </message>
</context>
<context>
    <name>ichq::ui::MessageNotice</name>
    <message>
        <source>Open Outbox</source>
        <translation>打开发件箱</translation>
    </message>
    <message numerus="yes">
        <source>✉ %n message(s) waiting</source>
        <extracomment>A badge in the status bar; clicking it opens the Outbox.</extracomment>
        <translation>
            <numerusform>✉ %n 条留言待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages not sent yet. Click to open the Outbox.</source>
        <translation>尚未发送的留言。点击打开发件箱。</translation>
    </message>
</context>
<context>
    <name>ichq::ui::OfflineBanner</name>
    <message>
        <source>You are offline. Showing articles saved on %1.</source>
        <translation>当前处于离线状态，正在显示 %1 保存的文章。</translation>
    </message>
    <message>
        <source>You are offline. Showing the articles saved earlier.</source>
        <translation>当前处于离线状态，正在显示之前保存的文章。</translation>
    </message>
    <message>
        <source>The news could not be updated: %1</source>
        <translation>无法更新新闻：%1</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>检查于 %1。</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Check the news feed&apos;s address in Settings</source>
        <translation>在设置中检查新闻订阅源的地址</translation>
    </message>
</context>
<context>
    <name>ichq::ui::OutboxModel</name>
    <message>
        <source>Message from iChongqing Reader</source>
        <translation>来自 iChongqing 阅读器的留言</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>等待重试</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>撰写时间</translation>
    </message>
    <message>
        <source>Last Error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>ichq::ui::OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>No messages. Messages you write with Help &gt; Leave a Message appear here until they are delivered.</source>
        <translation>没有留言。通过“帮助 &gt; 留言”撰写的留言在送达之前会显示在这里。</translation>
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation>选择一条留言进行查看。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Try to send the selected message again now</source>
        <translation>立即重新发送所选留言</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected message from this computer</source>
        <translation>从本机删除所选留言</translation>
    </message>
    <message>
        <source>Send by &amp;Email Instead…</source>
        <translation>改用电子邮件发送(&amp;E)…</translation>
    </message>
    <message>
        <source>Open your mail client with this message to %1</source>
        <translation>在邮件客户端中打开此留言，发送至 %1</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>删除留言</translation>
    </message>
    <message>
        <source>Delete this message? It was not sent.</source>
        <translation>删除这条留言？它尚未发送。</translation>
    </message>
    <message>
        <source>Delete the message “%1”? It was not sent.</source>
        <translation>删除留言“%1”？它尚未发送。</translation>
    </message>
    <message>
        <source>Its text is kept nowhere else; it cannot be brought back.</source>
        <translation>留言内容没有保存在其他地方，删除后无法恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>留言列表</translation>
    </message>
    <message>
        <source>Text of the selected message</source>
        <translation>所选留言的正文</translation>
    </message>
</context>
<context>
    <name>ichq::ui::PrivacyDialog</name>
    <message>
        <source>en</source>
        <extracomment>The code of the language this translation is in: &quot;zh_CN&quot; in the Chinese translation. It picks the bundled privacy statement.</extracomment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>Privacy Statement</source>
        <translation>隐私声明</translation>
    </message>
    <message>
        <source>Website&apos;s Policy…</source>
        <translation>网站隐私政策…</translation>
    </message>
    <message>
        <source>Open the privacy policy of www.ichongqing.info in your browser</source>
        <translation>在浏览器中打开 www.ichongqing.info 的隐私政策</translation>
    </message>
</context>
<context>
    <name>ichq::ui::ReaderActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch the latest news</source>
        <translation>获取最新新闻</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>离线工作(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notify About New Articles</source>
        <translation>有新文章时通知(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Article</source>
        <translation>下一篇(&amp;X)</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>下一篇文章</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>上一篇文章</translation>
    </message>
    <message>
        <source>Page Down or &amp;Next Article</source>
        <translation>向下翻页或下一篇(&amp;N)</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>标为已读/未读(&amp;R)</translation>
    </message>
    <message>
        <source>Toggle read</source>
        <translation>标为已读/未读</translation>
    </message>
    <message>
        <source>&amp;Star/Unstar</source>
        <translation>加星标/取消星标(&amp;S)</translation>
    </message>
    <message>
        <source>Toggle star</source>
        <translation>加星标/取消星标</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>全部标为已读(&amp;A)</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <source>Open the original page in your browser</source>
        <translation>在浏览器中打开原文网页</translation>
    </message>
    <message>
        <source>&amp;About iChongqing Reader</source>
        <translation>关于 iChongqing 阅读器(&amp;A)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一篇</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一篇</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>打开原文</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Leave a Message…</source>
        <translation>留言(&amp;L)…</translation>
    </message>
    <message>
        <source>Write to iChongqing</source>
        <translation>给 iChongqing 留言</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>发件箱(&amp;O)</translation>
    </message>
    <message>
        <source>Messages you wrote and whether they were sent</source>
        <translation>您撰写的留言及其发送状态</translation>
    </message>
    <message>
        <source>&amp;Privacy Statement</source>
        <translation>隐私声明(&amp;P)</translation>
    </message>
    <message>
        <source>Read/Unread</source>
        <translation>已读/未读</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Switch to &amp;English</source>
        <extracomment>The menu item that switches the whole interface to English.</extracomment>
        <translation>切换到英文(&amp;E)</translation>
    </message>
    <message>
        <source>Switch to &amp;Chinese (中文)</source>
        <translation>切换到中文(&amp;C)</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>下一篇未读(&amp;U)</translation>
    </message>
    <message>
        <source>Next unread article</source>
        <translation>下一篇未读文章</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
</context>
<context>
    <name>ichq::ui::RefreshController</name>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>刷新失败：%1</translation>
    </message>
    <message>
        <source>Updated at %1 · no new articles</source>
        <translation>更新于 %1 · 没有新文章</translation>
    </message>
    <message numerus="yes">
        <source>Updated at %1 · %n new article(s)</source>
        <translation>
            <numerusform>更新于 %1 · %n 篇新文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ichq::ui::SectionListModel</name>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation>
            <numerusform>%1：%n 篇未读</numerusform>
        </translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1：%n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ichq::ui::SectionListView</name>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Choose which articles the list shows.</source>
        <translation>选择文章列表显示哪些文章。</translation>
    </message>
</context>
<context>
    <name>ichq::ui::SettingsController</name>
    <message>
        <source>Delete My Data</source>
        <translation>删除我的数据</translation>
    </message>
    <message>
        <source>Delete everything iChongqing Reader has stored on this computer?</source>
        <translation>要删除 iChongqing 阅读器在本机上保存的所有数据吗？</translation>
    </message>
    <message>
        <source>Delete Everything</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <source>A refresh is running; clean up again when it has finished.</source>
        <translation>正在刷新；请在刷新结束后再清理。</translation>
    </message>
    <message>
        <source>Articles, images, settings, cookies and every message in the outbox, including unsent ones, are deleted; other files in its data folder are left as they are. The reader then starts again as on its first start. This cannot be undone.</source>
        <translation>文章、图片、设置、Cookie 以及发件箱中的所有留言（包括未发送的）都将被删除；数据文件夹中的其他文件保持不变。随后阅读器会像首次启动一样重新开始。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>ichq::ui::SettingsDialog</name>
    <message>
        <source>You have not decided yet; cookies are kept in memory only.</source>
        <translation>您尚未做出选择；Cookie 目前只保留在内存中。</translation>
    </message>
    <message>
        <source>Decided on %1, for version %2 of the privacy statement.</source>
        <translation>已于 %1 针对第 %2 版隐私声明做出选择。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>刷新间隔(&amp;R)：</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number in the refresh interval box: &quot;30 min&quot;</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Manually only</source>
        <translation>仅手动刷新</translation>
    </message>
    <message>
        <source>0 means: only when you choose Refresh</source>
        <translation>设为 0 表示仅在您选择“刷新”时刷新</translation>
    </message>
    <message>
        <source>&amp;Notify about new articles</source>
        <translation>有新文章时通知(&amp;N)</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>The site www.ichongqing.info may set cookies when the reader fetches news or sends a message.</source>
        <translation>阅读器获取新闻或发送留言时，www.ichongqing.info 网站可能会设置 Cookie。</translation>
    </message>
    <message>
        <source>&amp;Keep cookies on this computer</source>
        <translation>在本机保存 Cookie(&amp;K)</translation>
    </message>
    <message>
        <source>Keep cookies in &amp;memory only (deletes stored cookies now)</source>
        <translation>仅在内存中保留 Cookie(&amp;M)（将立即删除已保存的 Cookie）</translation>
    </message>
    <message>
        <source>Privacy Statement…</source>
        <translation>隐私声明…</translation>
    </message>
    <message>
        <source>Your Data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <source>Everything the reader stores is in this folder: articles, images, settings, cookies and your messages.</source>
        <translation>阅读器保存的所有内容都位于此文件夹中：文章、图片、设置、Cookie 以及您的留言。</translation>
    </message>
    <message>
        <source>&amp;Delete My Data…</source>
        <translation>删除我的数据(&amp;D)…</translation>
    </message>
    <message>
        <source>For reading in Chinese. Leave empty to read the English edition in both languages.</source>
        <translation>中文界面下阅读的内容来源。留空则中英文界面下均显示英文版内容。</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// or http://.</source>
        <translation>请输入以 https:// 或 http:// 开头的网址。</translation>
    </message>
    <message>
        <source>Chinese &amp;edition feed:</source>
        <translation>中文版订阅源(&amp;E)：</translation>
    </message>
    <message>
        <source>Download &amp;whole articles:</source>
        <translation>下载全文(&amp;W)：</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>Only when the feed has summaries</source>
        <translation>仅当订阅源只有摘要时</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Downloads each article&apos;s page, so the whole story with its photos can be read offline</source>
        <translation>下载每篇文章的网页，以便离线阅读带图片的全文</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://.</source>
        <translation>请输入以 https:// 开头的网址。</translation>
    </message>
    <message>
        <source>&amp;Message address:</source>
        <translation>留言地址(&amp;M)：</translation>
    </message>
    <message>
        <source>Where &quot;Leave a message&quot; sends. Leave empty for the site&apos;s own address.</source>
        <translation>“留言”发送到的地址。留空则使用网站自己的地址。</translation>
    </message>
    <message>
        <source>English edition &amp;feed:</source>
        <translation>英文版订阅源(&amp;F)：</translation>
    </message>
    <message>
        <source>For reading in English. Restore Default goes back to the site&apos;s own feed.</source>
        <translation>英文界面下阅读的内容来源。点击“恢复默认”可改回网站自己的订阅源。</translation>
    </message>
    <message>
        <source>Restore the English edition&apos;s default feed</source>
        <translation>恢复英文版的默认订阅源</translation>
    </message>
    <message>
        <source>Restore the Chinese edition&apos;s default: no feed of its own</source>
        <translation>恢复中文版的默认设置：不单独设置订阅源</translation>
    </message>
</context>
<context>
    <name>ichq::ui::StatusArea</name>
    <message>
        <source>%1 of %2 feeds</source>
        <translation>%1/%2 个订阅源</translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation>%1/%2 篇文章</translation>
    </message>
    <message>
        <source>%1 of %2 photos</source>
        <translation>%1/%2 张图片</translation>
    </message>
    <message>
        <source>Refreshing… %1</source>
        <extracomment>Shown while a refresh runs; %1 lists the counts, e.g. &quot;12 of 30 articles, 40 of 75 photos&quot;.</extracomment>
        <translation>正在刷新… %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ichq::ui::StorageSettings</name>
    <message>
        <source>Cleaning up…</source>
        <translation>正在清理…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>article store %1</source>
        <translation>文章库 %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Keep &amp;articles for:</source>
        <translation>文章保留期限(&amp;A)：</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 个月</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Photos: at most</source>
        <translation>图片上限(&amp;P)：</translation>
    </message>
    <message>
        <source> GB</source>
        <extracomment>After the number in the photo limit box: &quot;2 GB&quot;</extracomment>
        <translation> GB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Over the limit, the photos of the oldest read articles are deleted first; they are downloaded again when you open the article online.</source>
        <translation>超过上限时，先删除最早的已读文章的图片；联网打开该文章时会重新下载。</translation>
    </message>
    <message>
        <source>Starred articles are always kept. Older articles and their photos are deleted after each refresh.</source>
        <translation>加星标的文章始终保留。较早的文章及其图片会在每次刷新后删除。</translation>
    </message>
    <message>
        <source>&amp;Clean Up Now</source>
        <translation>立即清理(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Stored now: %n article(s) (%1 unread, %2 starred)</source>
        <translation>
            <numerusform>当前保存：%n 篇文章（%1 篇未读，%2 篇加星标）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ichq::ui::TrayNotifier</name>
    <message>
        <source>iChongqing Reader</source>
        <translation>iChongqing 阅读器</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n 篇新文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ichq::web::ArticleView</name>
    <message>
        <source>Print Article</source>
        <translation>打印文章</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>选择一篇文章开始阅读。</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Space pages down, and at the end of the article goes to the next one.</source>
        <translation>按空格键向下翻页，到文章末尾时转到下一篇。</translation>
    </message>
</context>
</TS>
