#include "RefreshSession.h"

#include "net/Fetcher.h"
#include "privacy/CookieJar.h"
#include "store/Database.h"
#include "store/ImageCache.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

namespace ichq {

RefreshSession::RefreshSession(const DataPaths &paths, Database &database, bool persistentCookies,
                               QObject *parent)
    : QObject(parent), m_manager(std::make_unique<QNetworkAccessManager>()),
      m_cookies(new CookieJar(paths.cookieFile(), persistentCookies)),
      m_fetcher(std::make_unique<Fetcher>(m_manager.get())),
      m_images(std::make_unique<ImageCache>(database, paths.imageDir())),
      m_pipeline(std::make_unique<RefreshPipeline>(*m_fetcher, database, *m_images))
{
    m_manager->setCookieJar(m_cookies); // the manager owns it
}

RefreshSession::~RefreshSession()
{
    // The stages first: their image batch commits into the cache's database while both exist.
    m_pipeline.reset();
    m_images.reset();
    m_fetcher.reset();
}

void RefreshSession::setPersistentCookies(bool persistent)
{
    m_cookies->setPersistent(persistent);
}

RefreshReport RefreshSession::run(const RefreshOptions &options)
{
    RefreshReport report;
    QEventLoop loop;
    connect(m_pipeline.get(), &RefreshPipeline::finished, &loop, [&](const RefreshReport &done) {
        report = done;
        loop.quit();
    });
    m_pipeline->start(options);
    if (m_pipeline->isRunning())
        loop.exec();
    return report;
}

} // namespace ichq
