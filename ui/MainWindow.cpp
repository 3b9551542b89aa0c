#include "MainWindow.h"

#include "CatalogueView.h"
#include "DownloadsPanel.h"
#include "SignInDialog.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

using State = daas::identity::IcatSession::State;

namespace daas::ui {

MainWindow::MainWindow(identity::Account *account, QWidget *parent)
    : QMainWindow(parent)
    , m_account(account)
    , m_downloads(new DownloadsPanel(this))
    , m_downloadsDock(new QDockWidget(tr("Transfers"), this))
    , m_catalogue(new CatalogueView(account, m_downloads, this))
    , m_facilityLabel(new QLabel(this))
    , m_sessionLabel(new QLabel(this))
{
    setWindowTitle(tr("DAaaS Desktop — %1").arg(account->profile().name));
    setWindowIcon(QIcon(QStringLiteral(":/daas.svg")));
    resize(1180, 720);
    setCentralWidget(m_catalogue);
    m_downloadsDock->setObjectName(QStringLiteral("transfersDock"));
    m_downloadsDock->setWidget(m_downloads);
    m_downloadsDock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, m_downloadsDock);
    m_downloadsDock->hide();

    m_facilityLabel->setText(account->profile().name);
    m_sessionLabel->setObjectName(QStringLiteral("sessionStatus"));
    m_sessionLabel->setAccessibleName(tr("Session status"));
    statusBar()->addWidget(m_facilityLabel);
    statusBar()->addPermanentWidget(m_sessionLabel);
    buildMenus();

    identity::IcatSession *icat = account->icat();
    connect(icat, &identity::IcatSession::stateChanged, this, &MainWindow::updateSessionStatus);
    connect(icat, &identity::IcatSession::sessionExpired, this,
            [this] { signIn(tr("Your session has ended. Sign in again to carry on where you were.")); });
    connect(icat, &identity::IcatSession::signedIn, this, [this] {
        if (!m_browsing) {
            m_browsing = true;
            m_catalogue->showInvestigations();
        }
    });
    connect(m_downloads, &DownloadsPanel::transferFinished, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 8000); });
    connect(m_downloads, &DownloadsPanel::transferStarted, m_downloadsDock, &QWidget::show);
    updateSessionStatus();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *transfers = m_downloadsDock->toggleViewAction();
    transfers->setText(tr("Show &transfers"));
    file->addAction(transfers);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    QAction *signInAction = accountMenu->addAction(tr("Sign &in…"), this, [this] { signIn(); });
    QAction *signOutAction = accountMenu->addAction(tr("Sign &out"), this, [this] {
        m_account->icat()->logout();
        m_browsing = false;
        signIn();
    });
    connect(m_account->icat(), &identity::IcatSession::stateChanged, this,
            [signInAction, signOutAction](State s) {
                signInAction->setEnabled(s != State::SignedIn);
                signOutAction->setEnabled(s == State::SignedIn);
            });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DAaaS Desktop"), this, [this] {
        QMessageBox::about(
            this, tr("About DAaaS Desktop"),
            tr("<b>DAaaS Desktop</b> %1<br>Your experiments, data and analysis environments at %2.")
                .arg(QApplication::applicationVersion(), m_account->profile().name.toHtmlEscaped()));
    });
}

void MainWindow::signIn(const QString &reason)
{
    if (m_signIn)
        return;
    m_signIn = new SignInDialog(m_account, this);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    if (!reason.isEmpty())
        m_signIn->setReason(reason);
    connect(m_signIn, &QDialog::rejected, this, [this] {
        // the user gave up: what was waiting for the session fails with a clear message
        m_account->icat()->abandonParkedRequests();
    });
    connect(m_signIn, &QObject::destroyed, this, [this] { m_signIn = nullptr; });
    m_signIn->open();
}

QString MainWindow::sessionStatus() const
{
    return m_sessionLabel->text();
}

void MainWindow::updateSessionStatus()
{
    identity::IcatSession *icat = m_account->icat();
    switch (icat->state()) {
    case State::SignedIn:
        m_sessionLabel->setText(tr("Signed in as %1").arg(icat->userName()));
        break;
    case State::SigningIn:
        m_sessionLabel->setText(tr("Signing in…"));
        break;
    case State::Expired:
        m_sessionLabel->setText(tr("Session ended — sign in to continue"));
        break;
    case State::SignedOut:
        m_sessionLabel->setText(tr("Signed out"));
        break;
    }
}

} // namespace daas::ui
