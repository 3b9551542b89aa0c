// RDP pieces without a server: the sentences for FreeRDP's errors and the server's reasons, and the
// keyboard translation (native codes of each platform, and synthetic keys without them).
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
};

void TestRemoteRdpUnits::errorSentences_data()
{
    QTest::addColumn<quint32>("lastError");
    QTest::addColumn<quint32>("errorInfo");
    QTest::addColumn<bool>("wasConnected");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("words");

    QTest::newRow("wrong NLA password") << quint32(FREERDP_ERROR_AUTHENTICATION_FAILED) << 0u << false
                                        << Error::Kind::Authentication << QStringLiteral("password");
    QTest::newRow("logon failure") << quint32(FREERDP_ERROR_CONNECT_LOGON_FAILURE) << 0u << false
                                   << Error::Kind::Authentication << QStringLiteral("password");
    QTest::newRow("expired password") << quint32(FREERDP_ERROR_CONNECT_PASSWORD_EXPIRED) << 0u << false
                                      << Error::Kind::Authentication << QStringLiteral("expired");
    QTest::newRow("locked out") << quint32(FREERDP_ERROR_CONNECT_ACCOUNT_LOCKED_OUT) << 0u << false
                                << Error::Kind::Permission << QStringLiteral("locked");
    QTest::newRow("another session took over")
        << quint32(FREERDP_ERROR_SUCCESS) << quint32(ERRINFO_DISCONNECTED_BY_OTHER_CONNECTION) << true
        << Error::Kind::Conflict << QStringLiteral("Another session took over");
    QTest::newRow("idle session ended") << quint32(FREERDP_ERROR_SUCCESS) << quint32(ERRINFO_IDLE_TIMEOUT)
                                        << true << Error::Kind::Cancelled << QStringLiteral("idle");
    QTest::newRow("signed out") << quint32(FREERDP_ERROR_SUCCESS) << quint32(ERRINFO_LOGOFF_BY_USER) << true
                                << Error::Kind::Cancelled << QStringLiteral("signed out");
    // the server's reason wins over the client's view of the same end
    QTest::newRow("server reason first")
        << quint32(FREERDP_ERROR_CONNECT_TRANSPORT_FAILED) << quint32(ERRINFO_RPC_INITIATED_DISCONNECT)
        << true << Error::Kind::Cancelled << QStringLiteral("administrator");
    QTest::newRow("no licence") << quint32(FREERDP_ERROR_SUCCESS) << quint32(ERRINFO_LICENSE_NO_LICENSE)
                                << false << Error::Kind::Server << QStringLiteral("licence");
    QTest::newRow("unknown host") << quint32(FREERDP_ERROR_DNS_NAME_NOT_FOUND) << 0u << false
                                  << Error::Kind::Network << QStringLiteral("unknown");
    QTest::newRow("drop while connected: retried") << quint32(FREERDP_ERROR_CONNECT_TRANSPORT_FAILED) << 0u
                                                   << true << Error::Kind::Network << QStringLiteral("lost");
    QTest::newRow("nobody listening") << quint32(FREERDP_ERROR_CONNECT_TRANSPORT_FAILED) << 0u << false
                                      << Error::Kind::Network << QStringLiteral("Could not reach");
    QTest::newRow("a protocol error from the server")
        << quint32(FREERDP_ERROR_SUCCESS) << quint32(ERRINFO_UNKNOWN_PDU_TYPE) << true
        << Error::Kind::Protocol << QStringLiteral("protocol error");
    QTest::newRow("no common security") << quint32(FREERDP_ERROR_SECURITY_NEGO_CONNECT_FAILED) << 0u << false
                                        << Error::Kind::Unsupported << QStringLiteral("NLA");
    QTest::newRow("something that is not RDP") << quint32(FREERDP_ERROR_CONNECT_UNDEFINED) << 0u << false
                                               << Error::Kind::Protocol << QStringLiteral("serves RDP");
}

void TestRemoteRdpUnits::errorSentences()
{
    QFETCH(quint32, lastError);
    QFETCH(quint32, errorInfo);
    QFETCH(bool, wasConnected);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, words);
    const Error e = daas::remote::rdpError(lastError, errorInfo, wasConnected);
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
