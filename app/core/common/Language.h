#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace ichq {

// The interface language, "zh" (Simplified Chinese) or "en": owns the installed translators, the
// app's own and Qt's, and the default QLocale that dates and numbers follow. Switching installs
// the new pair; QCoreApplication then tells every widget (QEvent::LanguageChange). No widgets.
class Language : public QObject
{
    Q_OBJECT
public:
    // appQmDir holds ichongqing-reader_<zh_CN|en>.qm; the executable embeds them under :/i18n.
    explicit Language(const QString &appQmDir = QStringLiteral(":/i18n"),
                      QObject *parent = nullptr);
    ~Language() override;

    // "zh" for any Chinese locale, "en" for everything else.
    static QString systemDefault(const QLocale &system = QLocale::system());
    // "zh" or "en" for what a user or a settings file may write ("zh_CN", "EN", …); else empty.
    static QString normalized(const QString &code);
    // What a start uses: --lang, else the remembered choice, else the system's language.
    static QString choose(const QString &forced, const QString &saved,
                          const QLocale &system = QLocale::system());
    static QLocale locale(const QString &code);
    static QString other(const QString &code); // the toggle's target

    // Removes the translators of the previous language, installs those of `code`, sets the
    // default QLocale. False (and nothing changes) for an unknown code.
    bool apply(const QString &code);
    QString current() const { return m_current; } // empty until apply()

signals:
    void changed(const QString &code);

private:
    QString m_appQmDir;
    QString m_current;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qts;
};

} // namespace ichq
