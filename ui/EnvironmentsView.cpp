#include "EnvironmentsView.h"
#include "ThemedIcon.h"

#include "Dialogs.h"
#include "EnvironmentDialogs.h"
#include "EnvironmentModels.h"
#include "MessageBar.h"
#include "cloud/DesktopConnector.h"
#include "cloud/EnvironmentProvider.h"
#include "cloud/ProviderFactory.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "support/Logging.h"
#include "support/Settings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using daas::cloud::ConsoleEndpoint;
using daas::cloud::Environment;
using daas::cloud::EnvironmentState;
using daas::cloud::EnvironmentWatcher;

namespace daas::ui {

EnvironmentsView::EnvironmentsView(identity::Account *account, QWidget *parent)
    : QWidget(parent)
    , m_account(account)
    , m_templates(new TemplateModel(this))
    , m_environments(new EnvironmentModel(this))
    , m_message(new MessageBar(this))
    , m_templatesTitle(new QLabel(this))
    , m_environmentsTitle(new QLabel(this))
    , m_emptyHint(new QLabel(this))
    , m_templateList(new QListView(this))
    , m_environmentTable(new QTableView(this))
    , m_launch(new QPushButton(themedIcon(u":/icons/launch.svg"_s), tr("&Launch…"), this))
    , m_connect(new QPushButton(themedIcon(u":/icons/connect.svg"_s), tr("&Connect"), this))
    , m_protocolButton(new QToolButton(this))
    , m_connectVnc(new QAction(tr("Connect with &VNC"), this))
    , m_connectRdp(new QAction(tr("Connect with &RDP"), this))
    , m_delete(new QPushButton(themedIcon(u":/icons/delete.svg"_s), tr("De&lete…"), this))
    , m_refresh(new QPushButton(themedIcon(u":/icons/refresh.svg"_s), tr("&Refresh"), this))
{
    setObjectName(u"environmentsView"_s);
    m_templatesTitle->setText(u"<b>%1</b>"_s.arg(tr("Start a new environment").toHtmlEscaped()));
    m_environmentsTitle->setText(u"<b>%1</b>"_s.arg(tr("Your environments").toHtmlEscaped()));
    m_emptyHint->setText(
        tr("You have no environments yet. Pick a machine on the left and launch it; its desktop "
           "opens here in a tab once it is ready."));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setEnabled(false);

    m_templateList->setModel(m_templates);
    m_templateList->setItemDelegate(new TemplateCardDelegate(m_templateList));
    m_templateList->setUniformItemSizes(true);
    m_templateList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_templateList->setAccessibleName(tr("Machines you can launch"));
    m_templateList->setMinimumWidth(320);
    m_launch->setToolTip(tr("Launch a new environment from the selected machine"));
    m_launch->setObjectName(u"launchButton"_s);

    m_environmentTable->setModel(m_environments);
    m_environmentTable->setItemDelegateForColumn(EnvironmentModel::StateColumn,
                                                 new StateDelegate(m_environmentTable));
    m_environmentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_environmentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_environmentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_environmentTable->setAlternatingRowColors(true);
    m_environmentTable->setWordWrap(false);
    m_environmentTable->verticalHeader()->hide();
    m_environmentTable->verticalHeader()->setDefaultSectionSize(m_environmentTable->fontMetrics().height() +
                                                                14);
    m_environmentTable->horizontalHeader()->setHighlightSections(false);
    QHeaderView *header = m_environmentTable->horizontalHeader();
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EnvironmentModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EnvironmentModel::StateColumn, QHeaderView::Fixed);
    header->resizeSection(EnvironmentModel::StateColumn, 170);
    m_environmentTable->setAccessibleName(tr("Your environments"));
    m_connect->setToolTip(tr("Open the desktop of the selected environment in a tab"));
    m_connect->setObjectName(u"connectButton"_s);
    // the protocol per desktop: VNC or RDP, where the machine offers both; the choice is remembered for
    // the template
    auto *protocols = new QMenu(m_protocolButton);
    protocols->addAction(m_connectVnc);
    protocols->addAction(m_connectRdp);
    m_protocolButton->setMenu(protocols);
    m_protocolButton->setPopupMode(QToolButton::InstantPopup);
    m_protocolButton->setObjectName(u"protocolButton"_s);
    m_protocolButton->setToolTip(tr("Choose how to connect: VNC or RDP"));
    m_protocolButton->setAccessibleName(tr("Connection protocol"));
    m_protocolButton->setArrowType(Qt::DownArrow);
    m_protocolButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_connectVnc->setObjectName(u"connectVncAction"_s);
    m_connectRdp->setObjectName(u"connectRdpAction"_s);
    m_delete->setToolTip(tr("Remove the selected environment and its machine"));
    m_delete->setObjectName(u"deleteButton"_s);
    m_refresh->setToolTip(tr("Ask the cloud again for the machines and your environments"));
    m_refresh->setShortcut(QKeySequence::Refresh);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(m_templatesTitle);
    leftLayout->addWidget(m_templateList, 1);
    auto *launchRow = new QHBoxLayout;
    launchRow->addStretch();
    launchRow->addWidget(m_launch);
    leftLayout->addLayout(launchRow);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_environmentsTitle);
    titleRow->addStretch();
    titleRow->addWidget(m_refresh);
    rightLayout->addLayout(titleRow);
    rightLayout->addWidget(m_environmentTable, 3);
    rightLayout->addWidget(m_emptyHint, 3);
    auto *actionRow = new QHBoxLayout;
    actionRow->addStretch();
    actionRow->addWidget(m_delete);
    actionRow->addWidget(m_connect);
    actionRow->setSpacing(2);
    actionRow->addWidget(m_protocolButton);
    rightLayout->addLayout(actionRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({430, 700}); // the cards need less width than the table
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_templateList, &QListView::activated, this,
            [this](const QModelIndex &index) { launchTemplate(index.row()); });
    connect(m_launch, &QPushButton::clicked, this,
            [this] { launchTemplate(m_templateList->currentIndex().row()); });
    connect(m_environmentTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        connectEnvironment(index.siblingAtColumn(0).data(EnvironmentModel::IdRole).toString());
    });
    connect(m_connect, &QPushButton::clicked, this, [this] { connectEnvironment(selectedId()); });
    connect(m_connectVnc, &QAction::triggered, this,
            [this] { connectEnvironment(selectedId(), remote::RemoteProtocol::Vnc); });
    connect(m_connectRdp, &QAction::triggered, this,
            [this] { connectEnvironment(selectedId(), remote::RemoteProtocol::Rdp); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteEnvironment(selectedId()); });
    connect(m_refresh, &QPushButton::clicked, this, &EnvironmentsView::refresh);
    connect(m_templateList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EnvironmentsView::updateActions);
    connect(m_environmentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnvironmentsView::updateActions);
    connect(m_environments, &QAbstractItemModel::dataChanged, this, &EnvironmentsView::updateActions);
    connect(m_environments, &QAbstractItemModel::rowsInserted, this, &EnvironmentsView::updateActions);
    connect(m_environments, &QAbstractItemModel::rowsRemoved, this, &EnvironmentsView::updateActions);
    connect(m_environments, &QAbstractItemModel::modelReset, this, &EnvironmentsView::updateActions);
    connect(m_templates, &QAbstractItemModel::modelReset, this, [this] {
        if (m_templates->rowCount() > 0 && !m_templateList->currentIndex().isValid())
            m_templateList->setCurrentIndex(m_templates->index(0, 0));
        updateActions();
    });

    connect(account, &identity::Account::serviceLoginChanged, this, [this] {
        resetProvider();
        if (m_account->serviceLogin().isValid()) {
            refresh();
        } else {
            // signed out: nothing of the last user stays on screen
            m_environments->clear();
            m_templates->setTemplates({});
            m_messages.clear();
            m_message->hide();
            m_loadedOnce = false;
        }
    });
    updateActions();
    if (account->serviceLogin().isValid())
        refresh();
}

