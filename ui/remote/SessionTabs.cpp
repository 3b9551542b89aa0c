#include "remote/SessionTabs.h"

#include "Dialogs.h"
#include "remote/RdpConnectionFile.h"
#include "remote/RdpSession.h"

#include <QAction>
#include <QActionGroup>
#include <QFile>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace daas::ui {

using remote::RemoteSession;

SessionTabs::SessionTabs(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_tabs(new QTabWidget(this))
    , m_scaleGroup(new QActionGroup(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tabs, 1);
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);

    m_fit = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("Scale to Fit"));
    m_original = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("Actual Size"));
    m_resizeRemote = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")),
                                          tr("Resize Desktop to Window"));
    for (QAction *a : {m_fit, m_original, m_resizeRemote}) {
        a->setCheckable(true);
        m_scaleGroup->addAction(a);
    }
    m_fit->setChecked(true);
    m_toolBar->addSeparator();
    m_fullScreen =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("Full Screen"));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    m_grab = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("input-keyboard")), tr("Grab Keyboard"));
    m_grab->setCheckable(true);
    m_grab->setToolTip(tr("Send all keys, including shortcuts, to the remote desktop"));
    m_ctrlAltDel = m_toolBar->addAction(tr("Send Ctrl+Alt+Del"));
    m_reconnect = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Reconnect"));
    m_saveConnectionFile = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                                tr("Save as Connection File…"));
    m_saveConnectionFile->setToolTip(
        tr("Save this desktop as a .rdp file for the system's own remote desktop client"));
    connect(m_saveConnectionFile, &QAction::triggered, this, [this] {
        if (RemoteView *v = currentView())
            saveConnectionFile(v);
    });

    // Ctrl+W (the system's Close key): the current desktop's tab, from the keyboard
    auto *closeCurrent = new QAction(tr("Close Desktop"), this);
    closeCurrent->setObjectName(QStringLiteral("closeDesktop"));
    closeCurrent->setShortcut(QKeySequence::Close);
    closeCurrent->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(closeCurrent);
    connect(closeCurrent, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeView(m_tabs->currentIndex());
    });

    connect(m_scaleGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        if (RemoteView *v = currentView()) {
            v->setScaleMode(a == m_fit        ? RemoteView::ScaleMode::Fit
                            : a == m_original ? RemoteView::ScaleMode::Original
                                              : RemoteView::ScaleMode::ResizeRemote);
        }
    });
    connect(m_fullScreen, &QAction::toggled, this, &SessionTabs::toggleFullScreen);
    connect(m_grab, &QAction::toggled, this, [this](bool on) {
        if (RemoteView *v = currentView()) {
            v->setKeyboardGrabbed(on);
            v->setFocus();
        }
    });
    connect(m_ctrlAltDel, &QAction::triggered, this, [this] {
        if (RemoteView *v = currentView())
            v->sendCtrlAltDel();
    });
    connect(m_reconnect, &QAction::triggered, this, [this] {
        if (RemoteView *v = currentView())
            v->session()->open();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &SessionTabs::syncActions);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &SessionTabs::closeView);
    syncActions();
}

RemoteView *SessionTabs::openSession(const QString &title, remote::RemoteSession *session, int index)
{
    auto *view = new RemoteView(session);
    addView(view, title, index);
    view->session()->open();
    return view;
}

int SessionTabs::indexOf(RemoteView *view) const
{
    return m_tabs->indexOf(view);
}

void SessionTabs::setPasswordsMayBeKept(bool may)
{
    m_passwordsMayBeKept = may;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *view = viewAt(i))
            view->setPasswordsMayBeKept(may);
}

