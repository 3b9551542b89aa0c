// daas: the command-line tool. Everything here goes through the same core as the GUI; the tool parses
// arguments, dispatches to a command (one file per group), prints, and maps errors to exit codes.

#include "CliCommands.h"
#include "CliContext.h"

#include "facility/FacilityRegistry.h"
#include "support/CoreDumps.h"
#include "support/Redaction.h"
#include "support/TlsLibrary.h"
#include "support/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace daas;
using namespace daas::cli;

namespace {

struct Command
{
    QLatin1StringView name;
    bool needsSession; // runs after the session kept by `daas login` is resumed
    void (*run)(CliContext &);
};

constexpr Command commands[] = {
    {"login"_L1, false, &login},
    {"logout"_L1, false, &logout},
    {"whoami"_L1, true, &whoami},
    {"investigations"_L1, true, &investigations},
    {"datasets"_L1, true, &datasets},
    {"datafiles"_L1, true, &datafiles},
    {"download"_L1, true, &download},
    {"upload"_L1, true, &upload},
    // the cloud signs in with user + password; the kept ICAT session only names the user when --user is
    // absent
    {"env"_L1, false, &environments},
    {"ls"_L1, false, &ls},
    {"get"_L1, false, &get},
    {"put"_L1, false, &put},
    {"mkdir"_L1, false, &mkdir},
    {"rm"_L1, false, &rm},
    {"mv"_L1, false, &mv},
    {"cp"_L1, false, &cp},
    {"copy-to-storage"_L1, true, &copyToStorage},
    {"jobs"_L1, false, &batchJobs},
};

} // namespace

