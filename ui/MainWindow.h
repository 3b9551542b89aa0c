#pragma once

#include <QMainWindow>

class QLabel;
class QDockWidget;
class QTabWidget;

namespace daas::identity {
class Account;
}

namespace daas::ui {

class CatalogueView;
class DownloadsPanel;
class FileBrowser;
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
    SignInDialog *signInDialog() const { return m_signIn; }
    QString sessionStatus() const;
    // Adds an area (Files, Environments, ...) as a tab after those already there.
    void addArea(QWidget *area, const QIcon &icon, const QString &title);
    QTabWidget *areas() const { return m_areas; }
    // The Files area and its transfers: there after sign-in when the facility offers storage.
    FileBrowser *files() const { return m_files; }
    TransferPanel *transfers() const { return m_transferPanel; }

private:
    void updateSessionStatus();
    void buildMenus();
    void addFilesArea();
    void removeFilesArea();

    identity::Account *m_account;
    DownloadsPanel *m_downloads;
    QDockWidget *m_downloadsDock;
    CatalogueView *m_catalogue;
    QTabWidget *m_areas;
    QLabel *m_facilityLabel;
    QLabel *m_sessionLabel;
    SignInDialog *m_signIn = nullptr;
    FileBrowser *m_files = nullptr;
    TransferPanel *m_transferPanel = nullptr;
    bool m_browsing = false;
};

} // namespace daas::ui
