#include "CliContext.h"

#include "identity/Account.h"
#include "identity/CredentialStore.h"
#include "identity/IcatSession.h"
#include "support/Redaction.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <iostream>
#include <optional>
#include <string>

using namespace Qt::StringLiterals;

namespace daas::cli {

int exitCodeFor(const Error &e)
{
    switch (e.kind()) {
    case Error::Kind::None:
        return Ok;
    case Error::Kind::Authentication:
    case Error::Kind::SessionExpired:
    case Error::Kind::Keychain:
        return Auth;
    case Error::Kind::NotFound:
    case Error::Kind::Permission:
        return NotFound;
    case Error::Kind::Storage:
    case Error::Kind::UnsafePath:
        return LocalFile;
    case Error::Kind::InvalidInput:
        return Usage;
    default:
        return NetworkOrServer;
    }
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString readLine(const QString &prompt, bool hidden)
{
    const bool tty = stdinIsTerminal();
    if (tty)
        err() << prompt << Qt::flush;
    std::string line;
    {
        std::optional<EchoSuppressor> noEcho;
        if (tty && hidden)
            noEcho.emplace();
        std::getline(std::cin, line);
    }
    if (tty && hidden) // the Enter the user typed was not echoed either
        err() << Qt::endl;
    return QString::fromStdString(line);
}

void finish(int code)
{
    out().flush();
    err().flush();
    QCoreApplication::exit(code);
}

void failWith(const Error &e)
{
    err() << "daas: " << support::redacted(e.userText()) << Qt::endl;
    if (qEnvironmentVariableIsSet("DAAS_DEBUG") && !e.detail().isEmpty())
        err() << "daas: detail: " << support::redacted(e.detail()) << Qt::endl;
    finish(exitCodeFor(e));
}

void printTable(const QList<QStringList> &rows, const QStringList &headers)
{
    constexpr qsizetype widest = 60;
    QList<qsizetype> widths(headers.size(), 0);
    for (qsizetype c = 0; c < headers.size(); ++c)
        widths[c] = headers.at(c).size();
    for (const QStringList &r : rows)
        for (qsizetype c = 0; c < r.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], std::min(r.at(c).size(), widest));
    auto line = [&](const QStringList &r) {
        QString s;
        for (qsizetype c = 0; c < r.size(); ++c) {
            QString cell = r.at(c);
            if (cell.size() > widest)
                cell = cell.left(widest - 1) + u'…';
            s += c + 1 < r.size() ? cell.leftJustified(widths.at(c) + 2) : cell;
        }
        out() << s << Qt::endl;
    };
    line(headers);
    for (const QStringList &r : rows)
        line(r);
}

void usage(const QString &message)
{
    err() << "daas: " << message << Qt::endl << CliContext::tr("Try 'daas --help'.") << Qt::endl;
    finish(Usage);
}

CliContext::CliContext(facility::FacilityProfile profile, const QCommandLineParser &parser, QStringList args,
                       QObject *parent)
    : QObject(parent)
    , m_account(new identity::Account(std::move(profile), this))
    , m_parser(parser)
    , m_args(std::move(args))
{}

identity::IcatSession *CliContext::icat() const
{
    return m_account->icat();
}

const facility::FacilityProfile &CliContext::profile() const
{
    return m_account->profile();
}

bool CliContext::idArgument(qint64 &id) const
{
    bool ok = false;
    id = m_args.value(0).toLongLong(&ok);
    if (!ok || id <= 0 || m_args.size() > 1) {
        usage(tr("Give one numeric id as the argument."));
        return false;
    }
    return true;
}

bool CliContext::positiveOption(const QString &option, qint64 fallback, qint64 &value) const
{
    if (!isSet(option)) {
        value = fallback;
        return true;
    }
    bool ok = false;
    value = this->value(option).toLongLong(&ok);
    if (!ok || value <= 0) {
        usage(tr("--%1 needs a positive number.").arg(option));
        return false;
    }
    return true;
}

QString CliContext::sessionKey() const
{
    return identity::CredentialStore::key(profile().id, u"cli-session"_s, profile().icatUrl.toString());
}

QString CliContext::storageKey(const QString &user) const
{
    return identity::CredentialStore::key(profile().id, u"storage"_s, user);
}

QString CliContext::rememberedStorageUser() const
{
    return QSettings().value(u"storage/user/"_s + profile().id).toString();
}

void CliContext::rememberStorageUser(const QString &user) const
{
    QSettings().setValue(u"storage/user/"_s + profile().id, user);
}

void CliContext::withSession(std::function<void()> then)
{
    identity::CredentialStore::read(
        sessionKey(), this, [this, then = std::move(then)](const Result<QString> &r) {
            if (!r) {
                failWith(r.error().kind() == Error::Kind::NotFound
                             ? Error(Error::Kind::SessionExpired,
                                     tr("You are not signed in. Run 'daas login' first."))
                             : r.error());
                return;
            }
            identity::IcatSession *session = icat();
            connect(session, &identity::IcatSession::signInFailed, this, [](const Error &e) {
                failWith(e.kind() == Error::Kind::SessionExpired
                             ? Error(Error::Kind::SessionExpired,
                                     tr("Your session has ended. Run 'daas login' again."), e.detail())
                             : e);
            });
            // A session that ends mid-command cannot be renewed without a password: the parked request then
            // fails with SessionExpired, which the command reports and stops on.
            connect(session, &identity::IcatSession::sessionExpired, this,
                    [session] { session->abandonParkedRequests(); });
            connect(session, &identity::IcatSession::signedIn, this, then, Qt::SingleShotConnection);
            session->loadProperties();
            session->resume(r.value());
        });
}

void CliContext::withServiceLogin(std::function<void()> then)
{
    QString user = value(u"user"_s);
    if (user.isEmpty())
        user = qEnvironmentVariable("DAAS_STORAGE_USER");
    if (user.isEmpty())
        user = rememberedStorageUser();
    if (user.isEmpty() && stdinIsTerminal())
        user = readLine(tr("Storage user name: "), false).trimmed();
    if (user.isEmpty())
        return failWith(Error(Error::Kind::Authentication,
                              tr("Give the storage user name with --user or DAAS_STORAGE_USER, or "
                                 "run 'daas login' first.")));

    auto start = [this, user, then](const QString &password) {
        account()->setServiceLogin({user, password});
        then();
    };
    if (qEnvironmentVariableIsSet("DAAS_STORAGE_PASSWORD"))
        return start(qEnvironmentVariable("DAAS_STORAGE_PASSWORD"));
    identity::CredentialStore::read(storageKey(user), this, [user, start](const Result<QString> &kept) {
        if (kept && !kept.value().isEmpty())
            return start(kept.value());
        if (stdinIsTerminal()) {
            const QString typed = readLine(tr("Storage password for %1: ").arg(user), true);
            if (!typed.isEmpty())
                return start(typed);
        }
        failWith(Error(Error::Kind::Authentication,
                       tr("There is no storage password for %1: set DAAS_STORAGE_PASSWORD, run "
                          "'daas login', or run on a terminal.")
                           .arg(user),
                       kept ? QString() : kept.error().detail()));
    });
}

} // namespace daas::cli
