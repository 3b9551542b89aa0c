// RDP pieces without a server: the sentences for FreeRDP's errors and the server's reasons, and the
// keyboard translation (native codes of each platform, and synthetic keys without them).
#include "remote/ClipboardDib.h"
#include "remote/RdpConnectionFile.h"
#include "remote/RdpErrors.h"
#include "remote/RdpKeyboard.h"

#include <freerdp/error.h>

#include <QTest>

using daas::Error;
using daas::remote::KeyCodeSource;
using daas::remote::KeyInput;
using daas::remote::RdpKey;
using daas::remote::rdpKeyFor;

Q_DECLARE_METATYPE(Error::Kind)

class TestRemoteRdpUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorSentences_data();
    void errorSentences();
    void keys_data();
    void keys();
    void connectionFileIsRead();
    void connectionFileRoundTripKeepsUnknownKeys();
    void connectionFileLinesReachFreeRdpOnce_data();
    void connectionFileLinesReachFreeRdpOnce();
    void hostileConnectionFiles_data();
    void hostileConnectionFiles();
    void dibsAreRead();
    void imagesBecomeDibs();
    void brokenDibsAreRefused_data();
    void brokenDibsAreRefused();
};

// The DIBs below are written out byte by byte from the BITMAPINFOHEADER / BITMAPV5HEADER layouts
// (MS-WMF 2.2.2.3, 2.2.2.5), little endian, so the code under test does not make its own answers.
namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}
} // namespace

void TestRemoteRdpUnits::dibsAreRead()
{
    using daas::remote::imageFromDib;
    // 2×2, 24 bits, bottom-up (positive height): rows of 6 bytes padded to 8, the bottom row first
    const QByteArray bottomUp = hex("28000000 02000000 02000000 0100 1800 00000000 10000000 00000000 00000000"
                                    " 00000000 00000000"
                                    " ff0000 00ff00 0000"   // bottom: blue, green
                                    " 0000ff ffffff 0000"); // top: red, white
    QImage image = imageFromDib(bottomUp);
    QCOMPARE(image.size(), QSize(2, 2));
    QCOMPARE(image.pixel(0, 0), qRgb(255, 0, 0));
    QCOMPARE(image.pixel(1, 0), qRgb(255, 255, 255));
    QCOMPARE(image.pixel(0, 1), qRgb(0, 0, 255));
    QCOMPARE(image.pixel(1, 1), qRgb(0, 255, 0));

    // 2×2, 32 bits BI_RGB, top-down (negative height): the top row first
    const QByteArray topDown = hex("28000000 02000000 feffffff 0100 2000 00000000 10000000 00000000 00000000"
                                   " 00000000 00000000"
                                   " 0000ff00 00ff0000"   // top: red, green
                                   " ff000000 00000000"); // bottom: blue, black
    image = imageFromDib(topDown);
    QCOMPARE(image.size(), QSize(2, 2));
    QCOMPARE(image.pixel(0, 0) & 0xffffff, qRgb(255, 0, 0) & 0xffffff);
    QCOMPARE(image.pixel(1, 0) & 0xffffff, qRgb(0, 255, 0) & 0xffffff);
    QCOMPARE(image.pixel(0, 1) & 0xffffff, qRgb(0, 0, 255) & 0xffffff);

    // CF_DIBV5 as Windows offers it: 1×1, 32 bits, BI_BITFIELDS with an alpha mask, half transparent red
    const QByteArray v5 = hex("7c000000 01000000 01000000 0100 2000 03000000 04000000 00000000 00000000"
                              " 00000000 00000000"
                              " 0000ff00 00ff0000 ff000000 000000ff" // R, G, B, A masks
                              " 42475273"                            // 'sRGB'
                              " 000000000000000000000000000000000000000000000000000000000000000000000000"
                              " 00000000 00000000 00000000"          // gamma
                              " 04000000 00000000 00000000 00000000" // intent, profile, reserved
                              " 0000ff80");
    image = imageFromDib(v5);
    QCOMPARE(image.size(), QSize(1, 1));
    QVERIFY(image.hasAlphaChannel());
    const QColor c = image.pixelColor(0, 0);
    QCOMPARE(c.alpha(), 0x80);
    QVERIFY2(qAbs(c.red() - 255) <= 1 && c.green() == 0 && c.blue() == 0, qPrintable(c.name()));
}

