#include "remote/RemoteSession.h"

#include "remote/KeySyms.h"
#include "support/Logging.h"

namespace daas::remote {

RemoteSession::RemoteSession(QObject *parent)
    : QObject(parent)
{}

RemoteSession::~RemoteSession() = default;

void RemoteSession::sendCtrlAltDel()
{
    sendKey(keysym::ControlL, 0, true);
    sendKey(keysym::AltL, 0, true);
    sendKey(keysym::Delete, 0, true);
    sendKey(keysym::Delete, 0, false);
    sendKey(keysym::AltL, 0, false);
    sendKey(keysym::ControlL, 0, false);
}

void RemoteSession::setState(State state, const Error &error)
{
    if (state == m_state && error.kind() == m_error.kind() && error.userText() == m_error.userText())
        return;
    m_state = state;
    m_error = error;
    if (error)
        qCInfo(lcVnc) << "remote session" << state << error;
    Q_EMIT stateChanged(state);
}

void RemoteSession::deliverFrames()
{
    const QRegion dirty = m_frame->takeDirty();
    if (!dirty.isEmpty())
        Q_EMIT frameUpdated(dirty);
}

} // namespace daas::remote
