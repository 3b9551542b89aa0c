// FileBrowser's actions at work (see FileBrowser.h): folders made, renamed, deleted, moved and copied in
// the store; files and folders downloaded, uploaded, zipped and extracted; the private copies a drag to the
// desktop or an "open" fetches first.

#include "FileBrowser.h"
#include "FileBrowserBatch.h"

#include "Dialogs.h"
#include "DragPayload.h"
#include "MessageBar.h"
#include "RemoteFolderProxy.h"
#include "TransferPanel.h"
#include "storage/DavArchive.h"
#include "storage/DavPath.h"
#include "storage/RemoteFolderModel.h"
#include "storage/StorageSession.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"
#include "support/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QStandardPaths>
#include <QTreeView>
#include <QUrl>
#include <QUuid>

#include <memory>

using daas::storage::DavJob;
using daas::storage::DavResource;
using daas::storage::RemoteFolderModel;
using daas::storage::Transfer;
namespace davpath = daas::storage::davpath;

namespace daas::ui {

void FileBrowser::newFolder()
{
    const QString name = uniqueName(tr("New folder"));
    DavJob *job = m_client->makeFolder(davpath::join(folder(), name));
    connect(job, &DavJob::finished, this, [this, job, name] {
        if (job->error()) {
            showError(job->error());
            return;
        }
        // named in place, like any file manager: the folder exists, the user types over its name
        m_pendingEdit = name;
        m_pendingSelect = {name};
        refresh();
    });
}

void FileBrowser::renameSelected()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(RemoteFolderModel::NameColumn);
    if (rows.size() != 1)
        return;
    currentView()->setFocus();
    currentView()->selectionModel()->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
    currentView()->edit(rows.first());
}

void FileBrowser::rename(const QString &path, const QString &newName)
{
    const QString name = newName.trimmed();
    const Result<QString> checked = davpath::checked(name);
    if (name.contains(QLatin1Char('/')) || !checked) {
        m_message->showMessage(
            tr("“%1” cannot be used as a name: names may not contain “/” or be “.” or “..”.").arg(name));
        return;
    }
    if (indexOf(name).isValid()) {
        m_message->showMessage(tr("There is already an entry called “%1” in this folder.").arg(name));
        return;
    }
    const QModelIndex current = indexOf(davpath::nameOf(path));
    const bool isFolder = current.isValid() && current.data(RemoteFolderModel::IsFolderRole).toBool();
    DavJob *job = m_client->move(path, davpath::join(davpath::parentOf(path), name), false, isFolder);
    connect(job, &DavJob::finished, this, [this, job, name, path] {
        if (job->error()) {
            showError(job->status() == 412
                          ? Error(Error::Kind::Conflict,
                                  tr("There is already an entry called “%1” in this folder.").arg(name),
                                  job->error().detail())
                          : job->error());
            return;
        }
        qCInfo(lcUi) << "renamed" << path << "to" << name;
        m_pendingSelect = {name};
        refresh();
    });
}

void FileBrowser::deleteSelected()
{
    const QList<DavResource> items = selectedResources();
    if (items.isEmpty())
        return;
    QString question;
    if (items.size() == 1)
        question =
            items.first().isCollection
                ? tr("Delete the folder “%1” and everything in it from your storage? This cannot be undone.")
                      .arg(items.first().name)
                : tr("Delete “%1” from your storage? This cannot be undone.").arg(items.first().name);
    else
        question =
            tr("Delete these %n entries from your storage? Folders are deleted with everything in them. "
               "This cannot be undone.",
               nullptr, int(items.size()));
    if (!Dialogs::confirm(this, tr("Delete from storage"), question))
        return;
    auto batch = std::make_shared<Batch>();
    batch->pending = int(items.size());
    for (const DavResource &r : items) {
        DavJob *job = m_client->remove(r.path, r.isCollection);
        connect(job, &DavJob::finished, this, [this, job, batch] {
            // already gone is what was wanted
            if (job->error() && job->status() != 404)
                batch->errors << job->error().userText();
            finishBatch(batch);
        });
    }
}

