#include "CliCommands.h"
#include "Console.h"

#include "ArticlePreparer.h"
#include "feed/FeedJson.h"
#include "feed/FeedParser.h"
#include "html/HtmlSanitizer.h"
#include "net/Fetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

namespace ichq::cli {

namespace {

bool isWebUrl(const QString &text)
{
    const QUrl url(text);
    return url.scheme() == u"http" || url.scheme() == u"https";
}

// Bytes of the feed and the URL it came from; an error message on failure.
bool readInput(const QString &fileOrUrl, QByteArray *bytes, QUrl *source, QString *error)
{
    if (!isWebUrl(fileOrUrl)) {
        QFile file(fileOrUrl);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Cli", "Cannot read %1: %2")
                         .arg(fileOrUrl, file.errorString());
            return false;
        }
        *bytes = file.read(FeedLimits{}.maxDocumentBytes + 1);
        *source = QUrl::fromLocalFile(QFileInfo(fileOrUrl).absoluteFilePath());
        return true;
    }
    QNetworkAccessManager manager;
    Fetcher fetcher(&manager);
    FetchResult result;
    QEventLoop loop;
    FetchRequest request;
    request.url = QUrl(fileOrUrl);
    fetcher.fetch(request, &loop, [&](const FetchResult &done) {
        result = done;
        loop.quit();
    });
    loop.exec();
    if (!result.ok()) {
        *error = result.errorMessage;
        return false;
    }
    *bytes = result.body;
    *source = result.finalUrl.isValid() ? result.finalUrl : request.url;
    return true;
}

// The images an item shows, chosen as a refresh would choose them.
QList<QUrl> imagesOf(const FeedItem &item)
{
    const QString &html = item.content.isEmpty() ? item.summary : item.content;
    return ArticlePreparer::withMediaImages(HtmlSanitizer::extractImageUrls(html, item.contentBase),
                                            item.mediaImages);
}

} // namespace

int runParse(const QString &fileOrUrl, const QUrl &baseUrl)
{
    QByteArray bytes;
    QUrl source;
    QString error;
    if (!readInput(fileOrUrl, &bytes, &source, &error)) {
        printErr(error);
        return 2;
    }
    const Feed feed =
        FeedParser::parse(bytes, baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl : source);
    if (!feed.isUsable()) {
        printErr(QCoreApplication::translate("Cli", "%1: nothing could be parsed: %2")
                     .arg(fileOrUrl, feed.error));
        return 2;
    }
    printOutRaw(feedToJson(feed, imagesOf));
    return 0;
}

} // namespace ichq::cli
