#include "RefreshSession.h"

#include "net/Fetcher.h"
#include "privacy/CookieJar.h"
#include "store/Database.h"
#include "store/ImageCache.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>

namespace ichq {

namespace {
constexpr int kWriterPageCacheKiB = 32 * 1024;
} // namespace

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

bool RefreshSession::openStore(Database &db, const DataPaths &paths, bool atStart,
                               RepairOutcome *repair, QString *error)
{
    *repair = RepairOutcome{};
    const QString file = paths.databaseFile();
    if (!db.isOpen()) {
        if (!paths.ensureExists(error))
            return false;
        if (!db.open(file, error)) {
            // Not a database at all any more: kept aside, and a new store made of what it holds.
            if (!QFileInfo::exists(file) || !error->contains(QLatin1String("not a database")))
                return false;
            *repair = StoreRepair::rebuild(db, file);
            if (!repair->rebuilt) {
                *error = repair->sentence();
                return false;
            }
        }
    }
    // A refresh writes many pages and reads them again (the search index merges its segments):
    // with SQLite's default 2 MiB the pages went back and forth to the file, 186,000 reads and
    // 168,000 writes for a 5,000-article feed; with 32 MiB, 45,000 and 97,000.
    db.setPageCacheKiB(kWriterPageCacheKiB);
    if (db.isReadOnly()) {
        *error = QCoreApplication::translate(
                     "RefreshSession",
                     "The article store in %1 can only be read (a read-only folder or disk); "
                     "refreshing needs a folder the reader can write to.")
                     .arg(paths.root());
        return false;
    }
    if (!repair->damaged)
        *repair = StoreRepair::checkAndRepair(db, file, atStart);
    if (repair->damaged && !repair->rebuilt) {
        *error = repair->sentence();
        return false;
    }
    return true;
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
