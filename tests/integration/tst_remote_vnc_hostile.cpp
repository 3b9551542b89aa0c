// The VNC engine against servers that refuse or break the protocol (HostileRfbServer, written from RFC 6143):
// a refusal shows the server's own words, a protocol violation is called what it is, and neither is
// reconnected to; a plain drop still is.
#include "HostileRfbServer.h"
#include "remote/VncSession.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using daas::Error;
using daas::remote::RemoteSession;
using daas::remote::VncEndpoint;
using daas::remote::VncQuality;
using daas::remote::VncSession;
using daas::test::HostileRfbServer;
using State = RemoteSession::State;
using Behaviour = HostileRfbServer::Behaviour;

Q_DECLARE_METATYPE(Error::Kind)

namespace {

// Every state a session reports, from its stateChanged signal; waits are on that signal, never a sleep.
class StateRecorder
{
public:
    explicit StateRecorder(RemoteSession &session)
        : m_spy(&session, &RemoteSession::stateChanged)
    {}

    QList<State> states() const
    {
        QList<State> list;
        for (const QList<QVariant> &emission : m_spy)
            list << emission.first().value<State>();
        return list;
    }

    // Until the session has reported `wanted` `times` times (or the time is up).
    bool waitFor(State wanted, int times = 1, int timeoutMs = 20000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (states().count(wanted) < times) {
            if (deadline.hasExpired() || !m_spy.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                return states().count(wanted) >= times;
        }
        return true;
    }

    QString text() const
    {
        QStringList names;
        for (State s : states())
            names << QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(s)));
        return names.join(QStringLiteral(" → "));
    }

private:
    QSignalSpy m_spy;
};

VncEndpoint endpointFor(const HostileRfbServer &server)
{
    VncEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = server.port();
    e.password = QStringLiteral("hostile1");
    // reconnecting is on, and quick: whatever is not retried here is not retried by decision
    e.reconnect = true;
    e.firstReconnectDelayMs = 100;
    return e;
}

} // namespace

class TestRemoteVncHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<State>();
    }

    void refusalShowsTheServersWords_data();
    void refusalShowsTheServersWords();
    void protocolViolationIsNamedAndNotRetried_data();
    void protocolViolationIsNamedAndNotRetried();
    void droppedConnectionStillReconnects();
};

void TestRemoteVncHostile::refusalShowsTheServersWords_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<int>("fromConnection");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QList<State>>("states");
    const QList<State> atOnce{State::Connecting, State::Failed};
    // the first connection is served and dropped; the reconnect meets the refusal and stops there
    const QList<State> onReconnect{State::Connecting, State::Connected, State::Reconnecting, State::Failed};
    // TigerVNC's answer to a black-listed address: a 3.3 greeting, "connection failed" and the reason
    QTest::newRow("RFB 3.3 connection failed after the version")
        << int(Behaviour::RefuseAfterVersion33) << 1 << QByteArray("Too many security failures")
        << Error::Kind::Permission << atOnce;
    QTest::newRow("RFB 3.8 no security types")
        << int(Behaviour::RefuseNoSecurityTypes) << 1 << QByteArray("Server is shutting down")
        << Error::Kind::Permission << atOnce;
    QTest::newRow("RFB 3.8 failed SecurityResult, on reconnect")
        << int(Behaviour::RefuseSecurityResult) << 2 << QByteArray("Too many authentication failures")
        << Error::Kind::Permission << onReconnect;
    QTest::newRow("RFB 3.8 password refused, on reconnect")
        << int(Behaviour::RefusePassword) << 2 << QByteArray("Authentication failure: try later")
        << Error::Kind::Authentication << onReconnect;
}

