#pragma once

#include "identity/Account.h"
#include "storage/StorageCredentials.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace daas::storage {

// The storage credentials of the facility's one identity. With the profile's storage auth "bearer" the
// header is "Bearer <ICAT session id>": a 401 means the session ended, so renew() expires it (the front end
// is asked to sign in again, once, through IcatSession::sessionExpired) and waits for the new session. With
// "basic" it is Basic from Account::serviceLogin() (the user name and password of this run's sign-in). When
// the server refuses those (the password changed or expired, or the
// session was resumed and no password is known), renew() asks the front end once through the prompt it set —
// the GUI shows a password dialog, the CLI reads a terminal — and stores the answer in the Account with
// setServiceLogin(), so every service of the account gets it. Several 401s at once share one question
// (WebDavClient::renewCredentials); without a prompt, or when the user cancels, renew() fails with an
// Authentication error.
class AccountStorageCredentials : public QObject, public StorageCredentials
{
    Q_OBJECT
public:
    // Asked for a new password for `userName` ("" when even the user name is unknown, after a resumed
    // session); `refused` says why (for the dialog's text). Call `answer` once, later or at once: with the
    // login (an empty userName keeps `userName`), or with std::nullopt when the user cancelled. The prompt
    // is called again if the server refuses the answer too.
    using Answer = std::function<void(const std::optional<identity::ServiceLogin> &login)>;
    using Prompt = std::function<void(const QString &userName, const daas::Error &refused, Answer answer)>;

    explicit AccountStorageCredentials(identity::Account *account, QObject *parent = nullptr);
    ~AccountStorageCredentials() override;

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    bool hasPrompt() const { return bool(m_prompt); }

    QByteArray authorization() const override;
    void renew(std::function<void(const Error &)> done) override;

Q_SIGNALS:
    // renew() is waiting for the prompt's answer (for a front end that shows the question elsewhere).
    void passwordRequested(const QString &userName);

private:
    bool isBearer() const;
    void renewBearer(std::function<void(const Error &)> done);

    QPointer<identity::Account> m_account;
    Prompt m_prompt;
    quint64 m_askGeneration = 0;
};

} // namespace daas::storage