int main(int argc, char **argv)
{
    // before anything holds a secret: no core file with the session in it, and no log line with one
    support::forbidCoreDumpsInReleaseBuilds();
    support::installRedactingMessageHandler();
    support::leaveTlsLibraryToProcessEnd(); // network threads may still be leaving at exit (TlsLibrary.h)
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"daas-desktop"_s);
    QCoreApplication::setApplicationName(u"daas-desktop"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DAAS_VERSION));
    support::installTranslations();
    // the tool reports errors itself, as one sentence on stderr; the core's log is for DAAS_DEBUG=1
    if (!qEnvironmentVariableIsSet("DAAS_DEBUG"))
        QLoggingCategory::setFilterRules(u"daas.*.info=false\ndaas.*.warning=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "DAaaS Desktop on the command line.\n\n"
        "Commands:\n"
        "  facility add ADDRESS|FILE               a facility's profile: from https://HOST/.well-known/\n"
        "                                          daas-facility.json (ADDRESS may be just HOST), or a file\n"
        "  facility list | remove ID | refresh ID  (refresh: from its address again)\n"
        "  login [--authenticator A] --user U [--password-stdin]\n"
        "  whoami | logout\n"
        "  investigations [--filter TEXT] [--limit N]\n"
        "  datasets INVESTIGATION_ID [--filter TEXT] [--limit N]\n"
        "  datafiles DATASET_ID [--filter TEXT] [--limit N]\n"
        "  download (--datafile ID | --dataset ID | --investigation ID) --to FOLDER\n"
        "  upload FILE --dataset ID --format-id ID\n"
        "  env templates | list                    analysis environments (--json)\n"
        "  env launch NAME --template ID | delete ID\n"
        "  env wait ID [--timeout S]               until its desktop answers (default 600 s)\n"
        "  env console ID [--protocol vnc|rdp] [--show-password]\n"
        "                                          where its desktop is (host:port or URL)\n"
        "  env rdp-file ID [--output FILE]         a .rdp file for the system's RDP client\n"
        "  (env: --user U, else the user of 'daas login'; the password from DAAS_CLOUD_PASSWORD,\n"
        "  the keychain or a prompt)\n"
        "  ls [PATH] | get REMOTE [LOCAL] | put LOCAL... REMOTE   (storage; --overwrite)\n"
        "  mkdir PATH... | rm PATH... [--recursive] | mv FROM TO | cp FROM TO\n"
        "  copy-to-storage (--dataset ID | --datafile ID)... [--to FOLDER] [--overwrite]\n"
        "                                          from the catalogue into the storage (default\n"
        "                                          folder: datasets), without a local copy\n"
        "  (storage: --user, DAAS_STORAGE_USER or the one 'daas login' kept; the password from\n"
        "  DAAS_STORAGE_PASSWORD, the keychain ('daas login') or a prompt)\n"
        "  jobs partitions | list [--all] | templates   the batch cluster (--json)\n"
        "  jobs submit (SCRIPT|- | --template T [--param NAME=VALUE]...) [--name N] [--partition P]\n"
        "       [--cpus N] [--memory MB] [--time MIN] [--workdir DIR] [--hold]   prints the job id\n"
        "  jobs show ID | cancel ID | hold ID | release ID\n"
        "  jobs output ID [--errors] [--follow]    its output file (--follow: until the job ends)\n"
        "  jobs wait ID [--timeout S]              until it ends: exit 0 if it completed, 6 if not\n\n"
        "Exit codes: 0 ok, 1 usage, 2 sign-in or session, 3 not found or not allowed,\n"
        "4 network or server, 5 local file or unsafe path, 6 the job did not complete."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"facility"_s, CliContext::tr("A facility profile file, the id of a facility you added, or 'demo'."),
         u"profile"_s},
        {u"json"_s, CliContext::tr("Print JSON.")},
        {u"authenticator"_s, CliContext::tr("ICAT account type (default simple)."), u"mnemonic"_s},
        {u"user"_s, CliContext::tr("User name."), u"name"_s},
        {u"password-stdin"_s, CliContext::tr("Read the password from standard input.")},
        {u"filter"_s, CliContext::tr("Only rows containing this text."), u"text"_s},
        {u"limit"_s, CliContext::tr("At most this many rows (default 1000)."), u"rows"_s},
        {u"datafile"_s, CliContext::tr("Datafile id."), u"id"_s},
        {u"dataset"_s, CliContext::tr("Dataset id."), u"id"_s},
        {u"investigation"_s, CliContext::tr("Investigation id."), u"id"_s},
        {u"to"_s, CliContext::tr("Destination folder."), u"folder"_s},
        {u"format-id"_s, CliContext::tr("Datafile format id."), u"id"_s},
        {u"template"_s,
         CliContext::tr("Machine template id (daas env templates), or job template (daas jobs templates)."),
         u"id"_s},
        {u"param"_s, CliContext::tr("jobs submit --template: a parameter's value."), u"name=value"_s},
        {u"errors"_s, CliContext::tr("jobs output: the error file instead of the output.")},
        {u"follow"_s, CliContext::tr("jobs output: go on printing what the job writes until it ends.")},
        {u"timeout"_s, CliContext::tr("Seconds to wait (default 600)."), u"seconds"_s},
        {u"show-password"_s, CliContext::tr("Also print the desktop's password.")},
        {u"protocol"_s, CliContext::tr("env console: the desktop's vnc or rdp (default: what it prefers)."),
         u"vnc|rdp"_s},
        {u"output"_s, CliContext::tr("env rdp-file: the file to write (default ./daas-env-ID.rdp)."),
         u"file"_s},
        {u"overwrite"_s, CliContext::tr("Storage: replace files that exist at the target.")},
        {u"recursive"_s, CliContext::tr("Storage: rm removes folders with their contents.")},
        {u"all"_s, CliContext::tr("jobs list: also jobs that ended more than a day ago.")},
        {u"name"_s, CliContext::tr("jobs submit: the job's name."), u"name"_s},
        {u"partition"_s, CliContext::tr("jobs submit: the partition (queue)."), u"name"_s},
        {u"cpus"_s, CliContext::tr("jobs submit: cores."), u"n"_s},
        {u"memory"_s, CliContext::tr("jobs submit: memory in MB."), u"mb"_s},
        {u"time"_s, CliContext::tr("jobs submit: time limit in minutes."), u"minutes"_s},
        {u"workdir"_s, CliContext::tr("jobs submit: the working folder on the cluster."), u"dir"_s},
        {u"hold"_s, CliContext::tr("jobs submit: submit held.")},
        {u"trust-certificate"_s,
         CliContext::tr(
             "facility add: trust the server's certificate if its SHA-256 fingerprint is this one."),
         u"fingerprint"_s},
    });
    parser.addPositionalArgument(u"command"_s, CliContext::tr("What to do (see above)."));
    if (!parser.parse(QCoreApplication::arguments())) {
        err() << "daas: " << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(Ok);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err() << "daas: " << CliContext::tr("Give a command; see 'daas --help'.") << Qt::endl;
        return Usage;
    }
    const Command *command = nullptr;
    for (const Command &c : commands)
        if (positional.first() == c.name)
            command = &c;
    if (!command && positional.first() != u"facility") {
        err() << "daas: "
              << CliContext::tr("There is no command '%1'; see 'daas --help'.").arg(positional.first())
              << Qt::endl;
        return Usage;
    }

    if (positional.first() == u"facility") {
        // managing the known facilities needs none to be configured
        QTimer::singleShot(0, &app, [&parser, positional] { facilities(parser, positional.mid(1)); });
        return QCoreApplication::exec();
    }
    std::optional<facility::FacilityProfile> profile;
    if (parser.isSet(u"facility"_s)) {
        Result<facility::FacilityProfile> p =
            facility::FacilityRegistry::resolve(parser.value(u"facility"_s));
        if (!p) {
            err() << "daas: " << support::redacted(p.error().userText()) << Qt::endl;
            return exitCodeFor(p.error());
        }
        profile = p.value();
        if (command->run == &login)
            facility::FacilityRegistry::setCurrent(parser.value(u"facility"_s));
    } else {
        Error problem;
        profile = facility::FacilityRegistry::current(&problem);
        if (problem)
            err() << "daas: " << support::redacted(problem.userText()) << Qt::endl;
    }
    if (!profile) {
        err() << "daas: "
              << CliContext::tr("No facility is configured. Add yours with 'daas facility add ADDRESS', give "
                                "--facility with a profile file, or start the demo with 'packaging/dev run'.")
              << Qt::endl;
        return Usage;
    }

    CliContext cli(*profile, parser, positional.mid(1));
    QTimer::singleShot(0, &cli, [&cli, command] {
        if (command->needsSession)
            cli.withSession([&cli, command] { command->run(cli); });
        else
            command->run(cli);
    });
    return QCoreApplication::exec();
}
