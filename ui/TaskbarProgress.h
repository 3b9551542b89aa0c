#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace daas::ui {

// The transfers on the window's taskbar or dock entry. The number of files still to go is the entry's
// badge everywhere Qt has one (QGuiApplication::setBadgeNumber: the macOS dock tile, an overlay on the
// Windows taskbar button, the Unity launcher "count" on Linux). The total progress is drawn where the
// platform has a bar: on Linux desktops through the Unity launcher API (a com.canonical.Unity.LauncherEntry
// "Update" signal on the session bus, shown by KDE Plasma's task manager, Dash to Dock and others), on
// Windows on the taskbar button (ITaskbarList3). Only changes are published.
class TaskbarProgress : public QObject
{
    Q_OBJECT
public:
    explicit TaskbarProgress(QWidget *window, QObject *parent = nullptr);
    ~TaskbarProgress() override;

    // `fraction` from 0 to 1 and the files still to go; hidden when nothing is being transferred.
    void setProgress(double fraction, bool visible, int remaining);

    // "application://daas-desktop.desktop": how the launcher API names this application.
    static QString applicationUri();

private:
    void publish(); // per platform

    QPointer<QWidget> m_window;
    int m_permille = -1; // what was last published
    bool m_visible = false;
    int m_badge = 0;
    void *m_platform = nullptr; // Windows: the ITaskbarList3
};

} // namespace daas::ui
