// The installers' icons made at build time from resources/daas.svg (resources/icon-tool): read back with
// code of their own — the ICO directory and its DIB/PNG entries, the ICNS header and chunks, PNG headers —
// so that a file that only claims to be an icon fails here, not on a Windows or macOS desk.

#include "TestPaths.h"

#include <QFile>
#include <QImage>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint32 be32(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

// A PNG's size from its signature and IHDR chunk (the first chunk, by the format's rule); {} if it is none.
std::optional<QSize> pngSize(const QByteArray &png)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (png.size() < 33 || !png.startsWith(signature) || png.mid(12, 4) != "IHDR" || be32(png, 8) != 13)
        return std::nullopt;
    return QSize(int(be32(png, 16)), int(be32(png, 20)));
}

// daas.svg: a rounded square of #1f5f8b from 4 to 60 (of 64) with a light mountain (#f4f7fa) standing on
// y = 44 from x = 16 on. Left of the mountain, halfway down, is the square's blue; near the mountain's foot
// it is light (upside down it would be blue there); the corner is transparent.
QPoint bluePoint(int size)
{
    return {size * 10 / 64, size / 2};
}
QPoint lightPoint(int size)
{
    return {size * 26 / 64, size * 40 / 64};
}

bool near(const QColor &c, int r, int g, int b, int tolerance)
{
    return qAbs(c.red() - r) <= tolerance && qAbs(c.green() - g) <= tolerance &&
           qAbs(c.blue() - b) <= tolerance;
}

void checkColours(const QImage &image)
{
    const int size = image.width();
    const QColor blue = image.pixelColor(bluePoint(size));
    QCOMPARE(blue.alpha(), 255);
    QVERIFY2(near(blue, 0x1f, 0x5f, 0x8b, 2),
             qPrintable(u"%1 px: %2 where daas.svg is #1f5f8b"_s.arg(size).arg(blue.name())));
    const QColor light = image.pixelColor(lightPoint(size));
    QVERIFY2(near(light, 0xf4, 0xf7, 0xfa, 8),
             qPrintable(u"%1 px: %2 where daas.svg's mountain is #f4f7fa"_s.arg(size).arg(light.name())));
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
}

// An ICO entry's 32-bit DIB decoded by hand: BITMAPINFOHEADER, bottom-up BGRA rows, the AND mask.
QImage decodeDib(const QByteArray &dib, int size, bool *maskMarksCorner)
{
    const int maskStride = ((size + 31) / 32) * 4;
    if (dib.size() != 40 + size * size * 4 + maskStride * size)
        return {};
    QImage image(size, size, QImage::Format_ARGB32);
    for (int row = 0; row < size; ++row) {
        const int y = size - 1 - row;
        for (int x = 0; x < size; ++x) {
            const auto *p = reinterpret_cast<const uchar *>(dib.constData() + 40 + (row * size + x) * 4);
            image.setPixel(x, y, qRgba(p[2], p[1], p[0], p[3]));
        }
    }
    // the top-left pixel is in the mask's last row (bottom-up), its first bit
    const qsizetype topRow = 40 + qsizetype(size) * size * 4 + qsizetype(maskStride) * (size - 1);
    *maskMarksCorner = (uchar(dib.at(topRow)) & 0x80) != 0;
    return image;
}

} // namespace

class TestInstallerIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void icoDirectory();
    void icoEntries_data();
    void icoEntries();
    void icnsChunks();
    void hicolorPngs_data();
    void hicolorPngs();

private:
    const QString m_dir = daas::test::paths::iconDir();
};

void TestInstallerIcons::icoDirectory()
{
    const QByteArray ico = readAll(m_dir + u"/daas.ico"_s);
    QVERIFY2(ico.size() > 6, "daas.ico missing or empty");
    QCOMPARE(le16(ico, 0), quint16(0)); // reserved
    QCOMPARE(le16(ico, 2), quint16(1)); // an icon, not a cursor
    const int count = le16(ico, 4);
    QList<int> sizes;
    qsizetype expectedOffset = 6 + 16 * count;
    for (int i = 0; i < count; ++i) {
        const qsizetype e = 6 + 16 * i;
        const int w = uchar(ico.at(e)) == 0 ? 256 : uchar(ico.at(e));
        const int h = uchar(ico.at(e + 1)) == 0 ? 256 : uchar(ico.at(e + 1));
        QCOMPARE(w, h);
        QCOMPARE(le16(ico, e + 4), quint16(1));  // planes
        QCOMPARE(le16(ico, e + 6), quint16(32)); // bits per pixel
        // the images follow the directory one after the other, inside the file
        QCOMPARE(qsizetype(le32(ico, e + 12)), expectedOffset);
        expectedOffset += le32(ico, e + 8);
        sizes.append(w);
    }
    QCOMPARE(expectedOffset, ico.size());
    QCOMPARE(sizes, (QList<int>{16, 20, 24, 32, 40, 48, 64, 128, 256}));
}

