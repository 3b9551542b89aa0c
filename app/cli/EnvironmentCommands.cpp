// daas env templates | list | launch NAME --template ID | delete ID | wait ID [--timeout S] |
// console ID [--protocol vnc|rdp] | rdp-file ID [--output FILE]: the facility's analysis environments,
// signed in with the facility's one identity.

#include "CliCommands.h"
#include "CliContext.h"

#include "cloud/DesktopConnector.h"
#include "cloud/EnvironmentProvider.h"
#include "cloud/EnvironmentWatcher.h"
#include "cloud/ProviderFactory.h"
#include "identity/Account.h"
#include "identity/CredentialStore.h"
#include "identity/IcatSession.h"
#include "remote/RdpConnectionFile.h"
#include "support/Redaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;
using namespace daas::cloud;

namespace daas::cli {

namespace {

struct Login
{
    QString user;
    QString password;
};

QString isoDate(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(Qt::ISODate) : QString();
}

// What a script reads: "running" once the cloud runs the machine (whether its desktop answers is what
// `daas env wait` finds out).
QString stateWord(const Environment &e)
{
    if (e.state == EnvironmentState::Booting && e.cloudRunning)
        return u"running"_s;
    return stateName(e.state);
}

QJsonObject templateJson(const EnvironmentTemplate &t)
{
    return QJsonObject{{u"id"_s, t.id},
                       {u"name"_s, t.name},
                       {u"description"_s, t.description},
                       {u"software"_s, QJsonArray::fromStringList(t.software)},
                       {u"cpus"_s, t.cpus},
                       {u"memoryMiB"_s, t.memoryMiB},
                       {u"diskGiB"_s, t.diskGiB},
                       {u"lifetimeSeconds"_s, t.lifetimeSeconds}};
}

QJsonObject environmentJson(const Environment &e)
{
    return QJsonObject{{u"id"_s, e.id},
                       {u"name"_s, e.name},
                       {u"state"_s, stateWord(e)},
                       {u"cloudState"_s, e.rawState},
                       {u"templateId"_s, e.templateId},
                       {u"template"_s, e.templateName},
                       {u"address"_s, e.address},
                       {u"cpus"_s, e.cpus},
                       {u"memoryMiB"_s, e.memoryMiB},
                       {u"created"_s, isoDate(e.created)},
                       {u"expires"_s, isoDate(e.expires)}};
}

QString hostPort(const QString &host, quint16 port)
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

Error notOffered(const QString &environment, remote::RemoteProtocol protocol)
{
    return Error(
        Error::Kind::NotFound,
        CliContext::tr("Environment %1 offers no %2 desktop; 'daas env console %1' shows the one it has.")
            .arg(environment, protocolName(protocol)),
        u"console of %1 without %2"_s.arg(environment, protocolName(protocol)));
}

// Runs one subcommand with a signed-in provider. Every provider answer ends the run once.
class EnvironmentRun : public QObject
{
public:
    EnvironmentRun(CliContext &cli, EnvironmentProvider *provider)
        : QObject(&cli)
        , m_cli(cli)
        , m_provider(provider)
    {
        connect(provider, &EnvironmentProvider::failed, this,
                [this](CloudOperation, const QString &, const Error &e) { fail(e); });
    }

    void fail(const Error &e)
    {
        if (std::exchange(m_done, true))
            return;
        failWith(e);
    }
    void done(int code = Ok)
    {
        if (std::exchange(m_done, true))
            return;
        finish(code);
    }

    void templates()
    {
        connect(m_provider, &EnvironmentProvider::templatesListed, this,
                [this](const QList<EnvironmentTemplate> &templates) {
                    if (m_cli.json()) {
                        QJsonArray a;
                        for (const EnvironmentTemplate &t : templates)
                            a.append(templateJson(t));
                        out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
                    } else {
                        QList<QStringList> rows;
                        for (const EnvironmentTemplate &t : templates)
                            rows.append({t.id, t.name, t.cpus ? QString::number(t.cpus) : QString(),
                                         t.memoryMiB ? u"%1 MiB"_s.arg(t.memoryMiB) : QString(),
                                         t.diskGiB ? u"%1 GiB"_s.arg(t.diskGiB) : QString(),
                                         t.software.join(u", "_s)});
                        printTable(rows, {CliContext::tr("ID"), CliContext::tr("NAME"),
                                          CliContext::tr("CPUS"), CliContext::tr("MEMORY"),
                                          CliContext::tr("DISK"), CliContext::tr("SOFTWARE")});
                    }
                    done();
                });
        m_provider->listTemplates();
    }