void TestRemoteRdpUnits::imagesBecomeDibs()
{
    QImage image(2, 1, QImage::Format_ARGB32);
    image.setPixel(0, 0, qRgba(0x11, 0x22, 0x33, 0xff));
    image.setPixel(1, 0, qRgba(0x44, 0x55, 0x66, 0x80));
    const QByteArray expected = hex("28000000 02000000 01000000 0100 2000 00000000 08000000 00000000 00000000"
                                    " 00000000 00000000"
                                    " 332211ff 66554480"); // B, G, R, A
    QCOMPARE(daas::remote::dibFromImage(image).toHex(), expected.toHex());
    // a 3×2 picture survives the trip there and back (rows bottom-up on the wire)
    QImage picture(3, 2, QImage::Format_RGB32);
    picture.setPixel(0, 0, qRgb(255, 0, 0));
    picture.setPixel(1, 0, qRgb(0, 255, 0));
    picture.setPixel(2, 0, qRgb(0, 0, 255));
    picture.setPixel(0, 1, qRgb(1, 2, 3));
    picture.setPixel(1, 1, qRgb(250, 251, 252));
    picture.setPixel(2, 1, qRgb(128, 64, 32));
    const QImage back = daas::remote::imageFromDib(daas::remote::dibFromImage(picture));
    QCOMPARE(back.convertToFormat(QImage::Format_RGB32), picture);
    QVERIFY(daas::remote::dibFromImage(QImage()).isEmpty());
}

void TestRemoteRdpUnits::brokenDibsAreRefused_data()
{
    QTest::addColumn<QByteArray>("dib");
    const QByteArray header2x2 =
        hex("28000000 02000000 02000000 0100 1800 00000000 10000000 00000000 00000000"
            " 00000000 00000000");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("pixels cut short") << header2x2 + hex("ff0000 00ff00 0000 0000ff");
    QTest::newRow("header size 7") << hex("07000000") + header2x2.mid(4) + QByteArray(16, '\0');
    QTest::newRow("header larger than the data") << hex("7c000000") + header2x2.mid(4);
    QTest::newRow("absurd size") << hex("28000000 a0860100 a0860100 0100 2000 00000000 00000000 00000000"
                                        " 00000000 00000000 00000000") +
                                        QByteArray(64, '\0');
    QTest::newRow("zero width") << hex("28000000 00000000 02000000 0100 1800 00000000 00000000 00000000"
                                       " 00000000 00000000 00000000") +
                                       QByteArray(16, '\0');
    QTest::newRow("7 bits per pixel") << hex("28000000 02000000 02000000 0100 0700 00000000 00000000 00000000"
                                             " 00000000 00000000 00000000") +
                                             QByteArray(64, '\0');
    QTest::newRow("palette past the end")
        << hex("28000000 02000000 02000000 0100 0800 00000000 00000000 00000000"
               " 00000000 00000000 00000000") +
               QByteArray(16, '\0');
}

void TestRemoteRdpUnits::brokenDibsAreRefused()
{
    QFETCH(QByteArray, dib);
    QVERIFY(daas::remote::imageFromDib(dib).isNull());
}

void TestRemoteRdpUnits::connectionFileIsRead()
{
    using daas::remote::RdpConnectionFile;
    const auto e =
        RdpConnectionFile::parse("screen mode id:i:1\r\nfull address:s:desk.facility.example:3390\r\n"
                                 "username:s:alice\r\ndomain:s:FAC\r\ndesktopwidth:i:1600\r\n"
                                 "desktopheight:i:900\r\ngatewayhostname:s:gw.facility.example\r\n"
                                 "gatewayusagemethod:i:1\r\n");
    QVERIFY2(e, qPrintable(e.error().userText()));
    QCOMPARE(e->host, QStringLiteral("desk.facility.example"));
    QCOMPARE(e->port, quint16(3390));
    QCOMPARE(e->userName, QStringLiteral("alice"));
    QCOMPARE(e->domain, QStringLiteral("FAC"));
    QCOMPARE(e->initialSize, QSize(1600, 900));
    QCOMPARE(e->gatewayHost, QStringLiteral("gw.facility.example"));
    // Windows writes them as UTF-16 with a byte order mark
    const QString text = QStringLiteral("full address:s:10.0.0.7\r\nusername:s:b\u00f6b\r\n");
    QByteArray utf16("\xff\xfe", 2);
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto w = RdpConnectionFile::parse(utf16);
    QVERIFY2(w, qPrintable(w.error().userText()));
    QCOMPARE(w->host, QStringLiteral("10.0.0.7"));
    QCOMPARE(w->port, quint16(3389));
    QCOMPARE(w->userName, QStringLiteral("b\u00f6b"));
}

