#include "storage/StreamedPut.h"

#include "storage/HttpResponseParser.h"
#include "support/Logging.h"
#include "support/Settings.h"
#include "support/TlsTrustStore.h"
#include "support/Worker.h"

#include <QFile>
#include <QNetworkProxyFactory>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <memory>

namespace daas::storage {

namespace {

constexpr qint64 pieceSize = 256 * 1024;      // read from the file and written to the socket at a time
constexpr qint64 socketBacklog = 1024 * 1024; // refill the socket's buffer when less than this waits in it

} // namespace

// Lives on the StreamedPut's thread: the socket, the file, the parser. Talks to the StreamedPut only
// through queued signals.
class StreamedPutWorker : public QObject
{
    Q_OBJECT
public:
    StreamedPutWorker(QNetworkRequest request, QString path, qint64 offset, qint64 length, support::Crc32 crc)
        : m_request(std::move(request))
        , m_url(m_request.url())
        , m_file(std::move(path), this) // children move to the worker's thread with it
        , m_offset(offset)
        , m_length(length)
        , m_crc(crc)
        , m_stall(this)
    {}
    ~StreamedPutWorker() override { support::handOverAcquire(this); }

    void start();
    void abort() { finish(QNetworkReply::OperationCanceledError, QStringLiteral("cancelled")); }

    // What done() announces, read on the StreamedPut's thread after it and never written again (a queued
    // signal's arguments would be copied where ThreadSanitizer cannot see the hand-over: HandOver.h).
    struct Outcome
    {
        StreamedPut::Result result;
        support::Crc32 crc;
    };
    const Outcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progressed(qint64 sent, qint64 total);
    void done();

private:
    QByteArray head() const;
    void sendBody();
    void readAnswer();
    void finish(QNetworkReply::NetworkError error, const QString &why);
    void onSocketError(QAbstractSocket::SocketError error);
    void restartStallTimer();

    QNetworkRequest m_request;
    QUrl m_url;
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
    support::Crc32 m_crc;
    qint64 m_sent = 0;
    QByteArray m_piece;
    std::unique_ptr<QTcpSocket> m_socket;
    QTimer m_stall;
    HttpResponseParser m_parser;
    bool m_finished = false;
    Outcome m_outcome;
};

void StreamedPutWorker::start()
{
    m_stall.setSingleShot(true);
    const int timeout = m_request.transferTimeout() > 0
                            ? m_request.transferTimeout()
                            : support::Settings::value(support::keys::requestTimeoutSeconds) * 1000;
    m_stall.setInterval(timeout);
    connect(&m_stall, &QTimer::timeout, this, [this]() {
        finish(QNetworkReply::TimeoutError, QStringLiteral("no progress for %1 ms").arg(m_stall.interval()));
    });
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !m_file.seek(m_offset))
        return finish(QNetworkReply::ContentAccessDenied,
                      QStringLiteral("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
    const bool tls = m_url.scheme() == QLatin1String("https");
    const int port = m_url.port(tls ? 443 : 80);
    if (tls) {
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(m_request.sslConfiguration());
        ssl->setPeerVerifyName(m_url.host());
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl, port](const QList<QSslError> &errors) {
            // the user's decision for this exact certificate on this host and port, as for every QNAM reply
            if (support::TlsTrustStore::mayIgnore(m_url.host(), port, ssl->peerCertificate(), errors))
                ssl->ignoreSslErrors(errors);
        });
        connect(ssl, &QSslSocket::encrypted, this, [this]() {
            m_socket->write(head());
            sendBody();
        });
        m_socket.reset(ssl);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, [this]() {
            m_socket->write(head());
            sendBody();
        });
    }
    m_socket->setProxy(QNetworkProxy::NoProxy); // canSend() made sure none applies
    connect(m_socket.get(), &QTcpSocket::bytesWritten, this, [this]() {
        restartStallTimer();
        sendBody();
    });
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &StreamedPutWorker::readAnswer);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &StreamedPutWorker::onSocketError);
    restartStallTimer();
    if (tls)
        static_cast<QSslSocket *>(m_socket.get())->connectToHostEncrypted(m_url.host(), quint16(port));
    else
        m_socket->connectToHost(m_url.host(), quint16(port));
}

QByteArray StreamedPutWorker::head() const
{
    const bool tls = m_url.scheme() == QLatin1String("https");
    QByteArray host = QUrl::toAce(m_url.host());
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    if (m_url.port() > 0 && m_url.port() != (tls ? 443 : 80))
        host += ':' + QByteArray::number(m_url.port());
    QByteArray target = m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray h = "PUT " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const QByteArray &name : m_request.rawHeaderList()) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "connection" || lower == "content-length")
            continue;
        h += name + ": " + m_request.rawHeader(name) + "\r\n";
    }
    // one request a connection: the answer's end is never in doubt
    h += "Content-Length: " + QByteArray::number(m_length) + "\r\nConnection: close\r\n\r\n";
    return h;
}

void StreamedPutWorker::sendBody()
{
    if (m_finished || m_parser.state() != HttpResponseParser::State::Head)
        return; // answered early (401, 413, ...): the rest of the body is not wanted
    const auto waiting = [this]() {
        qint64 n = m_socket->bytesToWrite();
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.get()))
            n += ssl->encryptedBytesToWrite();
        return n;
    };
    const qint64 before = m_sent;
    while (m_sent < m_length && waiting() < socketBacklog) {
        m_piece.resize(qsizetype(qMin(pieceSize, m_length - m_sent)));
        const qint64 n = m_file.read(m_piece.data(), m_piece.size());
        if (n <= 0)
            return finish(QNetworkReply::ContentAccessDenied,
                          QStringLiteral("%1 ended or could not be read at byte %2: %3")
                              .arg(m_file.fileName())
                              .arg(m_offset + m_sent)
                              .arg(m_file.errorString()));
        const QByteArrayView piece(m_piece.constData(), n);
        m_crc.update(piece);
        m_socket->write(piece.data(), n);
        m_sent += n;
    }
    if (m_sent != before)
        Q_EMIT progressed(m_sent, m_length);
}

