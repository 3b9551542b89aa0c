#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <atomic>
#include <mutex>

struct s_cliprdr_client_context;

namespace daas::remote {

class RdpWorker;

// The RDP clipboard channel (cliprdr, MS-RDPECLIP) for text and images: this computer's text
// (CF_UNICODETEXT) or image (CF_DIB) is offered to the remote side when it changes and sent when the
// remote side pastes; the remote side's text, or else its image (CF_DIB, CF_DIBV5), is fetched as soon
// as it announces some, so that a paste here is immediate. The server's messages may arrive on FreeRDP's
// cliprdr thread, this computer's clipboard on the worker's thread: what both read is under a mutex. The
// GUI's clipboard is touched only through the worker's events. The channel belongs to FreeRDP, which
// frees it when the connection is torn down: the worker destroys this object first (RdpCallbacks'
// postDisconnect), and the destructor unhooks it from the channel.
struct RdpClipboard
{
    RdpClipboard(RdpWorker *worker, s_cliprdr_client_context *channel);
    ~RdpClipboard();
    RdpClipboard(const RdpClipboard &) = delete;
    RdpClipboard &operator=(const RdpClipboard &) = delete;

    // What this computer's clipboard holds now: text, or an image (a null image: none).
    void offerLocal(const QString &text, const QImage &image);
    void remoteText(const QString &text);
    void remoteImage(const QImage &image);

    struct Local
    {
        QString text;
        QByteArray dib; // the local image as a DIB, made once on the worker thread
    };
    // cliprdr thread: the server is ready for format lists; what there is to offer
    Local markReady();
    Local local() const;

    RdpWorker *const worker;
    s_cliprdr_client_context *const channel;
    std::atomic<quint32> requestedFormat = 0; // what the last Format Data Request asked the server for

private:
    mutable std::mutex m_mutex;
    Local m_local;
    bool m_ready = false; // the server sent Monitor Ready
};

} // namespace daas::remote
