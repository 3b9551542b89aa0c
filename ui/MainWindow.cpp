#include "MainWindow.h"
#include "ThemedIcon.h"

#include "jobs/BatchProvider.h"
#include "jobs/JobsSession.h"
#include "jobs/JobsView.h"
#include "jobs/NewJobDialog.h"

#include "CatalogueView.h"
#include "Dialogs.h"
#include "DownloadsPanel.h"
#include "EnvironmentsView.h"
#include "FileBrowser.h"
#include "IdleWarning.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SignInDialog.h"
#include "TransferPanel.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "identity/IdleSignOut.h"
#include "identity/Workstation.h"
#include "remote/RdpConnectionFile.h"
#include "remote/RdpSession.h"
#include "remote/RemoteView.h"
#include "remote/SessionTabs.h"
#include "storage/Transfer.h"
#include "storage/TransferQueue.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

using State = daas::identity::IcatSession::State;
using namespace Qt::StringLiterals;

namespace daas::ui {

MainWindow::MainWindow(identity::Account *account, QWidget *parent)
    : QMainWindow(parent)
    , m_account(account)
    , m_downloads(new DownloadsPanel(this))
    , m_downloadsDock(new QDockWidget(tr("Transfers"), this))
    , m_catalogue(new CatalogueView(account, m_downloads, this))
    , m_areas(new QTabWidget(this))
    , m_facilityLabel(new QLabel(this))
    , m_sessionLabel(new QLabel(this))
{
    // the facility only: Qt adds the application's display name ("… — DAaaS Desktop") on every platform
    // that shows one in the title
    setWindowTitle(account->profile().name);
    setWindowIcon(QIcon(QStringLiteral(":/daas.svg")));
    resize(1180, 720);
    m_areas->setObjectName(QStringLiteral("areas"));
    m_areas->setDocumentMode(true);
    addArea(m_catalogue, themedIcon(QStringLiteral(":/icons/folder.svg")), tr("Catalogue"));
    setCentralWidget(m_areas);
    m_downloadsDock->setObjectName(QStringLiteral("transfersDock"));
    m_downloadsDock->setWidget(m_downloads);
    m_downloadsDock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, m_downloadsDock);
    m_downloadsDock->hide();

    // permanent widgets, so a passing message ("…saved in…") never hides whom and where the user is
    m_facilityLabel->setText(account->profile().name);
    m_facilityLabel->setObjectName(QStringLiteral("facility"));
    m_facilityLabel->setAccessibleName(tr("Facility"));
    m_facilityLabel->setToolTip(account->profile().icatUrl.toString());
    m_sessionLabel->setObjectName(QStringLiteral("sessionStatus"));
    m_sessionLabel->setAccessibleName(tr("Session status"));
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    m_facilityLabel->setContentsMargins(6, 0, 6, 0);
    m_sessionLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_facilityLabel);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_sessionLabel);
    buildMenus();

    identity::IcatSession *icat = account->icat();
    connect(icat, &identity::IcatSession::stateChanged, this, &MainWindow::updateSessionStatus);
    connect(icat, &identity::IcatSession::stateChanged, this, &MainWindow::updateIdleWatch);
    connect(icat, &identity::IcatSession::sessionExpired, this, [this] {
        // on a shared workstation whoever signs in next may be someone else: nothing of this person stays
        if (m_account->isSharedWorkstation())
            signOutNow(tr("Your session has ended. Sign in again."));
        else
            signIn(tr("Your session has ended. Sign in again to carry on where you were."));
    });
    connect(icat, &identity::IcatSession::signedIn, this, [this] {
        createEnvironments();
        if (!m_browsing) {
            m_browsing = true;
            m_catalogue->showInvestigations();
        }
        addFilesArea();
        addJobsArea();
    });
    // the catalogue's window-wide shortcuts (F5, Ctrl+D, Alt+Up...) must not collide with another area's
    connect(m_areas, &QTabWidget::currentChanged, this, [this] {
        for (QAction *a : m_catalogue->catalogueActions())
            a->setShortcutContext(m_areas->currentWidget() == m_catalogue ? Qt::WindowShortcut
                                                                          : Qt::WidgetShortcut);
    });
    connect(m_downloads, &DownloadsPanel::transferFinished, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 8000); });
    connect(m_downloads, &DownloadsPanel::transferStarted, m_downloadsDock, &QWidget::show);
    updateSessionStatus();
}

