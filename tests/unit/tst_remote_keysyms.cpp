// Key translation and the shared frame buffer of the remote-desktop engines.
#include "remote/FrameBuffer.h"
#include "remote/KeySyms.h"

#include <QStandardPaths>
#include <QTest>

using namespace daas::remote;

class TestRemoteKeysyms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mapsKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint32>("native");
        QTest::addColumn<bool>("nativeIsKeysym");
        QTest::addColumn<quint32>("expected");
        QTest::newRow("letter by text")
            << int(Qt::Key_A) << QStringLiteral("a") << 0u << false << quint32('a');
        QTest::newRow("shifted letter")
            << int(Qt::Key_A) << QStringLiteral("A") << 0u << false << quint32('A');
        QTest::newRow("ctrl+letter") << int(Qt::Key_C) << QStringLiteral("\x03") << 0u << false
                                     << quint32('c');
        QTest::newRow("latin-1") << int(Qt::Key_Udiaeresis) << QStringLiteral("ü") << 0u << false << 0xfcu;
        QTest::newRow("beyond latin-1") << 0 << QStringLiteral("Ω") << 0u << false << (0x01000000u | 0x3a9u);
        QTest::newRow("F5") << int(Qt::Key_F5) << QString() << 0u << false << 0xffc2u;
        QTest::newRow("backtab") << int(Qt::Key_Backtab) << QString() << 0u << false << keysym::Tab;
        QTest::newRow("return") << int(Qt::Key_Return) << QStringLiteral("\r") << 0u << false
                                << keysym::Return;
        QTest::newRow("altgr") << int(Qt::Key_AltGr) << QString() << 0u << false << keysym::IsoLevel3Shift;
        QTest::newRow("native keysym wins")
            << int(Qt::Key_A) << QStringLiteral("a") << 0x61u << true << 0x61u;
        QTest::newRow("native ISO_Left_Tab")
            << int(Qt::Key_Backtab) << QString() << keysym::IsoLeftTab << true << keysym::Tab;
        QTest::newRow("native Hyper")
            << int(Qt::Key_Hyper_L) << QString() << keysym::HyperL << true << keysym::SuperL;
        QTest::newRow("no keysym") << int(Qt::Key_unknown) << QString() << 0u << false << 0u;
    }
    void mapsKeys()
    {
        QFETCH(int, key);
        QFETCH(QString, text);
        QFETCH(quint32, native);
        QFETCH(bool, nativeIsKeysym);
        QFETCH(quint32, expected);
        QCOMPARE(keysymForKey(key, text, native, nativeIsKeysym), expected);
    }

    void frameBufferCopiesOnlyTheRegion()
    {
        FrameBuffer fb;
        fb.resize(QSize(32, 16));
        QCOMPARE(fb.takeDirty(), QRegion(0, 0, 32, 16));
        QImage source(32, 16, QImage::Format_RGB32);
        source.fill(Qt::red);
        QVERIFY(fb.publish(source, QRect(4, 4, 2, 2)));
        QVERIFY(!fb.publish(source, QRect(10, 4, 2, 2))); // the reader has not taken the first yet
        const QImage shown = fb.snapshot();
        QCOMPARE(shown.pixelColor(4, 4), QColor(Qt::red));
        QCOMPARE(shown.pixelColor(11, 5), QColor(Qt::red));
        QCOMPARE(shown.pixelColor(0, 0), QColor(Qt::black));
        QCOMPARE(fb.takeDirty(), QRegion(4, 4, 2, 2) + QRegion(10, 4, 2, 2));
        // rectangles outside the picture are clipped, a picture of the wrong size is refused
        QVERIFY(fb.publish(source, QRect(30, 14, 50, 50)));
        QCOMPARE(fb.takeDirty(), QRegion(30, 14, 2, 2));
        QVERIFY(!fb.publish(QImage(8, 8, QImage::Format_RGB32), QRect(0, 0, 8, 8)));
        QVERIFY(fb.takeDirty().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemoteKeysyms)
#include "tst_remote_keysyms.moc"
