#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ichq::test {

// A WordPress-style RSS 2.0 feed that reads like iChongqing: English and Chinese stories with
// categories, bylines, and inline photos with captions served by the test server.
struct SyntheticFeedOptions
{
    int items = 300;
    int bodyBytes = 3000; // approximate size of each content:encoded body
    int imagesPerItem = 2;
    QUrl imageBase;    // images are <imageBase>/img/<item>-<n>.jpg
    QString variant;   // changes every body, so a refresh sees updates
    int firstItem = 0; // item numbers continue from here (newer items have higher numbers)
    // Item n is published at base + n * secondsBetweenItems.
    QDateTime base = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    int secondsBetweenItems = 600;
    // Every paragraph after the first is different prose (SyntheticProse), as in a real feed;
    // otherwise each body repeats one paragraph, which is enough for what tests check.
    bool variedText = false;
};

QByteArray makeSyntheticFeed(const SyntheticFeedOptions &options);

// A small real JPEG (or PNG), different for each seed.
QByteArray makeTestImage(int seed, int width = 64, int height = 48, const char *format = "JPEG");

} // namespace ichq::test
