#pragma once

#include "support/Crc32.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QThread;

namespace daas::storage {

class StreamedPutWorker;

// A PUT whose body is a slice of a local file, sent over a connection of its own by a thread of its own, in
// large writes. QNetworkAccessManager pulls an upload body from the thread that owns the body 16 KiB at a
// time, two thread hops a piece: a 1 GiB upload took 4 s of CPU and ran at a fifth of curl's speed on the
// same Apache. This sends what curl sends (HTTP/1.1, Content-Length, "Connection: close"), verifies TLS as
// QNAM does, and answers with what the caller needs of a reply: status, headers, error.
//
// Only for direct connections (canSend()): through a proxy the caller keeps QNAM, which speaks to proxies.
class StreamedPut : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        int status = 0; // 0: no HTTP answer (see error)
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body; // the start of the answer's body (an error page), at most 64 KiB
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray header(const QByteArray &name) const;
    };

    // request: URL and headers as for QNAM (Content-Length must be set); the body is `length` bytes of
    // `path` from `offset`; `crc` is the sum so far, continued over the bytes sent.
    StreamedPut(const QNetworkRequest &request, const QString &path, qint64 offset, qint64 length,
                support::Crc32 crc, QObject *parent = nullptr);
    ~StreamedPut() override; // aborts what is under way

    // http or https, and no proxy between us and the host.
    static bool canSend(const QUrl &url);

    void start();
    void abort(); // finished() follows with OperationCanceledError
    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }
    // Every byte of the body was handed to the connection: the server may apply it even if aborted now.
    bool bodySent() const { return m_bodySent; }
    const Result &result() const { return m_result; }
    // The sum continued over every byte sent (meaningful once the whole body was sent).
    support::Crc32 crc() const { return m_crc; }

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    void finished();

private:
    // queued to the worker's thread: an abort runs there before the thread's quit
    void callOnWorker(void (StreamedPutWorker::*call)());
    void stopThread();

    QUrl m_url;
    QThread *m_thread;
    QPointer<StreamedPutWorker> m_worker;
    Result m_result;
    support::Crc32 m_crc;
    bool m_finished = false;
    bool m_bodySent = false;
};

} // namespace daas::storage
