#include "FileBrowser.h"
#include "FileBrowserBatch.h"
#include "ThemedIcon.h"

#include "Breadcrumb.h"
#include "Dialogs.h"
#include "DragPayload.h"
#include "MessageBar.h"
#include "PasswordPrompt.h"
#include "RemoteFolderProxy.h"
#include "TransferPanel.h"
#include "UseOnComputerDialog.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "storage/AccountStorageCredentials.h"
#include "storage/DavArchive.h"
#include "storage/DavPath.h"
#include "storage/RemoteFolderModel.h"
#include "storage/StorageSession.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h"
#include "support/Logging.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QStackedWidget>
#include <QTreeView>

using daas::storage::DavResource;
using daas::storage::RemoteFolderModel;
using daas::storage::Transfer;
namespace davpath = daas::storage::davpath;

namespace daas::ui {

FileBrowser::FileBrowser(identity::Account *account, QWidget *parent)
    : QWidget(parent)
    , m_account(account)
{
    setObjectName(QStringLiteral("fileBrowser"));
    // the store's owner: the sign-in's user name (without the authenticator when a session was resumed)
    m_user = storage::StorageSession::storeOwner(account);
    // the core's session of this user's store ("{user}" filled in): credentials, client, queue, tree work
    m_storage = new storage::StorageSession(account, m_user, this);
    m_credentials = m_storage->credentials();
    m_client = m_storage->client();
    m_queue = m_storage->queue();
    // Basic from the Account's service login; a 401 asks here, once for all the requests waiting, and the
    // answer goes into the Account (AccountStorageCredentials)
    m_credentials->setPrompt(
        [this](const QString &userName, const Error &, storage::AccountStorageCredentials::Answer answer) {
            m_promptWaiters.append(std::move(answer));
            if (m_prompt)
                return;
            const QString user = userName.isEmpty() ? m_user : userName;
            m_prompt = new PasswordPrompt(user, tr("Your storage at %1").arg(storeLabel()), window());
            m_prompt->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_prompt, &QDialog::finished, this, [this, user](int result) {
                std::optional<identity::ServiceLogin> answered;
                if (result == QDialog::Accepted && m_prompt)
                    answered = identity::ServiceLogin{user, m_prompt->password()};
                for (const auto &waiter : std::exchange(m_promptWaiters, {}))
                    waiter(answered);
            });
            m_prompt->open();
        });

    m_queue->setMaxParallel(TransferPanel::savedParallel());
    // unfinished transfers that would not come back after a restart: the user hears it
    connect(m_queue, &storage::TransferQueue::stateNotSaved, this, &FileBrowser::showError);
    m_model = new RemoteFolderModel(m_client, this);
    m_proxy = new RemoteFolderProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setMimeFactory([this](const QModelIndexList &indexes) -> QMimeData * {
        QList<DavResource> items;
        for (const QModelIndex &i : indexes)
            items << i.data(RemoteFolderModel::ResourceRole).value<DavResource>();
        DragPayload *payload = dragPayload(items);
        m_activeDrag = payload;
        return payload;
    });

    buildActions();
    buildLayout();

    connect(m_proxy, &RemoteFolderProxy::renameRequested, this, &FileBrowser::rename);
    connect(m_proxy, &RemoteFolderProxy::dropRequested, this,
            [this](const QMimeData *data, Qt::DropAction action, const QString &target, bool onCurrent) {
                handleDrop(data, action, onCurrent ? folder() : target);
            });
    connect(m_crumbs, &Breadcrumb::pathActivated, this, &FileBrowser::setFolder);
    connect(m_crumbs, &Breadcrumb::dropRequested, this, &FileBrowser::handleDrop);
    connect(m_model, &RemoteFolderModel::loaded, this, &FileBrowser::onLoaded);
    connect(m_model, &RemoteFolderModel::loadingChanged, this, &FileBrowser::updateActions);
    connect(m_model, &RemoteFolderModel::loadFailed, this, [this](const Error &e) {
        showError(e);
        m_listingError = true;
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FileBrowser::updateActions);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(400);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        // never pull the listing away from under a name being edited
        if (isEditing() || m_model->isLoading()) {
            m_refreshTimer.start();
            return;
        }
        m_pendingSelect.clear();
        for (const DavResource &r : selectedResources())
            m_pendingSelect << r.name;
        refresh();
    });
    connect(m_queue, &storage::TransferQueue::transferChanged, this, [this](Transfer *t) {
        if (t->toStorage() && t->state() == Transfer::State::Done) {
            // an upload or a copy from the catalogue landed in (or below) the folder shown
            const QString landed = davpath::parentOf(t->remotePath());
            if (landed == folder() || landed.startsWith(folder().isEmpty() ? QString() : folder() + u'/'))
                scheduleRefresh();
        }
    });

    if (const Error e = m_storage->problem()) {
        m_message->showMessage(e.userText());
        setEnabled(false);
        return;
    }
    if (const Error e = m_queue->restore())
        showError(e);
    setFolder(QString());
}

