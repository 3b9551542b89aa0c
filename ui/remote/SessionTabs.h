#pragma once

#include "remote/RemoteView.h"

#include <QWidget>

class QAction;
class QActionGroup;
class QTabWidget;
class QToolBar;

namespace daas::ui {

// Remote desktops in tabs with the viewer's commands: scale to fit / 1:1 / resize the remote
// desktop, full screen, keyboard grab, Ctrl+Alt+Del, reconnect, close.
class SessionTabs : public QWidget
{
    Q_OBJECT
public:
    explicit SessionTabs(QWidget *parent = nullptr);

    // Opens a desktop of any protocol in a new tab (taking ownership of the session) and starts
    // connecting; at `index` (replacing nothing) when given, else at the end.
    RemoteView *openSession(const QString &title, remote::RemoteSession *session, int index = -1);
    // Adds a view (takes ownership).
    void addView(RemoteView *view, const QString &title, int index = -1);
    int indexOf(RemoteView *view) const;

    int count() const;
    RemoteView *currentView() const;
    RemoteView *viewAt(int index) const;
    void setCurrentView(RemoteView *view);
    void closeView(int index);
    // For every desktop, open and to come: whether passwords may go to the keychain (not on a shared
    // computer).
    void setPasswordsMayBeKept(bool may);

    QAction *fitAction() const { return m_fit; }
    QAction *originalSizeAction() const { return m_original; }
    QAction *resizeRemoteAction() const { return m_resizeRemote; }
    QAction *fullScreenAction() const { return m_fullScreen; }
    QAction *grabKeyboardAction() const { return m_grab; }
    QAction *ctrlAltDelAction() const { return m_ctrlAltDel; }
    QAction *reconnectAction() const { return m_reconnect; }
    QAction *saveConnectionFileAction() const { return m_saveConnectionFile; }

Q_SIGNALS:
    // A tab was added or closed (the main window hides the desktops' area when none is left).
    void countChanged(int count);

private:
    void syncActions();
    bool m_passwordsMayBeKept = true;
    void toggleFullScreen(bool on);
    void saveConnectionFile(RemoteView *view);

    QToolBar *m_toolBar;
    QTabWidget *m_tabs;
    QActionGroup *m_scaleGroup;
    QAction *m_fit;
    QAction *m_original;
    QAction *m_resizeRemote;
    QAction *m_fullScreen;
    QAction *m_grab;
    QAction *m_ctrlAltDel;
    QAction *m_reconnect;
    QAction *m_saveConnectionFile;
};

} // namespace daas::ui
