#include "Settings.h"

#include "AppInfo.h"
#include "DataPaths.h"
#include "Language.h"

#include <algorithm>

namespace ichq {

namespace {
const QString kRefreshInterval = QStringLiteral("refresh/intervalMinutes");
const QString kNotify = QStringLiteral("refresh/notifyNewArticles");
const QString kWholeArticles = QStringLiteral("refresh/wholeArticles");
const QString kKeepDays = QStringLiteral("storage/keepArticlesDays");
const QString kPhotoLimit = QStringLiteral("storage/photoLimitGigabytes");
// A hand-edited settings file gets the nearest sensible value, not a store emptied each day.
constexpr int kMaxKeepDays = 36500;
constexpr int kMaxPhotoGigabytes = 1000;
// Before there were editions, one list of feeds: it was the English edition's.
const QString kLegacyFeeds = QStringLiteral("refresh/feeds");
const QString kContact = QStringLiteral("message/endpoint");
const QString kZoom = QStringLiteral("reader/zoom");
const QString kAppearance = QStringLiteral("reader/appearance");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kLastArticle = QStringLiteral("reader/lastArticle");
const QString kLastSection = QStringLiteral("reader/lastSection");
const QString kLanguage = QStringLiteral("ui/language");

// "feeds/en", "feeds/zh"; an unknown code is English.
QString feedsKey(const QString &language)
{
    const QString code = Language::normalized(language);
    return QStringLiteral("feeds/") + (code.isEmpty() ? QStringLiteral("en") : code);
}
} // namespace

Settings::Settings(const DataPaths &paths) : m_settings(paths.settingsFile(), QSettings::IniFormat)
{
    // A settings file from before editions: its feeds become the English edition's.
    if (m_settings.contains(kLegacyFeeds)) {
        const QString english = feedsKey(QStringLiteral("en"));
        if (!m_settings.contains(english))
            m_settings.setValue(english, m_settings.value(kLegacyFeeds));
        m_settings.remove(kLegacyFeeds);
    }
}

int Settings::refreshIntervalMinutes() const
{
    return qBound(0, m_settings.value(kRefreshInterval, 30).toInt(), 24 * 60);
}

void Settings::setRefreshIntervalMinutes(int minutes)
{
    m_settings.setValue(kRefreshInterval, qBound(0, minutes, 24 * 60));
}

WholeArticles Settings::wholeArticles() const
{
    return wholeArticlesFromName(m_settings.value(kWholeArticles).toString());
}

void Settings::setWholeArticles(WholeArticles mode)
{
    m_settings.setValue(kWholeArticles, wholeArticlesName(mode));
}

int Settings::keepArticlesDays() const
{
    bool ok = false;
    const int days = m_settings.value(kKeepDays).toInt(&ok);
    if (!ok || days < 0)
        return RetentionPolicy::kDefaultKeepDays;
    return days == 0 ? 0 : std::clamp(days, 1, kMaxKeepDays);
}

void Settings::setKeepArticlesDays(int days)
{
    m_settings.setValue(kKeepDays, std::max(days, 0));
}

int Settings::photoLimitGigabytes() const
{
    bool ok = false;
    const int gigabytes = m_settings.value(kPhotoLimit).toInt(&ok);
    if (!ok || gigabytes < 0)
        return int(RetentionPolicy::kDefaultPhotoBytes / RetentionPolicy::kGiB);
    return std::min(gigabytes, kMaxPhotoGigabytes);
}

void Settings::setPhotoLimitGigabytes(int gigabytes)
{
    m_settings.setValue(kPhotoLimit, std::max(gigabytes, 0));
}

RetentionPolicy Settings::retention() const
{
    return {keepArticlesDays(), qint64(photoLimitGigabytes()) * RetentionPolicy::kGiB};
}

bool Settings::notifyNewArticles() const
{
    return m_settings.value(kNotify, false).toBool();
}

void Settings::setNotifyNewArticles(bool on)
{
    m_settings.setValue(kNotify, on);
}

qreal Settings::articleZoom() const
{
    return qBound(0.5, m_settings.value(kZoom, 1.0).toReal(), 3.0);
}

void Settings::setArticleZoom(qreal factor)
{
    m_settings.setValue(kZoom, qBound(0.5, factor, 3.0));
}

QString Settings::appearance() const
{
    const QString value = m_settings.value(kAppearance).toString();
    return value == u"light" || value == u"dark" ? value : QStringLiteral("system");
}

void Settings::setAppearance(const QString &appearance)
{
    m_settings.setValue(kAppearance, appearance);
}

QUrl Settings::contactEndpoint() const
{
    const QUrl url(m_settings.value(kContact).toString());
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
               ? url
               : QUrl(defaultContactEndpoint());
}

void Settings::setContactEndpoint(const QUrl &endpoint)
{
    m_settings.setValue(kContact, endpoint.toString());
}

QList<QUrl> Settings::configuredFeedsFor(const QString &language) const
{
    QList<QUrl> feeds;
    for (const QString &text : m_settings.value(feedsKey(language)).toStringList()) {
        const QUrl url(text);
        if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https"))
            feeds << url;
    }
    return feeds;
}

void Settings::setFeedsFor(const QString &language, const QList<QUrl> &feeds)
{
    QStringList texts;
    for (const QUrl &url : feeds)
        texts << url.toString();
    if (texts.isEmpty())
        m_settings.remove(feedsKey(language));
    else
        m_settings.setValue(feedsKey(language), texts);
}

QList<QUrl> Settings::editionFeeds(const QString &language) const
{
    const QList<QUrl> configured = configuredFeedsFor(language);
    return configured.isEmpty() ? builtInEditionFeeds(language) : configured;
}

QString Settings::contentLanguage(const QString &language) const
{
    const QString code = Language::normalized(language);
    return !code.isEmpty() && !editionFeeds(code).isEmpty() ? code : QStringLiteral("en");
}

QList<QUrl> Settings::feedsFor(const QString &language) const
{
    return editionFeeds(contentLanguage(language));
}

QList<QUrl> Settings::shownFeedsFor(const QString &language) const
{
    const bool twoEditions = contentLanguage(QStringLiteral("zh")) == u"zh";
    return twoEditions ? feedsFor(language) : QList<QUrl>{};
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}
QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}
void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}
QByteArray Settings::splitterState() const
{
    return m_settings.value(kSplitter).toByteArray();
}
void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(kSplitter, state);
}

qint64 Settings::lastArticleId() const
{
    return m_settings.value(kLastArticle, 0).toLongLong();
}
void Settings::setLastArticleId(qint64 id)
{
    m_settings.setValue(kLastArticle, id);
}
QString Settings::lastSection() const
{
    return m_settings.value(kLastSection).toString();
}
void Settings::setLastSection(const QString &section)
{
    m_settings.setValue(kLastSection, section);
}

QString Settings::language() const
{
    return Language::normalized(m_settings.value(kLanguage).toString());
}
void Settings::setLanguage(const QString &code)
{
    const QString language = Language::normalized(code);
    if (language.isEmpty())
        m_settings.remove(kLanguage);
    else
        m_settings.setValue(kLanguage, language);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace ichq
