// daas: the command-line tool. Everything here goes through the same core as the GUI; the tool only
// parses arguments, prints, and maps errors to exit codes.

#include "catalogue/CatalogueQueries.h"
#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"
#include "catalogue/IdsTransfers.h"
#include "facility/FacilityRegistry.h"
#include "identity/Account.h"
#include "identity/CredentialStore.h"
#include "identity/IcatSession.h"
#include "support/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <iostream>
#include <string>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace daas;

namespace {

enum ExitCode { Ok = 0, Usage = 1, Auth = 2, NotFound = 3, NetworkOrServer = 4, LocalFile = 5 };

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

void finish(int code)
{
    out().flush();
    err().flush();
    QCoreApplication::exit(code);
}

void failWith(const Error &e)
{
    err() << "daas: " << e.userText() << Qt::endl;
    if (qEnvironmentVariableIsSet("DAAS_DEBUG") && !e.detail().isEmpty())
        err() << "daas: detail: " << e.detail() << Qt::endl;
    finish(exitCodeFor(e));
}

void usage(const QString &message)
{
    err() << "daas: " << message << Qt::endl << "Try 'daas --help'." << Qt::endl;
    finish(Usage);
}

QString readPassword(bool fromStdin)
{
    std::string line;
#ifdef Q_OS_UNIX
    const bool tty = !fromStdin && isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        err() << QCoreApplication::translate("daas::cli", "Password: ") << Qt::flush;
        tcgetattr(STDIN_FILENO, &old);
        termios noEcho = old;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &noEcho);
    }
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err() << Qt::endl;
    }
#else
    Q_UNUSED(fromStdin)
    std::getline(std::cin, line);
#endif
    return QString::fromStdString(line);
}

// The CLI keeps its session id between invocations in the keychain, never in a file.
QString sessionKey(const facility::FacilityProfile &p)
{
    return identity::CredentialStore::key(p.id, u"cli-session"_s, p.icatUrl.toString());
}

void printTable(const QList<QStringList> &rows, const QStringList &headers)
{
    QList<qsizetype> widths(headers.size(), 0);
    for (qsizetype c = 0; c < headers.size(); ++c)
        widths[c] = headers.at(c).size();
    for (const QStringList &r : rows)
        for (qsizetype c = 0; c < r.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], std::min<qsizetype>(r.at(c).size(), 60));
    auto line = [&](const QStringList &r) {
        QString s;
        for (qsizetype c = 0; c < r.size(); ++c) {
            QString cell = r.at(c);
            if (cell.size() > 60)
                cell = cell.left(59) + u'…';
            s += c + 1 < r.size() ? cell.leftJustified(widths.at(c) + 2) : cell;
        }
        out() << s << Qt::endl;
    };
    line(headers);
    for (const QStringList &r : rows)
        line(r);
}

