#pragma once

#include <QString>

#include <mutex>

struct s_cliprdr_client_context;

namespace daas::remote {

class RdpWorker;

// The RDP clipboard channel (cliprdr, MS-RDPECLIP) for text: this computer's text is offered to the
// remote side when it changes and sent when the remote side pastes; the remote side's text is fetched
// as soon as it announces some, so that a paste here is immediate. The server's messages arrive on
// FreeRDP's cliprdr thread, this computer's text on the worker's thread: what both read is under a
// mutex. The GUI's clipboard is touched only through the worker's events. The channel belongs to
// FreeRDP, which frees it when the connection is torn down: the worker destroys this object first
// (RdpCallbacks' postDisconnect), and the destructor unhooks it from the channel.
struct RdpClipboard
{
    RdpClipboard(RdpWorker *worker, s_cliprdr_client_context *channel);
    ~RdpClipboard();
    RdpClipboard(const RdpClipboard &) = delete;
    RdpClipboard &operator=(const RdpClipboard &) = delete;

    void offerLocalText(const QString &text);
    void remoteText(const QString &text);
    // cliprdr thread: the server is ready for format lists; returns whether there is text to offer
    bool markReady();
    QString text() const;

    RdpWorker *const worker;
    s_cliprdr_client_context *const channel;

private:
    mutable std::mutex m_mutex;
    QString m_localText;
    bool m_ready = false; // the server sent Monitor Ready
};

} // namespace daas::remote