EnvironmentsView::~EnvironmentsView()
{
    resetProvider();
}

QString EnvironmentsView::messageText() const
{
    return m_message->text();
}

QString EnvironmentsView::cloudUserName() const
{
    if (!m_account->serviceLogin().userName.isEmpty())
        return m_account->serviceLogin().userName;
    // a resumed session: ICAT calls the user "simple/alice"; the cloud knows "alice"
    const QString icatUser = m_account->icat()->userName();
    return icatUser.section(u'/', -1);
}

void EnvironmentsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && !m_passwordDialog)
        refresh();
}

void EnvironmentsView::resetProvider()
{
    for (cloud::EnvironmentWatcher *w : std::as_const(m_watchers)) {
        w->disconnect(this);
        w->stop();
        w->deleteLater();
    }
    m_watchers.clear();
    for (cloud::DesktopConnector *c : std::as_const(m_connectors)) {
        c->disconnect(this);
        c->abort();
        c->deleteLater();
    }
    m_connectors.clear();
    if (m_provider) {
        m_provider->disconnect(this);
        m_provider->deleteLater();
    }
    m_provider = nullptr;
    updateActions();
}

void EnvironmentsView::ensureProvider()
{
    if (m_provider || !m_account->serviceLogin().isValid())
        return;
    cloud::CloudCredentials credentials;
    credentials.userName = m_account->serviceLogin().userName;
    credentials.password = m_account->serviceLogin().password;
    Result<cloud::EnvironmentProvider *> p =
        cloud::createProvider(m_account->profile(), m_account->network(), credentials, this);
    if (!p) {
        showError(p.error());
        return;
    }
    m_provider = p.value();
    cloud::EnvironmentProvider *provider = m_provider;
    connect(
        provider, &cloud::EnvironmentProvider::templatesListed, this,
        [this](const QList<cloud::EnvironmentTemplate> &templates) { m_templates->setTemplates(templates); });
    connect(provider, &cloud::EnvironmentProvider::environmentsListed, this, &EnvironmentsView::onListed);
    connect(provider, &cloud::EnvironmentProvider::launched, this, [this](const Environment &environment) {
        m_environments->update(environment);
        selectEnvironment(environment.id);
        watch(environment.id);
    });
    connect(provider, &cloud::EnvironmentProvider::removeRequested, this, [this](const QString &id) {
        if (const EnvironmentModel::Row *row = m_environments->find(id)) {
            Environment e = row->environment;
            e.state = EnvironmentState::Stopping;
            e.cloudRunning = false;
            m_environments->update(e);
        }
        watch(id); // until the cloud no longer lists it
    });
    connect(provider, &cloud::EnvironmentProvider::failed, this, &EnvironmentsView::onFailed);
    updateActions();
}