FileBrowser::~FileBrowser()
{
    // requests still waiting for a password get an answer before the browser goes
    for (const auto &waiter : std::exchange(m_promptWaiters, {}))
        waiter(std::nullopt);
    delete m_prompt;
}

QString FileBrowser::storeLabel() const
{
    return m_account->profile().name;
}

QAction *FileBrowser::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

QAbstractItemView *FileBrowser::currentView() const
{
    return isIconMode() ? static_cast<QAbstractItemView *>(m_icons) : m_tree;
}

bool FileBrowser::isIconMode() const
{
    return m_stack->currentWidget() == m_icons;
}

void FileBrowser::setIconMode(bool icons)
{
    const bool hadFocus = currentView()->hasFocus();
    m_stack->setCurrentWidget(icons ? static_cast<QWidget *>(m_icons) : m_tree);
    QAction *toggle = m_actions.value(QStringLiteral("iconView"));
    const QSignalBlocker block(toggle);
    toggle->setChecked(icons);
    toggle->setIcon(themedIcon(icons ? QStringLiteral(":/icons/view-details.svg")
                                     : QStringLiteral(":/icons/view-icons.svg")));
    toggle->setText(icons ? tr("&Details") : tr("&Icons"));
    toggle->setToolTip(icons ? tr("Show details instead of large icons")
                             : tr("Show large icons instead of details"));
    currentView()->scrollTo(currentView()->currentIndex());
    if (hadFocus)
        currentView()->setFocus();
}

bool FileBrowser::isEditing() const
{
    for (QAbstractItemView *v :
         {static_cast<QAbstractItemView *>(m_tree), static_cast<QAbstractItemView *>(m_icons)})
        for (QLineEdit *editor : v->viewport()->findChildren<QLineEdit *>())
            if (editor->isVisible())
                return true;
    return false;
}

bool FileBrowser::isLoading() const
{
    return m_model->isLoading();
}

QString FileBrowser::folder() const
{
    return m_model->folder();
}

void FileBrowser::setFolder(const QString &path)
{
    m_message->hide();
    const QString previous = m_model->folder();
    m_model->setFolder(path);
    m_crumbs->setPath(m_model->folder());
    // going up lands on the folder we came from
    if (m_pendingSelect.isEmpty() && !previous.isEmpty() && davpath::parentOf(previous) == m_model->folder())
        m_pendingSelect = {davpath::nameOf(previous)};
    updateActions();
    Q_EMIT folderChanged(m_model->folder());
}

void FileBrowser::goUp()
{
    if (!folder().isEmpty())
        setFolder(davpath::parentOf(folder()));
}

void FileBrowser::refresh()
{
    if (m_pendingSelect.isEmpty())
        for (const DavResource &r : selectedResources())
            m_pendingSelect << r.name;
    // a message about something else stays until the user dismisses it; only a stale listing error goes
    if (m_listingError)
        m_message->hide();
    m_model->refresh();
    updateActions();
}