void TestRemoteRdpUnits::connectionFileRoundTripKeepsUnknownKeys()
{
    using daas::remote::RdpConnectionFile;
    daas::remote::RdpEndpoint e;
    e.host = QStringLiteral("vm-42.cloud.example");
    e.port = 3391;
    e.userName = QStringLiteral("alice");
    e.password = QStringLiteral("never-in-a-file");
    const QByteArray original("full address:s:old.example\r\nx-facility-note:s:beamline 7\r\n"
                              "pcb:s:6f9619ff-8b86-d011-b42d-00c04fc964ff\r\n");
    const auto composed = RdpConnectionFile::compose(e, original);
    QVERIFY2(composed, qPrintable(composed.error().userText()));
    const QByteArray out = *composed;
    QVERIFY2(out.contains("x-facility-note:s:beamline 7"), out.constData());
    // the preconnection blob (a Hyper-V console's VM id), which FreeRDP is never given, copied through once
    QVERIFY2(out.count("pcb:s:6f9619ff-8b86-d011-b42d-00c04fc964ff\n") == 1, out.constData());
    QVERIFY(!out.contains("never-in-a-file"));
    QVERIFY(!out.contains("old.example"));
    const auto back = RdpConnectionFile::parse(out);
    QVERIFY2(back, qPrintable(back.error().userText()));
    QCOMPARE(back->host, e.host);
    QCOMPARE(back->port, e.port);
    QCOMPARE(back->userName, e.userName);
    QVERIFY(back->password.isEmpty());
    // a line break in a value would add a setting of its own: refused
    e.userName = QStringLiteral("alice\r\nalternate shell:s:evil.exe");
    const auto injected = RdpConnectionFile::compose(e);
    QVERIFY(!injected);
    QCOMPARE(injected.error().kind(), Error::Kind::InvalidInput);
}

// FreeRDP 3 leaks a value it is given twice, so each key must reach it once, on the lines as FreeRDP cuts
// them. The first three rows leaked (LeakSanitizer, in the unit suites' ASan/UBSan stage) or lost the
// address before forFreeRdp() cut lines at a CR and at a NUL and kept a UTF-16 BOM from the front of what
// it passes on. A line starting with '/' is a FreeRDP command-line option, never passed on.
void TestRemoteRdpUnits::connectionFileLinesReachFreeRdpOnce_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("host");
    QTest::newRow("a key after a lone CR")
        << QByteArray("desktopwidth:i:800\rfull address:s:elsewhere:3389\nfull address:s:host.example:3389\n")
        << QStringLiteral("host.example");
    QTest::newRow("a key again after a NUL")
        << QByteArray("full address:s:host.example\n\0\nfull address:s:after-nul.example\n", 63)
        << QStringLiteral("host.example");
    QTest::newRow("a BOM behind a dropped line")
        << QByteArray("full address:s:elsewhere\nx:s:1\nfull address:s:host.example\n\xff\xfe"
                      "f\0u\0l\0l\0 \0a\0d\0d\0r\0e\0s\0s\0:\0s\0:\0z\0",
                      93)
        << QStringLiteral("host.example");
    QTest::newRow("a FreeRDP option line")
        << QByteArray("full address:s:host.example\n/v:elsewhere.example\n")
        << QStringLiteral("host.example");
    // FreeRDP never frees a preconnection blob it read (found by fuzz_rdp_file): it is never given one
    QTest::newRow("a preconnection blob")
        << QByteArray("full address:s:host.example\npcb:s:10.0.0.42:1o.invalid\n")
        << QStringLiteral("host.example");
}

