#pragma once

#include "Retention.h"
#include "WholeArticles.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QUrl>

namespace ichq {

class DataPaths;

// The user's preferences, in <data dir>/settings.ini so that --data-dir moves them too and
// "delete my data" removes them with everything else. Plain values; no widgets.
class Settings
{
public:
    explicit Settings(const DataPaths &paths);

    int refreshIntervalMinutes() const; // default 30; 0 = never automatically
    void setRefreshIntervalMinutes(int minutes);

    WholeArticles wholeArticles() const; // default Auto
    void setWholeArticles(WholeArticles mode);

    // "Keep articles for": 30, 90 (default), 365 days, or 0 for forever.
    int keepArticlesDays() const;
    void setKeepArticlesDays(int days);
    // "Photos: at most N GB": default 2; 0 for no limit.
    int photoLimitGigabytes() const;
    void setPhotoLimitGigabytes(int gigabytes);
    RetentionPolicy retention() const;

    bool notifyNewArticles() const; // default false
    void setNotifyNewArticles(bool on);

    qreal articleZoom() const; // default 1.0, 0.5 .. 3.0
    void setArticleZoom(qreal factor);

    // View -> Appearance, for the interface and the article page alike: "system" (default),
    // "light" or "dark"; anything else reads as "system".
    QString appearance() const;
    void setAppearance(const QString &appearance);

    QUrl contactEndpoint() const; // default: defaultContactEndpoint()
    void setContactEndpoint(const QUrl &endpoint);

    // The feeds of each content language's edition, "en" or "zh" (the interface language's
    // code). feedsFor() is what the reader reads: the feeds set here, else the site's built-in
    // edition (AppInfo); a language with neither reads the English edition. Only http(s) counts.
    QList<QUrl> feedsFor(const QString &language) const;
    QList<QUrl> configuredFeedsFor(const QString &language) const;       // set here; empty = none
    void setFeedsFor(const QString &language, const QList<QUrl> &feeds); // empty: none
    // The language whose edition is read with the interface in `language`: itself when that
    // edition has feeds, else "en" (the content stays English).
    QString contentLanguage(const QString &language) const;
    // The feeds whose stored articles are shown in `language`: with a single edition none,
    // meaning everything stored (what `--refresh --feed` brought too); with a Chinese edition
    // set, that language's own edition.
    QList<QUrl> shownFeedsFor(const QString &language) const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    qint64 lastArticleId() const; // 0 when none
    void setLastArticleId(qint64 id);
    QString lastSection() const; // "" = All
    void setLastSection(const QString &section);

    QString language() const; // "zh" or "en"; empty = never chosen (the system's then)
    void setLanguage(const QString &code);

    void sync();
    QSettings &raw() { return m_settings; }

private:
    QList<QUrl> editionFeeds(const QString &language) const; // set here, else built in

    QSettings m_settings;
};

} // namespace ichq
