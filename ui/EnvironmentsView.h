#pragma once

#include "EnvironmentDialogs.h"
#include "cloud/Environment.h"
#include "cloud/EnvironmentProvider.h"
#include "cloud/EnvironmentWatcher.h"
#include "remote/RemoteSession.h"
#include "support/Error.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QToolButton;
class QListView;
class QPushButton;
class QTableView;

namespace daas::cloud {
class DesktopConnector;
}

namespace daas::identity {
class Account;
}

namespace daas::ui {

class EnvironmentModel;
class MessageBar;
class TemplateModel;

// The facility's analysis environments: templates as cards to launch from, the user's machines with their
// state (pending → booting → ready) and a progress bar while they start, Connect (a desktop tab), Delete,
// Refresh. Signs in to the cloud with the account's service login (the facility's one identity) and asks
// for the password again when there is none (resumed session) or the cloud refuses it.
class EnvironmentsView : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentsView(identity::Account *account, QWidget *parent = nullptr);
    ~EnvironmentsView() override;

    // How machines are followed to Ready (tests use short times).
    void setWatchOptions(const cloud::EnvironmentWatcher::Options &options) { m_watchOptions = options; }
    // How long Connect tries the direct console before it takes the websockify route.
    void setDirectProbeTimeout(int ms) { m_directProbeMs = ms; }

    void refresh();
    void launchTemplate(int row); // opens the launch dialog for that template
    // Opens the desktop with `protocol`, or with the one chosen for its template before, or the one the
    // facility prefers; an explicit choice is remembered for the template.
    void connectEnvironment(const QString &id, std::optional<remote::RemoteProtocol> protocol = std::nullopt);
    void deleteEnvironment(const QString &id);
    void selectEnvironment(const QString &id);

    TemplateModel *templates() const { return m_templates; }
    EnvironmentModel *environments() const { return m_environments; }
    QListView *templateList() const { return m_templateList; }
    QTableView *environmentTable() const { return m_environmentTable; }
    QPushButton *launchButton() const { return m_launch; }
    QPushButton *connectButton() const { return m_connect; }
    QToolButton *protocolButton() const { return m_protocolButton; }
    QAction *connectVncAction() const { return m_connectVnc; }
    QAction *connectRdpAction() const { return m_connectRdp; }
    QPushButton *deleteButton() const { return m_delete; }
    LaunchDialog *launchDialog() const { return m_launchDialog; }
    CloudPasswordDialog *passwordDialog() const { return m_passwordDialog; }
    QString messageText() const;
    cloud::EnvironmentProvider *provider() const { return m_provider; }

Q_SIGNALS:
    // Connect: open this desktop (MainWindow puts it in a tab and owns the session).
    void desktopRequested(const QString &environmentId, const QString &title,
                          daas::remote::RemoteSession *session);
    // An environment's desktop answers: worth a notification.
    void environmentReady(const QString &environmentId, const QString &name);
    // An environment is gone (deleted here or elsewhere): its desktop tab can close.
    void environmentRemoved(const QString &environmentId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void resetProvider();
    void ensureProvider();
    void askPassword(const QString &reason);
    void showError(const Error &error);
    void onFailed(cloud::CloudOperation operation, const QString &id, const Error &error);
    void onListed(const QList<cloud::Environment> &environments);
    void watch(const QString &id);
    void stopWatching(const QString &id);
    std::optional<remote::RemoteProtocol> rememberedProtocol(const QString &templateId) const;
    void updateActions();
    QString selectedId() const;
    QString cloudUserName() const;

    identity::Account *m_account;
    QPointer<cloud::EnvironmentProvider> m_provider;
    cloud::EnvironmentWatcher::Options m_watchOptions;
    int m_directProbeMs = 3000;
    QHash<QString, cloud::EnvironmentWatcher *> m_watchers;
    QHash<QString, cloud::DesktopConnector *> m_connectors;
    TemplateModel *m_templates;
    EnvironmentModel *m_environments;
    MessageBar *m_message;
    QLabel *m_templatesTitle;
    QLabel *m_environmentsTitle;
    QLabel *m_emptyHint;
    QListView *m_templateList;
    QTableView *m_environmentTable;
    QPushButton *m_launch;
    QPushButton *m_connect;
    QToolButton *m_protocolButton;
    QAction *m_connectVnc;
    QAction *m_connectRdp;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QPointer<LaunchDialog> m_launchDialog;
    QPointer<CloudPasswordDialog> m_passwordDialog;
    QStringList m_messages; // shown, newest last
    bool m_loadedOnce = false;
};

} // namespace daas::ui