void MainWindow::addArea(QWidget *area, const QIcon &icon, const QString &title)
{
    m_areas->addTab(area, icon, title);
    // one area needs no tab bar
    m_areas->tabBar()->setVisible(m_areas->count() > 1);
    addAreaMenu(area, title);
}

void MainWindow::addAreaMenu(QWidget *area, const QString &title)
{
    // An area's tool bar buttons take no keyboard focus: its actions are also in a menu of the menu bar
    // (shown while the area is), which the keyboard reaches with Alt or F10; it goes with the area.
    QList<QAction *> actions = area->actions();
    for (QToolBar *bar : area->findChildren<QToolBar *>()) {
        for (QAction *a : bar->actions())
            if (!actions.contains(a) && !a->isSeparator() && !qobject_cast<QWidgetAction *>(a))
                actions << a;
        if (auto *more = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s)) {
            more->setAccessibleName(tr("More actions"));
            more->setToolTip(tr("More actions"));
        }
    }
    auto *view = menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    if (actions.isEmpty() || area == m_catalogue || !view)
        return;
    auto *menu = new QMenu(title == tr("Files") ? tr("F&iles") : u"&"_s + title, menuBar());
    menu->addActions(actions);
    menuBar()->insertMenu(view->menuAction(), menu);
    connect(area, &QObject::destroyed, menu, &QObject::deleteLater);
    auto show = [this, area, menu] { menu->menuAction()->setVisible(m_areas->currentWidget() == area); };
    connect(m_areas, &QTabWidget::currentChanged, menu, show);
    show();
}

void MainWindow::createEnvironments()
{
    const facility::FacilityProfile &profile = m_account->profile();
    if (m_environments || profile.cloudType.isEmpty() || !profile.cloudUrl.isValid())
        return;
    m_environments = new EnvironmentsView(m_account, this);
    addArea(m_environments, themedIcon(QStringLiteral(":/icons/cloud.svg")), tr("Environments"));
    connect(m_environments, &EnvironmentsView::desktopRequested, this, &MainWindow::openDesktop);
    connect(m_environments, &EnvironmentsView::environmentRemoved, this, &MainWindow::closeDesktopsOf);
    connect(m_environments, &EnvironmentsView::environmentReady, this,
            [this](const QString &, const QString &name) {
                notify(tr("Environment ready"),
                       tr("The desktop of “%1” is ready. Choose Connect to open it.").arg(name));
            });
}

void MainWindow::openDesktop(const QString &environmentId, const QString &title,
                             remote::RemoteSession *session)
{
    if (!m_desktops) {
        // Desktops are one area with their own tabs and viewer toolbar (fit, 1:1, full screen, keyboard grab,
        // Ctrl+Alt+Del): it appears with the first desktop and goes with the last.
        m_desktops = new SessionTabs(this);
        m_desktops->setObjectName(QStringLiteral("desktops"));
        m_desktops->setPasswordsMayBeKept(!m_account->isSharedWorkstation());
        addArea(m_desktops, themedIcon(QStringLiteral(":/icons/desktop.svg")), tr("Desktops"));
        connect(m_desktops, &SessionTabs::countChanged, this, [this](int count) {
            if (count > 0 || !m_desktops)
                return;
            m_areas->removeTab(m_areas->indexOf(m_desktops));
            m_areas->tabBar()->setVisible(m_areas->count() > 1);
            m_desktops->deleteLater();
            m_desktops = nullptr;
        });
        connect(m_desktops->fullScreenAction(), &QAction::toggled, this, [this](bool on) {
            // the remote desktop gets the whole screen: the window's own chrome goes too
            menuBar()->setVisible(!on);
            statusBar()->setVisible(!on);
            m_areas->tabBar()->setVisible(!on && m_areas->count() > 1);
        });
    }
    // one connection per environment: Connect again shows the tab already open; Connect with the other
    // protocol replaces it in the same place
    int index = -1;
    for (int i = 0; i < m_desktops->count(); ++i) {
        RemoteView *view = m_desktops->viewAt(i);
        if (view->property("environmentId").toString() != environmentId)
            continue;
        if (view->session()->protocol() == session->protocol()) {
            delete session;
            const auto state = view->session()->state();
            if (state == remote::RemoteSession::State::Failed ||
                state == remote::RemoteSession::State::Closed)
                view->session()->open();
            m_desktops->setCurrentView(view);
            m_areas->setCurrentWidget(m_desktops);
            return;
        }
        index = i;
        m_desktops->closeView(i);
        break;
    }
    if (!m_desktops) // closing the last tab took the area away
        return openDesktop(environmentId, title, session);
    // the tab says which protocol shows this desktop: the same machine may be switched between them
    const QString protocol = session->protocol() == remote::RemoteProtocol::Rdp ? u"RDP"_s : u"VNC"_s;
    RemoteView *view = m_desktops->openSession(tr("%1 (%2)").arg(title, protocol), session, index);
    view->setProperty("environmentId", environmentId);
    m_areas->setCurrentWidget(m_desktops);
    view->setFocus();
}