void TestRemoteRdpUnits::connectionFileLinesReachFreeRdpOnce()
{
    using daas::remote::RdpConnectionFile;
    QFETCH(QByteArray, contents);
    QFETCH(QString, host);
    const auto e = RdpConnectionFile::parse(contents);
    QVERIFY2(e, qPrintable(e.error().userText()));
    QCOMPARE(e->host, host);
    // compose() drops the keys it sets itself: a BOM left in front of the rest read it as UTF-16
    daas::remote::RdpEndpoint mine;
    mine.host = QStringLiteral("vm-7.cloud.example");
    mine.port = 3389;
    mine.userName = QStringLiteral("alice");
    const QByteArray dropsFirst =
        QByteArray("full address:s:d\n\xff\xfe", 19) + contents.mid(contents.indexOf('\n') + 1);
    for (const QByteArray &original : {contents, dropsFirst}) {
        const auto composed = RdpConnectionFile::compose(mine, original);
        QVERIFY2(composed, qPrintable(composed.error().userText()));
        const auto back = RdpConnectionFile::parse(*composed);
        QVERIFY2(back, qPrintable(back.error().userText()));
        QCOMPARE(back->host, mine.host);
        QCOMPARE(back->userName, mine.userName);
    }
}

void TestRemoteRdpUnits::hostileConnectionFiles_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no address") << QByteArray("username:s:alice\r\n");
    QTest::newRow("binary") << QByteArray(4096, '\x01');
    QTest::newRow("port out of range") << QByteArray("full address:s:host.example:99999\r\n");
    QTest::newRow("spaces in the name") << QByteArray("full address:s:evil host; rm -rf ~\r\n");
    QTest::newRow("a path for a name") << QByteArray("full address:s:/etc/passwd\r\n");
    QTest::newRow("a very long name") << QByteArray("full address:s:") + QByteArray(4000, 'a') + "\r\n";
    QTest::newRow("too large") << QByteArray("full address:s:h\r\n") + QByteArray(300 * 1024, ' ');
}

void TestRemoteRdpUnits::hostileConnectionFiles()
{
    QFETCH(QByteArray, contents);
    const auto e = daas::remote::RdpConnectionFile::parse(contents);
    QVERIFY(!e);
    QCOMPARE(e.error().kind(), Error::Kind::InvalidInput);
    QVERIFY(e.error().userText().startsWith(u"This is not a usable connection file"));
}