void EnvironmentsView::refresh()
{
    ensureProvider();
    if (!m_provider) {
        if (m_account->icat()->state() != identity::IcatSession::State::SignedIn)
            return; // the sign-in dialog is the way forward; it sets the service login
        if (!m_account->serviceLogin().isValid())
            askPassword(tr("Your session was resumed, so DAaaS Desktop does not know your password. Type "
                           "your facility password to use analysis environments."));
        return;
    }
    m_loadedOnce = true;
    m_provider->listTemplates();
    m_provider->listEnvironments();
}

void EnvironmentsView::askPassword(const QString &reason)
{
    if (m_passwordDialog)
        return;
    const QString user = cloudUserName();
    if (user.isEmpty()) {
        showError(Error(Error::Kind::Authentication, tr("Sign in to use analysis environments.")));
        return;
    }
    m_passwordDialog = new CloudPasswordDialog(user, reason, this);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    CloudPasswordDialog *dialog = m_passwordDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const identity::ServiceLogin login{dialog->userName(), dialog->password()};
        const identity::ServiceLogin &kept = m_account->serviceLogin();
        m_loadedOnce = true;
        if (login.userName == kept.userName && login.password == kept.password) {
            // the same password again: try once more (the cloud may have been restarted)
            resetProvider();
            refresh();
        } else {
            m_account->setServiceLogin(login); // → serviceLoginChanged → a new provider and a refresh
        }
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_loadedOnce = true;
        showError(Error(Error::Kind::Authentication,
                        tr("Analysis environments need your facility password. Choose Refresh to type it.")));
    });
    dialog->open();
}

void EnvironmentsView::showError(const Error &error)
{
    qCWarning(lcUi) << "environments:" << error;
    const QString sentence = error.userText();
    // the latest few sentences stay visible together, so one error does not hide another
    m_messages.removeAll(sentence);
    if (!m_message->isVisible())
        m_messages.clear();
    m_messages.append(sentence);
    while (m_messages.size() > 3)
        m_messages.removeFirst();
    m_message->showMessage(m_messages.join(u'\n'));
}

void EnvironmentsView::onFailed(cloud::CloudOperation operation, const QString &id, const Error &error)
{
    // a refresh or console call comes from a watcher, which reports through ended()
    if (operation == cloud::CloudOperation::Refresh || operation == cloud::CloudOperation::Console)
        return;
    if (error.kind() == Error::Kind::Authentication) {
        resetProvider();
        askPassword(tr("The cloud did not accept your password. Type your facility password again."));
        return;
    }
    if (operation == cloud::CloudOperation::Remove && m_environments->find(id))
        m_environments->setProblem(id, error.userText());
    showError(error);
}

