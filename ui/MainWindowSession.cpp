// MainWindow and the person signed in (see MainWindow.h): what signing out stops and clears (everything of
// theirs on a shared workstation), the idle sign-out that warns first, signing in again, the status line.

#include "IdleWarning.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "ThemedIcon.h"
#include "TransferPanel.h"

#include "jobs/NewJobDialog.h"

#include "CatalogueView.h"
#include "DownloadsPanel.h"
#include "FileBrowser.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "identity/IdleSignOut.h"
#include "identity/Workstation.h"
#include "remote/SessionTabs.h"
#include "storage/Transfer.h"
#include "storage/TransferQueue.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

using State = daas::identity::IcatSession::State;
using namespace Qt::StringLiterals;

namespace daas::ui {

QStringList MainWindow::catalogueTransfers() const
{
    QStringList out;
    for (const QString &name : m_downloads->runningTransfers())
        out << tr("Catalogue transfer of %1").arg(name);
    return out;
}

QStringList MainWindow::unfinishedTransfers() const
{
    QStringList out = catalogueTransfers();
    if (!m_files)
        return out;
    for (const storage::Transfer *t : m_files->queue()->transfers()) {
        if (t->isFinished())
            continue;
        switch (t->direction()) {
        case storage::Transfer::Direction::Download:
            out << tr("Download of %1").arg(t->remotePath());
            break;
        case storage::Transfer::Direction::Upload:
            out << tr("Upload of %1").arg(t->localPath());
            break;
        case storage::Transfer::Direction::Copy:
            out << tr("Copy to %1").arg(t->remotePath());
            break;
        }
    }
    return out;
}

void MainWindow::signOut()
{
    if (m_signingOut || m_signOutQuestion)
        return;
    // a personal computer keeps the storage queue for the next sign-in of the same person; the catalogue's
    // transfers run on the session that ends, on every computer
    const bool shared = m_account->isSharedWorkstation();
    const QStringList unfinished = shared ? unfinishedTransfers() : catalogueTransfers();
    if (unfinished.isEmpty()) {
        signOutNow();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sign out"),
                                tr("These transfers will not finish:") + u'\n' + unfinished.join(u'\n'),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("signOutQuestion"));
    box->setInformativeText(shared ? tr("This computer is shared: signing out stops them and removes what "
                                        "they kept here.")
                                   : tr("Signing out ends the session they use: they stop, and their "
                                        "unfinished files are removed."));
    QPushButton *out = box->addButton(tr("Stop them and sign out"), QMessageBox::AcceptRole);
    box->addButton(tr("Stay signed in"), QMessageBox::RejectRole);
    box->setDefaultButton(out);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, out] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(out))
            signOutNow();
    });
    m_signOutQuestion = box;
    box->open();
}

void MainWindow::signOutNow(const QString &reason)
{
    if (m_signingOut)
        return;
    m_signingOut = true;
    dropIdleWatch(); // no countdown during and after the sign-out
    if (m_idleWarning)
        m_idleWarning->deleteLater();
    if (m_signOutQuestion)
        m_signOutQuestion->deleteLater();
    if (m_newJob)
        m_newJob->deleteLater();
    m_browsing = false;
    // the next user must not find this one's desktops, listings, store, jobs or environments
    while (m_desktops && m_desktops->count() > 0)
        m_desktops->closeView(0);
    if (m_files)
        for (storage::Transfer *t : m_files->queue()->transfers())
            if (!t->isFinished() && m_account->isSharedWorkstation())
                m_files->queue()->cancel(t->id());
    // the catalogue's transfers run on this session, which ends now: stopped on every computer
    m_downloads->cancelRunning();
    removeFilesArea(); // the queue keeps its state file now, before the core removes it on a shared computer
    removeJobsArea();
    removeEnvironmentsArea();
    m_catalogue->clear();
    m_downloads->clearFinished();
    statusBar()->clearMessage();
    m_account->signOut(this, [this, reason](const Error &e) {
        m_signingOut = false;
        if (e) {
            auto *box =
                new QMessageBox(QMessageBox::Warning, tr("Sign out"), e.userText(), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("signOutProblem"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        Q_EMIT signedOut();
        signIn(reason);
    });
}

IdleWarning *MainWindow::idleWarning() const
{
    return m_idleWarning && m_idleWarning->isVisible() ? m_idleWarning.data() : nullptr;
}

void MainWindow::dropIdleWatch()
{
    // later: this may run inside the watch's own timedOut()
    if (m_idle) {
        m_idle->stop();
        m_idle->deleteLater();
        m_idle = nullptr;
    }
    if (m_idleWarning)
        m_idleWarning->hide();
}

void MainWindow::updateIdleWatch()
{
    const bool wanted = m_account->isSharedWorkstation() &&
                        m_account->icat()->state() == identity::IcatSession::State::SignedIn && !m_signingOut;
    if (!wanted) {
        dropIdleWatch();
        return;
    }
    if (m_idle)
        return;
    m_idle = new identity::IdleSignOut(identity::Workstation::idleTimeout(),
                                       identity::Workstation::idleWarning(), this);
    connect(m_idle, &identity::IdleSignOut::warning, this, [this](int secondsLeft) {
        if (!m_idleWarning) {
            m_idleWarning = new IdleWarning(this);
            connect(m_idleWarning, &IdleWarning::stayRequested, this, [this] {
                if (m_idle)
                    m_idle->start();
            });
        }
        m_idleWarning->setSecondsLeft(secondsLeft);
        m_idleWarning->setUnfinishedTransfers(unfinishedTransfers());
        m_idleWarning->show();
        m_idleWarning->raise();
    });
    connect(m_idle, &identity::IdleSignOut::countdown, this, [this](int secondsLeft) {
        if (m_idleWarning)
            m_idleWarning->setSecondsLeft(secondsLeft);
    });
    connect(m_idle, &identity::IdleSignOut::warningCancelled, this, [this] {
        if (m_idleWarning)
            m_idleWarning->hide();
    });
    // nobody is there to answer a question: the transfers were listed in the warning
    connect(m_idle, &identity::IdleSignOut::timedOut, this,
            [this] { signOutNow(tr("You were signed out because this shared computer was left unused.")); });
    m_idle->start();
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signIn;
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
        m_sessionLabel->setStyleSheet(QString());
        break;
    case State::SigningIn:
        m_sessionLabel->setText(tr("Signing in…"));
        m_sessionLabel->setStyleSheet(QString());
        break;
    case State::Expired:
        m_sessionLabel->setText(tr("Session expired — sign in to continue"));
        m_sessionLabel->setStyleSheet(
            u"color: %1"_s.arg(readableOn(QColor(0x7a, 0x1f, 0x24), palette()).name()));
        break;
    case State::SignedOut:
        m_sessionLabel->setText(tr("Signed out"));
        m_sessionLabel->setStyleSheet(QString());
        break;
    }
}

} // namespace daas::ui
