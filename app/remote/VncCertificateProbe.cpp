#include "remote/VncCertificateProbe.h"

#include "support/Logging.h"
#include "support/TlsTrustStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSslSocket>
#include <QStandardPaths>
#include <QtEndian>

namespace daas::remote {

namespace {
constexpr quint8 kVeNCrypt = 19;
constexpr quint32 kX509None = 260, kX509Vnc = 261, kX509Plain = 262;

QString pemPath(const QString &host, quint16 port)
{
    // a file name from a host name: letters, digits, dots and dashes stay, anything else (IPv6 colons) is
    // replaced
    QString name = host.toLower();
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-'))
            c = u'_';
    }
    if (name.startsWith(u'.'))
        name.prepend(u'_');
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/vnc-certificates/" + name +
           u'_' + QString::number(port) + u".pem";
}
} // namespace

VncCertificateProbe::VncCertificateProbe(QObject *parent)
    : QObject(parent)
    , m_socket(new QSslSocket(this))
{
    connect(m_socket, &QSslSocket::readyRead, this, &VncCertificateProbe::onReadyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_errors = errors;
        // only this probe connection goes on, and it is closed before anything is sent over it
        m_socket->ignoreSslErrors();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_done = true;
        const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
        m_socket->abort();
        Q_EMIT finished(chain, m_errors);
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (!m_done)
            fail(m_socket->errorString());
    });
}

void VncCertificateProbe::start(const QString &host, quint16 port)
{
    m_socket->setPeerVerifyName(host);
    m_socket->connectToHost(host, port);
}

void VncCertificateProbe::fail(const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    m_socket->abort();
    Q_EMIT failed(Error(Error::Kind::Tls, tr("Could not read the remote desktop's certificate."), detail));
}

void VncCertificateProbe::onReadyRead()
{
    if (m_socket->isEncrypted() || m_step == 6)
        return;
    m_in += m_socket->readAll();
    auto take = [this](int n, QByteArray *out) {
        if (m_in.size() < n)
            return false;
        *out = m_in.left(n);
        m_in.remove(0, n);
        return true;
    };
    QByteArray b;
    for (;;) {
        switch (m_step) {
        case 0: // ProtocolVersion
            if (!take(12, &b))
                return;
            if (!b.startsWith("RFB 003."))
                return fail(QStringLiteral("not an RFB server"));
            m_socket->write("RFB 003.008\n");
            m_step = 1;
            break;
        case 1: { // security types
            if (m_in.isEmpty())
                return;
            const int n = quint8(m_in.at(0));
            if (n == 0)
                return fail(QStringLiteral("server refused the connection"));
            if (!take(1 + n, &b))
                return;
            if (!b.mid(1).contains(char(kVeNCrypt)))
                return fail(QStringLiteral("server offers no VeNCrypt"));
            m_socket->write(QByteArray(1, char(kVeNCrypt)));
            m_step = 2;
            break;
        }
        case 2: // VeNCrypt version
            if (!take(2, &b))
                return;
            m_socket->write(QByteArray("\x00\x02", 2));
            m_step = 3;
            break;
        case 3: // version ack
            if (!take(1, &b))
                return;
            if (b.at(0) != 0)
                return fail(QStringLiteral("VeNCrypt version refused"));
            m_step = 4;
            break;
        case 4: { // sub-types
            if (m_in.isEmpty())
                return;
            const int n = quint8(m_in.at(0));
            if (!take(1 + 4 * n, &b))
                return;
            quint32 chosen = 0;
            for (int i = 0; i < n; ++i) {
                const quint32 t = qFromBigEndian<quint32>(b.constData() + 1 + 4 * i);
                if (t == kX509Vnc || t == kX509None || t == kX509Plain) {
                    chosen = t;
                    break;
                }
            }
            if (!chosen)
                return fail(QStringLiteral("server offers no X509 VeNCrypt type"));
            QByteArray out(4, 0);
            qToBigEndian(chosen, out.data());
            m_socket->write(out);
            m_step = 5;
            break;
        }
        case 5: // sub-type ack, then TLS
            if (!take(1, &b))
                return;
            if (b.at(0) != 1)
                return fail(QStringLiteral("VeNCrypt sub-type refused"));
            m_step = 6;
            m_socket->startClientEncryption();
            return;
        default:
            return;
        }
    }
}

QString VncTrustStore::pinnedCertificateFile(const QString &host, quint16 port)
{
    // the file is only the form libvncclient takes; the decision is the trust store's, which HTTPS and RDP
    // share, so a certificate the user no longer trusts is not used even if its file is still there
    const QString path = pemPath(host, port);
    const QList<QSslCertificate> pinned = QSslCertificate::fromPath(path);
    if (pinned.size() != 1 ||
        !support::TlsTrustStore::isTrusted(host, port, pinned.first().digest(QCryptographicHash::Sha256)))
        return {};
    return path;
}

Error VncTrustStore::pin(const QString &host, quint16 port, const QSslCertificate &certificate)
{
    const QString path = pemPath(host, port);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(certificate.toPem()) < 0 || !file.commit()) {
        return Error(
            Error::Kind::Storage,
            QCoreApplication::translate("daas::remote::VncTrustStore",
                                        "Could not remember the certificate. Check free disk space."),
            file.errorString());
    }
    qCInfo(lcTls) << "pinned VNC certificate for" << host << port
                  << support::TlsTrustStore::formatFingerprint(
                         certificate.digest(QCryptographicHash::Sha256));
    return {};
}

} // namespace daas::remote