QString isoDate(const QDateTime &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

class Cli : public QObject
{
public:
    Cli(facility::FacilityProfile profile, QCommandLineParser &parser)
        : m_account(new identity::Account(std::move(profile), this))
        , m_parser(parser)
    {}

    void run(const QString &command, const QStringList &args)
    {
        m_args = args;
        if (command == u"login")
            return login();
        // every other command needs the session kept by `daas login`
        identity::CredentialStore::read(
            sessionKey(m_account->profile()), this, [this, command](const Result<QString> &r) {
                if (!r) {
                    failWith(r.error().kind() == Error::Kind::NotFound
                                 ? Error(Error::Kind::SessionExpired,
                                         QCoreApplication::translate(
                                             "daas::cli", "You are not signed in. Run 'daas login' first."))
                                 : r.error());
                    return;
                }
                identity::IcatSession *icat = m_account->icat();
                connect(icat, &identity::IcatSession::signInFailed, this, [](const Error &e) {
                    failWith(e.kind() == Error::Kind::SessionExpired
                                 ? Error(Error::Kind::SessionExpired,
                                         QCoreApplication::translate(
                                             "daas::cli", "Your session has ended. Run 'daas login' again."),
                                         e.detail())
                                 : e);
                });
                // A session that ends mid-command cannot be renewed without a password: say so and stop.
                connect(icat, &identity::IcatSession::sessionExpired, this,
                        [icat] { icat->abandonParkedRequests(); });
                connect(
                    icat, &identity::IcatSession::signedIn, this, [this, command] { dispatch(command); },
                    Qt::SingleShotConnection);
                icat->loadProperties();
                icat->resume(r.value());
            });
    }

private:
    bool json() const { return m_parser.isSet(u"json"_s); }
    identity::IcatSession *icat() const { return m_account->icat(); }

    void dispatch(const QString &command)
    {
        if (command == u"whoami")
            return whoami();
        if (command == u"logout")
            return logout();
        if (command == u"investigations")
            return investigations();
        if (command == u"datasets")
            return datasets();
        if (command == u"datafiles")
            return datafiles();
        if (command == u"download")
            return download();
        if (command == u"upload")
            return upload();
        usage(QCoreApplication::translate("daas::cli", "Unknown command '%1'.").arg(command));
    }

    void login()
    {
        const QString authenticator =
            m_parser.isSet(u"authenticator"_s) ? m_parser.value(u"authenticator"_s) : u"simple"_s;
        QString user = m_parser.value(u"user"_s);
        identity::Credentials credentials;
        if (authenticator != u"anon") {
            if (user.isEmpty())
                return usage(QCoreApplication::translate("daas::cli", "login needs --user."));
            credentials = {{u"username"_s, user},
                           {u"password"_s, readPassword(m_parser.isSet(u"password-stdin"_s))}};
        }
        identity::IcatSession *s = icat();
        connect(s, &identity::IcatSession::signInFailed, this, &failWith);
        connect(s, &identity::IcatSession::signedIn, this, [this, s] {
            identity::CredentialStore::write(
                sessionKey(m_account->profile()), s->sessionId(), this, [this, s](const Error &e) {
                    if (e)
                        return failWith(e);
                    support::Settings::setValue(support::keys::lastUserName, s->userName());
                    err() << QCoreApplication::translate("daas::cli", "Signed in to %1 as %2.")
                                 .arg(m_account->profile().name, s->userName())
                          << Qt::endl;
                    finish(Ok);
                });
        });
        s->login(authenticator, credentials);
    }

    void whoami()
    {
        if (json()) {
            out() << QJsonDocument(QJsonObject{{u"user"_s, icat()->userName()},
                                               {u"facility"_s, m_account->profile().id},
                                               {u"icat"_s, m_account->profile().icatUrl.toString()}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        } else {
            out() << icat()->userName() << u" @ "_s << m_account->profile().name << Qt::endl;
        }
        finish(Ok);
    }

    void logout()
    {
        icat()->logout();
        identity::CredentialStore::remove(sessionKey(m_account->profile()), this, [](const Error &e) {
            if (e)
                return failWith(e);
            finish(Ok);
        });
    }

    // Fetches all pages of a listing (up to --limit rows), page by page, then prints them.
    void listAll(std::function<QString(qint64, qint64)> pageQuery, const QString &entity,
                 std::function<QStringList(const QJsonObject &)> row, const QStringList &headers)
    {
        const qint64 limit = m_parser.isSet(u"limit"_s) ? m_parser.value(u"limit"_s).toLongLong() : 1000;
        const qint64 pageSize = std::min<qint64>(500, icat()->properties().maxEntities);
        auto rows = std::make_shared<QJsonArray>();
        auto next = std::make_shared<std::function<void()>>();
        *next = [=, this] {
            const qint64 offset = rows->size();
            catalogue::icatSearch(icat(), this, pageQuery(offset, std::min(pageSize, limit - offset)),
                                  [=, this](const Result<QJsonArray> &r) {
                                      if (!r)
                                          return failWith(r.error());
                                      for (const QJsonValue &v : r.value())
                                          rows->append(v.toObject().value(entity));
                                      if (r->size() == std::min(pageSize, limit - offset) &&
                                          rows->size() < limit)
                                          return (*next)();
                                      if (json()) {
                                          out() << QJsonDocument(*rows).toJson(QJsonDocument::Indented);
                                      } else {
                                          QList<QStringList> table;
                                          for (const QJsonValue &v : std::as_const(*rows))
                                              table.append(row(v.toObject()));
                                          printTable(table, headers);
                                      }
                                      *next = nullptr; // breaks the self-reference
                                      finish(Ok);
                                  });
        };
        (*next)();
    }

    bool idArgument(qint64 &id)
    {
        bool ok = false;
        id = m_args.value(0).toLongLong(&ok);
        if (!ok || id <= 0) {
            usage(QCoreApplication::translate("daas::cli", "Give the numeric id as the argument."));
            return false;
        }
        return true;
    }

    void investigations()
    {
        const QString filter = m_parser.value(u"filter"_s);
        listAll([filter](qint64 o, qint64 n) { return catalogue::queries::myInvestigations(filter, o, n); },
                u"Investigation"_s,
                [](const QJsonObject &o) {
                    const auto i = catalogue::Investigation::fromJson(o);
                    return QStringList{QString::number(i.id), i.reference(), i.instruments.join(u", "_s),
                                       i.startDate.date().toString(Qt::ISODate), i.title};
                },
                {u"ID"_s, u"EXPERIMENT"_s, u"INSTRUMENT"_s, u"START"_s, u"TITLE"_s});
    }

    void datasets()
    {
        qint64 id;
        if (!idArgument(id))
            return;
        const QString filter = m_parser.value(u"filter"_s);
        listAll([id, filter](qint64 o, qint64 n) { return catalogue::queries::datasets(id, filter, o, n); },
                u"Dataset"_s,
                [](const QJsonObject &o) {
                    const auto d = catalogue::Dataset::fromJson(o);
                    return QStringList{QString::number(d.id), d.type, QString::number(d.fileCount),
                                       catalogue::formatSize(d.fileSize), d.name};
                },
                {u"ID"_s, u"TYPE"_s, u"FILES"_s, u"SIZE"_s, u"NAME"_s});
    }

    void datafiles()
    {
        qint64 id;
        if (!idArgument(id))
            return;
        const QString filter = m_parser.value(u"filter"_s);
        listAll([id, filter](qint64 o, qint64 n) { return catalogue::queries::datafiles(id, filter, o, n); },
                u"Datafile"_s,
                [](const QJsonObject &o) {
                    const auto f = catalogue::Datafile::fromJson(o);
                    return QStringList{QString::number(f.id), QString::number(f.fileSize), f.format,
                                       isoDate(f.modTime), f.name};
                },
                {u"ID"_s, u"BYTES"_s, u"FORMAT"_s, u"MODIFIED"_s, u"NAME"_s});
    }

    void download()
    {
        const QString to = m_parser.value(u"to"_s);
        if (to.isEmpty())
            return usage(QCoreApplication::translate("daas::cli", "download needs --to FOLDER."));
        catalogue::DownloadJob::Target target;
        QString option;
        for (const auto &[name, kind] :
             {std::pair{u"datafile"_s, catalogue::DownloadJob::Kind::Datafile},
              std::pair{u"dataset"_s, catalogue::DownloadJob::Kind::Dataset},
              std::pair{u"investigation"_s, catalogue::DownloadJob::Kind::Investigation}})
            if (m_parser.isSet(name)) {
                option = name;
                target.kind = kind;
                target.id = m_parser.value(name).toLongLong();
            }
        if (option.isEmpty() || target.id <= 0)
            return usage(QCoreApplication::translate(
                "daas::cli", "download needs one of --datafile ID, --dataset ID, --investigation ID."));
        if (target.kind != catalogue::DownloadJob::Kind::Datafile) {
            target.name = option + u' ' + QString::number(target.id);
            return startDownload(target, to);
        }
        // a datafile's name, size and checksum come from the catalogue
        catalogue::icatGet(icat(), this, u"Datafile"_s, target.id,
                           [this, target, to](const Result<QJsonObject> &r) mutable {
                               if (!r)
                                   return failWith(r.error());
                               const auto f = catalogue::Datafile::fromJson(r.value());
                               target.name = f.name;
                               target.expectedSize = f.fileSize;
                               target.checksumHex = f.checksum;
                               startDownload(target, to);
                           });
    }

    void startDownload(const catalogue::DownloadJob::Target &target, const QString &to)
    {
        auto *job = new catalogue::DownloadJob(m_account, target, to, this);
        auto *clock = new QElapsedTimer;
        clock->start();
        connect(job, &catalogue::DownloadJob::progress, this, [clock](qint64 received, qint64 total) {
            static qint64 lastReport = -1;
            if (clock->elapsed() / 1000 == lastReport)
                return;
            lastReport = clock->elapsed() / 1000;
            err() << QCoreApplication::translate("daas::cli", "%1 of %2")
                         .arg(catalogue::formatSize(received),
                              total >= 0 ? catalogue::formatSize(total)
                                         : QCoreApplication::translate("daas::cli", "?"))
                  << Qt::endl;
        });
        connect(job, &catalogue::DownloadJob::finished, this, [this, job, clock](const Error &e) {
            delete clock;
            for (const QString &refused : job->refusedEntries())
                err() << QCoreApplication::translate("daas::cli", "refused: %1").arg(refused) << Qt::endl;
            if (e)
                return failWith(e);
            if (json()) {
                out() << QJsonDocument(
                             QJsonObject{{u"written"_s, QJsonArray::fromStringList(job->writtenFiles())},
                                         {u"refused"_s, QJsonArray::fromStringList(job->refusedEntries())}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            } else {
                for (const QString &f : job->writtenFiles())
                    out() << f << Qt::endl;
            }
            // a hostile archive is reported, and the command says it did not do everything asked
            finish(job->refusedEntries().isEmpty() ? Ok : LocalFile);
        });
        job->start();
    }

    void upload()
    {
        const QString file = m_args.value(0);
        const qint64 dataset = m_parser.value(u"dataset"_s).toLongLong();
        const qint64 format = m_parser.value(u"format-id"_s).toLongLong();
        if (file.isEmpty() || dataset <= 0 || format <= 0)
            return usage(
                QCoreApplication::translate("daas::cli", "upload needs FILE --dataset ID --format-id ID."));
        auto *job = new catalogue::UploadJob(m_account, file, dataset, format, this);
        connect(job, &catalogue::UploadJob::finished, this, [job](const Error &e) {
            if (e)
                return failWith(e);
            out() << job->datafileId() << Qt::endl;
            finish(Ok);
        });
        job->start();
    }

    identity::Account *m_account;
    QCommandLineParser &m_parser;
    QStringList m_args;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"daas-desktop"_s);
    QCoreApplication::setApplicationName(u"daas-desktop"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DAAS_VERSION));
    // the tool reports errors itself, as one sentence on stderr; the core's log is for DAAS_DEBUG=1
    if (!qEnvironmentVariableIsSet("DAAS_DEBUG"))
        QLoggingCategory::setFilterRules(u"daas.*.info=false\ndaas.*.warning=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "daas::cli", "DAaaS Desktop on the command line.\n\n"
                     "Commands:\n"
                     "  login [--authenticator A] --user U [--password-stdin]\n"
                     "  whoami | logout\n"
                     "  investigations [--filter TEXT]\n"
                     "  datasets INVESTIGATION_ID [--filter TEXT]\n"
                     "  datafiles DATASET_ID [--filter TEXT] [--limit N]\n"
                     "  download (--datafile ID | --dataset ID | --investigation ID) --to FOLDER\n"
                     "  upload FILE --dataset ID --format-id ID\n\n"
                     "Exit codes: 0 ok, 1 usage, 2 sign-in or session, 3 not found or not allowed,\n"
                     "4 network or server, 5 local file or unsafe path."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"facility"_s, u"A facility profile file, a bundled facility's id, or 'demo'."_s, u"profile"_s},
        {u"json"_s, u"Print JSON."_s},
        {u"authenticator"_s, u"ICAT authenticator (default simple)."_s, u"mnemonic"_s},
        {u"user"_s, u"User name."_s, u"name"_s},
        {u"password-stdin"_s, u"Read the password from standard input."_s},
        {u"filter"_s, u"Only rows containing this text."_s, u"text"_s},
        {u"limit"_s, u"At most this many rows (default 1000)."_s, u"rows"_s},
        {u"datafile"_s, u"Datafile id."_s, u"id"_s},
        {u"dataset"_s, u"Dataset id."_s, u"id"_s},
        {u"investigation"_s, u"Investigation id."_s, u"id"_s},
        {u"to"_s, u"Destination folder."_s, u"folder"_s},
        {u"format-id"_s, u"Datafile format id."_s, u"id"_s},
    });
    parser.addPositionalArgument(u"command"_s, u"What to do (see above)."_s);
    if (!parser.parse(app.arguments())) {
        err() << "daas: " << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(Ok);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err() << "daas: give a command; see 'daas --help'." << Qt::endl;
        return Usage;
    }

    std::optional<facility::FacilityProfile> profile;
    if (parser.isSet(u"facility"_s)) {
        Result<facility::FacilityProfile> p =
            facility::FacilityRegistry::resolve(parser.value(u"facility"_s));
        if (!p) {
            err() << "daas: " << p.error().userText() << Qt::endl;
            return exitCodeFor(p.error());
        }
        profile = p.value();
        if (positional.first() == u"login")
            facility::FacilityRegistry::setCurrent(parser.value(u"facility"_s));
    } else {
        profile = facility::FacilityRegistry::current();
    }
    if (!profile) {
        err() << "daas: "
              << QCoreApplication::translate(
                     "daas::cli", "No facility is configured. Give --facility with a profile file or a "
                                  "bundled facility, or start the demo with packaging/dev run.")
              << Qt::endl;
        return Usage;
    }

    Cli cli(*profile, parser);
    QTimer::singleShot(0, &cli, [&] { cli.run(positional.first(), positional.mid(1)); });
    return app.exec();
}
