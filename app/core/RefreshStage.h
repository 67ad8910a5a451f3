#pragma once

#include "RefreshTypes.h"

#include <QObject>

namespace ichq {

// What one refresh knows as it goes through its stages.
struct RefreshRun
{
    RefreshOptions options;
    RefreshReport report;
    // Pages and photos named by the feeds may not be fetched from loopback, private or other
    // non-public addresses, unless a feed itself lives on one (a home server, a test).
    bool publicOnly = true;
};

// One named step of a refresh (feeds, whole articles, images). A stage lives in the pipeline's
// thread, reports its progress, and ends by emitting finished() exactly once per start(),
// cancelled or not.
class RefreshStage : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString name() const = 0; // for logs: "feeds", "pages", "images"
    virtual void start(RefreshRun &run) = 0;
    // Start nothing new and finish as soon as what is in flight is dropped.
    virtual void cancel() = 0;

signals:
    void progress(int done, int total);
    void finished();
};

} // namespace ichq
