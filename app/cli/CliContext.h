#pragma once

#include "Terminal.h"
#include "facility/FacilityProfile.h"
#include "support/Error.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <functional>

class QTextStream;

namespace daas::identity {
class Account;
class IcatSession;
} // namespace daas::identity

namespace daas::cli {

// What the tool's exit code tells a script.
enum ExitCode {
    Ok = 0,
    Usage = 1,
    Auth = 2,
    NotFound = 3,
    NetworkOrServer = 4,
    LocalFile = 5,
    JobFailed = 6
};

int exitCodeFor(const Error &error);

QTextStream &out(); // results: tables, JSON, paths
QTextStream &err(); // everything else: errors, prompts, progress

// The tool never runs a nested event loop: a command ends by calling one of these, which leaves app.exec().
void finish(int code);
void failWith(const Error &error);  // one sentence on stderr, the exit code for its kind
void usage(const QString &message); // exit code 1

// One line from stdin; on a terminal the prompt goes to stderr and a hidden line is typed without echo.
QString readLine(const QString &prompt, bool hidden);
// A table on stdout: column widths from the rows (long cells cut at 60 characters), the last column unpadded.
void printTable(const QList<QStringList> &rows, const QStringList &headers);

// One invocation: the facility, its account and the parsed command line, shared by all commands. The
// commands are free functions in one file per group (session, catalogue, transfers) that use this.
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext(facility::FacilityProfile profile, const QCommandLineParser &parser, QStringList args,
               QObject *parent = nullptr);

    identity::Account *account() const { return m_account; }
    identity::IcatSession *icat() const;
    const facility::FacilityProfile &profile() const;
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    const QStringList &args() const { return m_args; }
    bool json() const { return isSet(QStringLiteral("json")); }

    // The first argument as a catalogue id; on anything else says so (exit 1) and returns false.
    bool idArgument(qint64 &id) const;
    // A positive number given with an option; on anything else says so (exit 1) and returns false.
    bool positiveOption(const QString &option, qint64 fallback, qint64 &value) const;

    // The keychain entry where `daas login` keeps the session id between invocations (never a file).
    QString sessionKey() const;
    // The keychain entry of the storage password of `user` (written by `daas login` when the facility has
    // storage), and where the storage user name is remembered (not a secret: the settings).
    QString storageKey(const QString &user) const;
    QString rememberedStorageUser() const;
    void rememberStorageUser(const QString &user) const;
    // Resumes the session kept by `daas login`, then runs then(); fails with exit code 2 when there is
    // none or the server no longer accepts it.
    void withSession(std::function<void()> then);
    // Sets the account's service login (the facility's one identity for storage and the batch token
    // service), then runs then(). The user: --user, DAAS_STORAGE_USER, the one 'daas login' kept, or a prompt
    // on a terminal; the password: DAAS_STORAGE_PASSWORD, the keychain ('daas login'), or a prompt.
    void withServiceLogin(std::function<void()> then);

private:
    identity::Account *m_account;
    const QCommandLineParser &m_parser;
    QStringList m_args;
};

} // namespace daas::cli