void EnvironmentsView::onListed(const QList<Environment> &environments)
{
    QStringList before;
    for (int r = 0; r < m_environments->rowCount(); ++r)
        before << m_environments->at(r).environment.id;
    m_environments->setListed(environments);
    for (const QString &id : std::as_const(before)) {
        if (!m_environments->find(id)) {
            stopWatching(id);
            Q_EMIT environmentRemoved(id);
        }
    }
    for (const Environment &e : environments) {
        const EnvironmentModel::Row *row = m_environments->find(e.id);
        if (!row)
            continue;
        const EnvironmentState s = row->environment.state;
        if (s == EnvironmentState::Pending || s == EnvironmentState::Booting ||
            s == EnvironmentState::Stopping) {
            m_environments->setProblem(e.id, {}); // Refresh tries again after a timeout
            watch(e.id);
        }
    }
    if (!m_environmentTable->currentIndex().isValid() && m_environments->rowCount() > 0)
        m_environmentTable->selectRow(0);
    updateActions();
}

void EnvironmentsView::watch(const QString &id)
{
    if (!m_provider)
        return;
    if (cloud::EnvironmentWatcher *w = m_watchers.value(id); w && w->isActive())
        return;
    stopWatching(id);
    auto *watcher = new EnvironmentWatcher(m_provider, id, m_watchOptions, this);
    m_watchers.insert(id, watcher);
    connect(watcher, &EnvironmentWatcher::stateChanged, this, [this](const Environment &environment) {
        if (environment.state != EnvironmentState::Ready)
            m_environments->update(environment);
    });
    connect(watcher, &EnvironmentWatcher::ready, this,
            [this, id](const Environment &environment, const ConsoleEndpoint &endpoint) {
                m_environments->update(environment);
                m_environments->setReady(id, endpoint);
                stopWatching(id);
                const QString name = environment.name.isEmpty() ? id : environment.name;
                qCInfo(lcUi) << "environment" << id << "ready";
                Q_EMIT environmentReady(id, name);
            });
    connect(watcher, &EnvironmentWatcher::ended, this,
            [this, id](const Environment &environment, const Error &error) {
                stopWatching(id);
                if (environment.state == EnvironmentState::Deleted || error.kind() == Error::Kind::NotFound) {
                    m_environments->remove(id);
                    Q_EMIT environmentRemoved(id);
                    return;
                }
                if (error.kind() == Error::Kind::Authentication) {
                    resetProvider();
                    askPassword(
                        tr("The cloud did not accept your password. Type your facility password again."));
                    return;
                }
                m_environments->update(environment);
                if (environment.state != EnvironmentState::Failed &&
                    environment.state != EnvironmentState::Stopped)
                    m_environments->setProblem(id, error.userText());
                showError(error);
            });
    watcher->start();
}

void EnvironmentsView::stopWatching(const QString &id)
{
    if (cloud::EnvironmentWatcher *w = m_watchers.take(id)) {
        w->disconnect(this);
        w->stop();
        w->deleteLater();
    }
}

void EnvironmentsView::launchTemplate(int row)
{
    if (row < 0 || row >= m_templates->rowCount() || m_launchDialog)
        return;
    ensureProvider();
    if (!m_provider) {
        refresh(); // asks for the password
        return;
    }
    const cloud::EnvironmentTemplate t = m_templates->templates().at(row);
    int n = 1;
    for (int r = 0; r < m_environments->rowCount(); ++r)
        if (m_environments->at(r).environment.templateId == t.id)
            ++n;
    m_launchDialog = new LaunchDialog(t, u"%1 %2"_s.arg(t.name).arg(n), this);
    m_launchDialog->setAttribute(Qt::WA_DeleteOnClose);
    LaunchDialog *dialog = m_launchDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_provider) {
            showError(Error(Error::Kind::Authentication, tr("Sign in again to launch environments.")));
            return;
        }
        qCInfo(lcUi) << "launching template" << dialog->environmentTemplate().id;
        m_provider->launch(dialog->environmentTemplate(), dialog->name());
    });
    dialog->open();
}

std::optional<remote::RemoteProtocol> EnvironmentsView::rememberedProtocol(const QString &templateId) const
{
    const QString chosen =
        support::Settings::value(support::keys::desktopProtocols).value(templateId).toString();
    if (chosen == u"rdp")
        return remote::RemoteProtocol::Rdp;
    if (chosen == u"vnc")
        return remote::RemoteProtocol::Vnc;
    return std::nullopt;
}

