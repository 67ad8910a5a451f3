// Writes a large feed into the store and announces when it is halfway through the transaction,
// then waits to be killed. Used by tst_store_crash.
#include "StoreFixtures.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    ichq::Database db;
    if (!db.open(args.at(1)))
        return 3;
    const int count = args.at(2).toInt();
    // Rewrites the articles the parent stored (new bodies) and adds new ones.
    const auto articles = ichq::test::makeArticles(0, count, QStringLiteral("rewritten"));
    ichq::ArticleStore store(db);
    store.storeFeed(QUrl(QStringLiteral("https://www.ichongqing.info/feed/")), {}, articles,
                    [count](int index) {
                        if (index == count / 2) {
                            std::fputs("MID\n", stdout);
                            std::fflush(stdout);
                            for (;;)
                                QThread::sleep(60);
                        }
                    });
    return 0;
}