void FileBrowser::downloadSelected()
{
    const QList<DavResource> items = selectedResources();
    if (items.isEmpty())
        return;
    const QString dir = Dialogs::chooseFolder(
        this, tr("Download into folder"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (dir.isEmpty())
        return;
    auto batch = std::make_shared<DownloadBatch>();
    batch->walked = [this](DownloadBatch &b) {
        if (!b.errors.isEmpty()) {
            m_message->showMessage(joinSentences(std::exchange(b.errors, {})));
        }
    };
    enqueueDownloads(items, dir, batch);
}

void FileBrowser::enqueueDownloads(const QList<DavResource> &items, const QString &localDir,
                                   const std::shared_ptr<DownloadBatch> &batch)
{
    // the session walks the folders and queues the files; the batch follows them to the end
    auto walk = std::make_shared<storage::StorageSession::DownloadWalk>();
    ++batch->walks;
    const QPointer<FileBrowser> self(this);
    walk->queued = [self, batch](Transfer *t) {
        batch->transfers << t->id();
        if (!self)
            return;
        connect(t, &Transfer::changed, self, [t, batch] {
            if (t->state() == Transfer::State::Done && !batch->done.contains(t->id())) {
                batch->done.insert(t->id());
                if (batch->ready() && batch->walked)
                    batch->walked(*batch);
            }
        });
    };
    walk->walked = [batch, walk] {
        --batch->walks;
        for (const Error &e : std::as_const(walk->errors)) {
            batch->failed = true;
            batch->errors << e.userText();
        }
        if (batch->walks == 0 && batch->walked)
            batch->walked(*batch);
    };
    m_storage->download(items, localDir, walk);
}

void FileBrowser::uploadFiles()
{
    const QStringList files = Dialogs::chooseFiles(
        this,
        tr("Upload files into “%1”").arg(folder().isEmpty() ? tr("Storage") : davpath::nameOf(folder())),
        QDir::homePath());
    if (!files.isEmpty())
        upload(files, folder());
}

void FileBrowser::upload(const QStringList &localPaths, const QString &remoteFolder)
{
    QList<std::pair<QString, QString>> roots;
    for (const QString &path : localPaths)
        roots.append({path, davpath::join(remoteFolder, QFileInfo(path).fileName())});
    // the folders are walked off the GUI thread; their tree is made first (empty folders too), then the
    // files go into the queue
    storage::StorageSession::planUpload(roots, this, [this](const storage::StorageSession::UploadPlan &plan) {
        QStringList problems;
        for (const QString &path : plan.missing)
            problems << tr("%1 is no longer on this computer.").arg(QDir::toNativeSeparators(path));
        for (const QString &name : plan.unusableNames)
            problems << tr("“%1” was not uploaded: its name cannot be used on the storage server.").arg(name);
        if (!problems.isEmpty())
            m_message->showMessage(joinSentences(problems));
        if (plan.isEmpty())
            return;
        m_storage->upload(plan, {}, this, [this](const Error &error, const QList<Transfer *> &) {
            if (error) {
                showError(error);
                return;
            }
            scheduleRefresh();
        });
    });
}

void FileBrowser::moveOrCopy(const QStringList &paths, const QString &targetFolder, bool copy)
{
    auto batch = std::make_shared<Batch>();
    QStringList problems;
    QList<std::pair<QString, QString>> work;
    for (const QString &path : paths) {
        if (davpath::parentOf(path) == targetFolder && !copy)
            continue; // dropped where it already is
        if (targetFolder == path || targetFolder.startsWith(path + QLatin1Char('/'))) {
            problems << tr("“%1” cannot be moved or copied into itself.").arg(davpath::nameOf(path));
            continue;
        }
        QString target = davpath::join(targetFolder, davpath::nameOf(path));
        if (copy && davpath::parentOf(path) == targetFolder) {
            // Ctrl-dragged onto its own folder: a copy beside it
            const QString name = davpath::nameOf(path);
            const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
            const QString base = dot > 0 ? name.left(dot) : name;
            const QString suffix = dot > 0 ? name.mid(dot) : QString();
            target = davpath::join(targetFolder, uniqueName(tr("%1 (copy)").arg(base) + suffix));
        }
        work.append({path, target});
    }
    if (!problems.isEmpty())
        m_message->showMessage(joinSentences(problems));
    if (work.isEmpty())
        return;
    QList<storage::StorageSession::EntryMove> moves;
    for (const auto &[from, to] : work) {
        storage::StorageSession::EntryMove move{from, to, std::nullopt};
        const QModelIndex row = indexOf(davpath::nameOf(from));
        if (row.isValid() && davpath::parentOf(from) == folder())
            move.isCollection = row.data(RemoteFolderModel::IsFolderRole).toBool();
        // else from another listing (another window): the session asks the server what it is
        moves << move;
    }
    m_storage->moveOrCopy(moves, copy, false, this,
                          [this, batch, copy](const QList<storage::StorageSession::EntryMoved> &results) {
                              for (const storage::StorageSession::EntryMoved &r : results) {
                                  const QString &to = r.move.to;
                                  if (r.status == 412)
                                      batch->errors
                                          << (copy ? tr("“%1” was not copied: “%2” already has an entry of "
                                                        "that name.")
                                                   : tr("“%1” was not moved: “%2” already has an entry of "
                                                        "that name."))
                                                 .arg(davpath::nameOf(to),
                                                      davpath::parentOf(to).isEmpty()
                                                          ? tr("Storage")
                                                          : davpath::nameOf(davpath::parentOf(to)));
                                  else if (r.error)
                                      batch->errors << r.error.userText();
                                  else if (davpath::parentOf(to) == folder())
                                      batch->select << davpath::nameOf(to);
                              }
                              batch->pending = 1;
                              finishBatch(batch);
                          });
}

void FileBrowser::handleDrop(const QMimeData *data, Qt::DropAction action, const QString &targetFolder)
{
    if (data->hasFormat(RemoteFolderProxy::internalMimeType())) {
        const auto [root, paths] =
            DragPayload::parseInternal(data->data(RemoteFolderProxy::internalMimeType()));
        if (root != m_client->root()) {
            m_message->showMessage(
                tr("Entries cannot be moved between two different storages. Download them, "
                   "then upload them."));
            return;
        }
        moveOrCopy(paths, targetFolder, action == Qt::CopyAction);
        return;
    }
    QStringList local;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile())
            local << url.toLocalFile();
    // from the desktop always a copy: the originals stay where they are
    if (!local.isEmpty())
        upload(local, targetFolder);
}

void FileBrowser::downloadZip()
{
    QList<DavResource> items = selectedResources();
    QString suggested;
    if (items.isEmpty()) {
        // nothing selected: the whole folder shown
        for (int r = 0; r < m_model->rowCount(); ++r)
            items << m_model->resource(r);
        suggested = folder().isEmpty() ? m_user : davpath::nameOf(folder());
    } else {
        suggested = items.size() == 1 ? items.first().name
                                      : (folder().isEmpty() ? m_user : davpath::nameOf(folder()));
    }
    if (items.isEmpty())
        return;
    const QString zip =
        Dialogs::chooseSaveFile(this, tr("Download as .zip"),
                                QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                                    .filePath(suggested + QStringLiteral(".zip")),
                                tr("ZIP archives (*.zip)"));
    if (zip.isEmpty())
        return;
    auto *job = new storage::ZipDownloadJob(m_client, items, zip, this);
    const QString label = QFileInfo(zip).fileName();
    if (m_panel)
        m_panel->addJob(job, label, false, [job, zip] {
            return TransferPanel::tr("%n file(s) saved in %1", nullptr, int(job->entries().size()))
                .arg(QDir::toNativeSeparators(zip));
        });
    connect(job, &storage::ZipDownloadJob::finished, this, [this, job](const Error &e) {
        showError(e);
        job->deleteLater();
    });
    job->start();
}

void FileBrowser::extractHere()
{
    const QString archive =
        Dialogs::chooseFile(this,
                            tr("Extract an archive into “%1”")
                                .arg(folder().isEmpty() ? tr("Storage") : davpath::nameOf(folder())),
                            QDir::homePath(), tr("Archives (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)"));
    if (archive.isEmpty())
        return;
    const QString target = folder();
    auto *job = new storage::ExtractUploadJob(m_client, archive, target, this);
    if (m_panel)
        m_panel->addJob(job, QFileInfo(archive).fileName(), true, [job] {
            QString text = TransferPanel::tr("%n file(s) extracted into your storage.", nullptr,
                                             int(job->uploaded().size()));
            if (!job->refused().isEmpty())
                text += u' ' +
                        TransferPanel::tr("Not extracted: %1").arg(job->refused().join(QStringLiteral("; ")));
            return text;
        });
    connect(job, &storage::ExtractUploadJob::finished, this, [this, job, target](const Error &e) {
        showError(e);
        if (!job->refused().isEmpty())
            m_notice->showMessage(
                tr("%n entry(ies) of the archive were not extracted: %1", nullptr, int(job->refused().size()))
                    .arg(job->refused().join(QStringLiteral("; "))),
                MessageBar::Level::Info);
        if (target == folder())
            scheduleRefresh();
        job->deleteLater();
    });
    job->start();
}

QString FileBrowser::stagingRoot() const
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/staging");
}

