// daas login | whoami | logout: the session the other commands use, kept in the keychain between runs.

#include "CliCommands.h"
#include "CliContext.h"

#include "identity/Account.h"
#include "identity/CredentialStore.h"
#include "identity/IcatSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace daas::cli {

namespace {

// The credentials the chosen authenticator asks for (its keys from /icat/properties): the user name from
// --user, hidden keys (passwords) typed without echo or read from stdin, any other key asked for by name.
std::optional<identity::Credentials> credentialsFor(const CliContext &cli, const identity::Authenticator &a)
{
    identity::Credentials credentials;
    const bool interactive = !cli.isSet(u"password-stdin"_s);
    const bool asksSecret = std::any_of(a.keys.cbegin(), a.keys.cend(), [](const auto &k) { return k.hide; });
    if (interactive && asksSecret && !stdinIsTerminal()) {
        // reading a password from a pipe without saying so would hide a mistake in a script
        usage(CliContext::tr("Give --password-stdin to read the password from a pipe."));
        return std::nullopt;
    }
    for (const identity::AuthenticatorKey &key : a.keys) {
        QString value;
        if (key.name == u"username") {
            value = cli.value(u"user"_s);
            if (value.isEmpty()) {
                usage(CliContext::tr("login needs --user."));
                return std::nullopt;
            }
        } else if (key.hide) {
            value = readLine(CliContext::tr("Password: "), true);
        } else {
            value = readLine(CliContext::tr("%1: ").arg(key.name), false);
        }
        credentials.append({key.name, value});
    }
    return credentials;
}

// 'daas login' exists to keep the session in the keychain: when there is none, say what else works.
Error keychainMissing(const Error &e)
{
    return Error(
        e.kind(),
        e.userText() + u' ' +
            CliContext::tr("Without one 'daas login' cannot keep your session; the storage commands "
                           "still work with the password in DAAS_STORAGE_PASSWORD, or typed when they "
                           "ask on a terminal."),
        e.detail());
}

} // namespace

void login(CliContext &cli)
{
    identity::IcatSession *session = cli.icat();
    const QString mnemonic = cli.isSet(u"authenticator"_s) ? cli.value(u"authenticator"_s) : u"simple"_s;
    QObject::connect(session, &identity::IcatSession::propertiesFailed, &cli, &failWith);
    QObject::connect(session, &identity::IcatSession::signInFailed, &cli, &failWith);
    QObject::connect(session, &identity::IcatSession::signedIn, &cli, [&cli, session] {
        identity::CredentialStore::write(
            cli.sessionKey(), session->sessionId(), &cli, [&cli, session](const Error &e) {
                if (e.kind() == Error::Kind::Keychain)
                    return failWith(keychainMissing(e));
                if (e)
                    return failWith(e);
                err() << CliContext::tr("Signed in to %1 as %2.").arg(cli.profile().name, session->userName())
                      << Qt::endl;
                // the one identity: the storage commands and 'daas env' (the cloud signs in with user and
                // password) use the same user name and password, kept in the keychain (the Account holds them
                // once the sign-in succeeded)
                const identity::ServiceLogin login = cli.account()->serviceLogin();
                const bool usedElsewhere =
                    cli.profile().storageUrl.isValid() || cli.profile().cloudUrl.isValid();
                if (!usedElsewhere || !login.isValid())
                    return finish(Ok);
                identity::CredentialStore::write(cli.storageKey(login.userName), login.password, &cli,
                                                 [&cli, login](const Error &kept) {
                                                     if (kept.kind() == Error::Kind::Keychain)
                                                         return failWith(keychainMissing(kept));
                                                     if (kept)
                                                         return failWith(kept);
                                                     cli.rememberStorageUser(login.userName);
                                                     finish(Ok);
                                                 });
            });
    });
    QObject::connect(
        session, &identity::IcatSession::propertiesLoaded, &cli,
        [&cli, session, mnemonic] {
            QStringList offered;
            for (const identity::Authenticator &a : session->properties().userAuthenticators()) {
                if (a.mnemonic == mnemonic) {
                    if (const auto credentials = credentialsFor(cli, a))
                        cli.account()->signIn(mnemonic, *credentials);
                    return;
                }
                offered << a.mnemonic;
            }
            usage(CliContext::tr("The facility has no account type '%1'; it offers: %2.")
                      .arg(mnemonic, offered.join(u", "_s)));
        },
        Qt::SingleShotConnection);
    session->loadProperties();
}

void whoami(CliContext &cli)
{
    if (cli.json()) {
        out() << QJsonDocument(QJsonObject{{u"user"_s, cli.icat()->userName()},
                                           {u"facility"_s, cli.profile().id},
                                           {u"facilityName"_s, cli.profile().name},
                                           {u"icat"_s, cli.profile().icatUrl.toString()}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        out() << cli.icat()->userName() << u" @ "_s << cli.profile().name << Qt::endl;
    }
    finish(Ok);
}

void logout(CliContext &cli)
{
    // The core's one sign-out (Account::signOut, as the GUI's): the session ends at the server and, on a
    // shared workstation, every trace of the person goes from this computer; then the kept session id.
    struct Progress
    {
        bool serverDone = false;
        bool tracesDone = false;
        Error error;
        QString said;
    };
    auto progress = std::make_shared<Progress>();
    auto maybeFinish = [&cli, progress] {
        if (!progress->serverDone || !progress->tracesDone)
            return;
        identity::CredentialStore::remove(cli.sessionKey(), &cli, [progress](const Error &e) {
            if (!progress->error && e && e.kind() != Error::Kind::NotFound)
                progress->error = e;
            if (progress->error)
                return failWith(progress->error);
            err() << progress->said << Qt::endl;
            finish(Ok);
        });
    };
    auto signOut = [&cli, progress, maybeFinish](const QString &said) {
        progress->said = said;
        cli.account()->signOut(&cli, [progress, maybeFinish](const Error &e) {
            progress->error = e;
            progress->tracesDone = true;
            maybeFinish();
        });
    };
    identity::CredentialStore::read(
        cli.sessionKey(), &cli, [&cli, progress, signOut, maybeFinish](const Result<QString> &kept) {
            if (!kept) {
                if (kept.error().kind() != Error::Kind::NotFound)
                    return failWith(kept.error());
                progress->serverDone = true;
                return signOut(CliContext::tr("You were not signed in."));
            }
            identity::IcatSession *session = cli.icat();
            QObject::connect(session, &identity::IcatSession::signInFailed, &cli, [progress, signOut] {
                progress->serverDone = true;
                signOut(CliContext::tr("The session had already ended; it is forgotten here too."));
            });
            QObject::connect(session, &identity::IcatSession::signedIn, &cli,
                             [&cli, progress, signOut, maybeFinish] {
                                 // the DELETE must reach the server before the process ends
                                 QObject::connect(
                                     cli.account()->network(), &QNetworkAccessManager::finished, &cli,
                                     [progress, maybeFinish] {
                                         progress->serverDone = true;
                                         maybeFinish();
                                     },
                                     Qt::SingleShotConnection);
                                 signOut(CliContext::tr("Signed out."));
                             });
            session->resume(kept.value());
        });
}

} // namespace daas::cli
