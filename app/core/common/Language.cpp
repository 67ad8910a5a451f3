#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ichq {

namespace {
const QString kChinese = QStringLiteral("zh");
const QString kEnglish = QStringLiteral("en");
} // namespace

Language::Language(const QString &appQmDir, QObject *parent) : QObject(parent), m_appQmDir(appQmDir)
{}

Language::~Language()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qts)
        QCoreApplication::removeTranslator(m_qts.get());
}

QString Language::systemDefault(const QLocale &system)
{
    return system.language() == QLocale::Chinese ? kChinese : kEnglish;
}

QString Language::normalized(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == kChinese || lower.startsWith(QStringLiteral("zh_")) ||
        lower.startsWith(QStringLiteral("zh-")))
        return kChinese;
    if (lower == kEnglish || lower.startsWith(QStringLiteral("en_")) ||
        lower.startsWith(QStringLiteral("en-")))
        return kEnglish;
    return {};
}

QString Language::choose(const QString &forced, const QString &saved, const QLocale &system)
{
    if (const QString code = normalized(forced); !code.isEmpty())
        return code;
    if (const QString code = normalized(saved); !code.isEmpty())
        return code;
    return systemDefault(system);
}

QLocale Language::locale(const QString &code)
{
    return normalized(code) == kChinese ? QLocale(QLocale::Chinese, QLocale::China)
                                        : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString Language::other(const QString &code)
{
    return normalized(code) == kChinese ? kEnglish : kChinese;
}

bool Language::apply(const QString &requested)
{
    const QString code = normalized(requested);
    if (code.isEmpty())
        return false;
    if (code == m_current)
        return true;
    const QLocale chosen = locale(code);
    // The default locale first: the widgets' LanguageChange events are posted, and their
    // handlers write dates and numbers with it.
    QLocale::setDefault(chosen);

    auto ours = std::make_unique<QTranslator>();
    const QString file = QStringLiteral("ichongqing-reader_%1.qm")
                             .arg(code == kChinese ? QStringLiteral("zh_CN") : kEnglish);
    if (!ours->load(file, m_appQmDir))
        ours.reset();
    auto qts = std::make_unique<QTranslator>();
    if (!qts->load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qts.reset();

    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qts)
        QCoreApplication::removeTranslator(m_qts.get());
    m_ours = std::move(ours);
    m_qts = std::move(qts);
    if (m_ours)
        QCoreApplication::installTranslator(m_ours.get());
    if (m_qts)
        QCoreApplication::installTranslator(m_qts.get());
    m_current = code;
    emit changed(code);
    return true;
}

} // namespace ichq