void TestInstallerIcons::icoEntries_data()
{
    QTest::addColumn<int>("index");
    const QList<int> sizes{16, 20, 24, 32, 40, 48, 64, 128, 256};
    for (int i = 0; i < sizes.size(); ++i)
        QTest::addRow("%dpx", sizes.at(i)) << i;
}

void TestInstallerIcons::icoEntries()
{
    QFETCH(int, index);
    const QByteArray ico = readAll(m_dir + u"/daas.ico"_s);
    QVERIFY(ico.size() > 6 + 16 * (index + 1));
    const qsizetype e = 6 + 16 * index;
    const int size = uchar(ico.at(e)) == 0 ? 256 : uchar(ico.at(e));
    const QByteArray payload = ico.mid(le32(ico, e + 12), le32(ico, e + 8));
    if (size == 256) {
        // Vista and later read a PNG entry; the directory's 0 means 256
        QCOMPARE(pngSize(payload), std::optional<QSize>(QSize(256, 256)));
        QImage image;
        QVERIFY(image.loadFromData(payload, "PNG"));
        checkColours(image.convertToFormat(QImage::Format_ARGB32));
        return;
    }
    QCOMPARE(le32(payload, 0), quint32(40));       // BITMAPINFOHEADER
    QCOMPARE(le32(payload, 4), quint32(size));     // width
    QCOMPARE(le32(payload, 8), quint32(2 * size)); // height: colour rows + mask rows
    QCOMPARE(le16(payload, 14), quint16(32));      // bits per pixel
    QCOMPARE(le32(payload, 16), quint32(0));       // BI_RGB
    bool maskMarksCorner = false;
    const QImage image = decodeDib(payload, size, &maskMarksCorner);
    QVERIFY2(!image.isNull(), "the DIB's length does not match its size");
    checkColours(image);
    QVERIFY(maskMarksCorner);
}

void TestInstallerIcons::icnsChunks()
{
    const QByteArray icns = readAll(m_dir + u"/daas.icns"_s);
    QVERIFY2(icns.size() > 8, "daas.icns missing or empty");
    QCOMPARE(icns.left(4), QByteArray("icns"));
    QCOMPARE(qsizetype(be32(icns, 4)), icns.size());
    // the PNG chunk types macOS reads and the pixel size each must hold
    const QMap<QByteArray, int> expected{{"icp4", 16},  {"icp5", 32},  {"icp6", 64},   {"ic07", 128},
                                         {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}, {"ic11", 32},
                                         {"ic12", 64},  {"ic13", 256}, {"ic14", 512}};
    QMap<QByteArray, int> found;
    qsizetype at = 8;
    while (at < icns.size()) {
        QVERIFY(at + 8 <= icns.size());
        const QByteArray type = icns.mid(at, 4);
        const qsizetype length = be32(icns, at + 4);
        QVERIFY2(length > 8 && at + length <= icns.size(), type.constData());
        const std::optional<QSize> size = pngSize(icns.mid(at + 8, length - 8));
        QVERIFY2(size && size->width() == size->height(), type.constData());
        QVERIFY2(!found.contains(type), type.constData());
        found.insert(type, size->width());
        at += length;
    }
    QCOMPARE(at, icns.size());
    QCOMPARE(found, expected);
}

void TestInstallerIcons::hicolorPngs_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("%dx%d", size, size) << size;
}

void TestInstallerIcons::hicolorPngs()
{
    QFETCH(int, size);
    const QByteArray png = readAll(u"%1/hicolor/%2x%2/apps/daas-desktop.png"_s.arg(m_dir).arg(size));
    QCOMPARE(pngSize(png), std::optional<QSize>(QSize(size, size)));
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    QCOMPARE(image.size(), QSize(size, size));
    checkColours(image.convertToFormat(QImage::Format_ARGB32));
}

QTEST_GUILESS_MAIN(TestInstallerIcons)
#include "tst_installer_icons.moc"