    void list()
    {
        connect(m_provider, &EnvironmentProvider::environmentsListed, this,
                [this](const QList<Environment> &environments) {
                    if (m_cli.json()) {
                        QJsonArray a;
                        for (const Environment &e : environments)
                            a.append(environmentJson(e));
                        out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
                    } else {
                        QList<QStringList> rows;
                        for (const Environment &e : environments)
                            rows.append({e.id, e.name, stateWord(e), e.templateName, e.address,
                                         e.expires.isValid() ? QLocale().toString(e.expires.toLocalTime(),
                                                                                  QLocale::ShortFormat)
                                                             : QString()});
                        printTable(rows, {CliContext::tr("ID"), CliContext::tr("NAME"),
                                          CliContext::tr("STATE"), CliContext::tr("TEMPLATE"),
                                          CliContext::tr("ADDRESS"), CliContext::tr("ENDS")});
                    }
                    done();
                });
        m_provider->listEnvironments();
    }

    void launch(const QString &name, const QString &templateId)
    {
        connect(m_provider, &EnvironmentProvider::launched, this, [this](const Environment &e) {
            if (m_cli.json())
                out() << QJsonDocument(environmentJson(e)).toJson(QJsonDocument::Compact) << Qt::endl;
            else
                out() << e.id << Qt::endl;
            err() << CliContext::tr(
                         "Launched “%1” (%2). 'daas env wait %2' returns once its desktop answers.")
                         .arg(e.name, e.id)
                  << Qt::endl;
            done();
        });
        connect(m_provider, &EnvironmentProvider::templatesListed, this,
                [this, name, templateId](const QList<EnvironmentTemplate> &templates) {
                    for (const EnvironmentTemplate &t : templates) {
                        if (t.id == templateId) {
                            m_provider->launch(t, name);
                            return;
                        }
                    }
                    fail(Error(Error::Kind::NotFound,
                               CliContext::tr("There is no machine template '%1'; 'daas env templates' lists "
                                              "them.")
                                   .arg(templateId)));
                });
        m_provider->listTemplates();
    }

    void remove(const QString &id)
    {
        connect(m_provider, &EnvironmentProvider::removeRequested, this, [this](const QString &removed) {
            err() << CliContext::tr("Environment %1 is being deleted.").arg(removed) << Qt::endl;
            done();
        });
        m_provider->remove(id);
    }

    void wait(const QString &id, int timeoutSeconds)
    {
        EnvironmentWatcher::Options options;
        options.timeoutMs = timeoutSeconds * 1000;
        options.maxIntervalMs = qBound(1000, timeoutSeconds * 1000 / 10, 10000);
        auto *watcher = new EnvironmentWatcher(m_provider, id, options, this);
        disconnect(m_provider, &EnvironmentProvider::failed, this, nullptr); // the watcher decides
        connect(watcher, &EnvironmentWatcher::stateChanged, this, [](const Environment &e) {
            if (e.state != EnvironmentState::Ready)
                err() << CliContext::tr("%1: %2").arg(e.id, stateWord(e)) << Qt::endl;
        });
        connect(watcher, &EnvironmentWatcher::ready, this, [this](const Environment &e) {
            err() << CliContext::tr(
                         "Environment %1 is ready; 'daas env console %1' shows where its desktop is.")
                         .arg(e.id)
                  << Qt::endl;
            done();
        });
        connect(watcher, &EnvironmentWatcher::ended, this,
                [this](const Environment &, const Error &e) { fail(e); });
        watcher->start();
    }