void TestRemoteRdpUnits::errorSentences_data()
{
    QTest::addColumn<quint32>("lastError");
    QTest::addColumn<quint32>("errorInfo");
    QTest::addColumn<bool>("wasConnected");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("gateway");

    QTest::newRow("wrong NLA password")
        << quint32(FREERDP_ERROR_AUTHENTICATION_FAILED) << 0u << false << Error::Kind::Authentication
        << QStringLiteral("password") << QString();
    QTest::newRow("logon failure") << quint32(FREERDP_ERROR_CONNECT_LOGON_FAILURE) << 0u << false
                                   << Error::Kind::Authentication << QStringLiteral("password") << QString();
    QTest::newRow("expired password")
        << quint32(FREERDP_ERROR_CONNECT_PASSWORD_EXPIRED) << 0u << false << Error::Kind::Authentication
        << QStringLiteral("expired") << QString();
    QTest::newRow("locked out") << quint32(FREERDP_ERROR_CONNECT_ACCOUNT_LOCKED_OUT) << 0u << false
                                << Error::Kind::Permission << QStringLiteral("locked") << QString();
    QTest::newRow("another session took over")
        << quint32(FREERDP_ERROR_SUCCESS) << quint32(ERRINFO_DISCONNECTED_BY_OTHER_CONNECTION) << true
        << Error::Kind::Conflict << QStringLiteral("Another session took over") << QString();
    QTest::newRow("idle session ended")
        << quint32(FREERDP_ERROR_SUCCESS) << quint32(ERRINFO_IDLE_TIMEOUT) << true << Error::Kind::Cancelled
        << QStringLiteral("idle") << QString();
    QTest::newRow("signed out") << quint32(FREERDP_ERROR_SUCCESS) << quint32(ERRINFO_LOGOFF_BY_USER) << true
                                << Error::Kind::Cancelled << QStringLiteral("signed out") << QString();
    // the server's reason wins over the client's view of the same end
    QTest::newRow("server reason first")
        << quint32(FREERDP_ERROR_CONNECT_TRANSPORT_FAILED) << quint32(ERRINFO_RPC_INITIATED_DISCONNECT)
        << true << Error::Kind::Cancelled << QStringLiteral("administrator") << QString();
    QTest::newRow("no licence") << quint32(FREERDP_ERROR_SUCCESS) << quint32(ERRINFO_LICENSE_NO_LICENSE)
                                << false << Error::Kind::Server << QStringLiteral("licence") << QString();
    QTest::newRow("unknown host") << quint32(FREERDP_ERROR_DNS_NAME_NOT_FOUND) << 0u << false
                                  << Error::Kind::Network << QStringLiteral("unknown") << QString();
    QTest::newRow("drop while connected: retried")
        << quint32(FREERDP_ERROR_CONNECT_TRANSPORT_FAILED) << 0u << true << Error::Kind::Network
        << QStringLiteral("lost") << QString();
    QTest::newRow("nobody listening")
        << quint32(FREERDP_ERROR_CONNECT_TRANSPORT_FAILED) << 0u << false << Error::Kind::Network
        << QStringLiteral("Could not reach") << QString();
    QTest::newRow("a protocol error from the server")
        << quint32(FREERDP_ERROR_SUCCESS) << quint32(ERRINFO_UNKNOWN_PDU_TYPE) << true
        << Error::Kind::Protocol << QStringLiteral("protocol error") << QString();
    QTest::newRow("no common security") << quint32(FREERDP_ERROR_SECURITY_NEGO_CONNECT_FAILED) << 0u << false
                                        << Error::Kind::Unsupported << QStringLiteral("NLA") << QString();
    QTest::newRow("something that is not RDP")
        << quint32(FREERDP_ERROR_CONNECT_UNDEFINED) << 0u << false << Error::Kind::Protocol
        << QStringLiteral("serves RDP") << QString();

    // the connection ended at the RD Gateway, before the desktop behind it: the gateway's sentence
    const QString gw = QStringLiteral("gw.example:443");
    QTest::newRow("gateway refused the tunnel")
        << quint32(FREERDP_ERROR_SECURITY_NEGO_CONNECT_FAILED) << 0u << false << Error::Kind::Server
        << QStringLiteral("The RD Gateway gw.example:443 refused") << gw;
    QTest::newRow("gateway denied the sign-in")
        << quint32(FREERDP_ERROR_CONNECT_ACCESS_DENIED) << 0u << false << Error::Kind::Authentication
        << QStringLiteral("The RD Gateway gw.example:443 did not accept the user name or password") << gw;
    QTest::newRow("gateway's name unknown")
        << quint32(FREERDP_ERROR_DNS_NAME_NOT_FOUND) << 0u << false << Error::Kind::Network
        << QStringLiteral("The RD Gateway's address gw.example:443 is unknown") << gw;
    QTest::newRow("gateway unreachable")
        << quint32(FREERDP_ERROR_CONNECT_FAILED) << 0u << false << Error::Kind::Network
        << QStringLiteral("Could not reach the RD Gateway gw.example:443") << gw;
    QTest::newRow("gateway's TLS") << quint32(FREERDP_ERROR_TLS_CONNECT_FAILED) << 0u << false
                                   << Error::Kind::Tls
                                   << QStringLiteral("encrypted connection to the RD Gateway") << gw;
    // a tunnel refusal (E_PROXY_NAP_ACCESSDENIED, MS-TSGU 2.2.6) as FreeRDP passes it on
    QTest::newRow("gateway's tunnel refused")
        << quint32(0x800759DB) << 0u << false << Error::Kind::Server
        << QStringLiteral("The RD Gateway gw.example:443 refused") << gw;
    // the same code without a gateway in the way is the desktop's
    QTest::newRow("desktop denied access")
        << quint32(FREERDP_ERROR_CONNECT_ACCESS_DENIED) << 0u << false << Error::Kind::Permission
        << QStringLiteral("The remote desktop denied access") << QString();
}

void TestRemoteRdpUnits::errorSentences()
{
    QFETCH(quint32, lastError);
    QFETCH(quint32, errorInfo);
    QFETCH(bool, wasConnected);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, words);
    QFETCH(QString, gateway);
    const Error e = daas::remote::rdpError(lastError, errorInfo, wasConnected, gateway);
    QCOMPARE(e.kind(), kind);
    QVERIFY2(e.userText().contains(words), qPrintable(e.userText()));
    // the codes' names go to the log, never the user's sentence
    QVERIFY(!e.detail().isEmpty());
    QVERIFY(!e.userText().contains(u"ERR"));
}