void SessionTabs::addView(RemoteView *view, const QString &title, int at)
{
    view->setPasswordsMayBeKept(m_passwordsMayBeKept);
    const int index = at >= 0 ? m_tabs->insertTab(at, view, title) : m_tabs->addTab(view, title);
    if (QWidget *close = m_tabs->tabBar()->tabButton(index, QTabBar::RightSide))
        close->setAccessibleName(tr("Close %1").arg(title));
    connect(view->session(), &RemoteSession::stateChanged, this, [this, view](RemoteSession::State state) {
        const int i = m_tabs->indexOf(view);
        if (i < 0)
            return;
        // the tab says at a glance which desktops are not connected
        const bool ok = state == RemoteSession::State::Connected;
        m_tabs->setTabIcon(i, ok ? QIcon() : QIcon::fromTheme(QStringLiteral("network-offline")));
        m_tabs->setTabToolTip(i, view->statusText());
        syncActions();
    });
    m_tabs->setCurrentIndex(index);
    view->setFocus();
    syncActions();
    Q_EMIT countChanged(m_tabs->count());
}

int SessionTabs::count() const
{
    return m_tabs->count();
}

RemoteView *SessionTabs::currentView() const
{
    return qobject_cast<RemoteView *>(m_tabs->currentWidget());
}

RemoteView *SessionTabs::viewAt(int index) const
{
    return qobject_cast<RemoteView *>(m_tabs->widget(index));
}

void SessionTabs::closeView(int index)
{
    RemoteView *v = viewAt(index);
    if (!v)
        return;
    m_tabs->removeTab(index);
    v->session()->close();
    v->deleteLater();
    syncActions();
    Q_EMIT countChanged(m_tabs->count());
}

void SessionTabs::setCurrentView(RemoteView *view)
{
    const int i = m_tabs->indexOf(view);
    if (i < 0)
        return;
    m_tabs->setCurrentIndex(i);
    view->setFocus();
}

void SessionTabs::syncActions()
{
    RemoteView *v = currentView();
    const bool any = v != nullptr;
    const bool connected = any && v->session()->state() == RemoteSession::State::Connected;
    for (QAction *a : {m_fit, m_original, m_resizeRemote, m_grab})
        a->setEnabled(any);
    m_ctrlAltDel->setEnabled(connected);
    m_reconnect->setEnabled(any && !connected);
    m_saveConnectionFile->setEnabled(any && v->session()->protocol() == remote::RemoteProtocol::Rdp);
    if (any) {
        const QSignalBlocker block(m_grab);
        m_grab->setChecked(v->isKeyboardGrabbed());
        switch (v->scaleMode()) {
        case RemoteView::ScaleMode::Fit:
            m_fit->setChecked(true);
            break;
        case RemoteView::ScaleMode::Original:
            m_original->setChecked(true);
            break;
        case RemoteView::ScaleMode::ResizeRemote:
            m_resizeRemote->setChecked(true);
            break;
        }
    }
}

void SessionTabs::saveConnectionFile(RemoteView *view)
{
    const auto *rdp = qobject_cast<remote::RdpSession *>(view->session());
    if (!rdp)
        return;
    const QString path = Dialogs::chooseSaveFile(this, tr("Save as Connection File"),
                                                 rdp->endpoint().host + QStringLiteral(".rdp"),
                                                 tr("Remote desktop connection files (*.rdp)"));
    if (path.isEmpty())
        return;
    // a desktop opened from a file keeps that file's other settings
    QByteArray original;
    if (const QString from = rdp->property("connectionFile").toString(); !from.isEmpty()) {
        QFile f(from);
        if (f.open(QIODevice::ReadOnly) && f.size() <= remote::RdpConnectionFile::kMaxSize)
            original = f.readAll();
    }
    if (const Error e = remote::RdpConnectionFile::write(path, rdp->endpoint(), original)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Save as Connection File"), e.userText(),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void SessionTabs::toggleFullScreen(bool on)
{
    // the whole window goes full screen and the chrome hides, so the remote desktop gets the screen
    QWidget *w = window();
    m_tabs->tabBar()->setVisible(!on);
    m_toolBar->setVisible(true);
    if (on)
        w->showFullScreen();
    else
        w->showNormal();
    if (RemoteView *v = currentView())
        v->setFocus();
}

} // namespace daas::ui