    // The desktop in the protocol asked for (else the one the endpoint chooses: the template's or the
    // facility's preference, when offered): host:port (and for VNC the websocket URL).
    void console(const QString &id, std::optional<remote::RemoteProtocol> wanted, bool showPassword)
    {
        connect(m_provider, &EnvironmentProvider::consoleReady, this,
                [this, wanted, showPassword](const QString &environment, const ConsoleEndpoint &c) {
                    if (wanted && !c.offers(*wanted)) {
                        fail(notOffered(environment, *wanted));
                        return;
                    }
                    const remote::RemoteProtocol protocol = c.choose(wanted);
                    const bool rdp = protocol == remote::RemoteProtocol::Rdp;
                    if (m_cli.json()) {
                        QJsonArray offers;
                        if (c.hasVnc())
                            offers.append(u"vnc"_s);
                        if (c.hasRdp())
                            offers.append(u"rdp"_s);
                        QJsonObject o{{u"protocol"_s, rdp ? u"rdp"_s : u"vnc"_s}, {u"offers"_s, offers}};
                        if (rdp) {
                            o.insert(u"host"_s, c.rdpHost);
                            o.insert(u"port"_s, c.rdpPort);
                        } else {
                            if (c.hasDirect()) {
                                o.insert(u"host"_s, c.host);
                                o.insert(u"port"_s, c.port);
                            }
                            // the proxy's ?token=… lets anyone in, as the password does: shown only on
                            // request
                            if (c.webSocketUrl.isValid())
                                o.insert(u"webSocketUrl"_s, showPassword ? c.webSocketUrl.toString()
                                                                         : support::redacted(c.webSocketUrl));
                            if (showPassword)
                                o.insert(u"password"_s, c.password);
                        }
                        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
                    } else if (rdp) {
                        // the RDP desktop signs in with the facility identity: no password of its own
                        out() << hostPort(c.rdpHost, c.rdpPort) << Qt::endl;
                    } else {
                        if (c.hasDirect())
                            out() << hostPort(c.host, c.port) << Qt::endl;
                        if (c.webSocketUrl.isValid())
                            out() << (showPassword ? c.webSocketUrl.toString()
                                                   : support::redacted(c.webSocketUrl))
                                  << Qt::endl;
                        if (showPassword)
                            out() << CliContext::tr("password: %1").arg(c.password) << Qt::endl;
                        else if (!c.password.isEmpty())
                            err() << CliContext::tr("The desktop has a password; --show-password prints it.")
                                  << Qt::endl;
                    }
                    done();
                });
        m_provider->console(id);
    }