QStringList FileBrowser::stage(const QList<DavResource> &items,
                               QHash<QString, std::shared_ptr<DownloadBatch>> &staged)
{
    // one fresh folder per drag: a second drag of the same name never meets the first one's copy
    const QString dir =
        QDir(stagingRoot())
            .filePath(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
                      QUuid::createUuid().toString(QUuid::Id128).left(8));
    QDir().mkpath(dir);
    QStringList out;
    for (const DavResource &r : items) {
        auto batch = std::make_shared<DownloadBatch>();
        const QString local = QDir(dir).filePath(r.name);
        staged.insert(local, batch);
        out << local;
        enqueueDownloads({r}, dir, batch);
    }
    return out;
}

DragPayload *FileBrowser::dragPayload(const QList<DavResource> &items)
{
    QStringList paths;
    for (const DavResource &r : items)
        paths << r.path;
    auto staged = std::make_shared<QHash<QString, std::shared_ptr<DownloadBatch>>>();
    auto *payload = new DragPayload(
        m_client->root(), paths, [this, items, staged] { return stage(items, *staged); },
        [staged](const QString &local) {
            const std::shared_ptr<DownloadBatch> b = staged->value(local);
            return b && b->ready();
        });
    connect(payload, &DragPayload::droppedBeforeReady, this, [this](const QStringList &names) {
        m_message->showMessage(
            tr("%1 was still downloading when you dropped it, so it was not handed over. Drop it "
               "again in a moment; its progress is under Transfers.")
                .arg(names.join(QStringLiteral(", "))),
            MessageBar::Level::Info);
    });
    return payload;
}

} // namespace daas::ui
