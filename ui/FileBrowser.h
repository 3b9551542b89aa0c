#pragma once

#include "storage/DavResource.h"
#include "support/Error.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAbstractItemView;
class QAction;
class QLabel;
class QListView;
class QMimeData;
class QStackedWidget;
class QToolBar;
class QTreeView;

namespace daas::identity {
class Account;
struct ServiceLogin;
} // namespace daas::identity
namespace daas::storage {
class AccountStorageCredentials;
class RemoteFolderModel;
class StorageSession;
class Transfer;
class TransferQueue;
class WebDavClient;
} // namespace daas::storage

namespace daas::ui {

class Breadcrumb;
class DragPayload;
class MessageBar;
class PasswordPrompt;
class RemoteFolderProxy;
class TransferPanel;
class UseOnComputerDialog;

// The Files area: the user's persistent storage (the facility profile's WebDAV URL) as a file manager.
// Breadcrumb path, details or icons, folders first; New folder, Rename in place, Delete (confirmed),
// Download…, Upload files…, Download as .zip…, Extract here…, Copy link, Use on this computer…, Refresh, from
// the toolbar, the context menu and the keyboard (Enter opens, Backspace/Alt+Up goes up, F2, Delete, F5).
// Files and folders dropped from the desktop are uploaded; entries dragged onto a folder are moved (Ctrl:
// copied); entries dragged out to the desktop are downloaded (see DragPayload). Transfers run in the storage
// TransferQueue, shown by a TransferPanel. Errors are one sentence each in the message bar.
class FileBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit FileBrowser(identity::Account *account, QWidget *parent = nullptr);
    ~FileBrowser() override;

    storage::StorageSession *storage() const { return m_storage; }
    storage::WebDavClient *client() const { return m_client; }
    storage::TransferQueue *queue() const { return m_queue; }
    storage::RemoteFolderModel *model() const { return m_model; }
    RemoteFolderProxy *proxy() const { return m_proxy; }
    QTreeView *detailView() const { return m_tree; }
    QListView *iconView() const { return m_icons; }
    QAbstractItemView *currentView() const;
    Breadcrumb *breadcrumb() const { return m_crumbs; }
    MessageBar *messageBar() const { return m_message; }
    MessageBar *noticeBar() const { return m_notice; }
    QString statusText() const;
    QAction *action(const QString &objectName) const;
    // Archive jobs ("Download as .zip", "Extract here") show their progress there.
    void setTransferPanel(TransferPanel *panel) { m_panel = panel; }

    QString folder() const;
    void setFolder(const QString &path);
    void goUp();
    void refresh();
    bool isIconMode() const;
    void setIconMode(bool icons);
    bool isLoading() const;
    bool isEditing() const; // a name is being edited in place

    QList<storage::DavResource> selectedResources() const;
    // The row of `name` in the current view's model (column 0), or invalid.
    QModelIndex indexOf(const QString &name) const;
    void select(const QStringList &names);

    void openSelected();
    void newFolder();
    void renameSelected();
    void deleteSelected();
    void downloadSelected();
    void uploadFiles();
    void downloadZip();
    void extractHere();
    // The selection's links (or this folder's), one per line, to the clipboard.
    void copyLinks();
    // Shows (and keeps reusing) the "Use on this computer" dialog.
    void useOnComputer();
    UseOnComputerDialog *useOnComputerDialog() const;

    // What the drops and actions come down to.
    void upload(const QStringList &localPaths, const QString &remoteFolder);
    void moveOrCopy(const QStringList &paths, const QString &targetFolder, bool copy);
    void rename(const QString &path, const QString &newName);
    DragPayload *dragPayload(const QList<storage::DavResource> &items);
    void handleDrop(const QMimeData *data, Qt::DropAction action, const QString &targetFolder);

    // "Process on the cluster…": shown where the facility's cluster mounts the storage.
    void setProcessingAvailable(bool available);
    void processOnCluster();

Q_SIGNALS:
    void folderChanged(const QString &path);
    // A folder of the storage to start a batch job on (its path in the store).
    void processRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Batch; // several requests whose outcome is reported once
    struct DownloadBatch;

    void buildActions();
    void buildLayout();
    void updateActions();
    void onLoaded();
    void showError(const Error &error);
    void finishBatch(const std::shared_ptr<Batch> &batch);
    void openIndex(const QModelIndex &index);
    void contextMenu(QAbstractItemView *view, const QPoint &pos);
    void enqueueDownloads(const QList<storage::DavResource> &items, const QString &localDir,
                          const std::shared_ptr<DownloadBatch> &batch);
    QStringList stage(const QList<storage::DavResource> &items,
                      QHash<QString, std::shared_ptr<DownloadBatch>> &staged);
    QString stagingRoot() const;
    void scheduleRefresh();
    QString uniqueName(const QString &wanted) const;
    QString storeLabel() const;

    identity::Account *m_account;
    QString m_user;
    storage::StorageSession *m_storage; // owns the credentials, the client and the queue
    storage::AccountStorageCredentials *m_credentials;
    storage::WebDavClient *m_client;
    storage::TransferQueue *m_queue;
    storage::RemoteFolderModel *m_model;
    RemoteFolderProxy *m_proxy;
    QPointer<TransferPanel> m_panel;
    QPointer<PasswordPrompt> m_prompt;
    QPointer<UseOnComputerDialog> m_useDialog;
    QList<std::function<void(const std::optional<identity::ServiceLogin> &)>> m_promptWaiters;

    QToolBar *m_toolbar;
    Breadcrumb *m_crumbs;
    MessageBar *m_message;
    MessageBar *m_notice;
    QStackedWidget *m_stack;
    QTreeView *m_tree;
    QListView *m_icons;
    QLabel *m_status;
    QHash<QString, QAction *> m_actions;

    QStringList m_pendingSelect; // names to select once the listing is in
    QString m_pendingEdit;       // a name to edit in place once the listing is in
    QTimer m_refreshTimer;       // uploads landing in the folder shown
    QPointer<DragPayload> m_activeDrag;
    bool m_listingError = false; // the message bar shows why the folder could not be listed
};

} // namespace daas::ui
