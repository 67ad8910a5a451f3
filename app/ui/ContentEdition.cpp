#include "ContentEdition.h"

#include "common/Language.h"
#include "common/Settings.h"

#include <QLocale>

namespace ichq::ui {

ContentEdition::ContentEdition(const ReaderContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
    if (m_context.language)
        connect(m_context.language, &Language::changed, this, &ContentEdition::update);
    m_language = m_context.settings.contentLanguage(interfaceLanguage());
    m_feeds = m_context.settings.feedsFor(m_language);
    m_shownFeeds = m_context.settings.shownFeedsFor(m_language);
}

QString ContentEdition::interfaceLanguage() const
{
    if (m_context.language && !m_context.language->current().isEmpty())
        return m_context.language->current();
    // No switching here (some tests): the language the default locale speaks.
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

void ContentEdition::update()
{
    const QString language = m_context.settings.contentLanguage(interfaceLanguage());
    const QList<QUrl> feeds = m_context.settings.feedsFor(language);
    const QList<QUrl> shown = m_context.settings.shownFeedsFor(language);
    if (language == m_language && feeds == m_feeds && shown == m_shownFeeds)
        return;
    m_language = language;
    m_feeds = feeds;
    m_shownFeeds = shown;
    emit changed();
}

} // namespace ichq::ui
