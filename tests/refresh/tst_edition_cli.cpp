// --refresh and --list read the edition of the language in effect (--lang, else the one chosen
// in the reader): the Chinese one when Settings names it, the English one otherwise.
#include "EditionSite.h"
#include "common/DataPaths.h"
#include "common/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ichq;

namespace {

bool allStartWith(const QStringList &titles, const QString &prefix)
{
    return !titles.isEmpty() && std::all_of(titles.cbegin(), titles.cend(),
                                            [&](const QString &t) { return t.startsWith(prefix); });
}

} // namespace

class TestEditionCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void withoutChineseEditionEverythingIsEnglish();
    void chineseEditionPerLanguage();

private:
    int run(const QStringList &args, QString *out = nullptr);
    QStringList listedTitles(const QStringList &extra); // --list --json
    Settings settings() const { return Settings(DataPaths(m_dir->path())); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::EditionSite> m_site;
};

void TestEditionCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_site = std::make_unique<test::EditionSite>();
    QVERIFY(m_site->start());
    Settings settings = this->settings();
    settings.setFeedsFor(QStringLiteral("en"), {m_site->english()});
    settings.sync();
}

void TestEditionCli::cleanup()
{
    m_site.reset();
    m_dir.reset();
}

int TestEditionCli::run(const QStringList &args, QString *out)
{
    QProcess process;
    process.start(qEnvironmentVariable("ICHQ_APP_BINARY", QStringLiteral(ICHQ_APP_BINARY)),
                  QStringList{QStringLiteral("--data-dir"), m_dir->path()} + args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    return process.exitCode();
}

QStringList TestEditionCli::listedTitles(const QStringList &extra)
{
    QString out;
    if (run(QStringList{QStringLiteral("--list"), QStringLiteral("--json")} + extra, &out) != 0)
        return {};
    QStringList titles;
    for (const QJsonValue &article : QJsonDocument::fromJson(out.toUtf8()).array())
        titles << article.toObject().value(QStringLiteral("title")).toString();
    return titles;
}

void TestEditionCli::withoutChineseEditionEverythingIsEnglish()
{
    const QStringList refresh{QStringLiteral("--refresh"), QStringLiteral("--no-images")};
    QCOMPARE(run(refresh + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}), 0);
    QCOMPARE(m_site->englishRequests(), 1);
    QCOMPARE(run(refresh + QStringList{QStringLiteral("--lang"), QStringLiteral("zh")}), 0);
    QCOMPARE(m_site->englishRequests(), 2);
    QCOMPARE(m_site->chineseRequests(), 0);
    const QStringList chinese = listedTitles({QStringLiteral("--lang"), QStringLiteral("zh")});
    QCOMPARE(chinese.size(), 6);
    QVERIFY2(allStartWith(chinese, test::EditionSite::englishTitle()),
             qPrintable(chinese.join(u'|')));
}

void TestEditionCli::chineseEditionPerLanguage()
{
    {
        Settings settings = this->settings();
        settings.setFeedsFor(QStringLiteral("zh"), {m_site->chinese()});
        settings.setLanguage(QStringLiteral("zh")); // chosen in the reader
        settings.sync();
    }
    const QStringList refresh{QStringLiteral("--refresh"), QStringLiteral("--no-images")};
    QCOMPARE(run(refresh), 0); // the reader's choice: Chinese
    QCOMPARE(m_site->chineseRequests(), 1);
    QCOMPARE(m_site->englishRequests(), 0);
    QCOMPARE(run(refresh + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}), 0);
    QCOMPARE(m_site->englishRequests(), 1);
    QCOMPARE(m_site->chineseRequests(), 1);

    const QStringList chinese = listedTitles({});
    QCOMPARE(chinese.size(), 4);
    QVERIFY2(allStartWith(chinese, test::EditionSite::chineseTitle()),
             qPrintable(chinese.join(u'|')));
    const QStringList english = listedTitles({QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(english.size(), 6);
    QVERIFY2(allStartWith(english, test::EditionSite::englishTitle()),
             qPrintable(english.join(u'|')));
}

QTEST_GUILESS_MAIN(TestEditionCli)
#include "tst_edition_cli.moc"
