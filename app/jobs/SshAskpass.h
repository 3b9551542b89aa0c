#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace daas::jobs {

// The client's side of SSH_ASKPASS. ssh runs our small helper (daas-askpass, SshAskpassMain.cpp) whenever
// it needs a password or a key passphrase; the helper connects to this local server (its one-time name in
// the environment, DAAS_ASKPASS_SOCKET), hands over ssh's prompt with the token of the command it belongs
// to (DAAS_ASKPASS_TOKEN) and prints what comes back for ssh to read. No secret is ever on a command line
// or in an environment.
//
// Questions are asked one at a time, in order (secretNeeded); answer() replies to the oldest.
class SshAskpassServer : public QObject
{
    Q_OBJECT
public:
    explicit SshAskpassServer(QObject *parent = nullptr);
    ~SshAskpassServer() override;

    bool listen();
    QString serverName() const; // for DAAS_ASKPASS_SOCKET
    // A token for one ssh process; questions carrying another token are refused.
    QString newToken();
    // The process ended: its questions are dropped (the helper sees its connection close).
    void forgetToken(const QString &token);

    // std::nullopt: the user cancelled (ssh then gives up on this method).
    void answer(const std::optional<QString> &secret);
    bool isAsking() const { return !m_questions.isEmpty(); }

    // The protocol between the server and the helper (QDataStream, Qt 6.5): the helper sends token, prompt
    // and SSH_ASKPASS_PROMPT; the server answers with a bool (answered) and the secret.
    static constexpr int streamVersion = 0x1500; // QDataStream::Qt_6_5

Q_SIGNALS:
    void secretNeeded(const QString &prompt, bool retry);

private:
    struct Question
    {
        QPointer<QLocalSocket> socket;
        QString token;
        QString prompt;
        bool retry = false;
    };

    void accept();
    void read(QLocalSocket *socket);
    void askNext();

    QLocalServer *m_server = nullptr;
    QSet<QString> m_tokens;
    QHash<QString, QSet<QString>> m_asked; // token -> prompts already asked for it (a second time: retry)
    QList<Question> m_questions;
    bool m_showing = false; // the head question was emitted
};

} // namespace daas::jobs
