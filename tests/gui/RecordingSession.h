#pragma once

#include "remote/RemoteSession.h"

#include <QList>

#include <optional>

namespace daas::test {

// A session with no connection behind it that records what the view sends: keys and lock states.
class RecordingSession : public remote::RemoteSession
{
public:
    remote::RemoteProtocol protocol() const override { return remote::RemoteProtocol::Rdp; }
    QString target() const override { return QStringLiteral("recording"); }
    void sendPointer(QPoint, int) override {}
    void sendWheel(QPoint, QPoint, int) override {}
    void sendKey(const remote::KeyInput &key) override { keys.append(key); }
    void synchronizeLocks(const remote::LockKeys &l) override { locks.append(l); }
    void sendCtrlAltDel() override {}
    void sendClipboardText(const QString &) override {}
    void requestDesktopSize(QSize, int) override {}

    // The first press of key, if any.
    std::optional<remote::KeyInput> press(Qt::Key key) const
    {
        for (const remote::KeyInput &k : keys)
            if (k.down && k.qtKey == key)
                return k;
        return std::nullopt;
    }
    bool pressed(Qt::Key key) const { return press(key).has_value(); }

    QList<remote::KeyInput> keys;
    QList<remote::LockKeys> locks;

protected:
    void startConnection() override {}
    void stopConnection() override {}
};

} // namespace daas::test
