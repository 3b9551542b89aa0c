#pragma once

#include "jobs/BatchJob.h"
#include "remote/RemoteSession.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QDockWidget;
class QSystemTrayIcon;
class QTabWidget;

namespace daas::identity {
class Account;
class IdleSignOut;
} // namespace daas::identity

namespace daas::jobs {
class JobsSession;
}

namespace daas::storage {
class Transfer;
}

namespace daas::ui {

class CatalogueView;
class DownloadsPanel;
class EnvironmentsView;
class SessionTabs;
class FileBrowser;
class IdleWarning;
class JobsView;
class NewJobDialog;
class SignInDialog;
class TransferPanel;

// The client's window: one tab per area (the catalogue first, then the services the facility offers),
// transfers in a dock, the session in the status bar. Areas of services the facility does not offer are
// absent.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(identity::Account *account, QWidget *parent = nullptr);

    // Opens the sign-in dialog (at start, and when the session ends mid-use).
    void signIn(const QString &reason = {});
    CatalogueView *catalogue() const { return m_catalogue; }
    DownloadsPanel *downloads() const { return m_downloads; }
    SignInDialog *signInDialog() const;
    QString sessionStatus() const;
    // Adds an area (Files, Environments, ...) as a tab after those already there.
    void addArea(QWidget *area, const QIcon &icon, const QString &title);
    QTabWidget *areas() const { return m_areas; }
    // The Environments area: created at the first sign-in when the facility has a cloud, else null.
    EnvironmentsView *environments() const { return m_environments; }
    // The Desktops area: there while at least one remote desktop is open, else null.
    SessionTabs *desktops() const { return m_desktops; }
    // A short note the user should see even when looking elsewhere: a desktop notification when the
    // system has a tray, else the status bar.
    void notify(const QString &title, const QString &text);
    // The Files area and its transfers: there after sign-in when the facility offers storage.
    FileBrowser *files() const { return m_files; }
    TransferPanel *transfers() const { return m_transferPanel; }
    // The Jobs area: there after sign-in when the facility has a batch section.
    JobsView *jobs() const { return m_jobs; }
    // New job (or resubmit) with this request filled in; the dialog stays open until it is submitted.
    // `input`: a folder on the cluster for the template's input parameter ("Process on the cluster…").
    // `inputCopies`: the input's copies into the storage still under way; Submit waits for them.
    void showNewJob(const daas::jobs::JobRequest &request, const QString &templateId = {},
                    const QString &input = {}, const QList<daas::storage::Transfer *> &inputCopies = {});
    // The New job dialog showNewJob() opened last (null when closed).
    NewJobDialog *newJobDialog() const;
    // A .rdp file (File → Open Connection File…, the command line, the file manager): its desktop in a
    // tab; a file that cannot be used is explained in a message.
    void openConnectionFile(const QString &path);
    // Account → Sign out: on a shared workstation the transfers that will not finish are listed first, for
    // the user to confirm. Then signOutNow().
    void signOut();
    // Closes every view of this user (desktops, files, jobs, environments, listings), then the core's
    // Account::signOut (which, on a shared workstation, removes every trace), then the sign-in dialog (with
    // `reason` when given).
    void signOutNow(const QString &reason = {});
    // Transfers that have not finished, one line each (what a sign-out on a shared computer stops): the
    // catalogue's (catalogueTransfers, stopped by every sign-out) and the storage queue's.
    QStringList unfinishedTransfers() const;
    QStringList catalogueTransfers() const;
    // File → Settings…
    void showSettings();
    QDialog *settingsDialog() const { return m_settings; }
    // The idle sign-out's warning while it counts down (shared workstations), else null.
    IdleWarning *idleWarning() const;
    identity::IdleSignOut *idleSignOut() const { return m_idle; }

Q_SIGNALS:
    // The sign-out finished (and on a shared workstation the person's traces are gone).
    void signedOut();

private:
    void updateSessionStatus();
    void buildMenus();
    void addAreaMenu(QWidget *area, const QString &title);
    void createEnvironments();
    // Takes ownership of the session.
    void openDesktop(const QString &environmentId, const QString &title, remote::RemoteSession *session);
    void closeDesktopsOf(const QString &environmentId);
    void addFilesArea();
    void removeFilesArea();
    void addJobsArea();
    void removeJobsArea();
    void removeEnvironmentsArea();
    void updateIdleWatch();
    void dropIdleWatch();

    identity::Account *m_account;
    DownloadsPanel *m_downloads;
    QDockWidget *m_downloadsDock;
    CatalogueView *m_catalogue;
    QTabWidget *m_areas;
    QLabel *m_facilityLabel;
    QLabel *m_sessionLabel;
    // nulled by Qt when the dialog goes, also while this window is being destroyed (a destroyed() slot of
    // ours then ran on a half-destroyed window: UBSan in the sanitizer stage)
    QPointer<SignInDialog> m_signIn;
    EnvironmentsView *m_environments = nullptr;
    SessionTabs *m_desktops = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    FileBrowser *m_files = nullptr;
    TransferPanel *m_transferPanel = nullptr;
    jobs::JobsSession *m_jobsSession = nullptr;
    JobsView *m_jobs = nullptr;
    QPointer<QDialog> m_newJob;
    QAction *m_openConnectionFile = nullptr;
    identity::IdleSignOut *m_idle = nullptr;
    QPointer<IdleWarning> m_idleWarning;
    QPointer<QDialog> m_settings;
    QPointer<QDialog> m_signOutQuestion;
    bool m_signingOut = false;
    bool m_browsing = false;
};

} // namespace daas::ui
