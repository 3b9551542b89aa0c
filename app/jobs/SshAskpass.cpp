#include "jobs/SshAskpass.h"

#include "support/Logging.h"

#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace daas::jobs {

namespace {

QString randomHex()
{
    const quint64 a = QRandomGenerator::system()->generate64();
    const quint64 b = QRandomGenerator::system()->generate64();
    return QString::number(a, 16).rightJustified(16, u'0') + QString::number(b, 16).rightJustified(16, u'0');
}

} // namespace

SshAskpassServer::SshAskpassServer(QObject *parent)
    : QObject(parent)
{}

SshAskpassServer::~SshAskpassServer() = default;

bool SshAskpassServer::listen()
{
    if (m_server && m_server->isListening())
        return true;
    m_server = new QLocalServer(this);
    // only this user may connect (the socket's mode on Unix, the pipe's ACL on Windows)
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(u"daas-askpass-"_s + randomHex().left(16))) {
        qCWarning(lcJobs) << "askpass: cannot listen:" << m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SshAskpassServer::accept);
    return true;
}

QString SshAskpassServer::serverName() const
{
    return m_server ? m_server->fullServerName() : QString();
}

QString SshAskpassServer::newToken()
{
    const QString token = randomHex();
    m_tokens.insert(token);
    return token;
}

void SshAskpassServer::forgetToken(const QString &token)
{
    m_tokens.remove(token);
    m_asked.remove(token);
    for (qsizetype i = m_questions.size() - 1; i >= 0; --i) {
        if (m_questions.at(i).token != token)
            continue;
        const Question q = m_questions.takeAt(i);
        if (q.socket)
            q.socket->disconnectFromServer();
        if (i == 0)
            m_showing = false;
    }
    askNext();
}

void SshAskpassServer::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
    }
}

void SshAskpassServer::read(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(streamVersion);
    in.startTransaction();
    QString token, prompt, kind;
    in >> token >> prompt >> kind;
    if (!in.commitTransaction())
        return; // not all of it yet
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    if (!m_tokens.contains(token)) {
        qCWarning(lcJobs) << "askpass: a question without a valid token was refused";
        socket->disconnectFromServer();
        return;
    }
    Question q;
    q.socket = socket;
    q.token = token;
    q.prompt = prompt.trimmed();
    QSet<QString> &asked = m_asked[token];
    q.retry = asked.contains(q.prompt);
    asked.insert(q.prompt);
    m_questions.append(q);
    askNext();
}

void SshAskpassServer::askNext()
{
    while (!m_questions.isEmpty() && !m_questions.first().socket)
        m_questions.removeFirst();
    if (m_questions.isEmpty() || m_showing)
        return;
    m_showing = true;
    const Question &q = m_questions.first();
    Q_EMIT secretNeeded(q.prompt, q.retry);
}

void SshAskpassServer::answer(const std::optional<QString> &secret)
{
    if (m_questions.isEmpty())
        return;
    const Question q = m_questions.takeFirst();
    m_showing = false;
    if (q.socket) {
        QByteArray reply;
        QDataStream out(&reply, QIODevice::WriteOnly);
        out.setVersion(streamVersion);
        out << secret.has_value() << secret.value_or(QString());
        q.socket->write(reply);
        q.socket->flush();
        q.socket->disconnectFromServer();
    }
    askNext();
}

} // namespace daas::jobs
