#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace daas::ui {

// The total progress of the transfers on the window's taskbar or dock entry, where the platform has one:
// on Linux desktops the Unity launcher API (a com.canonical.Unity.LauncherEntry "Update" signal on the
// session bus, shown by GNOME's Dash to Dock, KDE Plasma's task manager and others), on Windows the taskbar
// button (ITaskbarList3). Elsewhere nothing happens. Only changes are published.
class TaskbarProgress : public QObject
{
    Q_OBJECT
public:
    explicit TaskbarProgress(QWidget *window, QObject *parent = nullptr);
    ~TaskbarProgress() override;

    // `fraction` from 0 to 1; hidden when nothing is being transferred.
    void setProgress(double fraction, bool visible);

    // "application://daas-desktop.desktop": how the launcher API names this application.
    static QString applicationUri();

private:
    void publish(); // per platform

    QPointer<QWidget> m_window;
    int m_permille = -1; // what was last published
    bool m_visible = false;
    void *m_platform = nullptr; // Windows: the ITaskbarList3
};

} // namespace daas::ui
