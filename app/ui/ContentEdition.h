#pragma once

#include "ReaderContext.h"

#include <QList>
#include <QObject>
#include <QUrl>

namespace ichq::ui {

// Which edition of the site the window reads: that of the interface language (Settings::
// feedsFor), so the Chinese interface reads a Chinese edition when one is set and the English
// edition otherwise. Follows the language toggle; update() after Settings changed the feeds.
class ContentEdition : public QObject
{
    Q_OBJECT
public:
    explicit ContentEdition(const ReaderContext &context, QObject *parent = nullptr);

    QString interfaceLanguage() const;              // "zh" or "en"
    QString language() const { return m_language; } // of the content: "en" unless an edition
    QList<QUrl> feeds() const { return m_feeds; }   // to refresh; never empty
    // The feeds whose articles the window shows (Settings::shownFeedsFor); empty means all.
    QList<QUrl> shownFeeds() const { return m_shownFeeds; }
    void update(); // reads Settings again

signals:
    void changed(); // the feeds to read are others now

private:
    ReaderContext m_context;
    QString m_language;
    QList<QUrl> m_feeds;
    QList<QUrl> m_shownFeeds;
};

} // namespace ichq::ui
