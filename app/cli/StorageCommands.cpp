// daas ls [PATH] [--json] | get REMOTE [LOCAL] | put LOCAL... REMOTE | mkdir PATH... | rm PATH...
// [--recursive] | mv FROM TO | cp FROM TO: the facility's WebDAV storage through the same core object as the
// GUI's file browser (storage::StorageSession: the user's own store, its transfer queue, the tree
// operations). The storage user and password: --user or DAAS_STORAGE_USER or the one `daas login` remembered;
// DAAS_STORAGE_PASSWORD, else the keychain, else a prompt on a terminal.

#include "CliCommands.h"
#include "CliContext.h"
#include "StorageCli.h"

#include "identity/Account.h"
#include "identity/CredentialStore.h"
#include "storage/AccountStorageCredentials.h"
#include "storage/DavPath.h"
#include "storage/StorageSession.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"
#include "support/Redaction.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace daas::storage;

namespace daas::cli {

namespace {

// One invocation's storage: the user's own store (its address with "{user}" filled in), its client and
// queue, on the Account's network manager and credentials.
using Storage = StorageSession *;

} // namespace

bool remotePath(const QString &given, QString &path)
{
    QString p = given;
    while (p.startsWith(u'/'))
        p.remove(0, 1);
    while (p.endsWith(u'/'))
        p.chop(1);
    if (p.isEmpty()) {
        path.clear();
        return true;
    }
    const Result<QString> checked = davpath::checked(p);
    if (!checked) {
        failWith(checked.error());
        return false;
    }
    path = checked.value();
    return true;
}

QString shown(const QString &path)
{
    return u'/' + path;
}

namespace {

Error noStorage(const CliContext &cli)
{
    return Error(Error::Kind::NotFound,
                 CliContext::tr("The facility %1 offers no storage.").arg(cli.profile().name));
}

// The session of `user`'s store; a store that cannot be used (no storage, an address that needs a user
// name) ends the run with its sentence.
StorageSession *openSession(CliContext &cli, const QString &user)
{
    auto *session = new StorageSession(cli.account(), user, &cli);
    if (const Error e = session->problem()) {
        failWith(e);
        return nullptr;
    }
    // the command line's queue is not the GUI's: it is not kept for a later run
    static QTemporaryDir scratch;
    session->queue()->setStateFile(scratch.filePath(u"transfers.json"_s));
    session->queue()->setMaxParallel(4);
    QObject::connect(session->queue(), &TransferQueue::stateNotSaved, &cli, [](const Error &e) {
        err() << "daas: " << support::redacted(e.userText()) << Qt::endl;
    });
    return session;
}

} // namespace

void withStorage(CliContext &cli, std::function<void(const Storage &)> then)
{
    if (!cli.profile().storageUrl.isValid())
        return failWith(noStorage(cli));
    if (cli.profile().storageAuth == u"bearer") {
        // the storage server takes the ICAT session kept by 'daas login'
        return cli.withSession([&cli, then]() {
            if (StorageSession *s = openSession(cli, StorageSession::storeOwner(cli.account())))
                then(s);
        });
    }
    cli.withServiceLogin([&cli, then]() {
        const QString user = cli.account()->serviceLogin().userName;
        StorageSession *s = openSession(cli, user);
        if (!s)
            return;
        if (stdinIsTerminal()) {
            // the server refused the password: ask again on the terminal (Ctrl-D or an empty line gives up)
            s->credentials()->setPrompt([](const QString &name, const Error &,
                                           const AccountStorageCredentials::Answer &answer) {
                err() << CliContext::tr("The storage server did not accept the password.") << Qt::endl;
                const QString again = readLine(CliContext::tr("Storage password for %1: ").arg(name), true);
                answer(again.isEmpty()
                           ? std::optional<identity::ServiceLogin>()
                           : std::optional<identity::ServiceLogin>(identity::ServiceLogin{name, again}));
            });
        }
        then(s);
    });
}

namespace {

// A job's failure as the tool says it: a path the user typed that the server does not have was never shown
// to them, so it is neither "no longer" there nor in a folder to refresh (the storage's words, written for
// the Files area, stay as the detail).
Error failureOf(const DavJob *job)
{
    if (job->error().kind() != Error::Kind::NotFound)
        return job->error();
    return Error(Error::Kind::NotFound,
                 CliContext::tr("There is nothing at %1 on the storage server.").arg(shown(job->path())),
                 job->error().detail());
}

// Runs one DavJob and hands over its result; failures end the run.
void run(DavJob *job, CliContext &cli, std::function<void(DavJob *)> then)
{
    QObject::connect(job, &DavJob::finished, &cli, [job, then]() {
        if (job->error())
            return failWith(failureOf(job));
        then(job);
    });
}

// stat that tolerates "not there": then(found, resource)
void statMaybe(const Storage &s, CliContext &cli, const QString &path,
               std::function<void(bool, const DavResource &)> then)
{
    DavJob *job = s->client()->stat(path);
    QObject::connect(job, &DavJob::finished, &cli, [job, then]() {
        if (job->error().kind() == Error::Kind::NotFound)
            return then(false, DavResource());
        if (job->error())
            return failWith(job->error());
        then(true, job->self());
    });
}

QJsonObject toJson(const DavResource &r)
{
    QJsonObject o{{u"name"_s, r.name},
                  {u"path"_s, shown(r.path)},
                  {u"type"_s, r.isCollection ? u"folder"_s : u"file"_s}};
    if (r.size >= 0 && !r.isCollection)
        o.insert(u"size"_s, r.size);
    if (r.lastModified.isValid())
        o.insert(u"modified"_s, r.lastModified.toUTC().toString(Qt::ISODate));
    if (!r.etag.isEmpty())
        o.insert(u"etag"_s, r.etag);
    if (!r.contentType.isEmpty())
        o.insert(u"contentType"_s, r.contentType);
    return o;
}

void printListing(const CliContext &cli, QList<DavResource> rows)
{
    std::sort(rows.begin(), rows.end(), [](const DavResource &a, const DavResource &b) {
        if (a.isCollection != b.isCollection)
            return a.isCollection;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    if (cli.json()) {
        QJsonArray list;
        for (const DavResource &r : std::as_const(rows))
            list.append(toJson(r));
        out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    for (const DavResource &r : std::as_const(rows)) {
        const QString size = r.isCollection || r.size < 0 ? u"-"_s : QString::number(r.size);
        const QString when = r.lastModified.isValid()
                                 ? r.lastModified.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                                 : u"-               "_s;
        out() << (r.isCollection ? u'd' : u'-') << u' ' << size.rightJustified(14) << u"  "_s << when
              << u"  "_s << r.name << (r.isCollection ? u"/"_s : QString()) << u'\n';
    }
    out().flush();
}

} // namespace

void runQueue(CliContext &cli, TransferQueue *queue, const QList<Error> &leftOut)
{
    const bool overwrite = cli.isSet(u"overwrite"_s);
    queue->setConflictPolicy(overwrite ? ConflictChoice::Overwrite : ConflictChoice::Ask);
    auto conflicts = std::make_shared<QList<Transfer *>>();
    QObject::connect(queue, &TransferQueue::conflictRaised, &cli, [queue, conflicts](Transfer *t) {
        conflicts->append(t);
        queue->resolveConflict(t->id(), ConflictChoice::Skip);
    });
    auto nextReport = std::make_shared<QDeadlineTimer>(1000);
    QObject::connect(queue, &TransferQueue::transferChanged, &cli, [queue, nextReport](Transfer *) {
        if (!nextReport->hasExpired())
            return;
        nextReport->setRemainingTime(1000);
        int done = 0;
        for (const Transfer *t : queue->transfers())
            done += t->isFinished();
        const QLocale locale;
        err() << CliContext::tr("%1 of %2, %3 of %4 files")
                     .arg(locale.formattedDataSize(queue->totalBytesDone()),
                          locale.formattedDataSize(queue->totalBytes()))
                     .arg(done)
                     .arg(queue->transfers().size())
              << Qt::endl;
    });
    auto report = [&cli, queue, conflicts, leftOut]() {
        Error first;
        QJsonArray written;
        QJsonArray skipped;
        for (const Transfer *t : queue->transfers()) {
            const bool down = t->direction() == Transfer::Direction::Download;
            const QString where = down ? t->localPath() : shown(t->remotePath());
            if (t->state() == Transfer::State::Done) {
                written.append(where);
                if (!cli.json())
                    out() << where << u'\n';
                continue;
            }
            Error e = t->error();
            if (conflicts->contains(t)) {
                skipped.append(where);
                e = down
                        ? Error(
                              Error::Kind::Storage,
                              CliContext::tr("%1 already exists; give --overwrite to replace it.").arg(where))
                        : Error(Error::Kind::Conflict,
                                CliContext::tr("%1 already exists on the storage server; give --overwrite to "
                                               "replace it.")
                                    .arg(where));
            } else if (!e) {
                e = Error(Error::Kind::Internal, CliContext::tr("%1 was not transferred.").arg(where));
            }
            err() << "daas: " << support::redacted(e.userText()) << Qt::endl;
            if (qEnvironmentVariableIsSet("DAAS_DEBUG") && !e.detail().isEmpty())
                err() << "daas: detail: " << support::redacted(e.detail()) << Qt::endl;
            if (!first)
                first = e;
        }
        QJsonArray notCopied;
        for (const Error &e : leftOut) {
            err() << "daas: " << support::redacted(e.userText()) << Qt::endl;
            notCopied.append(e.userText());
            if (!first)
                first = e;
        }
        if (cli.json()) {
            QJsonObject result{{u"written"_s, written}, {u"skipped"_s, skipped}};
            if (!leftOut.isEmpty())
                result.insert(u"leftOut"_s, notCopied);
            out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        }
        finish(exitCodeFor(first));
    };
    QObject::connect(queue, &TransferQueue::idle, &cli, report);
    if (queue->isIdle())
        report(); // an empty folder, or everything finished while the folder was walked
}

namespace {

// get: the folder's contents are walked with Depth-1 listings and recreated below `local`; a folder that
// cannot be made or listed ends the run once the walk is over.
void collectDownloads(const Storage &s, CliContext &cli, const QString &remote, const QString &local)
{
    auto walk = std::make_shared<StorageSession::DownloadWalk>();
    walk->walked = [&cli, s, walk]() {
        if (!walk->errors.isEmpty())
            return failWith(walk->errors.first());
        runQueue(cli, s->queue());
    };
    s->downloadFolder(remote, local, walk);
}

} // namespace

void ls(CliContext &cli)
{
    if (cli.args().size() > 1)
        return usage(CliContext::tr("ls takes at most one path."));
    QString path;
    if (!remotePath(cli.args().value(0), path))
        return;
    withStorage(cli, [&cli, path](const Storage &s) {
        DavJob *job = s->client()->list(path);
        QObject::connect(job, &DavJob::finished, &cli, [&cli, s, job, path]() {
            if (!path.isEmpty() && (job->error().kind() == Error::Kind::NotFound || job->status() == 400)) {
                // a file: asked for as a folder (with its slash) Apache answers 400, others 404; describe it
                return run(s->client()->stat(path), cli, [&cli](DavJob *stat) {
                    printListing(cli, {stat->self()});
                    finish(Ok);
                });
            }
            if (job->error())
                return failWith(failureOf(job));
            if (job->hasSelf() && !job->self().isCollection)
                printListing(cli, {job->self()});
            else
                printListing(cli, job->children());
            for (const auto &refused : job->refused())
                err()
                    << CliContext::tr("daas: an entry with an unsafe name was left out: %1").arg(refused.href)
                    << Qt::endl;
            finish(Ok);
        });
    });
}

void get(CliContext &cli)
{
    if (cli.args().isEmpty() || cli.args().size() > 2)
        return usage(CliContext::tr("get needs REMOTE and optionally LOCAL."));
    QString remote;
    if (!remotePath(cli.args().at(0), remote))
        return;
    if (remote.isEmpty())
        return usage(CliContext::tr("get needs a file or folder, not the whole store."));
    const QString given = cli.args().value(1, u"."_s);
    withStorage(cli, [&cli, remote, given](const Storage &s) {
        run(s->client()->stat(remote), cli, [&cli, s, remote, given](DavJob *job) {
            const DavResource source = job->self();
            // into an existing folder under the source's name, else under the name given
            const QString local = QFileInfo(given).isDir() ? QDir(given).filePath(source.name) : given;
            if (!source.isCollection) {
                s->queue()->addDownload(remote, local);
                return runQueue(cli, s->queue());
            }
            collectDownloads(s, cli, remote, local);
        });
    });
}

void put(CliContext &cli)
{
    if (cli.args().size() < 2)
        return usage(CliContext::tr("put needs LOCAL... and REMOTE."));
    QStringList locals = cli.args();
    const QString remoteGiven = locals.takeLast();
    QString remote;
    if (!remotePath(remoteGiven, remote))
        return;
    for (const QString &l : std::as_const(locals)) {
        const QFileInfo info(l);
        if (!info.exists() || (!info.isFile() && !info.isDir()))
            return failWith(
                Error(Error::Kind::Storage, CliContext::tr("There is no file or folder %1.").arg(l)));
    }
    const bool intoFolder = locals.size() > 1 || remoteGiven.endsWith(u'/') || remote.isEmpty();
    withStorage(cli, [&cli, locals, remote, intoFolder](const Storage &s) {
        statMaybe(
            s, cli, remote, [&cli, s, locals, remote, intoFolder](bool exists, const DavResource &target) {
                if (exists && !target.isCollection && (intoFolder || QFileInfo(locals.first()).isDir()))
                    return failWith(Error(Error::Kind::Conflict,
                                          CliContext::tr("%1 is a file on the storage server, not a folder.")
                                              .arg(shown(remote))));
                // where each argument goes: into REMOTE when it is (or is to be) a folder, else onto REMOTE
                const bool into = intoFolder || (exists && target.isCollection);
                QList<std::pair<QString, QString>> roots;
                for (const QString &l : locals)
                    roots.append({l, into ? davpath::join(remote, QFileInfo(l).fileName()) : remote});
                // a target that is not there yet gets its parents first
                const QStringList parents =
                    exists ? QStringList()
                           : StorageSession::stepsTo(into ? remote : davpath::parentOf(remote));
                StorageSession::planUpload(
                    roots, &cli, [&cli, s, parents](const StorageSession::UploadPlan &plan) {
                        for (const QString &link : plan.links)
                            err() << CliContext::tr("daas: %1 is a link; links are not uploaded.").arg(link)
                                  << Qt::endl;
                        if (!plan.unusableNames.isEmpty())
                            return failWith(
                                Error(Error::Kind::UnsafePath,
                                      CliContext::tr("%1 cannot be uploaded: its name cannot be used on "
                                                     "the storage server.")
                                          .arg(plan.unusableNames.first())));
                        if (!plan.missing.isEmpty())
                            return failWith(Error(
                                Error::Kind::Storage,
                                CliContext::tr("There is no file or folder %1.").arg(plan.missing.first())));
                        s->upload(plan, parents, &cli,
                                  [&cli, s](const Error &error, const QList<Transfer *> &) {
                                      if (error)
                                          return failWith(error);
                                      runQueue(cli, s->queue());
                                  });
                    });
            });
    });
}

namespace {

// The paths named on the command line (at least one, none the store's root). Empty after usage() or
// failWith() has ended the command.
QStringList pathArguments(CliContext &cli, const QString &noneGiven, const QString &rootGiven)
{
    if (cli.args().isEmpty()) {
        usage(noneGiven);
        return {};
    }
    QStringList paths;
    for (const QString &a : cli.args()) {
        QString p;
        if (!remotePath(a, p))
            return {};
        if (p.isEmpty()) {
            usage(rootGiven);
            return {};
        }
        paths << p;
    }
    return paths;
}

// Runs step on each path in turn (step calls its `next` when that path is done), then finishes.
using PathStep = std::function<void(const Storage &, const QString &path, std::function<void()> next)>;
void forEachPath(CliContext &cli, const QStringList &paths, PathStep step)
{
    withStorage(cli, [paths, step](const Storage &s) {
        // the loop holds itself only weakly: a step that fails (and ends the run) drops its `next`, and with
        // it the last owner (a strong self-reference was never freed then, LeakSanitizer saw it)
        auto loop = std::make_shared<std::function<void(int)>>();
        *loop = [s, paths, step, weak = std::weak_ptr(loop)](int i) {
            if (i >= paths.size())
                return finish(Ok);
            step(s, paths.at(i), [self = weak.lock(), i]() { (*self)(i + 1); });
        };
        (*loop)(0);
    });
}

} // namespace

void mkdir(CliContext &cli)
{
    const QStringList paths = pathArguments(cli, CliContext::tr("mkdir needs at least one path."),
                                            CliContext::tr("The store's root exists already."));
    if (paths.isEmpty())
        return;
    forEachPath(cli, paths, [&cli](const Storage &s, const QString &path, std::function<void()> next) {
        DavJob *job = s->client()->makeFolder(path);
        QObject::connect(job, &DavJob::finished, &cli, [&cli, s, job, path, next]() {
            if (job->status() == 409) // a parent is missing: like mkdir -p
                return s->makePath(path, &cli, [next](const Error &e) {
                    if (e)
                        return failWith(e);
                    next();
                });
            if (job->error())
                return failWith(job->error());
            next();
        });
    });
}

void rm(CliContext &cli)
{
    const QStringList paths = pathArguments(cli, CliContext::tr("rm needs at least one path."),
                                            CliContext::tr("rm does not remove the whole store."));
    if (paths.isEmpty())
        return;
    forEachPath(cli, paths, [&cli](const Storage &s, const QString &path, std::function<void()> next) {
        run(s->client()->stat(path), cli, [&cli, s, path, next](DavJob *stat) {
            const bool folder = stat->self().isCollection;
            if (folder && !cli.isSet(u"recursive"_s))
                return usage(
                    CliContext::tr("%1 is a folder; give --recursive to remove it with its contents.")
                        .arg(shown(path)));
            run(s->client()->remove(path, folder), cli, [next](DavJob *) { next(); });
        });
    });
}

namespace {

void moveOrCopy(CliContext &cli, bool move)
{
    if (cli.args().size() != 2)
        return usage(move ? CliContext::tr("mv needs FROM and TO.")
                          : CliContext::tr("cp needs FROM and TO."));
    QString from;
    QString to;
    if (!remotePath(cli.args().at(0), from) || !remotePath(cli.args().at(1), to))
        return;
    if (from.isEmpty())
        return usage(CliContext::tr("The store's root cannot be moved or copied."));
    withStorage(cli, [&cli, from, to, move](const Storage &s) {
        run(s->client()->stat(from), cli, [&cli, s, from, to, move](DavJob *stat) {
            const bool folder = stat->self().isCollection;
            statMaybe(s, cli, to, [&cli, s, from, to, move, folder](bool exists, const DavResource &target) {
                // into an existing folder, like mv and cp
                const QString dest =
                    exists && target.isCollection ? davpath::join(to, davpath::nameOf(from)) : to;
                if (dest == from || dest.startsWith(from + u'/'))
                    return usage(CliContext::tr("%1 cannot go into itself.").arg(shown(from)));
                s->moveOrCopy({{from, dest, folder}}, !move, cli.isSet(u"overwrite"_s), &cli,
                              [&cli, dest](const QList<StorageSession::EntryMoved> &done) {
                                  const StorageSession::EntryMoved &result = done.first();
                                  if (result.status == 412)
                                      return failWith(Error(
                                          Error::Kind::Conflict,
                                          CliContext::tr("%1 already exists on the storage server; give "
                                                         "--overwrite to replace it.")
                                              .arg(shown(dest))));
                                  if (result.error)
                                      return failWith(result.error);
                                  if (!cli.json())
                                      out() << shown(dest) << Qt::endl;
                                  finish(Ok);
                              });
            });
        });
    });
}

} // namespace

void mv(CliContext &cli)
{
    moveOrCopy(cli, true);
}

void cp(CliContext &cli)
{
    moveOrCopy(cli, false);
}

} // namespace daas::cli
