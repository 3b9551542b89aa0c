#pragma once

#include <QString>

struct s_cliprdr_client_context;

namespace daas::remote {

class RdpWorker;

// The RDP clipboard channel (cliprdr, MS-RDPECLIP) for text: this computer's text is offered to the
// remote side when it changes and sent when the remote side pastes; the remote side's text is fetched
// as soon as it announces some, so that a paste here is immediate. Every message runs on the worker's
// thread; the GUI's clipboard is touched only through the worker's events.
struct RdpClipboard
{
    RdpClipboard(RdpWorker *worker, s_cliprdr_client_context *channel);
    ~RdpClipboard();
    RdpClipboard(const RdpClipboard &) = delete;
    RdpClipboard &operator=(const RdpClipboard &) = delete;

    void offerLocalText(const QString &text);
    void remoteText(const QString &text);

    RdpWorker *worker;
    s_cliprdr_client_context *channel;
    QString localText;
    bool ready = false; // the server sent Monitor Ready
};

} // namespace daas::remote
