// How a libvncclient connection's end is told from the lines the library logged (remote/VncFailure): the
// server's refusal in its own words, a broken protocol (not worth reconnecting for), a lost connection
// (worth it). The lines are those libvncclient 0.9.15 writes.
#include "remote/VncFailure.h"

#include <QTest>

using daas::Error;
using daas::remote::VncFailureLog;

Q_DECLARE_METATYPE(Error::Kind)

class TestRemoteVncUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endsAreToldApart_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("violation");
        const QString garbage = QStringLiteral("Unknown message type 248 from VNC server");
        QTest::newRow("server closed") << QStringList{QStringLiteral("VNC server closed connection")}
                                       << Error::Kind::Network << QString();
        QTest::newRow("reset") << QStringList{QStringLiteral("read (104: Connection reset by peer)")}
                               << Error::Kind::Network << QString();
        QTest::newRow("garbage") << QStringList{garbage, QStringLiteral("VNC server closed connection")}
                                 << Error::Kind::Protocol << garbage;
        QTest::newRow("corrupt zlib")
            << QStringList{QStringLiteral("zlib inflate returned error: -3, msg: invalid block type")}
            << Error::Kind::Protocol
            << QStringLiteral("zlib inflate returned error: -3, msg: invalid block type");
        // a write failed while a message was being handled: its rest is read as the next message
        QTest::newRow("write failed first")
            << QStringList{QStringLiteral("rfbClientProcessExtServerCutText. default cap."),
                           QStringLiteral("write"), garbage, QStringLiteral("VNC server closed connection")}
            << Error::Kind::Network << QString();
        QTest::newRow("read failed first")
            << QStringList{QStringLiteral("read (104: Connection reset by peer)"), garbage}
            << Error::Kind::Network << QString();
        QTest::newRow("tls read failed first")
            << QStringList{QStringLiteral(
                               "Error reading from TLS: The TLS connection was non-properly terminated."),
                           garbage}
            << Error::Kind::Network << QString();
    }

    void endsAreToldApart()
    {
        QFETCH(QStringList, lines);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, violation);
        VncFailureLog log;
        for (const QString &line : lines)
            log.add(line);
        QCOMPARE(log.violation(), violation);
        const Error e = log.error({.wasConnected = true});
        QCOMPARE(e.kind(), kind);
        QVERIFY(!e.userText().isEmpty());
    }

    // the set-up's lines do not explain how the session ends
    void restartForgetsTheSetUp()
    {
        VncFailureLog log;
        log.add(QStringLiteral("write"));
        log.restart();
        log.add(QStringLiteral("Unknown message type 9 from VNC server"));
        QCOMPARE(log.error({.wasConnected = true}).kind(), Error::Kind::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestRemoteVncUnits)
#include "tst_remote_vnc_units.moc"