void FileBrowser::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void FileBrowser::onLoaded()
{
    if (std::exchange(m_listingError, false))
        m_message->hide();
    const QStringList refused = m_model->refusedEntries();
    if (refused.isEmpty())
        m_notice->hide();
    else
        m_notice->showMessage(
            tr("%n entry(ies) in this folder are not shown, because the server described them in "
               "a way that is not safe to use on this computer: %1",
               nullptr, int(refused.size()))
                .arg(refused.join(QStringLiteral("; "))),
            MessageBar::Level::Info);
    if (!m_pendingSelect.isEmpty()) {
        select(std::exchange(m_pendingSelect, {}));
    } else if (m_proxy->rowCount() > 0 && !currentView()->currentIndex().isValid()) {
        // the keyboard works at once
        currentView()->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    }
    if (!m_pendingEdit.isEmpty()) {
        const QModelIndex i = indexOf(std::exchange(m_pendingEdit, {}));
        if (i.isValid()) {
            currentView()->setFocus();
            currentView()->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                                    QItemSelectionModel::Rows);
            currentView()->edit(i);
        }
    }
    updateActions();
}

QString FileBrowser::statusText() const
{
    return m_status->text();
}

void FileBrowser::updateActions()
{
    const int selected = int(selectedResources().size());
    const bool enabled = m_client->root().isValid();
    m_actions.value(QStringLiteral("up"))->setEnabled(!folder().isEmpty());
    m_actions.value(QStringLiteral("open"))->setEnabled(selected == 1);
    m_actions.value(QStringLiteral("rename"))->setEnabled(selected == 1);
    m_actions.value(QStringLiteral("delete"))->setEnabled(selected > 0);
    m_actions.value(QStringLiteral("download"))->setEnabled(selected > 0);
    m_actions.value(QStringLiteral("newFolder"))->setEnabled(enabled);
    m_actions.value(QStringLiteral("upload"))->setEnabled(enabled);
    m_actions.value(QStringLiteral("extract"))->setEnabled(enabled);
    m_actions.value(QStringLiteral("copyLink"))->setEnabled(enabled);
    m_actions.value(QStringLiteral("useOnComputer"))->setEnabled(enabled);
    const QList<storage::DavResource> chosen = selectedResources();
    m_actions.value(QStringLiteral("processOnCluster"))
        ->setEnabled(enabled && (chosen.isEmpty() || (chosen.size() == 1 && chosen.first().isCollection)));

    QString text;
    if (m_model->isLoading()) {
        text = m_model->rowCount() > 0 ? tr("Loading… %n entry(ies) so far", nullptr, m_model->rowCount())
                                       : tr("Loading…");
    } else if (m_model->error()) {
        text = tr("This folder could not be listed.");
    } else if (m_model->rowCount() == 0) {
        text = tr("This folder is empty. Drop files here to upload them.");
    } else {
        int folders = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            folders += m_model->resource(r).isCollection ? 1 : 0;
        text = tr("%n folder(s)", nullptr, folders) + QStringLiteral(", ") +
               tr("%n file(s)", nullptr, m_model->rowCount() - folders);
        if (selected > 0)
            text += QStringLiteral(" · ") + tr("%n selected", nullptr, selected);
        const DavResource &self = m_model->folderResource();
        if (self.quotaAvailable >= 0) {
            const QLocale locale;
            text += QStringLiteral(" · ") +
                    (self.quotaUsed >= 0 ? tr("%1 used, %2 free")
                                               .arg(locale.formattedDataSize(self.quotaUsed),
                                                    locale.formattedDataSize(self.quotaAvailable))
                                         : tr("%1 free").arg(locale.formattedDataSize(self.quotaAvailable)));
        }
    }
    m_status->setText(text);
}

QList<DavResource> FileBrowser::selectedResources() const
{
    QList<DavResource> out;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedRows(RemoteFolderModel::NameColumn))
        out << i.data(RemoteFolderModel::ResourceRole).value<DavResource>();
    return out;
}

QModelIndex FileBrowser::indexOf(const QString &name) const
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, RemoteFolderModel::NameColumn);
        if (i.data().toString() == name)
            return i;
    }
    return {};
}

void FileBrowser::select(const QStringList &names)
{
    QItemSelectionModel *sel = m_tree->selectionModel();
    sel->clearSelection();
    QModelIndex first;
    for (const QString &name : names) {
        const QModelIndex i = indexOf(name);
        if (!i.isValid())
            continue;
        sel->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (!first.isValid())
            first = i;
    }
    if (first.isValid()) {
        sel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        currentView()->scrollTo(first);
    }
}

