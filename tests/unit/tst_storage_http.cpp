// HttpResponseParser: the answers StreamedPut reads, whole, in every split, and the ones that lie.

#include "storage/HttpResponseParser.h"

#include <QTest>

using daas::storage::HttpResponseParser;
using State = HttpResponseParser::State;

class TestStorageHttp : public QObject
{
    Q_OBJECT

    // Feeds `answer` cut into pieces of `step` bytes, then the end of the connection when `close`.
    static HttpResponseParser parse(const QByteArray &answer, qsizetype step, bool close)
    {
        HttpResponseParser p;
        for (qsizetype at = 0; at < answer.size(); at += step)
            p.feed(QByteArrayView(answer).sliced(at, qMin(step, answer.size() - at)));
        if (close)
            p.endOfStream();
        return p;
    }

private Q_SLOTS:
    void wellFormed_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("close");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("201 with a length") << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 5\r\n"
                                                         "Location: /dav/a.bin\r\n\r\nhello")
                                           << false << 201 << QByteArray("hello");
        QTest::newRow("204 has no body whatever it says")
            << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 99\r\n\r\n") << false << 204
            << QByteArray();
        QTest::newRow("chunked with an extension and a trailer")
            << QByteArray("HTTP/1.1 401 Unauthorized\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "4;name=x\r\nsign\r\n3\r\n-in\r\n0\r\nX-Trailer: 1\r\n\r\n")
            << false << 401 << QByteArray("sign-in");
        QTest::newRow("100 Continue, then the answer")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok")
            << false << 201 << QByteArray("ok");
        QTest::newRow("body until the connection closes")
            << QByteArray("HTTP/1.0 500 Internal Server Error\r\n\r\nbroken") << true << 500
            << QByteArray("broken");
        QTest::newRow("bytes after the end are ignored")
            << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nokGARBAGE") << false << 201
            << QByteArray("ok");
        QTest::newRow("same length twice is fine")
            << QByteArray("HTTP/1.1 413 Payload Too Large\r\nContent-Length: 1\r\ncontent-length: 1\r\n\r\nx")
            << false << 413 << QByteArray("x");
    }

    void wellFormed()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, close);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        // whole, and cut at every byte: the network decides where reads end
        for (qsizetype step : {answer.size(), qsizetype(1), qsizetype(3), qsizetype(7)}) {
            const HttpResponseParser p = parse(answer, step, close);
            QVERIFY2(p.state() == State::Complete, p.failure().constData());
            QCOMPARE(p.status(), status);
            QCOMPARE(p.body(), body);
        }
    }

    void headersKeepTheirValues()
    {
        const HttpResponseParser p = parse("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate:  Basic "
                                           "realm=\"dav\" \r\nContent-Length: 0\r\n\r\n",
                                           4, false);
        QCOMPARE(p.state(), State::Complete);
        QCOMPARE(p.header("www-authenticate"), QByteArray("Basic realm=\"dav\""));
        QCOMPARE(p.header("missing"), QByteArray());
    }

    void lies_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("close");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << false;
        QTest::newRow("status out of range") << QByteArray("HTTP/1.1 999 Odd\r\n\r\n") << false;
        QTest::newRow("status not a number") << QByteArray("HTTP/1.1 2x1 Created\r\n\r\n") << false;
        QTest::newRow("header without a colon")
            << QByteArray("HTTP/1.1 201 Created\r\nBroken\r\n\r\n") << false;
        QTest::newRow("folded header line")
            << QByteArray("HTTP/1.1 201 Created\r\nX-A: 1\r\n  continued\r\n\r\n") << false;
        QTest::newRow("space before the colon")
            << QByteArray("HTTP/1.1 201 Created\r\nX-A : 1\r\n\r\n") << false;
        QTest::newRow("two different lengths")
            << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
            << false;
        QTest::newRow("negative length")
            << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: -1\r\n\r\n") << false;
        QTest::newRow("signed length")
            << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: +1\r\n\r\nx") << false;
        QTest::newRow("chunk size not hex")
            << QByteArray("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << false;
        QTest::newRow("chunk without its CRLF")
            << QByteArray("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokXX0\r\n\r\n")
            << false;
        QTest::newRow("closed before answering") << QByteArray() << true;
        QTest::newRow("closed within the head") << QByteArray("HTTP/1.1 201 Cre") << true;
        QTest::newRow("closed within the body")
            << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 10\r\n\r\nshort") << true;
        QTest::newRow("closed within a chunk")
            << QByteArray("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nshort") << true;
    }

    void lies()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, close);
        for (qsizetype step : {qMax<qsizetype>(1, answer.size()), qsizetype(1)}) {
            const HttpResponseParser p = parse(answer, step, close);
            QCOMPARE(p.state(), State::Failed);
            QVERIFY(!p.failure().isEmpty());
        }
    }

    void endlessHeadIsRefused()
    {
        HttpResponseParser p;
        p.feed("HTTP/1.1 200 OK\r\n");
        const QByteArray line = "X-Padding: " + QByteArray(1000, 'x') + "\r\n";
        for (int i = 0; i < 100 && p.state() == State::Head; ++i)
            p.feed(line);
        QCOMPARE(p.state(), State::Failed);
    }

    void largeBodyIsCountedNotKept()
    {
        const qsizetype size = 3 * HttpResponseParser::maxKeptBody;
        HttpResponseParser p;
        p.feed(QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: " +
                          QByteArray::number(size) + "\r\n\r\n"));
        const QByteArray piece(4096, 'e');
        for (qsizetype sent = 0; sent < size; sent += piece.size())
            p.feed(piece);
        QCOMPARE(p.state(), State::Complete);
        QCOMPARE(p.bodyBytes(), size);
        QCOMPARE(p.body().size(), HttpResponseParser::maxKeptBody);
    }
};

QTEST_GUILESS_MAIN(TestStorageHttp)
#include "tst_storage_http.moc"