void MainWindow::openConnectionFile(const QString &path)
{
    const Result<remote::RdpEndpoint> endpoint = remote::RdpConnectionFile::read(path);
    if (!endpoint) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Connection File"),
                                    endpoint.error().userText(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("connectionFileError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    // the file names no password: the session asks (or takes the one kept with "Remember")
    auto *session = new remote::RdpSession(*endpoint);
    session->setProperty("connectionFile", path);
    openDesktop(u"file:"_s + QFileInfo(path).absoluteFilePath(), endpoint->host, session);
}

void MainWindow::closeDesktopsOf(const QString &environmentId)
{
    if (!m_desktops)
        return;
    for (int i = m_desktops->count() - 1; m_desktops && i >= 0; --i)
        if (m_desktops->viewAt(i)->property("environmentId").toString() == environmentId)
            m_desktops->closeView(i);
}

void MainWindow::notify(const QString &title, const QString &text)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(windowTitle());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                raise();
                activateWindow();
                if (m_environments)
                    m_areas->setCurrentWidget(m_environments);
            });
            m_tray->show();
        }
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
        return;
    }
    statusBar()->showMessage(text, 15000);
}

void MainWindow::addFilesArea()
{
    if (m_files || !m_account->profile().storageUrl.isValid())
        return;
    m_files = new FileBrowser(m_account, this);
    m_transferPanel = new TransferPanel(m_files->queue());
    m_files->setTransferPanel(m_transferPanel);
    // one Transfers dock: the storage queue above the catalogue downloads
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("transfersSplit"));
    split->addWidget(m_transferPanel);
    split->addWidget(m_downloads);
    m_downloads->setHeading(tr("Catalogue downloads"));
    m_downloadsDock->setMinimumWidth(360); // the storage list's buttons and its total line
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_downloadsDock->setWidget(split);
    connect(m_transferPanel, &TransferPanel::activity, m_downloadsDock, &QWidget::show);
    addArea(m_files, themedIcon(QStringLiteral(":/icons/folder-item.svg")), tr("Files"));
    // "Copy to my storage…" in the catalogue: into this store, through its queue
    m_catalogue->setStorage(m_files->storage());
}