void StreamedPutWorker::readAnswer()
{
    restartStallTimer();
    const QByteArray data = m_socket->readAll();
    if (m_parser.feed(data) == HttpResponseParser::State::Failed)
        return finish(QNetworkReply::ProtocolFailure,
                      QStringLiteral("unreadable answer: %1").arg(QString::fromLatin1(m_parser.failure())));
    if (m_parser.state() == HttpResponseParser::State::Complete)
        finish(QNetworkReply::NoError, {});
}

void StreamedPutWorker::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        // the answer may end with the connection ("Connection: close"); or the server dropped us
        readAnswer();
        if (m_finished)
            return;
        if (m_parser.endOfStream() == HttpResponseParser::State::Complete)
            return finish(QNetworkReply::NoError, {});
        return finish(QNetworkReply::RemoteHostClosedError,
                      QStringLiteral("closed after %1 of %2 bytes: %3")
                          .arg(m_sent)
                          .arg(m_length)
                          .arg(QString::fromLatin1(m_parser.failure())));
    }
    QNetworkReply::NetworkError code = QNetworkReply::UnknownNetworkError;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        code = QNetworkReply::ConnectionRefusedError;
        break;
    case QAbstractSocket::HostNotFoundError:
        code = QNetworkReply::HostNotFoundError;
        break;
    case QAbstractSocket::SocketTimeoutError:
        code = QNetworkReply::TimeoutError;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        code = QNetworkReply::SslHandshakeFailedError;
        break;
    default:
        break;
    }
    finish(code, m_socket->errorString());
}

void StreamedPutWorker::restartStallTimer()
{
    if (!m_finished)
        m_stall.start();
}

void StreamedPutWorker::finish(QNetworkReply::NetworkError error, const QString &why)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stall.stop();
    StreamedPut::Result r;
    r.error = error;
    r.errorString = why;
    if (error == QNetworkReply::NoError || m_parser.state() == HttpResponseParser::State::Complete) {
        r.error = QNetworkReply::NoError;
        r.status = m_parser.status();
        r.headers = m_parser.headers();
        r.body = m_parser.body();
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_file.close();
    m_outcome = Outcome{r, m_crc};
    support::handOverRelease(&m_outcome);
    Q_EMIT done();
}

QByteArray StreamedPut::Result::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

StreamedPut::StreamedPut(const QNetworkRequest &request, const QString &path, qint64 offset, qint64 length,
                         support::Crc32 crc, QObject *parent)
    : QObject(parent)
    , m_url(request.url())
    , m_thread(new QThread) // no parent: it may outlive this object (stopThread())
    , m_worker(new StreamedPutWorker(request, path, offset, length, crc))
    , m_crc(crc)
{
    m_thread->setObjectName(QStringLiteral("daas-put"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StreamedPutWorker::progressed, this, [this](qint64 sent, qint64 total) {
        m_bodySent = sent == total;
        Q_EMIT uploadProgress(sent, total);
    });
    // the worker lives until stopThread(), which only runs once this is finished
    connect(m_worker, &StreamedPutWorker::done, this, [this, worker = m_worker.data()] {
        if (m_finished)
            return;
        support::handOverAcquire(&worker->outcome());
        m_result = worker->outcome().result;
        m_crc = worker->outcome().crc;
        // the closures of its connections are let go of here, not with the worker on its thread
        worker->disconnect(this);
        support::handOverRelease(worker); // deleted on its thread after this (~StreamedPutWorker)
        m_finished = true;
        stopThread();
        Q_EMIT finished();
    });
}

StreamedPut::~StreamedPut()
{
    if (m_worker && m_thread && m_thread->isRunning()) {
        m_worker->disconnect(this);
        callOnWorker(&StreamedPutWorker::abort);
    }
    stopThread();
}

bool StreamedPut::canSend(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return false;
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy;
}

void StreamedPut::start()
{
    if (!m_thread)
        return; // aborted before it started
    m_thread->start();
    callOnWorker(&StreamedPutWorker::start);
}

void StreamedPut::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = {};
    m_result.error = QNetworkReply::OperationCanceledError;
    m_result.errorString = QStringLiteral("cancelled");
    if (m_worker) {
        m_worker->disconnect(this);
        callOnWorker(&StreamedPutWorker::abort);
    }
    stopThread();
    Q_EMIT finished();
}

void StreamedPut::callOnWorker(void (StreamedPutWorker::*call)())
{
    QMetaObject::invokeMethod(m_worker,
                              support::HandedOver([worker = m_worker.data(), call] { (worker->*call)(); }),
                              Qt::QueuedConnection);
}

// Never waits: the thread runs the abort queued before the quit (which closes the socket and the file),
// then its worker and the thread itself are deleted (support::retireThread).
void StreamedPut::stopThread()
{
    QThread *thread = std::exchange(m_thread, nullptr);
    if (!thread)
        return;
    if (!thread->isRunning() && !thread->isFinished()) {
        delete m_worker; // never started: its thread never ran, so nothing else will delete it
        delete thread;
        return;
    }
    support::retireThread(thread);
}

} // namespace daas::storage

#include "StreamedPut.moc"
