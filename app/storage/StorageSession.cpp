#include "storage/StorageSession.h"
#include "support/Redaction.h"

#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "storage/AccountStorageCredentials.h"
#include "storage/DavPath.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"
#include "support/Logging.h"
#include "support/Worker.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace daas::storage {

namespace {

// parents before children, then by name: the order MKCOL needs
void sortFolders(QStringList &folders)
{
    folders.removeDuplicates();
    std::stable_sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) {
        const qsizetype da = a.count(QLatin1Char('/'));
        const qsizetype db = b.count(QLatin1Char('/'));
        return da < db || (da == db && a < b);
    });
}

} // namespace

QString StorageSession::storeOwner(const identity::Account *account)
{
    const identity::ServiceLogin &login = account->serviceLogin();
    return login.userName.isEmpty() ? account->icat()->userName().section(QLatin1Char('/'), -1)
                                    : login.userName;
}

StorageSession::StorageSession(identity::Account *account, const QString &owner, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_owner(owner)
{
    const facility::FacilityProfile &profile = account->profile();
    const QUrl root = profile.storageUrlFor(owner);
    if (!profile.storageUrl.isValid())
        m_problem = Error(Error::Kind::NotFound, tr("The facility %1 offers no storage.").arg(profile.name));
    else if (!root.isValid())
        m_problem = Error(
            Error::Kind::Authentication,
            tr("The storage address of this facility needs your user name. Sign in again."),
            QStringLiteral("storage URL %1 for user '%2'").arg(support::redacted(profile.storageUrl), owner));
    m_credentials = new AccountStorageCredentials(account, this);
    m_client = new WebDavClient(account->network(), root, m_credentials, this);
    m_queue = new TransferQueue(m_client, this);
    m_queue->setStateFile(defaultStateFile());
    m_queue->setCatalogue(account); // copies from the catalogue read through this account's IDS session
}

StorageSession::~StorageSession() = default;

QUrl StorageSession::root() const
{
    return m_client->root();
}

QString StorageSession::defaultStateFile() const
{
    // one queue file per facility and user: another user's store is another queue
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/transfers-%1-%2.json")
               .arg(m_account->profile().id, QString::fromLatin1(QUrl::toPercentEncoding(m_owner)));
}

QStringList StorageSession::stepsTo(const QString &path)
{
    QStringList steps;
    QString acc;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        steps << (acc = davpath::join(acc, part));
    return steps;
}

void StorageSession::makeFolders(WebDavClient *client, QStringList folders, QObject *context,
                                 std::function<void(const Error &)> done)
{
    if (folders.isEmpty()) {
        done(Error());
        return;
    }
    const QPointer<QObject> alive(context);
    DavJob *job = client->makeFolder(folders.takeFirst());
    QObject::connect(job, &DavJob::finished, context, [client, job, folders, alive, done]() {
        // 405: it is there already, which is what was wanted
        if (job->error() && job->status() != 405) {
            done(job->error());
            return;
        }
        if (alive)
            makeFolders(client, folders, alive, done);
    });
}

void StorageSession::makeFolders(const QStringList &folders, QObject *context,
                                 std::function<void(const Error &)> done)
{
    makeFolders(m_client, folders, context, std::move(done));
}

void StorageSession::makePath(const QString &path, QObject *context, std::function<void(const Error &)> done)
{
    makeFolders(m_client, stepsTo(path), context, std::move(done));
}

// ---------------------------------------------------------------------------------------------------------
// uploads

StorageSession::UploadPlan StorageSession::walk(const QList<std::pair<QString, QString>> &roots)
{
    UploadPlan plan;
    for (const auto &[localPath, remote] : roots) {
        const QFileInfo info(localPath);
        if (!info.exists()) {
            plan.missing << localPath;
            continue;
        }
        const Result<QString> target = davpath::checked(remote);
        if (!target || target.value().isEmpty()) {
            plan.unusableNames << info.fileName();
            continue;
        }
        if (!info.isDir()) {
            plan.files.append({info.absoluteFilePath(), target.value()});
            continue;
        }
        // a folder: its tree is made first (empty folders too), then its files go into the queue
        plan.folders << target.value();
        const QDir base(info.absoluteFilePath());
        // System too, so that broken links are seen (and reported); sockets and fifos are never read
        QDirIterator it(base.path(),
                        QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        QStringList refused; // folders left out: nothing below them is looked at again
        QList<std::pair<QString, QString>> files;
        while (it.hasNext()) {
            const QFileInfo entry = it.nextFileInfo();
            const QString relative = base.relativeFilePath(entry.absoluteFilePath());
            if (std::any_of(refused.cbegin(), refused.cend(), [&relative](const QString &r) {
                    return relative.startsWith(r + QLatin1Char('/'));
                }))
                continue;
            if (entry.isSymLink()) {
                // links could lead anywhere on this computer
                plan.links << entry.filePath();
                continue;
            }
            if (!entry.isDir() && !entry.isFile())
                continue; // a socket, a fifo, a device: nothing to upload
            const Result<QString> checked = davpath::checked(davpath::join(target.value(), relative));
            if (!checked) {
                plan.unusableNames << relative;
                if (entry.isDir())
                    refused << relative;
                continue;
            }
            if (entry.isDir())
                plan.folders << checked.value();
            else
                files.append({entry.absoluteFilePath(), checked.value()});
        }
        std::sort(files.begin(), files.end());
        plan.files += files;
    }
    sortFolders(plan.folders);
    return plan;
}

void StorageSession::planUpload(const QList<std::pair<QString, QString>> &roots, QObject *context,
                                std::function<void(const UploadPlan &)> then)
{
    // a dropped folder may hold many thousands of entries: never walked on the GUI thread
    support::onWorker<UploadPlan>(
        context, [roots]() { return walk(roots); },
        [then = std::move(then)](const UploadPlan &plan) { then(plan); });
}

namespace {

// How long one event-loop turn may spend queueing uploads: a dropped folder of 10,000 files is a transfer,
// a row in the panel and a look at the file each, seconds in one go; in slices the window stays responsive.
constexpr qint64 queueSliceNs = 8'000'000;

} // namespace

void StorageSession::upload(const UploadPlan &plan, const QStringList &parents, QObject *context,
                            std::function<void(const Error &, const QList<Transfer *> &)> done)
{
    QStringList folders = parents + plan.folders;
    folders.removeDuplicates(); // parents first: their order is kept
    const QPointer<QObject> alive(context);
    makeFolders(m_client, folders, this, [this, alive, files = plan.files, done](const Error &error) {
        if (!alive)
            return;
        if (error) {
            done(error, {});
            return;
        }
        queueUploads(files, 0, {}, alive, done);
    });
}

void StorageSession::queueUploads(const QList<std::pair<QString, QString>> &files, qsizetype from,
                                  QList<Transfer *> queued, const QPointer<QObject> &context,
                                  const std::function<void(const Error &, const QList<Transfer *> &)> &done)
{
    if (!context)
        return;
    QElapsedTimer slice;
    slice.start();
    qsizetype next = from;
    while (next < files.size() && (next == from || slice.nsecsElapsed() < queueSliceNs)) {
        queued << m_queue->addUpload(files.at(next).first, files.at(next).second);
        ++next;
    }
    if (next < files.size()) {
        // the rest in the next turn of the event loop, after whatever else is waiting (paints, input)
        QTimer::singleShot(0, this, [this, files, next, queued = std::move(queued), context, done]() {
            queueUploads(files, next, queued, context, done);
        });
        return;
    }
    done(Error(), queued);
}

// ---------------------------------------------------------------------------------------------------------
// downloads

void StorageSession::walkDone(const std::shared_ptr<DownloadWalk> &walk)
{
    if (walk->listings == 0 && walk->walked)
        std::exchange(walk->walked, nullptr)();
}

void StorageSession::queueDownload(const QString &remote, const QString &local,
                                   const std::shared_ptr<DownloadWalk> &walk)
{
    Transfer *t = m_queue->addDownload(remote, local);
    if (walk->queued)
        walk->queued(t);
}

void StorageSession::walkFolder(const QString &remote, const QString &localFolder,
                                const std::shared_ptr<DownloadWalk> &walk)
{
    if (!QDir().mkpath(localFolder)) {
        walk->errors << Error(Error::Kind::Storage, tr("The folder %1 could not be created on this computer.")
                                                        .arg(QDir::toNativeSeparators(localFolder)));
        return;
    }
    ++walk->listings;
    DavJob *job = m_client->list(remote);
    connect(job, &DavJob::finished, this, [this, job, localFolder, walk]() {
        if (job->error()) {
            walk->errors << job->error();
        } else {
            // names from the server have passed checkedFileName: one safe segment each
            for (const DavResource &child : job->children()) {
                const QString local = QDir(localFolder).filePath(child.name);
                if (child.isCollection)
                    walkFolder(child.path, local, walk);
                else
                    queueDownload(child.path, local, walk);
            }
        }
        --walk->listings;
        walkDone(walk);
    });
}

void StorageSession::download(const QList<DavResource> &items, const QString &localDir,
                              const std::shared_ptr<DownloadWalk> &walk)
{
    for (const DavResource &r : items) {
        const QString local = QDir(localDir).filePath(r.name);
        if (r.isCollection)
            walkFolder(r.path, local, walk);
        else
            queueDownload(r.path, local, walk);
    }
    walkDone(walk);
}

void StorageSession::downloadFolder(const QString &remote, const QString &localFolder,
                                    const std::shared_ptr<DownloadWalk> &walk)
{
    walkFolder(remote, localFolder, walk);
    walkDone(walk);
}

// ---------------------------------------------------------------------------------------------------------
// move and copy

void StorageSession::moveOrCopy(const QList<EntryMove> &moves, bool copy, bool overwrite, QObject *context,
                                std::function<void(const QList<EntryMoved> &)> done)
{
    struct State
    {
        QList<EntryMoved> results;
        qsizetype pending = 0;
    };
    auto state = std::make_shared<State>();
    state->pending = moves.size();
    for (const EntryMove &m : moves)
        state->results.append(EntryMoved{m, Error(), 0});
    const QPointer<QObject> alive(context);
    auto settle = [state, alive, done](qsizetype i, const Error &error, int status) {
        state->results[i].error = error;
        state->results[i].status = status;
        if (--state->pending == 0 && alive)
            done(state->results);
    };
    if (moves.isEmpty()) {
        if (alive)
            done({});
        return;
    }
    for (qsizetype i = 0; i < moves.size(); ++i) {
        const EntryMove &m = moves.at(i);
        auto send = [this, i, m, copy, overwrite, settle](bool collection) {
            DavJob *job = copy ? m_client->copy(m.from, m.to, overwrite, collection)
                               : m_client->move(m.from, m.to, overwrite, collection);
            connect(job, &DavJob::finished, this,
                    [job, i, settle]() { settle(i, job->error(), job->status()); });
        };
        // a file never replaces a folder, --overwrite or not (as mv and cp refuse to)
        auto run = [this, i, m, copy, overwrite, settle, send](bool collection) {
            if (!overwrite || collection) {
                send(collection);
                return;
            }
            DavJob *target = m_client->stat(m.to);
            connect(target, &DavJob::finished, this, [this, target, i, m, copy, settle, send]() {
                const Error &error = target->error();
                if (error && error.kind() != Error::Kind::NotFound) {
                    settle(i, error, target->status());
                    return;
                }
                if (!error && target->self().isCollection) {
                    settle(i, folderInTheWay(davpath::nameOf(m.to), copy ? PlacedBy::Copy : PlacedBy::Move),
                           409);
                    return;
                }
                send(false);
            });
        };
        if (m.isCollection) {
            run(*m.isCollection);
            continue;
        }
        // from another listing: ask the server what it is
        DavJob *stat = m_client->stat(m.from);
        connect(stat, &DavJob::finished, this, [stat, i, run, settle]() {
            if (stat->error())
                settle(i, stat->error(), stat->status());
            else
                run(stat->self().isCollection);
        });
    }
}

Error StorageSession::folderInTheWay(const QString &name, PlacedBy how)
{
    switch (how) {
    case PlacedBy::Upload:
        return Error(Error::Kind::Conflict,
                     tr("A folder called “%1” is already in the storage folder, so the file was not uploaded "
                        "there.")
                         .arg(name));
    case PlacedBy::Copy:
        return Error(
            Error::Kind::Conflict,
            tr("A folder called “%1” is already in the storage folder, so the file was not copied there.")
                .arg(name));
    case PlacedBy::Move:
        break;
    }
    return Error(Error::Kind::Conflict,
                 tr("A folder called “%1” is already in the storage folder, so the file was not moved there.")
                     .arg(name));
}

// ---------------------------------------------------------------------------------------------------------
// copies from the catalogue

void StorageSession::copyFromCatalogue(
    const QList<qint64> &datasetIds, const QList<qint64> &datafileIds, const QString &folder,
    QObject *context, std::function<void(const Result<CatalogueCopyPlan> &, const QList<Transfer *> &)> done)
{
    const QPointer<QObject> alive(context);
    if (m_problem) {
        QTimer::singleShot(0, context, [done, e = m_problem] { done(e, {}); });
        return;
    }
    CatalogueCopyPlan::make(
        m_account, datasetIds, datafileIds, folder, this,
        [this, alive, done](const Result<CatalogueCopyPlan> &plan) {
            if (!alive)
                return;
            if (!plan) {
                done(plan, {});
                return;
            }
            makeFolders(m_client, plan->folders, this, [this, alive, done, plan](const Error &error) {
                if (!alive)
                    return;
                if (error) {
                    done(error.prefixed(tr("The storage folder could not be made")), {});
                    return;
                }
                QList<Transfer *> queued;
                for (const auto &[origin, path] : plan->files)
                    queued << m_queue->addCopy(origin, path);
                qCInfo(lcTransfer) << "copying" << queued.size() << "datafiles from the catalogue into"
                                   << plan->folder << plan->leftOut.size() << "left out";
                done(plan, queued);
            });
        });
}

} // namespace daas::storage
