#pragma once

#include "support/Error.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>

class QSslSocket;

namespace daas::remote {

// Fetches the certificate a VNC server presents in VeNCrypt X509 security, without authenticating
// (libvncclient 0.9.15 only says "not trusted" and gives no certificate), so that the user can see its
// fingerprint and decide. Walks the RFB 3.8 handshake up to the TLS start, then aborts.
class VncCertificateProbe : public QObject
{
    Q_OBJECT
public:
    explicit VncCertificateProbe(QObject *parent = nullptr);

    void start(const QString &host, quint16 port);

Q_SIGNALS:
    // chain[0] is the server's certificate; errors are why the system would not trust it.
    void finished(const QList<QSslCertificate> &chain, const QList<QSslError> &errors);
    void failed(const daas::Error &error);

private:
    void onReadyRead();
    void fail(const QString &detail);

    QSslSocket *m_socket;
    QByteArray m_in;
    int m_step = 0;
    QList<QSslError> m_errors;
    bool m_done = false;
};

// Certificates trusted for a VNC host and port as PEM files, the CA list libvncclient takes. The decision
// itself lives in support::TlsTrustStore (one for HTTPS, VNC and RDP); a file counts only while the
// trust store still trusts its certificate there.
class VncTrustStore
{
public:
    static QString pinnedCertificateFile(const QString &host, quint16 port);
    static Error pin(const QString &host, quint16 port, const QSslCertificate &certificate);
};

} // namespace daas::remote