    // A .rdp file for the system's own RDP client: the desktop's address and the user, nothing secret.
    void rdpFile(const QString &id, const QString &userName, const QString &output)
    {
        connect(m_provider, &EnvironmentProvider::consoleReady, this,
                [this, userName, output](const QString &environment, const ConsoleEndpoint &c) {
                    if (!c.hasRdp()) {
                        fail(notOffered(environment, remote::RemoteProtocol::Rdp));
                        return;
                    }
                    cloud::DesktopConnector::Identity identity;
                    identity.userName = userName;
                    if (const Error e = remote::RdpConnectionFile::write(
                            output, cloud::DesktopConnector::rdpEndpoint(c, identity))) {
                        fail(e);
                        return;
                    }
                    const QString path = QFileInfo(output).absoluteFilePath();
                    if (m_cli.json())
                        out() << QJsonDocument(QJsonObject{{u"file"_s, path},
                                                           {u"host"_s, c.rdpHost},
                                                           {u"port"_s, c.rdpPort},
                                                           {u"user"_s, userName}})
                                     .toJson(QJsonDocument::Compact)
                              << Qt::endl;
                    else
                        out() << QDir::toNativeSeparators(path) << Qt::endl;
                    done();
                });
        m_provider->console(id);
    }

private:
    CliContext &m_cli;
    EnvironmentProvider *m_provider;
    bool m_done = false;
};

// The password of the facility's one identity: DAAS_CLOUD_PASSWORD, else the keychain entry the GUI's
// "Remember me" keeps for this user, else the one 'daas login' kept (CliContext::storageKey: the identity's
// password for every service beside ICAT), else typed on the terminal.
void withPassword(CliContext &cli, const QString &authenticator, const QString &user,
                  std::function<void(const Login &)> then)
{
    const QString fromEnvironment = qEnvironmentVariable("DAAS_CLOUD_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        then({user, fromEnvironment});
        return;
    }
    const QString key = identity::CredentialStore::key(cli.profile().id, authenticator, user);
    identity::CredentialStore::read(key, &cli, [&cli, user, then](const Result<QString> &remembered) {
        if (remembered && !remembered.value().isEmpty()) {
            then({user, remembered.value()});
            return;
        }
        identity::CredentialStore::read(
            cli.storageKey(user), &cli, [&cli, user, then](const Result<QString> &kept) {
                if (kept && !kept.value().isEmpty()) {
                    then({user, kept.value()});
                    return;
                }
                if (!stdinIsTerminal()) {
                    usage(CliContext::tr(
                              "No password for %1: run 'daas login', set DAAS_CLOUD_PASSWORD or run on a "
                              "terminal.")
                              .arg(user));
                    return;
                }
                const QString typed = readLine(
                    CliContext::tr("Facility password for %1 at %2: ").arg(user, cli.profile().name), true);
                if (typed.isEmpty()) {
                    usage(CliContext::tr("No password was typed."));
                    return;
                }
                then({user, typed});
            });
    });
}

} // namespace

void environments(CliContext &cli)
{
    const QStringList &args = cli.args();
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    static const QStringList known{u"templates"_s, u"list"_s,    u"launch"_s,  u"delete"_s,
                                   u"wait"_s,      u"console"_s, u"rdp-file"_s};
    if (!known.contains(sub)) {
        usage(
            sub.isEmpty()
                ? CliContext::tr("'daas env' needs one of: %1.").arg(known.join(u", "_s))
                : CliContext::tr("There is no 'daas env %1'; use one of: %2.").arg(sub, known.join(u", "_s)));
        return;
    }
    const bool needsId = sub == u"delete" || sub == u"wait" || sub == u"console" || sub == u"rdp-file";
    if ((sub == u"templates" || sub == u"list") && !rest.isEmpty()) {
        usage(CliContext::tr("'daas env %1' takes no argument.").arg(sub));
        return;
    }
    if (needsId && (rest.size() != 1 || rest.first().trimmed().isEmpty())) {
        usage(CliContext::tr("'daas env %1' needs one environment id.").arg(sub));
        return;
    }
    if (sub == u"launch") {
        if (rest.size() != 1 || rest.first().trimmed().isEmpty()) {
            usage(CliContext::tr("'daas env launch' needs the new environment's name."));
            return;
        }
        if (!cli.isSet(u"template"_s)) {
            usage(CliContext::tr("'daas env launch' needs --template ID; 'daas env templates' lists them."));
            return;
        }
    }
    std::optional<remote::RemoteProtocol> protocol;
    if (cli.isSet(u"protocol"_s)) {
        protocol = protocolFromName(cli.value(u"protocol"_s));
        if (sub != u"console" || !protocol) {
            usage(sub != u"console" ? CliContext::tr("--protocol goes with 'daas env console'.")
                                    : CliContext::tr("--protocol is vnc or rdp."));
            return;
        }
    }
    if (cli.isSet(u"output"_s) && sub != u"rdp-file") {
        usage(CliContext::tr("--output goes with 'daas env rdp-file'."));
        return;
    }
    QString output;
    if (sub == u"rdp-file") {
        // default: ./daas-env-ID.rdp, the id kept to a safe alphabet
        QString safeId = rest.first();
        safeId.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
        output = cli.isSet(u"output"_s) ? cli.value(u"output"_s) : u"daas-env-%1.rdp"_s.arg(safeId);
        if (output.trimmed().isEmpty()) {
            usage(CliContext::tr("--output needs a file name."));
            return;
        }
    }
    qint64 timeout = 600;
    if (sub == u"wait" && !cli.positiveOption(u"timeout"_s, 600, timeout))
        return;
    if (cli.profile().cloudType.isEmpty() || !cli.profile().cloudUrl.isValid()) {
        failWith(Error(Error::Kind::Unsupported,
                       CliContext::tr("%1 offers no analysis environments.").arg(cli.profile().name)));
        return;
    }

    auto run = [&cli, sub, rest, timeout, protocol, output](const Login &login) {
        CloudCredentials credentials;
        credentials.userName = login.user;
        credentials.password = login.password;
        Result<EnvironmentProvider *> provider =
            createProvider(cli.profile(), cli.account()->network(), credentials, &cli);
        if (!provider) {
            failWith(provider.error());
            return;
        }
        auto *r = new EnvironmentRun(cli, provider.value());
        if (sub == u"templates")
            r->templates();
        else if (sub == u"list")
            r->list();
        else if (sub == u"launch")
            r->launch(rest.first().simplified(), cli.value(u"template"_s));
        else if (sub == u"delete")
            r->remove(rest.first());
        else if (sub == u"wait")
            r->wait(rest.first(), int(qMin<qint64>(timeout, 24 * 3600)));
        else if (sub == u"rdp-file")
            r->rdpFile(rest.first(), login.user, output);
        else
            r->console(rest.first(), protocol, cli.isSet(u"show-password"_s));
    };

    // The user: --user, else the one `daas login` signed in (ICAT says "simple/alice"; the cloud knows
    // "alice").
    const QString authenticator = cli.isSet(u"authenticator"_s) ? cli.value(u"authenticator"_s) : u"simple"_s;
    if (cli.isSet(u"user"_s)) {
        withPassword(cli, authenticator, cli.value(u"user"_s), run);
        return;
    }
    cli.withSession([&cli, run] {
        const QString icatUser = cli.icat()->userName();
        const QString mnemonic = icatUser.contains(u'/') ? icatUser.section(u'/', 0, 0) : u"simple"_s;
        withPassword(cli, mnemonic, icatUser.section(u'/', -1), run);
    });
}

} // namespace daas::cli