QString joinSentences(const QStringList &errors)
{
    // every problem is said, none is lost: the first few in full, then how many more
    QStringList unique;
    for (const QString &e : errors)
        if (!unique.contains(e))
            unique << e;
    const int shown = qMin<int>(4, int(unique.size()));
    QString text = unique.mid(0, shown).join(QLatin1Char('\n'));
    if (unique.size() > shown)
        text += QLatin1Char('\n') +
                FileBrowser::tr("…and %n more problem(s).", nullptr, int(unique.size() - shown));
    return text;
}

void FileBrowser::showError(const Error &error)
{
    if (!error || error.kind() == Error::Kind::Cancelled)
        return;
    m_listingError = false;
    qCWarning(lcUi) << "files:" << error.detail();
    m_message->showMessage(error.userText());
}

void FileBrowser::finishBatch(const std::shared_ptr<Batch> &batch)
{
    if (--batch->pending > 0)
        return;
    if (batch->refresh) {
        m_pendingSelect = batch->select;
        refresh();
    }
    if (!batch->errors.isEmpty())
        m_message->showMessage(joinSentences(batch->errors));
}

// ---------------------------------------------------------------------------------------------------------
// actions (what they do to the store and between it and this computer: FileBrowserOperations.cpp)

void FileBrowser::openIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const DavResource r = index.data(RemoteFolderModel::ResourceRole).value<DavResource>();
    if (r.isCollection) {
        setFolder(r.path);
        return;
    }
    // a file opens in the application this computer has for it, from a private copy
    auto staged = std::make_shared<QHash<QString, std::shared_ptr<DownloadBatch>>>();
    const QStringList local = stage({r}, *staged);
    const std::shared_ptr<DownloadBatch> batch = staged->value(local.value(0));
    if (!batch)
        return;
    const QString file = local.first();
    batch->walked = [file](DownloadBatch &b) {
        if (b.ready())
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    };
    m_message->showMessage(tr("Opening “%1” once it has downloaded (see Transfers).").arg(r.name),
                           MessageBar::Level::Info);
}

void FileBrowser::openSelected()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(RemoteFolderModel::NameColumn);
    if (rows.size() == 1)
        openIndex(rows.first());
}

QString FileBrowser::uniqueName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; indexOf(name).isValid(); ++n)
        name = QStringLiteral("%1 %2").arg(wanted).arg(n);
    return name;
}

void FileBrowser::copyLinks()
{
    QStringList links;
    for (const DavResource &r : selectedResources())
        links << davpath::shareableLink(m_client->root(), r.path, r.isCollection);
    if (links.isEmpty())
        links << davpath::shareableLink(m_client->root(), folder(), !folder().isEmpty());
    QApplication::clipboard()->setText(links.join(QLatin1Char('\n')));
    m_message->showMessage(links.size() == 1 ? tr("Link copied: %1").arg(links.first())
                                             : tr("%n link(s) copied.", nullptr, int(links.size())),
                           MessageBar::Level::Info);
}

UseOnComputerDialog *FileBrowser::useOnComputerDialog() const
{
    return m_useDialog;
}

void FileBrowser::useOnComputer()
{
    if (!m_useDialog) {
        const identity::ServiceLogin &login = m_account->serviceLogin();
        const bool basic = m_account->profile().storageAuth != QLatin1String("bearer");
        m_useDialog = new UseOnComputerDialog(m_client->root(), login.userName,
                                              basic ? login.password : QString(), this);
        m_useDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_useDialog->show();
    m_useDialog->raise();
    m_useDialog->activateWindow();
}

bool FileBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // a drag of ours leaving the list is probably heading for the desktop: start fetching its files now
    if (event->type() == QEvent::DragLeave && m_activeDrag &&
        (watched == m_tree->viewport() || watched == m_icons->viewport()))
        m_activeDrag->startStaging();
    return QWidget::eventFilter(watched, event);
}

void FileBrowser::setProcessingAvailable(bool available)
{
    m_actions.value(QStringLiteral("processOnCluster"))->setVisible(available);
}

void FileBrowser::processOnCluster()
{
    const QList<storage::DavResource> chosen = selectedResources();
    if (chosen.size() > 1 || (chosen.size() == 1 && !chosen.first().isCollection))
        return;
    Q_EMIT processRequested(chosen.isEmpty() ? folder() : chosen.first().path);
}

} // namespace daas::ui
