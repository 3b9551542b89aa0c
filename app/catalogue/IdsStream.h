#pragma once

#include "support/Error.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace daas::identity {
class Account;
}

namespace daas::catalogue {

// One datafile from IDS as a stream that starts at a given byte, for a consumer that passes it on without a
// local copy (the copy into the user's storage). GET getData?datafileIds=N (one datafile: raw, never a
// ZIP), with `Range: bytes=N-` when not from the first byte.
//
// IDS answers a Range with 206 and no Content-Range, and its Content-Length is ICAT's fileSize minus the
// offset: so the offset is checked against that (a Content-Range, where a server sends one, must name it).
// A 200 to a Range is the whole file: opened(0) says so and the consumer starts again. A body that ends
// before fileSize, with or without a transport error, is a dropped connection (retryable); one that goes
// past fileSize is refused. The consumer pulls (read()); the reply's buffer is bounded, so a slow consumer
// holds IDS back through TCP instead of filling memory.
//
// An ended session is handed to the IcatSession (which asks the user to sign in again) and the request is
// sent again once signed in; a user who gives up gets a SessionExpired failure. IDS's own refusals come with
// its words. Every request has the client's silence timeout.
class IdsStream : public QObject
{
    Q_OBJECT
public:
    // `size`: ICAT's fileSize; `name`: the datafile's name, for sentences.
    IdsStream(identity::Account *account, qint64 datafileId, qint64 size, QString name,
              QObject *parent = nullptr);
    ~IdsStream() override;

    // Asks for the bytes from `offset` on; opened() or finished(error) follows.
    void open(qint64 offset);
    void abort();

    qint64 size() const { return m_size; }
    // Where the body that is coming started (0 after a server ignored the Range).
    qint64 startedAt() const { return m_start; }
    // Bytes of the body read so far by the consumer, counted from startedAt().
    qint64 consumed() const { return m_consumed; }
    qint64 bytesAvailable() const;
    qint64 read(char *data, qint64 maxSize);
    // The reply has ended (its last bytes may still be waiting to be read).
    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    bool isRetryable() const { return m_retryable; }

Q_SIGNALS:
    // The answer's head was checked: the body from `offset` is coming.
    void opened(qint64 offset);
    void readyRead();
    // The reply ended: Error() when the whole rest of the file arrived (it may still wait to be read), else
    // why not, and whether trying again may help.
    void finished(const daas::Error &error, bool retryable);

private:
    void send();
    void onMetaData();
    void onFinished();
    void fail(const Error &error, bool retryable);
    Error refusal(QNetworkReply *reply, const QByteArray &body) const;

    identity::Account *m_account;
    qint64 m_id;
    qint64 m_size;
    QString m_name;
    QPointer<QNetworkReply> m_reply;
    qint64 m_asked = 0;    // the offset of the current request
    qint64 m_start = 0;    // where the body that is coming begins
    qint64 m_consumed = 0; // bytes of that body read by the consumer
    qint64 m_received = 0; // bytes of that body that arrived (read or waiting)
    bool m_opened = false;
    bool m_finished = false;
    bool m_retryable = false;
    bool m_sessionRetried = false;
    Error m_error;
    quint64 m_generation = 0;
};

} // namespace daas::catalogue