void MainWindow::addJobsArea()
{
    if (m_jobs || m_account->profile().batchType.isEmpty())
        return;
    Result<jobs::BatchProvider *> provider = jobs::JobsSession::createProvider(m_account);
    if (!provider) {
        statusBar()->showMessage(provider.error().prefixed(tr("The batch cluster cannot be used")).userText(),
                                 15000);
        return;
    }
    m_jobsSession = new jobs::JobsSession(m_account, provider.value(), {}, this);
    // output below the storage mount is read over WebDAV, and working folders are made there
    if (m_files) {
        m_jobsSession->setStorage(m_files->storage());
        // a folder of the storage becomes a job's input where the cluster sees the storage
        m_files->setProcessingAvailable(!m_jobsSession->storageMount().isEmpty());
        connect(m_files, &FileBrowser::processRequested, this, [this](const QString &path) {
            const QString onCluster = m_jobsSession ? m_jobsSession->clusterPathFor(path) : QString();
            if (onCluster.isEmpty())
                return;
            showNewJob({}, QStringLiteral("bundled/mantid-reduction"), onCluster);
        });
        // a dataset of the catalogue: copied into the storage first, the job waits for the copy
        m_catalogue->setProcessingAvailable(!m_jobsSession->storageMount().isEmpty());
        connect(m_catalogue, &CatalogueView::processRequested, this,
                [this](const QString &folder, const QList<storage::Transfer *> &copies) {
                    const QString onCluster =
                        m_jobsSession ? m_jobsSession->clusterPathFor(folder) : QString();
                    if (onCluster.isEmpty())
                        return;
                    showNewJob({}, QStringLiteral("bundled/mantid-reduction"), onCluster, copies);
                });
    }
    m_jobs = new JobsView(m_jobsSession, this);
    addArea(m_jobs, themedIcon(QStringLiteral(":/icons/jobs.svg")), tr("Jobs"));
    connect(m_jobs, &JobsView::newJobRequested, this,
            [this](const jobs::JobRequest &request, const QString &templateId) {
                showNewJob(request, templateId);
            });
    connect(m_jobs, &JobsView::storageFolderRequested, this, [this](const QString &folder) {
        if (!m_files)
            return;
        m_files->setFolder(folder);
        m_areas->setCurrentWidget(m_files);
    });
    connect(m_jobsSession, &jobs::JobsSession::jobEnded, this, [this](const jobs::BatchJob &job) {
        notify(tr("Job %1 %2").arg(job.id, jobs::stateText(job.state).toLower()),
               job.name.isEmpty()
                   ? tr("Job %1 has ended.").arg(job.id)
                   : tr("“%1” has ended: %2.").arg(job.name, jobs::stateText(job.state).toLower()));
    });
    // The SSH back-ends ask before they trust a login node's key and for a passphrase or password; the
    // question waits in the provider until it is answered here.
    jobs::BatchProvider *batch = m_jobsSession->provider();
    connect(batch, &jobs::BatchProvider::hostKeyDecisionNeeded, this,
            [this, batch](const QString &host, const QString &keyType, const QString &fingerprint) {
                auto *box = new QMessageBox(QMessageBox::Question, tr("Unknown cluster login node"),
                                            tr("This computer has not met %1 before. Its %2 key has the "
                                               "fingerprint\n\n%3\n\nTrust it only if your facility "
                                               "publishes the same fingerprint.")
                                                .arg(host, keyType, fingerprint),
                                            QMessageBox::NoButton, this);
                box->setObjectName(QStringLiteral("hostKeyQuestion"));
                QPushButton *trust = box->addButton(tr("Trust this key"), QMessageBox::AcceptRole);
                box->addButton(tr("Do not connect"), QMessageBox::RejectRole);
                box->setAttribute(Qt::WA_DeleteOnClose);
                connect(box, &QMessageBox::finished, batch, [box, batch, trust] {
                    batch->answerHostKey(box->clickedButton() == static_cast<QAbstractButton *>(trust));
                });
                box->open();
            });
    connect(
        batch, &jobs::BatchProvider::secretNeeded, this, [this, batch](const QString &prompt, bool retry) {
            auto *dialog = new QInputDialog(this);
            dialog->setObjectName(QStringLiteral("batchSecretPrompt"));
            dialog->setWindowTitle(tr("Batch cluster"));
            dialog->setLabelText(retry ? tr("That was not accepted. %1").arg(prompt) : prompt);
            dialog->setTextEchoMode(QLineEdit::Password);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QInputDialog::finished, batch, [dialog, batch](int result) {
                batch->answerSecret(result == QDialog::Accepted ? std::optional<QString>(dialog->textValue())
                                                                : std::nullopt);
            });
            dialog->open();
        });
    m_jobsSession->start();
}

NewJobDialog *MainWindow::newJobDialog() const
{
    return qobject_cast<NewJobDialog *>(m_newJob.data());
}

void MainWindow::showNewJob(const jobs::JobRequest &request, const QString &templateId, const QString &input,
                            const QList<storage::Transfer *> &inputCopies)
{
    if (!m_jobsSession)
        return;
    auto *dialog = new NewJobDialog(m_jobsSession, this);
    m_newJob = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!request.script.isEmpty())
        dialog->setRequest(request, templateId);
    else
        dialog->chooseTemplate(templateId.isEmpty() ? QStringLiteral("bundled/shell") : templateId);
    if (!input.isEmpty())
        dialog->setInput(input);
    if (!inputCopies.isEmpty())
        dialog->waitForInput(inputCopies);
    connect(dialog, &NewJobDialog::submitted, this, [this](const QString &id, const QStringList &warnings) {
        m_areas->setCurrentWidget(m_jobs);
        m_jobs->selectJob(id);
        statusBar()->showMessage(
            warnings.isEmpty() ? tr("Job %1 submitted.").arg(id)
                               : tr("Job %1 submitted. The scheduler says: %2").arg(id, warnings.join(u' ')),
            15000);
    });
    dialog->open();
}

void MainWindow::removeJobsArea()
{
    if (!m_jobs)
        return;
    m_areas->removeTab(m_areas->indexOf(m_jobs));
    m_areas->tabBar()->setVisible(m_areas->count() > 1);
    m_catalogue->setProcessingAvailable(false);
    disconnect(m_catalogue, &CatalogueView::processRequested, this, nullptr);
    delete std::exchange(m_jobs, nullptr);
    delete std::exchange(m_jobsSession, nullptr);
}

