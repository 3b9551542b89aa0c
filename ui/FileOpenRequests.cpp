#include "FileOpenRequests.h"

#include <QCoreApplication>
#include <QFileOpenEvent>

namespace daas::ui {

FileOpenRequests::FileOpenRequests(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

void FileOpenRequests::setReceiver(std::function<void(const QString &)> open)
{
    m_open = std::move(open);
    const QStringList kept = std::exchange(m_pending, {});
    for (const QString &file : kept)
        m_open(file);
}

bool FileOpenRequests::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen || watched != QCoreApplication::instance())
        return QObject::eventFilter(watched, event);
    const QString file = static_cast<QFileOpenEvent *>(event)->file();
    if (file.isEmpty()) // a URL, not a file: nothing the client opens
        return false;
    if (m_open)
        m_open(file);
    else
        m_pending.append(file);
    return true;
}

} // namespace daas::ui