void TestRemoteRdpUnits::keys_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<int>("qtKey");
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("nativeScanCode");
    QTest::addColumn<quint32>("nativeVirtualKey");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("kind");
    QTest::addColumn<quint32>("code");

    const int scan = int(RdpKey::Kind::ScanCode), unicode = int(RdpKey::Kind::Unicode),
              none = int(RdpKey::Kind::None);
    // X11/Wayland: the X keycode (evdev + 8) through winpr's XKB table; the layout is the remote's
    QTest::newRow("x11 h") << int(KeyCodeSource::X11) << int(Qt::Key_H) << QStringLiteral("h") << 43u << 0u
                           << 0 << scan << 0x23u;
    QTest::newRow("x11 right ctrl (extended)")
        << int(KeyCodeSource::X11) << int(Qt::Key_Control) << QString() << 105u << 0u << 0 << scan << 0x11du;
    QTest::newRow("wayland delete (extended)") << int(KeyCodeSource::Wayland) << int(Qt::Key_Delete)
                                               << QString() << 119u << 0u << 0 << scan << 0x153u;
    // Windows: the native scan code as it is
    QTest::newRow("windows a") << int(KeyCodeSource::Windows) << int(Qt::Key_A) << QStringLiteral("a")
                               << 0x1eu << 0x41u << 0 << scan << 0x1eu;
    // macOS: kVK_ANSI_A = 0 is a real key; kVK_Escape = 0x35
    QTest::newRow("mac escape") << int(KeyCodeSource::MacOS) << int(Qt::Key_Escape) << QString() << 0u
                                << 0x35u << 0 << scan << 0x01u;
    // no native codes: keys with a fixed place by Qt's code, text as Unicode
    QTest::newRow("synthetic F5") << int(KeyCodeSource::Qt) << int(Qt::Key_F5) << QString() << 0u << 0u << 0
                                  << scan << 0x3fu;
    QTest::newRow("synthetic a") << int(KeyCodeSource::Qt) << int(Qt::Key_A) << QStringLiteral("a") << 0u
                                 << 0u << 0 << scan << 0x1eu;
    QTest::newRow("composed é from an input method")
        << int(KeyCodeSource::X11) << 0 << QStringLiteral("é") << 0u << 0u << 0 << unicode << 0xe9u;
    QTest::newRow("synthetic é") << int(KeyCodeSource::Qt) << 0 << QStringLiteral("é") << 0u << 0u << 0
                                 << unicode << 0xe9u;
    QTest::newRow("synthetic Ctrl+C is a shortcut, not text")
        << int(KeyCodeSource::Qt) << int(Qt::Key_C) << QStringLiteral("\x03") << 0u << 0u
        << int(Qt::ControlModifier) << scan << 0x2eu;
    QTest::newRow("synthetic space") << int(KeyCodeSource::Qt) << int(Qt::Key_Space) << QStringLiteral(" ")
                                     << 0u << 0u << 0 << scan << 0x39u;
    QTest::newRow("nothing to send") << int(KeyCodeSource::Qt) << int(Qt::Key_unknown) << QString() << 0u
                                     << 0u << 0 << none << 0u;
}

void TestRemoteRdpUnits::keys()
{
    QFETCH(int, source);
    QFETCH(int, qtKey);
    QFETCH(QString, text);
    QFETCH(quint32, nativeScanCode);
    QFETCH(quint32, nativeVirtualKey);
    QFETCH(int, modifiers);
    QFETCH(int, kind);
    QFETCH(quint32, code);
    KeyInput key;
    key.source = KeyCodeSource(source);
    key.qtKey = qtKey;
    key.text = text;
    key.nativeScanCode = nativeScanCode;
    key.nativeVirtualKey = nativeVirtualKey;
    key.modifiers = Qt::KeyboardModifiers(modifiers);
    const RdpKey k = rdpKeyFor(key, 4);
    QCOMPARE(int(k.kind), kind);
    QCOMPARE(k.code, code);
}

QTEST_GUILESS_MAIN(TestRemoteRdpUnits)
#include "tst_remote_rdp_units.moc"
