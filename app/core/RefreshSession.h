#pragma once

#include "RefreshPipeline.h"
#include "common/DataPaths.h"
#include "store/StoreRepair.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace ichq {

class CookieJar;
class Database;
class Fetcher;
class ImageCache;

// The one place a refresh is wired: network manager, the site's cookie jar, the Fetcher, the
// image cache and the pipeline of stages, over a Database the caller opened in this thread.
// `--refresh`, the window's background refresh and the tests all build one of these.
class RefreshSession : public QObject
{
    Q_OBJECT
public:
    // persistentCookies: the user accepted cookies (ConsentState), so the jar keeps them in
    // the data folder; otherwise they live in memory and end with the session.
    RefreshSession(const DataPaths &paths, Database &database, bool persistentCookies,
                   QObject *parent = nullptr);
    ~RefreshSession() override;

    RefreshPipeline &pipeline() { return *m_pipeline; }
    Fetcher &fetcher() { return *m_fetcher; }
    ImageCache &images() { return *m_images; }
    // Consent changed: takes effect at once, mid-refresh too.
    void setPersistentCookies(bool persistent);

    // Runs one refresh to its end in a local event loop (the command line, tests).
    RefreshReport run(const RefreshOptions &options);

    // Opens the store a refresh writes to, in the caller's thread: checks it for damage at the
    // program's start (`atStart`) and later when the check is due, rebuilds it on damage (keeping
    // the damaged file; `repair` says what happened), and refuses a store that can only be read,
    // saying why.
    static bool openStore(Database &db, const DataPaths &paths, bool atStart, RepairOutcome *repair,
                          QString *error);

private:
    // Declared in the order they are built; destroyed in reverse, so nothing outlives what it
    // writes to: the pipeline (and its image batch) before the cache, both before the network.
    std::unique_ptr<QNetworkAccessManager> m_manager;
    CookieJar *m_cookies; // owned by m_manager
    std::unique_ptr<Fetcher> m_fetcher;
    std::unique_ptr<ImageCache> m_images;
    std::unique_ptr<RefreshPipeline> m_pipeline;
};

} // namespace ichq
