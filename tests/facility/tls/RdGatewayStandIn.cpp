#include "RdGatewayStandIn.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace daas::testing {

namespace {

constexpr char kNtlmSignature[] = "NTLMSSP"; // and its NUL: 8 bytes

quint32 le32(const QByteArray &b, qsizetype at)
{
    return at + 4 <= b.size() ? qFromLittleEndian<quint32>(b.constData() + at) : 0;
}

// A field of an NTLM message: length (2), maximum length (2), offset from the message's start (4).
QByteArray ntlmField(const QByteArray &message, qsizetype at)
{
    if (at + 8 > message.size())
        return {};
    const quint16 length = qFromLittleEndian<quint16>(message.constData() + at);
    const quint32 offset = le32(message, at + 4);
    if (qsizetype(offset) + length > message.size())
        return {};
    return message.mid(offset, length);
}

QString utf16(const QByteArray &bytes)
{
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2);
}

QByteArray utf16Bytes(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

QByteArray le(quint32 value, int size)
{
    QByteArray b(size, '\0');
    for (int i = 0; i < size; ++i)
        b[i] = char((value >> (8 * i)) & 0xff);
    return b;
}

// NTLM CHALLENGE (MS-NLMP 2.2.1.2) for the flags the client asked for: the target "GATEWAY" and its
// AV pairs (NetBIOS domain and computer name, end of list).
QByteArray ntlmChallenge(quint32 clientFlags, const QByteArray &serverChallenge)
{
    const QByteArray target = utf16Bytes(u"GATEWAY"_s);
    QByteArray info;
    for (const quint16 id : {quint16(2), quint16(1)})
        info += le(id, 2) + le(quint32(target.size()), 2) + target;
    info += le(0, 4); // MsvAvEOL
    // NEGOTIATE_UNICODE | REQUEST_TARGET | NTLM | ALWAYS_SIGN | TARGET_TYPE_DOMAIN | TARGET_INFO, and of the
    // client's wishes those a server may grant
    const quint32 flags = 0x00000001 | 0x00000004 | 0x00000200 | 0x00008000 | 0x00010000 | 0x00800000 |
                          (clientFlags & (0x00000010 | 0x00000020 | 0x00080000 | 0x02000000 | 0x20000000 |
                                          0x40000000 | 0x80000000));
    const quint32 payload = 56;
    QByteArray m(kNtlmSignature, 8);
    m += le(2, 4);
    m += le(quint32(target.size()), 2) + le(quint32(target.size()), 2) + le(payload, 4);
    m += le(flags, 4);
    m += serverChallenge;
    m += QByteArray(8, '\0');
    m += le(quint32(info.size()), 2) + le(quint32(info.size()), 2) + le(payload + quint32(target.size()), 4);
    m += QByteArray::fromHex("0a0063450000000f"); // version 10.0.17763, NTLM revision 15
    return m + target + info;
}

QByteArray derLength(qsizetype n)
{
    if (n < 0x80)
        return QByteArray(1, char(n));
    if (n < 0x100)
        return QByteArray("\x81") + char(n);
    return QByteArray("\x82") + char(n >> 8) + char(n & 0xff);
}

QByteArray der(quint8 tag, const QByteArray &content)
{
    return char(tag) + derLength(content.size()) + content;
}

// SPNEGO NegTokenResp (RFC 4178 4.2.2): accept-incomplete, the NTLM mechanism, its token.
QByteArray spnegoResponse(const QByteArray &ntlm)
{
    const QByteArray state = der(0xa0, der(0x0a, QByteArray(1, '\x01')));
    const QByteArray mech = der(0xa1, der(0x06, QByteArray::fromHex("2b06010401823702020a")));
    const QByteArray token = der(0xa2, der(0x04, ntlm));
    return der(0xa1, der(0x30, state + mech + token));
}

} // namespace

RdGatewayStandIn::RdGatewayStandIn()
{
    // QSslServer hands over a connection once its handshake is complete; one the client broke off (a
    // refused certificate) ends in errorOccurred instead
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = static_cast<QSslSocket *>(m_server.nextPendingConnection())) {
            ++m_handshakes;
            serve(socket);
        }
    });
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_connections; });
    connect(&m_server, &QSslServer::errorOccurred, this, [this] { Q_EMIT connectionDropped(); });
}

