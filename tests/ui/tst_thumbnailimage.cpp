#include "ui/ThumbnailImage.h"

#include <QBuffer>
#include <QPainter>
#include <QtTest>

using namespace ichq::ui;

namespace {

const QSize kFrame(72, 54);

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage filled(QSize size, Qt::GlobalColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

// Blue, green and red thirds, side by side (wide) or stacked (tall): a frame cropped around the
// centre shows only green.
QImage thirds(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    const bool wide = size.width() > size.height();
    const QSize third =
        wide ? QSize(size.width() / 3, size.height()) : QSize(size.width(), size.height() / 3);
    const QPoint step = wide ? QPoint(third.width(), 0) : QPoint(0, third.height());
    const Qt::GlobalColor colors[] = {Qt::blue, Qt::green, Qt::red};
    for (int i = 0; i < 3; ++i)
        painter.fillRect(QRect(step * i, third), colors[i]);
    return image;
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) == 255 ? 1 : 0;
    return count;
}

} // namespace

class TestThumbnailImage : public QObject
{
    Q_OBJECT
private slots:
    void aSmallImageIsNotBlownUp();
    void aWideImageIsCroppedAroundItsCentre();
    void aTallImageIsCroppedAroundItsCentre();
    void notAnImageGivesNothing();
};

// A 16x16 icon stays 16x16 in the middle of the frame, not a blurry 72x54.
void TestThumbnailImage::aSmallImageIsNotBlownUp()
{
    const QImage thumbnail = makeThumbnail(png(filled({16, 16}, Qt::red)), kFrame);
    QCOMPARE(thumbnail.size(), kFrame);
    QCOMPARE(QColor(thumbnail.pixel(36, 27)), QColor(Qt::red));
    QCOMPARE(qAlpha(thumbnail.pixel(2, 2)), 0);
    QCOMPARE(qAlpha(thumbnail.pixel(20, 27)), 0);
    const int opaque = opaquePixels(thumbnail);
    QVERIFY2(opaque > 220 && opaque <= 256, qPrintable(QString::number(opaque)));
}

void TestThumbnailImage::aWideImageIsCroppedAroundItsCentre()
{
    const QImage thumbnail = makeThumbnail(png(thirds({900, 200})), kFrame);
    QCOMPARE(thumbnail.size(), kFrame);
    for (const QPoint point : {QPoint(4, 27), QPoint(36, 27), QPoint(67, 27), QPoint(36, 2)})
        QCOMPARE(QColor(thumbnail.pixel(point)).green(), 255);
    QVERIFY(opaquePixels(thumbnail) > 72 * 54 - 40); // all but the rounded corners
}

void TestThumbnailImage::aTallImageIsCroppedAroundItsCentre()
{
    const QImage thumbnail = makeThumbnail(png(thirds({100, 900})), kFrame);
    QCOMPARE(thumbnail.size(), kFrame);
    for (const QPoint point : {QPoint(36, 3), QPoint(36, 27), QPoint(36, 50)})
        QCOMPARE(QColor(thumbnail.pixel(point)).green(), 255);
}

void TestThumbnailImage::notAnImageGivesNothing()
{
    QVERIFY(makeThumbnail(QByteArray("<svg/>"), kFrame).isNull());
}

QTEST_GUILESS_MAIN(TestThumbnailImage)
#include "tst_thumbnailimage.moc"
