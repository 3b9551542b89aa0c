#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

struct s_cliprdr_client_context;

namespace daas::remote {

class RdpWorker;

// The RDP clipboard channel (cliprdr, MS-RDPECLIP) for text and images: this computer's text
// (CF_UNICODETEXT) or image (CF_DIB) is offered to the remote side when it changes and sent when the
// remote side pastes; the remote side's text, or else its image (CF_DIB, CF_DIBV5), is fetched as soon
// as it announces some, so that a paste here is immediate. Every message runs on the worker's
// thread; the GUI's clipboard is touched only through the worker's events.
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

    RdpWorker *worker;
    s_cliprdr_client_context *channel;
    QString localText;
    QByteArray localDib;         // the local image as a DIB, made once on the worker thread
    quint32 requestedFormat = 0; // what the last Format Data Request asked the server for
    bool ready = false;          // the server sent Monitor Ready
};

} // namespace daas::remote