bool RdGatewayStandIn::start(quint16 port, bool freshIdentity)
{
    stop();
    if (freshIdentity || m_identity.isNull()) {
        m_identity = makeTestIdentity(m_dir.path(), u"gateway%1"_s.arg(++m_identities));
        if (m_identity.isNull()) {
            m_error = u"openssl could not make the gateway's certificate"_s;
            return false;
        }
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(m_identity.certificate);
    conf.setPrivateKey(m_identity.key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(conf);
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        m_error = m_server.errorString();
        return false;
    }
    m_port = m_server.serverPort();
    m_connections = m_handshakes = 0;
    m_requests.clear();
    return true;
}

void RdGatewayStandIn::stop()
{
    m_server.close();
}

QList<RdGatewayStandIn::Request> RdGatewayStandIn::signIns() const
{
    QList<Request> found;
    for (const Request &r : m_requests) {
        if (r.ntlmMessage == 3)
            found.append(r);
    }
    return found;
}

bool RdGatewayStandIn::passwordMatches(const Request &signIn, const QString &password)
{
    if (signIn.ntResponse.size() <= 16 || signIn.serverChallenge.size() != 8)
        return false;
    // NTOWFv2 = HMAC-MD5(MD4(password), UPPER(user) + domain); the proof = HMAC-MD5(NTOWFv2, server
    // challenge + the rest of the response)
    const QByteArray ntHash = QCryptographicHash::hash(utf16Bytes(password), QCryptographicHash::Md4);
    const QByteArray ntowf = QMessageAuthenticationCode::hash(
        utf16Bytes(signIn.userName.toUpper() + signIn.domain), ntHash, QCryptographicHash::Md5);
    const QByteArray signedPart = signIn.serverChallenge + signIn.ntResponse.mid(16);
    const QByteArray proof = QMessageAuthenticationCode::hash(signedPart, ntowf, QCryptographicHash::Md5);
    return proof == signIn.ntResponse.left(16);
}

void RdGatewayStandIn::serve(QSslSocket *socket)
{
    struct Conversation
    {
        QByteArray buffer;
        QByteArray challenge;
        bool refused = false;
    };
    auto conversation = std::make_shared<Conversation>();
    connect(socket, &QSslSocket::readyRead, this, [this, socket, conversation] {
        Conversation &c = *conversation;
        c.buffer += socket->readAll();
        qsizetype end = -1;
        while (!c.refused && (end = c.buffer.indexOf("\r\n\r\n")) >= 0) {
            Request request;
            const QList<QByteArray> lines = c.buffer.left(end).split('\n');
            c.buffer.remove(0, end + 4);
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            // the NTLM message, bare or inside an SPNEGO token (its offsets count from its own start);
            // the answer is wrapped as the question was
            const QByteArray authorization = request.headers.value("authorization");
            QByteArray ntlm;
            bool wrapped = false;
            if (authorization.startsWith("Negotiate ") || authorization.startsWith("NTLM ")) {
                const QByteArray token =
                    QByteArray::fromBase64(authorization.mid(authorization.indexOf(' ') + 1));
                const qsizetype at = token.indexOf(QByteArray(kNtlmSignature, 8));
                if (at >= 0) {
                    ntlm = token.mid(at);
                    wrapped = at > 0;
                }
            }
            request.ntlmMessage = int(le32(ntlm, 8));
            if (request.ntlmMessage == 1 && c.challenge.isEmpty()) {
                m_requests.append(request);
                c.challenge = QByteArray(8, '\0');
                for (char &b : c.challenge)
                    b = char(QRandomGenerator::global()->bounded(256));
                const QByteArray challenge = ntlmChallenge(le32(ntlm, 12), c.challenge);
                const QByteArray answer = (wrapped ? spnegoResponse(challenge) : challenge).toBase64();
                socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Negotiate " + answer +
                              "\r\nContent-Length: 0\r\n\r\n");
                continue;
            }
            if (request.ntlmMessage == 3) {
                request.ntResponse = ntlmField(ntlm, 20);
                request.domain = utf16(ntlmField(ntlm, 28));
                request.userName = utf16(ntlmField(ntlm, 36));
                request.serverChallenge = c.challenge;
            }
            m_requests.append(request);
            // the gateway does not let this sign-in through: refused, as a gateway refuses a password
            c.refused = true;
            socket->write("HTTP/1.1 401 Unauthorized\r\n"
                          "WWW-Authenticate: Negotiate\r\n"
                          "WWW-Authenticate: NTLM\r\n"
                          "Content-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            socket->disconnectFromHost();
            Q_EMIT requestReceived();
        }
    });
    connect(socket, &QSslSocket::disconnected, this, [this, socket, conversation] {
        if (!conversation->refused)
            Q_EMIT connectionDropped();
        socket->deleteLater();
    });
}

} // namespace daas::testing