void MainWindow::removeFilesArea()
{
    if (!m_files)
        return;
    m_catalogue->setStorage(nullptr);
    QWidget *split = m_downloadsDock->widget();
    m_downloadsDock->setWidget(m_downloads); // out of the splitter, back into the dock
    m_downloads->setHeading(QString());
    m_downloadsDock->setMinimumWidth(300);
    delete split; // with the transfer panel, before the queue it shows
    m_areas->removeTab(m_areas->indexOf(m_files));
    m_areas->tabBar()->setVisible(m_areas->count() > 1);
    delete std::exchange(m_files, nullptr);
    m_transferPanel = nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openConnectionFile = file->addAction(tr("&Open Connection File…"), this, [this] {
        const QString path = Dialogs::chooseFile(this, tr("Open Connection File"), {},
                                                 tr("Remote desktop connection files (*.rdp)"));
        if (!path.isEmpty())
            openConnectionFile(path);
    });
    m_openConnectionFile->setShortcut(QKeySequence::Open);
    m_openConnectionFile->setObjectName(QStringLiteral("openConnectionFileAction"));
    file->addSeparator();
    QAction *transfers = m_downloadsDock->toggleViewAction();
    transfers->setText(tr("Show &transfers"));
    file->addAction(transfers);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *catalogueMenu = menuBar()->addMenu(tr("&Catalogue"));
    catalogueMenu->addActions(m_catalogue->catalogueActions());

    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    QAction *signInAction = accountMenu->addAction(themedIcon(QStringLiteral(":/icons/sign-in.svg")),
                                                   tr("Sign &in…"), this, [this] { signIn(); });
    QAction *signOutAction = accountMenu->addAction(themedIcon(QStringLiteral(":/icons/sign-out.svg")),
                                                    tr("Sign &out"), this, &MainWindow::signOut);
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    signInAction->setEnabled(m_account->icat()->state() != State::SignedIn);
    signOutAction->setEnabled(m_account->icat()->state() == State::SignedIn);
    connect(m_account->icat(), &identity::IcatSession::stateChanged, this,
            [signInAction, signOutAction](State s) {
                signInAction->setEnabled(s != State::SignedIn);
                signOutAction->setEnabled(s == State::SignedIn);
            });

    // Alt+1…9 show the areas in their order (Ctrl+1/2 are the Files area's views)
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    for (int i = 0; i < 9; ++i) {
        QAction *area = view->addAction(QString(), this, [this, i] {
            if (i < m_areas->count())
                m_areas->setCurrentIndex(i);
        });
        area->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        area->setObjectName(u"showArea%1"_s.arg(i + 1));
    }
    auto updateAreaActions = [this, view] {
        const QList<QAction *> actions = view->actions();
        for (int i = 0; i < actions.size(); ++i) {
            actions[i]->setVisible(i < m_areas->count());
            actions[i]->setText(i < m_areas->count() ? tr("Show %1").arg(m_areas->tabText(i)) : QString());
        }
    };
    connect(view, &QMenu::aboutToShow, this, updateAreaActions);
    connect(m_areas, &QTabWidget::currentChanged, this, updateAreaActions);
    updateAreaActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addAction(tr("&About DAaaS Desktop"), this, [this] {
        QMessageBox::about(
            this, tr("About DAaaS Desktop"),
            tr("<b>DAaaS Desktop</b> %1<br>Your experiments, data and analysis environments at %2.")
                .arg(QApplication::applicationVersion(), m_account->profile().name.toHtmlEscaped()));
    });
}

void MainWindow::removeEnvironmentsArea()
{
    if (!m_environments)
        return;
    m_areas->removeTab(m_areas->indexOf(m_environments));
    m_areas->tabBar()->setVisible(m_areas->count() > 1);
    delete std::exchange(m_environments, nullptr);
}

void MainWindow::showSettings()
{
    if (m_settings) {
        m_settings->raise();
        m_settings->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_account->profile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // the shared workstation and its idle time apply at once (the language at the next start)
    connect(dialog, &QDialog::accepted, this, [this] {
        dropIdleWatch();
        updateIdleWatch();
        if (m_desktops)
            m_desktops->setPasswordsMayBeKept(!m_account->isSharedWorkstation());
    });
    m_settings = dialog;
    dialog->open();
}

} // namespace daas::ui
