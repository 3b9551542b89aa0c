// daas jobs partitions | list [--all] | show ID | submit SCRIPT | cancel ID | hold ID | release ID |
// output ID [--errors] [--follow] | wait ID [--timeout S]: the facility's batch cluster, through the same
// JobsSession as the GUI's Jobs area (and the same journal: jobs submitted in one are listed by the other).

#include "CliCommands.h"
#include "CliContext.h"

#include "identity/Account.h"
#include "jobs/JobTemplateLibrary.h"
#include "jobs/JobsSession.h"
#include "jobs/OutputReader.h"
#include "jobs/OutputTail.h"
#include "storage/StorageSession.h"
#include "support/Redaction.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace daas::jobs;

namespace daas::cli {

namespace {

QString isoDate(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject jobJson(const BatchJob &j)
{
    QJsonObject o{{u"id"_s, j.id},
                  {u"name"_s, j.name},
                  {u"user"_s, j.user},
                  {u"state"_s, stateKey(j.state)},
                  {u"schedulerState"_s, j.schedulerState},
                  {u"reason"_s, j.reason},
                  {u"partition"_s, j.partition},
                  {u"nodes"_s, j.nodes},
                  {u"submitted"_s, isoDate(j.submitTime)},
                  {u"started"_s, isoDate(j.startTime)},
                  {u"ended"_s, isFinished(j.state) ? isoDate(j.endTime) : QString()},
                  {u"timeLimitMinutes"_s, j.timeLimitMinutes},
                  {u"workingDirectory"_s, j.workingDirectory},
                  {u"standardOutput"_s, j.standardOutput},
                  {u"standardError"_s, j.standardError}};
    if (j.exitCode && isFinished(j.state))
        o.insert(u"exitCode"_s, *j.exitCode);
    return o;
}

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

// One `daas jobs` run: the session, and the end of the run once its one call has answered.
class JobsRun : public QObject
{
public:
    JobsRun(CliContext &cli, JobsSession *session)
        : QObject(&cli)
        , m_cli(cli)
        , m_session(session)
    {}

    CliContext &m_cli;
    JobsSession *m_session;

    void partitions()
    {
        m_session->provider()->partitions([this](const Result<QList<Partition>> &r) {
            if (!r)
                return failWith(r.error());
            if (m_cli.json()) {
                QJsonArray a;
                for (const Partition &p : r.value())
                    a.append(QJsonObject{{u"name"_s, p.name},
                                         {u"default"_s, p.isDefault},
                                         {u"state"_s, p.state},
                                         {u"maxTimeMinutes"_s, p.maxTimeMinutes},
                                         {u"nodes"_s, p.nodes},
                                         {u"cpus"_s, p.cpus}});
                out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                QList<QStringList> rows;
                for (const Partition &p : r.value())
                    rows.append(
                        {p.isDefault ? p.name + u'*' : p.name, p.state,
                         p.maxTimeMinutes > 0 ? QString::number(p.maxTimeMinutes) : CliContext::tr("none"),
                         QString::number(p.nodes), QString::number(p.cpus)});
                printTable(rows,
                           {CliContext::tr("PARTITION"), CliContext::tr("STATE"),
                            CliContext::tr("MAX MINUTES"), CliContext::tr("NODES"), CliContext::tr("CPUS")});
            }
            finish(Ok);
        });
    }

    void printJobs(const QList<BatchJob> &jobs)
    {
        if (m_cli.json()) {
            QJsonArray a;
            for (const BatchJob &j : jobs)
                a.append(jobJson(j));
            out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
            return;
        }
        QList<QStringList> rows;
        for (const BatchJob &j : jobs) {
            QString state = stateKey(j.state);
            if (!isFinished(j.state) && !j.reasonText().isEmpty())
                state += u" ("_s + j.reasonText() + u')';
            rows.append({j.id, j.name, state, j.partition, shortTime(j.submitTime),
                         j.exitCode && isFinished(j.state) ? QString::number(*j.exitCode) : QString()});
        }
        printTable(rows, {CliContext::tr("JOB"), CliContext::tr("NAME"), CliContext::tr("STATE"),
                          CliContext::tr("PARTITION"), CliContext::tr("SUBMITTED"), CliContext::tr("EXIT")});
    }

    // --all: also the finished jobs the journal keeps after the scheduler forgot them.
    void list(bool all)
    {
        connect(m_session, &JobsSession::refreshed, this, [this, all] {
            QList<BatchJob> jobs = m_session->jobs();
            if (!all)
                jobs.removeIf([](const BatchJob &j) {
                    return isFinished(j.state) && j.state != JobState::Lost && j.endTime.isValid() &&
                           j.endTime.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600;
                });
            printJobs(jobs);
            finish(Ok);
        });
        connect(m_session, &JobsSession::refreshFailed, this, [](const Error &e) { failWith(e); });
        m_session->refresh();
    }

    void show(const QString &id)
    {
        m_session->details(id, [this, id](const Result<BatchJob> &r) {
            BatchJob job = r ? r.value() : m_session->job(id);
            if (!r && (r.error().kind() != Error::Kind::NotFound || !job.isValid()))
                return failWith(r.error());
            if (!r) // the scheduler forgot it; the journal did not
                err() << CliContext::tr("The scheduler no longer knows job %1; this is what was last seen.")
                             .arg(id)
                      << Qt::endl;
            if (m_cli.json()) {
                QJsonObject o = jobJson(job);
                o.insert(u"script"_s, job.script);
                out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                const QJsonObject o = jobJson(job);
                for (auto it = o.begin(); it != o.end(); ++it) {
                    const QString v = it.value().isDouble() ? QString::number(it.value().toInteger())
                                                            : it.value().toString();
                    if (!v.isEmpty())
                        out() << it.key() << ": " << v << Qt::endl;
                }
            }
            finish(Ok);
        });
    }

    void submit(JobRequest request, const QString &templateId, const QMap<QString, QString> &values)
    {
        m_session->submit(request, templateId, values, [this](const Result<SubmittedJob> &r) {
            if (!r)
                return failWith(r.error().prefixed(CliContext::tr("The job was not submitted")));
            for (const QString &w : r->warnings)
                err() << CliContext::tr("The scheduler says: %1").arg(w) << Qt::endl;
            out() << r->id << Qt::endl;
            finish(Ok);
        });
    }

    void control(const QString &what, const QString &id)
    {
        const auto done = [id, what](const Error &e) {
            if (e)
                return failWith(e);
            err() << CliContext::tr("Job %1: %2 asked.").arg(id, what) << Qt::endl;
            finish(Ok);
        };
        if (what == u"cancel"_s)
            m_session->cancelJob(id, done);
        else
            m_session->setHeld(id, what == u"hold"_s, done);
    }

    // The job's output (or error) file: what is there now, or with --follow what is added until the job
    // has ended and the file is read to its end.
    void output(const QString &id, bool errors, bool follow)
    {
        m_session->details(id, [this, id, errors, follow](const Result<BatchJob> &r) {
            BatchJob job = r ? r.value() : m_session->job(id);
            if (!r && (r.error().kind() != Error::Kind::NotFound || !job.isValid()))
                return failWith(r.error());
            if (!follow && (job.state == JobState::Queued || job.state == JobState::Held))
                return failWith(Error(Error::Kind::NotFound,
                                      CliContext::tr("Job %1 has not started yet, so it has written nothing; "
                                                     "add --follow to wait for its output.")
                                          .arg(id)));
            Result<std::unique_ptr<OutputReader>> reader = m_session->outputReader(job, errors);
            if (!reader)
                return failWith(reader.error());
            auto *tail = new OutputTail(std::move(reader.value()), this);
            tail->setPollInterval(500, 5000);
            // a whole file, not only its last chunk, when it is printed (a few MB at a time, never at once)
            tail->setChunkSize(4 * 1024 * 1024);
            if (!follow || isFinished(job.state))
                tail->setJobFinished();
            connect(tail, &OutputTail::appended, this,
                    [](const QString &lines) { out() << lines << Qt::flush; });
            connect(tail, &OutputTail::skipped, this, [](qint64 from, qint64 to) {
                err() << CliContext::tr("[bytes %1 to %2 not shown]").arg(from).arg(to) << Qt::endl;
            });
            connect(tail, &OutputTail::failed, this, [tail](const Error &e) {
                if (tail->state() == OutputTail::State::Failed)
                    failWith(e);
                else
                    err() << support::redacted(e.userText()) << Qt::endl;
            });
            connect(tail, &OutputTail::stateChanged, this, [tail](OutputTail::State s) {
                if (s != OutputTail::State::Finished)
                    return;
                const QString last = tail->currentLine();
                if (!last.isEmpty())
                    out() << last << Qt::endl;
                finish(Ok);
            });
            if (follow && !isFinished(job.state)) {
                // the tail learns that the job ended from the session's polling
                connect(m_session, &JobsSession::jobEnded, tail, [tail, id](const BatchJob &ended) {
                    if (ended.id == id)
                        tail->setJobFinished();
                });
                m_session->setWatching(true);
                m_session->start();
            }
            tail->start();
        });
    }

    // Until the job is finished; exit 0 when it completed, JobFailed otherwise.
    void wait(const QString &id, int timeoutSeconds)
    {
        JobsSession::PollOptions fast;
        fast.activeIntervalMs = fast.backgroundIntervalMs = fast.idleIntervalMs = 2000;
        m_session->setPollOptions(fast);
        auto check = [this, id] {
            const BatchJob job = m_session->job(id);
            if (!job.isValid())
                return failWith(Error(Error::Kind::NotFound,
                                      CliContext::tr("There is no job %1 of yours on the cluster.").arg(id)));
            if (!isFinished(job.state))
                return;
            err() << CliContext::tr("Job %1: %2").arg(id, stateText(job.state)) << Qt::endl;
            finish(job.state == JobState::Completed ? Ok : JobFailed);
        };
        connect(m_session, &JobsSession::refreshed, this, check);
        connect(m_session, &JobsSession::refreshFailed, this, [](const Error &e) {
            err() << support::redacted(e.userText())
                  << Qt::endl; // keeps trying: a scheduler that blinks is not the job failing
        });
        QTimer::singleShot(timeoutSeconds * 1000, this, [id, timeoutSeconds] {
            failWith(Error(Error::Kind::Timeout,
                           CliContext::tr("Job %1 did not finish within %2 s.").arg(id).arg(timeoutSeconds)));
        });
        m_session->setWatching(true);
        m_session->start();
    }
};

void listTemplates(CliContext &cli)
{
    const TemplateLibrary::Listing listing = TemplateLibrary().scan();
    for (const Error &e : listing.problems)
        err() << support::redacted(e.userText()) << Qt::endl;
    if (cli.json()) {
        QJsonArray a;
        for (const JobTemplate &t : listing.templates) {
            QJsonObject o = t.toJson();
            o.insert(u"id"_s, t.id);
            a.append(o);
        }
        out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        QList<QStringList> rows;
        for (const JobTemplate &t : listing.templates) {
            QStringList params;
            for (const TemplateParameter &p : t.parameters)
                params.append(p.required ? p.id + u'*' : p.id);
            rows.append({t.id, t.name, params.join(u' ')});
        }
        printTable(rows, {CliContext::tr("TEMPLATE"), CliContext::tr("NAME"), CliContext::tr("PARAMETERS")});
    }
    finish(Ok);
}

bool readScript(const QString &path, QString &script)
{
    QFile f(path);
    if (path == u"-"_s ? !f.open(stdin, QIODevice::ReadOnly) : !f.open(QIODevice::ReadOnly)) {
        failWith(Error(Error::Kind::NotFound, CliContext::tr("The script %1 could not be read.").arg(path),
                       f.errorString()));
        return false;
    }
    const QByteArray data = f.read(4 * 1024 * 1024 + 1);
    if (data.size() > 4 * 1024 * 1024) {
        failWith(
            Error(Error::Kind::InvalidInput, CliContext::tr("The script %1 is larger than 4 MB.").arg(path)));
        return false;
    }
    script = QString::fromUtf8(data);
    return true;
}

} // namespace

void batchJobs(CliContext &cli)
{
    const QStringList args = cli.args();
    const QString sub = args.value(0);
    const auto needId = [&]() -> QString {
        if (args.size() < 2 || args.at(1).isEmpty()) {
            usage(CliContext::tr("'daas jobs %1' needs a job id.").arg(sub));
            return {};
        }
        return args.at(1);
    };
    static const QStringList known{u"partitions"_s, u"list"_s, u"templates"_s, u"show"_s,   u"submit"_s,
                                   u"cancel"_s,     u"hold"_s, u"release"_s,   u"output"_s, u"wait"_s};
    if (!known.contains(sub))
        return usage(CliContext::tr("Use 'daas jobs %1'.").arg(known.join(u'|')));

    // templates are on this computer: no cluster to reach, no token needed
    if (sub == u"templates"_s)
        return listTemplates(cli);

    auto start = [&cli, args, sub, needId]() {
        Result<BatchProvider *> provider = JobsSession::createProvider(cli.account());
        if (!provider)
            return failWith(provider.error());
        BatchProvider *batch = provider.value();
        // SSH back-ends: an unknown host key and a passphrase are asked on the terminal, never guessed
        QObject::connect(
            batch, &BatchProvider::hostKeyDecisionNeeded, batch,
            [batch](const QString &host, const QString &keyType, const QString &fingerprint) {
                err() << CliContext::tr("The login node %1 is new to this computer; its %2 key is %3.")
                             .arg(host, keyType, fingerprint)
                      << Qt::endl;
                const QString answer =
                    stdinIsTerminal() ? readLine(CliContext::tr("Trust it (yes/no)? "), false) : QString();
                batch->answerHostKey(answer.trimmed().toLower() == u"yes"_s);
            });
        QObject::connect(batch, &BatchProvider::secretNeeded, batch, [batch](const QString &prompt, bool) {
            const QString secret = stdinIsTerminal() ? readLine(prompt + u' ', true) : QString();
            batch->answerSecret(secret.isEmpty() ? std::nullopt : std::optional<QString>(secret));
        });
        auto *session = new JobsSession(cli.account(), batch, {}, &cli);
        if (cli.profile().storageUrl.isValid() && !cli.account()->serviceLogin().userName.isEmpty())
            session->setStorage(new storage::StorageSession(
                cli.account(), storage::StorageSession::storeOwner(cli.account()), session));
        auto *run = new JobsRun(cli, session);
        if (sub == u"partitions"_s)
            return run->partitions();
        if (sub == u"list"_s)
            return run->list(cli.isSet(u"all"_s));
        if (sub == u"submit"_s) {
            JobRequest request;
            QMap<QString, QString> values;
            const QString templateId = cli.value(u"template"_s);
            if (!templateId.isEmpty()) {
                const Result<JobTemplate> t = TemplateLibrary().find(templateId);
                if (!t)
                    return failWith(t.error());
                for (const QString &kv : cli.values(u"param"_s)) {
                    const qsizetype eq = kv.indexOf(u'=');
                    if (eq <= 0)
                        return usage(CliContext::tr("--param takes NAME=VALUE, not '%1'.").arg(kv));
                    values.insert(kv.left(eq), kv.mid(eq + 1));
                }
                const Result<JobRequest> rendered = t->render(values);
                if (!rendered)
                    return failWith(rendered.error());
                request = rendered.value();
            } else {
                if (args.size() < 2)
                    return usage(
                        CliContext::tr("'daas jobs submit' needs a script file ('-' reads standard input) or "
                                       "--template."));
                if (!readScript(args.at(1), request.script))
                    return;
                request.name = args.at(1).section(u'/', -1).section(u'.', 0, 0);
            }
            if (cli.isSet(u"name"_s))
                request.name = cli.value(u"name"_s);
            if (cli.isSet(u"partition"_s))
                request.partition = cli.value(u"partition"_s);
            request.workingDirectory =
                cli.isSet(u"workdir"_s) ? cli.value(u"workdir"_s) : session->defaultWorkingDirectory();
            qint64 n = 1;
            if (!cli.positiveOption(u"cpus"_s, qMax(1, request.cpus), n))
                return;
            request.cpus = int(n);
            if (!cli.positiveOption(u"time"_s, request.timeLimitMinutes, n))
                return;
            request.timeLimitMinutes = int(n);
            if (!cli.positiveOption(u"memory"_s, request.memoryMb, n))
                return;
            request.memoryMb = n;
            request.hold = cli.isSet(u"hold"_s);
            return run->submit(request, templateId, values);
        }
        const QString id = needId();
        if (id.isEmpty())
            return;
        if (sub == u"show"_s)
            return run->show(id);
        if (sub == u"output"_s)
            return run->output(id, cli.isSet(u"errors"_s), cli.isSet(u"follow"_s));
        if (sub == u"wait"_s) {
            qint64 timeout = 0;
            if (!cli.positiveOption(u"timeout"_s, 24 * 3600, timeout))
                return;
            return run->wait(id, int(qMin<qint64>(timeout, 30 * 24 * 3600)));
        }
        run->control(sub, id);
    };
    // A facility's token service takes the one identity, and so does output read from the storage; the SSH
    // back-ends use the system's ssh keys.
    const bool needsStorage = sub == u"output"_s && cli.profile().storageUrl.isValid() &&
                              !cli.profile().batchStorageMount.isEmpty();
    if (cli.profile().batchTokenUrl.isValid() || needsStorage)
        cli.withServiceLogin(start);
    else
        start();
}

} // namespace daas::cli
