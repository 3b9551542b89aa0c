#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace daas::ui {

// Files the system asks the running client to open. On macOS a double-clicked .rdp (Info.plist's document
// type) arrives as a QFileOpenEvent, not on the command line, and possibly before the main window exists
// (while the facility chooser is up): those are kept and handed over once there is a receiver.
class FileOpenRequests : public QObject
{
    Q_OBJECT

public:
    explicit FileOpenRequests(QObject *parent = nullptr);
    // Installs itself on the application; the receiver gets the files kept so far, then each new one.
    void setReceiver(std::function<void(const QString &)> open);
    QStringList pending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList m_pending;
    std::function<void(const QString &)> m_open;
};

} // namespace daas::ui
