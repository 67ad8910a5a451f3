#include "PageStage.h"

#include "ArticlePreparer.h"
#include "common/Logging.h"
#include "extract/ArticleExtractor.h"
#include "html/HtmlSanitizer.h"
#include "net/Fetcher.h"
#include "store/Database.h"
#include "store/PageStore.h"

namespace ichq {

namespace {

QString hostKey(const QUrl &url)
{
    return url.host().toLower();
}

// A page that is gone, or that is not a page, will not come back by asking again.
bool isPermanent(const FetchResult &result)
{
    return (result.error == FetchResult::Error::HttpStatus &&
            (result.httpStatus == 404 || result.httpStatus == 410)) ||
           result.error == FetchResult::Error::UnsupportedUrl ||
           result.error == FetchResult::Error::TooLarge ||
           result.error == FetchResult::Error::NonPublicAddress ||
           result.error == FetchResult::Error::InsecureRedirect;
}

} // namespace

PageStage::PageStage(Fetcher &fetcher, Database &database, const PageLimits &limits,
                     QObject *parent)
    : RefreshStage(parent), m_fetcher(fetcher), m_db(database), m_limits(limits)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCInfo(lcRefresh) << "whole articles: deadline reached," << m_total - m_done
                          << "pages left for the next refresh";
        finish();
    });
}

bool PageStage::preparePage(const FetchResult &result, const QUrl &pageUrl, StoredPage *page)
{
    const ExtractedArticle extracted =
        ArticleExtractor::extract(result.body, result.contentType, pageUrl);
    if (!extracted.found)
        return false;
    const SanitizedHtml body = HtmlSanitizer::sanitize(extracted.html, pageUrl);
    if (body.plainText.isEmpty())
        return false;
    page->html = body.html;
    page->plainText = body.plainText;
    QList<QUrl> lead;
    if (extracted.leadImage.isValid())
        lead << extracted.leadImage;
    page->imageUrls = ArticlePreparer::withMediaImages(body.imageUrls, lead);
    page->etag = result.etag;
    page->lastModified = result.lastModified;
    page->title = extracted.title;
    page->author = extracted.author;
    page->published = extracted.published;
    return true;
}

void PageStage::start(RefreshRun &run)
{
    m_run = &run;
    ++m_generation;
    m_queues.clear();
    m_active.clear();
    m_inFlight = m_done = m_total = 0;
    // A photos-only run has no feeds, which would mean every feed's pages here.
    if (run.options.wholeArticles != WholeArticles::Never && run.options.photosOfArticle == 0) {
        const QList<PageRequest> due = PageStore(m_db).due(run.options.feeds, m_limits.perRefresh);
        for (const PageRequest &page : due)
            m_queues[hostKey(page.url)] << page;
        m_total = int(due.size());
    }
    emit progress(0, m_total);
    if (m_total == 0) {
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                finish();
        });
        return;
    }
    if (m_limits.stageDeadlineMs > 0)
        m_deadline.start(m_limits.stageDeadlineMs);
    const QStringList hosts = m_queues.keys();
    for (const QString &host : hosts)
        startNext(host);
}

void PageStage::cancel()
{
    finish();
}

void PageStage::startNext(const QString &host)
{
    // Looked up on every turn: a callback may change the queues.
    while (m_run && !m_queues.value(host).isEmpty() && m_active.value(host) < m_limits.perHost) {
        const PageRequest page = m_queues[host].takeFirst();
        ++m_active[host];
        ++m_inFlight;
        FetchRequest request;
        request.url = page.url;
        request.etag = page.etag;
        request.lastModified = page.lastModified;
        request.maxBytes = m_limits.maxBytes;
        request.accept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
        request.publicOnly = m_run->publicOnly;
        m_fetcher.fetch(request, this,
                        [this, page, host, generation = m_generation](const FetchResult &result) {
                            if (generation != m_generation)
                                return;
                            --m_active[host];
                            --m_inFlight;
                            handle(page, result);
                            startNext(host);
                            finishIfDone();
                        });
    }
}

void PageStage::handle(const PageRequest &page, const FetchResult &result)
{
    const bool serverAsksToWait = result.error == FetchResult::Error::HttpStatus &&
                                  (result.httpStatus == 429 || result.httpStatus == 503);
    if (serverAsksToWait) {
        // Retry-After, else a quarter of an hour: this page and the rest of its server wait.
        const QDateTime until = result.retryAfter.isValid()
                                    ? result.retryAfter
                                    : QDateTime::currentDateTimeUtc().addSecs(15 * 60);
        PageStore(m_db).defer(page.articleId, until);
        deferHost(hostKey(page.url), until);
        ++m_run->report.pagesFailed;
    } else {
        record(page, result);
    }
    emit progress(++m_done, m_total);
}

void PageStage::record(const PageRequest &page, const FetchResult &result)
{
    PageStore pages(m_db);
    RefreshReport &report = m_run->report;
    if (result.status == FetchResult::Status::NotModified) {
        pages.markNotModified(page.articleId);
        ++report.pagesNotModified;
        return;
    }
    StoredPage stored;
    if (!result.ok()) {
        qCInfo(lcNet) << "page" << page.url << "failed:" << result.errorMessage;
        pages.markFailed(page.articleId, isPermanent(result));
        ++report.pagesFailed;
    } else if (!preparePage(result, result.finalUrl.isValid() ? result.finalUrl : page.url,
                            &stored)) {
        qCInfo(lcRefresh) << "page" << page.url << "holds no story we can find";
        pages.markFailed(page.articleId, true);
        ++report.pagesFailed;
    } else if (pages.store(page.articleId, stored)) {
        ++report.pagesFetched;
        emit pageStored(page.articleId);
    } else {
        pages.markFailed(page.articleId, false);
        ++report.pagesFailed;
    }
}

void PageStage::deferHost(const QString &host, const QDateTime &until)
{
    const QList<PageRequest> waiting = m_queues.take(host);
    PageStore pages(m_db);
    for (const PageRequest &page : waiting)
        pages.defer(page.articleId, until);
    m_done += int(waiting.size());
}

void PageStage::finishIfDone()
{
    if (m_inFlight > 0)
        return;
    for (auto it = m_queues.cbegin(); it != m_queues.cend(); ++it) {
        if (!it.value().isEmpty())
            return;
    }
    finish();
}

void PageStage::finish()
{
    if (!m_run)
        return;
    m_deadline.stop();
    ++m_generation; // answers still on their way are dropped
    m_queues.clear();
    m_active.clear();
    m_inFlight = 0;
    m_run = nullptr;
    emit finished();
}

} // namespace ichq
