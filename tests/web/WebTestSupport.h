#pragma once

// Shared by the ichq_web tests: a temporary store, a main() that registers the ichq: scheme
// before the QApplication, and waits for the asynchronous engine.

#include "html/HtmlSanitizer.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/ImageCache.h"
#include "web/ArticlePage.h"
#include "web/ArticleView.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QtTest>

#include <memory>

namespace ichq::test {

// A store in a temporary folder, as the app opens it on the UI thread.
class TempStore
{
public:
    TempStore()
    {
        QString error;
        m_ok =
            m_dir.isValid() && m_db.open(m_dir.filePath(QStringLiteral("reader.sqlite")), &error);
        if (!m_ok)
            qWarning() << "TempStore:" << error;
        m_images = std::make_unique<ImageCache>(m_db, m_dir.filePath(QStringLiteral("images")));
    }

    bool isOk() const { return m_ok; }
    Database &db() { return m_db; }
    ImageCache &images() { return *m_images; }

    // Stores the articles as one feed and returns their ids, in order (0 on failure).
    QList<qint64> add(const QList<PreparedArticle> &articles)
    {
        const QUrl feed(QStringLiteral("https://www.ichongqing.info/feed/"));
        FeedInfo info;
        info.title = QStringLiteral("iChongqing");
        ArticleStore(m_db).storeFeed(feed, info, articles);
        QList<qint64> ids;
        for (const PreparedArticle &a : articles) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT id FROM articles WHERE guid = ?"));
            q.addBindValue(a.key);
            ids << (q.exec() && q.next() ? q.value(0).toLongLong() : 0);
        }
        return ids;
    }
    qint64 add(const PreparedArticle &article)
    {
        return add(QList<PreparedArticle>{article}).at(0);
    }

    // Writes a body past the sanitizer, as an attacker with the database file could.
    bool setRawBody(qint64 id, const QString &html)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE articles SET body_html = ? WHERE id = ?"));
        q.addBindValue(html);
        q.addBindValue(id);
        return q.exec() && q.numRowsAffected() == 1;
    }

    bool cacheImage(const QUrl &originalUrl, const QByteArray &bytes, const QByteArray &mime,
                    int width, int height)
    {
        return m_images->store(imageKeyForUrl(originalUrl), bytes, mime, width, height);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ImageCache> m_images;
    bool m_ok = false;
};

// An article whose body went through the real sanitizer, like one from a feed.
inline PreparedArticle preparedArticle(const QString &key, const QString &title,
                                       const QString &rawBody,
                                       const QStringList &categories = {QStringLiteral("News")})
{
    const QUrl link(QStringLiteral("https://www.ichongqing.info/2026/11/") + key +
                    QLatin1Char('/'));
    const SanitizedHtml clean = HtmlSanitizer::sanitize(rawBody, link);
    PreparedArticle a;
    a.key = key;
    a.title = title;
    a.link = link;
    a.author = QStringLiteral("iChongqing");
    a.published = QDateTime(QDate(2026, 11, 14), QTime(9, 30), Qt::UTC);
    a.categories = categories;
    a.bodyHtml = clean.html;
    a.bodyText = clean.plainText;
    a.excerpt = clean.plainText.left(160);
    a.imageUrls = clean.imageUrls;
    return a;
}

inline bool waitForArticle(web::ArticleView &view, qint64 id, int timeoutMs = 30000)
{
    QSignalSpy spy(&view, &web::ArticleView::articleLoaded);
    view.showArticle(id);
    if (!spy.wait(timeoutMs) && spy.isEmpty())
        return false;
    return spy.last().at(0).toLongLong() == id && spy.last().at(1).toBool();
}

// Runs a script in the application world (page scripts are off) and waits for its result.
inline QVariant runScript(QWebEnginePage *page, const QString &script, int timeoutMs = 10000)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning() << "timed out waiting for the page";
    return result;
}

inline QString pageHtml(QWebEnginePage *page, int timeoutMs = 10000)
{
    QString html;
    bool done = false;
    page->toHtml([&](const QString &value) {
        html = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning() << "timed out waiting for the page";
    return html;
}

} // namespace ichq::test

// QTEST_MAIN cannot register a URL scheme before the QApplication exists.
#define ICHQ_WEB_TEST_MAIN(TestClass)                                                              \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        ichq::web::registerSchemes();                                                              \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                \
        QApplication app(argc, argv);                                                              \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