void TestRemoteVncHostile::refusalShowsTheServersWords()
{
    QFETCH(int, behaviour);
    QFETCH(int, fromConnection);
    QFETCH(QByteArray, reason);
    QFETCH(Error::Kind, kind);
    QFETCH(QList<State>, states);
    HostileRfbServer server({Behaviour(behaviour), fromConnection, reason});
    VncSession session(endpointFor(server));
    StateRecorder recorder(session);
    session.open();
    QVERIFY2(recorder.waitFor(State::Failed), qPrintable(recorder.text()));

    const Error error = session.error();
    QCOMPARE(error.kind(), kind);
    // the server's own words, quoted after our sentence
    QVERIFY2(error.userText().contains(QStringLiteral("“%1”").arg(QString::fromUtf8(reason))),
             qPrintable(error.userText()));
    QVERIFY2(!error.userText().contains(u"closed the connection"), qPrintable(error.userText()));
    QVERIFY(!error.userText().contains(u"hostile1"));
    QVERIFY(!error.detail().contains(u"hostile1"));
    // a refusal is final: no attempt after it, the session stays failed
    QCOMPARE(recorder.states(), states);
    QCOMPARE(server.connections(), fromConnection);
    QCOMPARE(session.state(), State::Failed);
}

void TestRemoteVncHostile::protocolViolationIsNamedAndNotRetried_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<QString>("logged"); // what libvncclient says it could not read
    QTest::newRow("corrupt zlib rectangle")
        << int(Behaviour::CorruptZlibRect) << QStringLiteral("zlib inflate");
    QTest::newRow("unknown encoding")
        << int(Behaviour::UnknownEncoding) << QStringLiteral("Unknown rect encoding");
    QTest::newRow("ServerCutText of 2^31 bytes")
        << int(Behaviour::HugeCutText) << QStringLiteral("too big cut text length");
    QTest::newRow("unknown message type")
        << int(Behaviour::UnknownMessageType) << QStringLiteral("Unknown message type 200");
}

void TestRemoteVncHostile::protocolViolationIsNamedAndNotRetried()
{
    QFETCH(int, behaviour);
    QFETCH(QString, logged);
    HostileRfbServer server({Behaviour(behaviour), 1, {}});
    VncEndpoint e = endpointFor(server);
    e.quality = VncQuality::High; // zlib and tight are among the encodings the client asks for
    VncSession session(e);
    StateRecorder recorder(session);
    session.open();
    QVERIFY2(recorder.waitFor(State::Failed),
             qPrintable(recorder.text() + u" / server "_s + QString::fromLatin1(server.lastAction())));

    const Error error = session.error();
    QCOMPARE(error.kind(), Error::Kind::Protocol);
    QVERIFY2(error.userText().contains(u"sent something this viewer cannot read"),
             qPrintable(error.userText()));
    QVERIFY2(!error.userText().contains(u"lost"), qPrintable(error.userText()));
    QVERIFY2(error.detail().contains(logged, Qt::CaseInsensitive), qPrintable(error.detail()));
    // connected, then failed: never Reconnecting, and the server saw one connection
    QCOMPARE(recorder.states(), (QList<State>{State::Connecting, State::Connected, State::Failed}));
    QCOMPARE(server.connections(), 1);
}

void TestRemoteVncHostile::droppedConnectionStillReconnects()
{
    // the first connection is served and then dropped by the server; the second is served
    HostileRfbServer server({Behaviour::Serve, 2, {}});
    VncSession session(endpointFor(server));
    StateRecorder recorder(session);
    QSignalSpy resized(&session, &RemoteSession::frameResized);
    session.open();
    QVERIFY2(recorder.waitFor(State::Reconnecting), qPrintable(recorder.text()));
    QCOMPARE(session.error().kind(), Error::Kind::Network);
    QVERIFY2(session.error().userText().contains(u"lost"), qPrintable(session.error().userText()));
    // connected again
    QVERIFY2(recorder.waitFor(State::Connected, 2), qPrintable(recorder.text()));
    QCOMPARE(recorder.states(),
             (QList<State>{State::Connecting, State::Connected, State::Reconnecting, State::Connected}));
    QCOMPARE(server.connections(), 2);
    QCOMPARE(session.frameBuffer().size(), QSize(HostileRfbServer::kWidth, HostileRfbServer::kHeight));
}

QTEST_GUILESS_MAIN(TestRemoteVncHostile)
#include "tst_remote_vnc_hostile.moc"