void EnvironmentsView::connectEnvironment(const QString &id, std::optional<remote::RemoteProtocol> wanted)
{
    const EnvironmentModel::Row *row = m_environments->find(id);
    if (!row || row->environment.state != EnvironmentState::Ready || !row->endpoint.isValid() ||
        m_connectors.contains(id))
        return;
    const ConsoleEndpoint &console = row->endpoint;
    const QString templateId = row->environment.templateId;
    if (wanted && console.offers(*wanted) && !templateId.isEmpty()) {
        QVariantMap chosen = support::Settings::value(support::keys::desktopProtocols);
        chosen.insert(templateId, *wanted == remote::RemoteProtocol::Rdp ? u"rdp"_s : u"vnc"_s);
        support::Settings::setValue(support::keys::desktopProtocols, chosen);
        updateActions(); // the button names the remembered protocol
    }
    const remote::RemoteProtocol protocol = console.choose(wanted ? wanted : rememberedProtocol(templateId));
    const QString title = row->environment.name.isEmpty() ? id : row->environment.name;
    // RDP signs in with the facility's one identity (the machines know the facility's users)
    cloud::DesktopConnector::Identity identity;
    identity.userName = cloudUserName();
    identity.password = m_account->serviceLogin().password;
    auto *connector = new cloud::DesktopConnector(this);
    m_connectors.insert(id, connector);
    connect(connector, &cloud::DesktopConnector::sessionReady, this,
            [this, id, title, connector, protocol](remote::RemoteSession *session, bool direct) {
                m_connectors.remove(id);
                connector->deleteLater();
                qCInfo(lcUi) << "opening the desktop of" << id << "with" << cloud::protocolName(protocol)
                             << (direct ? "directly" : "through the websockify proxy");
                Q_EMIT desktopRequested(id, title, session);
            });
    connect(connector, &cloud::DesktopConnector::failed, this, [this, id, connector](const Error &error) {
        m_connectors.remove(id);
        connector->deleteLater();
        showError(error);
    });
    connector->start(console, protocol, identity, m_directProbeMs);
}

void EnvironmentsView::deleteEnvironment(const QString &id)
{
    const EnvironmentModel::Row *row = m_environments->find(id);
    if (!row || !m_provider)
        return;
    const QString name = row->environment.name.isEmpty() ? id : row->environment.name;
    if (!Dialogs::confirm(this, tr("Delete Environment"),
                          tr("Delete “%1”? The machine and everything on its own disks are removed for good; "
                             "files in your persistent storage stay.")
                              .arg(name)))
        return;
    stopWatching(id);
    m_provider->remove(id);
}

void EnvironmentsView::selectEnvironment(const QString &id)
{
    const int r = m_environments->rowOf(id);
    if (r >= 0)
        m_environmentTable->selectRow(r);
}

QString EnvironmentsView::selectedId() const
{
    const QModelIndexList rows = m_environmentTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(EnvironmentModel::IdRole).toString();
}

void EnvironmentsView::updateActions()
{
    const EnvironmentModel::Row *row = m_environments->find(selectedId());
    const bool ready = row && row->environment.state == EnvironmentState::Ready && row->endpoint.isValid();
    const bool removable = row && row->environment.state != EnvironmentState::Stopping &&
                           row->environment.state != EnvironmentState::Deleted;
    m_connect->setEnabled(ready);
    // the menu offers what this machine offers; the remembered or preferred one is checked
    const bool vnc = ready && row->endpoint.hasVnc();
    const bool rdp = ready && row->endpoint.hasRdp();
    m_connectVnc->setEnabled(vnc);
    m_connectRdp->setEnabled(rdp);
    m_protocolButton->setEnabled(vnc || rdp);
    if (ready) {
        const remote::RemoteProtocol p =
            row->endpoint.choose(rememberedProtocol(row->environment.templateId));
        m_connect->setText(tr("&Connect (%1)").arg(cloud::protocolName(p)));
    } else {
        m_connect->setText(tr("&Connect"));
    }
    m_delete->setEnabled(removable && m_provider);
    m_launch->setEnabled(m_templateList->currentIndex().isValid());
    const bool empty = m_environments->rowCount() == 0;
    // an empty table says nothing: the hint takes its place
    m_emptyHint->setVisible(empty);
    m_environmentTable->setVisible(!empty);
}

} // namespace daas::ui
