#pragma once

#include "support/Error.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;

namespace daas::storage {

class WebDavClient;

// Part of a file on the store.
struct DavRange
{
    QByteArray data;
    qint64 offset = 0;    // where `data` starts in the file
    qint64 fileSize = -1; // the file's size when the server said it (Content-Range), else -1
};

// One GET with a Range header (WebDavClient::readRange): the end of a growing log, or one page of a large
// file, without the rest of it. Holds at most `length` bytes whatever the server does: one that ignores the
// Range and answers 200 with the whole file is read up to `length` and cut off (and refused when the part
// asked for lies beyond that). A range that starts at or after the end of the file is not an error (416): no
// data, and the file's size if the server said it ("Content-Range: bytes */SIZE", which RFC 9110 asks for and
// Apache 2.4 does not send). A 401 renews the credentials once.
// Deletes itself after finished().
class DavRangeRead : public QObject
{
    Q_OBJECT
public:
    const Result<DavRange> &result() const { return m_result; }
    void abort(); // finished() with Error::cancelled()

Q_SIGNALS:
    void finished();

private:
    friend class WebDavClient;
    DavRangeRead(WebDavClient *client, QString path, qint64 first, qint64 length);
    void send();
    void onReadyRead();
    void onFinished();
    void finish(Result<DavRange> result);
    // Takes the reply's body into m_data, at most m_length bytes; true when the part asked for is complete.
    bool take();

    WebDavClient *m_client;
    QString m_path;
    qint64 m_first;
    qint64 m_length;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_data;
    qint64 m_offset = -1; // where the answer starts in the file, once the status is known
    qint64 m_fileSize = -1;
    Error m_refusal; // the answer cannot give the part asked for
    Result<DavRange> m_result{Error::cancelled()};
    bool m_renewed = false;
    bool m_enough = false; // cut off on purpose: the abort is not an error
    bool m_done = false;
};

} // namespace daas::storage
