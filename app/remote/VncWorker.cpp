#include "remote/VncWorker.h"

#include "remote/TlsBundle.h"
#include "remote/VncFailure.h"
#include "remote/VncMessageGuard.h"
#include "remote/VncTlsPending.h"
#include "support/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QtEndian>

extern "C" {
#include <rfb/rfbclient.h>
}

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace daas::remote {

namespace {

// libvncclient's log hooks are process-global; the thread-local pointer attributes a line to the
// connection whose thread wrote it (the only error signal the library gives).
thread_local VncWorker *t_current = nullptr;
int g_clientTag;

constexpr int kConnectTimeoutMs = 15000;
constexpr int kFullUpdateRetryMs = 250;
// where decrypted bytes waiting in the TLS library cannot be seen, look again this often
constexpr int kTlsPollMs = 20;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(daas::remote::VncWorker)
};

char *duplicate(const QByteArray &bytes)
{
    return strdup(bytes.constData());
}

// SetDesktopSize with one screen. libvncclient 0.9.15's SendExtDesktopSize byte-swaps the screen it
// stored in network order a second time, which Xtigervnc rejects ("Invalid screen layout").
bool sendDesktopSize(rfbClient *cl, QSize size)
{
    // the server has not offered ExtendedDesktopSize: it cannot resize (not an error)
    if (cl->screen.width == 0 || size.width() <= 0 || size.height() <= 0 ||
        size.width() > VncWorker::kMaxSide || size.height() > VncWorker::kMaxSide)
        return true;
    qCDebug(lcVnc) << "requesting desktop size" << size;
    unsigned char message[24] = {};
    message[0] = rfbSetDesktopSize;
    qToBigEndian<quint16>(quint16(size.width()), message + 2);
    qToBigEndian<quint16>(quint16(size.height()), message + 4);
    message[6] = 1;                              // screens
    std::memcpy(message + 8, &cl->screen.id, 4); // still in network order, as received
    qToBigEndian<quint16>(quint16(size.width()), message + 16);
    qToBigEndian<quint16>(quint16(size.height()), message + 18);
    std::memcpy(message + 20, &cl->screen.flags, 4);
    return WriteToRFBServer(cl, reinterpret_cast<const char *>(message), sizeof message);
}

// RFB ContinuousUpdates (pseudo-encoding -313, messages 150). libvncclient knows only the pull model:
// one FramebufferUpdateRequest per update, so frames are bound to the round trip. Servers that
// support continuous updates (TigerVNC) answer the pseudo-encoding with EndOfContinuousUpdates; we
// then ask them to push changes as they happen.
// TigerVNC offers them only to clients that also answer fences (-312, message 248), which it uses to
// measure the round trip for its congestion control.
constexpr int kContinuousUpdatesEncoding = -313;
constexpr int kFenceEncoding = -312;
constexpr quint8 kContinuousUpdatesMessage = 150;
constexpr quint8 kFenceMessage = 248;
constexpr quint32 kFenceRequest = 0x80000000u;
constexpr quint32 kFenceBlockBefore = 1, kFenceBlockAfter = 2; // trivially true: we handle messages in order
int g_extensionEncodings[] = {kContinuousUpdatesEncoding, kFenceEncoding, 0};

bool answerFence(rfbClient *cl)
{
    char header[8]; // 3 padding, flags, length
    if (!ReadFromRFBServer(cl, header, sizeof header))
        return false;
    const quint32 flags = qFromBigEndian<quint32>(header + 3);
    const quint8 length = quint8(header[7]);
    if (length > 64) // the protocol's limit
        return false;
    char payload[64];
    if (length && !ReadFromRFBServer(cl, payload, length))
        return false;
    if (!(flags & kFenceRequest))
        return true;                  // an answer to a fence we never send
    unsigned char reply[9 + 64] = {}; // type, 3 padding, flags, length, payload
    reply[0] = kFenceMessage;
    qToBigEndian<quint32>(flags & (kFenceBlockBefore | kFenceBlockAfter), reply + 4);
    reply[8] = length;
    std::memcpy(reply + 9, payload, length);
    return WriteToRFBServer(cl, reinterpret_cast<const char *>(reply), 9 + length);
}

bool enableContinuousUpdates(rfbClient *cl)
{
    unsigned char message[10] = {};
    message[0] = kContinuousUpdatesMessage;
    message[1] = 1; // enable
    qToBigEndian<quint16>(0, message + 2);
    qToBigEndian<quint16>(0, message + 4);
    qToBigEndian<quint16>(quint16(cl->width), message + 6);
    qToBigEndian<quint16>(quint16(cl->height), message + 8);
    return WriteToRFBServer(cl, reinterpret_cast<const char *>(message), sizeof message);
}

} // namespace

struct VncCallbacks
{
    static VncWorker *self(rfbClient *client)
    {
        return static_cast<VncWorker *>(rfbClientGetClientData(client, &g_clientTag));
    }

    static void log(const char *format, ...)
    {
        char line[512];
        va_list args;
        va_start(args, format);
        std::vsnprintf(line, sizeof line, format, args);
        va_end(args);
        // UTF-8: a line may quote the server's words (a refusal's reason), which are not in this
        // machine's encoding either way
        const QString text = QString::fromUtf8(line).trimmed();
        qCDebug(lcVnc).noquote() << "libvncclient:" << text;
        if (t_current)
            t_current->m_failureLog.add(text);
    }

    static char *password(rfbClient *client)
    {
        VncWorker *w = self(client);
        w->m_authenticating = true;
        if (w->m_events.authenticating)
            w->m_events.authenticating();
        // the library frees what we return
        return strdup(w->m_password.c_str());
    }

    static rfbCredential *credential(rfbClient *client, int type)
    {
        VncWorker *w = self(client);
        auto *c = static_cast<rfbCredential *>(calloc(1, sizeof(rfbCredential)));
        if (type == rfbCredentialTypeUser) {
            w->m_authenticating = true;
            if (w->m_events.authenticating)
                w->m_events.authenticating();
            c->userCredential.username = duplicate(w->m_endpoint.userName.toUtf8());
            c->userCredential.password = strdup(w->m_password.c_str());
            return c;
        }
        if (type == rfbCredentialTypeX509) {
            // GnuTLS then requires a chain to this file and the host name in the certificate
            if (!w->m_endpoint.caCertificateFile.isEmpty())
                c->x509Credential.x509CACertFile = duplicate(w->m_endpoint.caCertificateFile.toLocal8Bit());
            else
                c->x509Credential.x509CACertFile = duplicate(systemCaBundleFile().toLocal8Bit());
            return c;
        }
        free(c);
        return nullptr;
    }

    static rfbBool mallocFrameBuffer(rfbClient *client)
    {
        VncWorker *w = self(client);
        const int width = client->width, height = client->height;
        if (width <= 0 || height <= 0 || width > VncWorker::kMaxSide || height > VncWorker::kMaxSide) {
            qCWarning(lcVnc) << "server announced an unusable desktop size" << width << "x" << height;
            w->m_sizeRefused = true;
            return FALSE;
        }
        if (client->format.bitsPerPixel != 32)
            return FALSE;
        QImage image(width, height, QImage::Format_RGB32);
        if (image.isNull())
            return FALSE;
        image.fill(Qt::black);
        w->m_decode = std::move(image);
        client->frameBuffer = w->m_decode.bits();
        w->m_updated = {};
        w->m_covered = {};
        w->m_screenCovered = false;
        w->m_frameBuffer->resize(QSize(width, height));
        if (w->m_continuousUpdates)
            enableContinuousUpdates(client); // the pushed area follows the new size
        if (w->m_connected && w->m_events.resized)
            w->m_events.resized(QSize(width, height));
        return TRUE;
    }

    static void gotRect(rfbClient *client, int x, int y, int width, int height)
    {
        VncWorker *w = self(client);
        w->m_updated += QRect(x, y, width, height).intersected(w->m_decode.rect());
    }

    static void finishedUpdate(rfbClient *client)
    {
        VncWorker *w = self(client);
        if (w->m_updated.isEmpty())
            return;
        if (!w->m_screenCovered) {
            w->m_covered += w->m_updated;
            w->m_screenCovered = QRegion(w->m_decode.rect()).subtracted(w->m_covered).isEmpty();
        }
        if (w->m_frameBuffer->publish(w->m_decode, w->m_updated) && w->m_events.framesReady)
            w->m_events.framesReady();
        w->m_updated = {};
    }

    static void cursorShape(rfbClient *client, int xhot, int yhot, int width, int height, int bytesPerPixel)
    {
        VncWorker *w = self(client);
        if (bytesPerPixel != 4 || !client->rcSource || !client->rcMask || width <= 0 || height <= 0 ||
            width > 256 || height > 256)
            return;
        QImage image(width, height, QImage::Format_ARGB32);
        const auto *source = reinterpret_cast<const quint32 *>(client->rcSource);
        const uint8_t *mask = client->rcMask;
        for (int y = 0; y < height; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < width; ++x) {
                const int i = y * width + x;
                line[x] = mask[i] ? (source[i] | 0xff000000u) : 0u;
            }
        }
        if (w->m_events.cursor)
            w->m_events.cursor(image, QPoint(xhot, yhot));
    }

    static void cutLatin1(rfbClient *client, const char *text, int length)
    {
        VncWorker *w = self(client);
        if (w->m_events.clipboard && length >= 0)
            w->m_events.clipboard(QString::fromLatin1(text, length));
    }

    static void cutUtf8(rfbClient *client, const char *text, int length)
    {
        VncWorker *w = self(client);
        // the length counts a terminating NUL
        while (length > 0 && text[length - 1] == '\0')
            --length;
        if (w->m_events.clipboard && length >= 0)
            w->m_events.clipboard(QString::fromUtf8(text, length));
    }

    static rfbBool extensionMessage(rfbClient *client, rfbServerToClientMsg *message)
    {
        VncWorker *w = self(client);
        if (!w)
            return FALSE;
        if (message->type == kFenceMessage)
            return answerFence(client) ? TRUE : FALSE;
        if (message->type != kContinuousUpdatesMessage)
            return FALSE;
        // EndOfContinuousUpdates has no payload: the server supports them (or confirms they stopped)
        if (!w->m_continuousUpdates && client->width > 0) {
            w->m_continuousUpdates = true;
            qCDebug(lcVnc) << "server supports continuous updates; enabling them";
            return enableContinuousUpdates(client) ? TRUE : FALSE;
        }
        return TRUE;
    }

    static void bell(rfbClient *client)
    {
        VncWorker *w = self(client);
        if (w->m_events.bell)
            w->m_events.bell();
    }
};

VncWorker::VncWorker(VncEndpoint endpoint, QList<QHostAddress> addresses, SocketHandle preconnected,
                     std::shared_ptr<FrameBuffer> frameBuffer, VncWorkerEvents events)
    : m_endpoint(std::move(endpoint))
    , m_addresses(std::move(addresses))
    , m_password(m_endpoint.password.toStdString())
    , m_frameBuffer(std::move(frameBuffer))
    , m_events(std::move(events))
    , m_socket(preconnected)
{
    m_endpoint.password.clear();
    static std::once_flag logOnce;
    std::call_once(logOnce, [] {
        rfbClientLog = rfbClientErr = &VncCallbacks::log;
        // process-wide in libvncclient: every connection offers continuous updates
        static rfbClientProtocolExtension continuous{};
        continuous.encodings = g_extensionEncodings;
        continuous.handleMessage = &VncCallbacks::extensionMessage;
        rfbClientRegisterExtension(&continuous);
    });
}

VncWorker::~VncWorker()
{
    stop();
    std::fill(m_password.begin(), m_password.end(), '\0');
}

void VncWorker::start()
{
    m_thread = std::thread([this] { run(); });
}

void VncWorker::requestStop()
{
    m_stop = true;
    m_waker.signal();
    // unblocks a read inside libvncclient's handshake, which knows nothing of our waker
    native::shutdownSocket(m_socket.load());
}

void VncWorker::stop()
{
    requestStop();
    if (m_thread.joinable())
        m_thread.join();
}

void VncWorker::post(Command command)
{
    {
        std::lock_guard lock(m_queueMutex);
        m_queue.push_back(std::move(command));
    }
    m_waker.signal();
}

void VncWorker::pointer(QPoint position, int buttons)
{
    post(PointerCommand{position.x(), position.y(), buttons});
}

void VncWorker::key(quint32 keysym, bool down)
{
    post(KeyCommand{keysym, down});
}

void VncWorker::clipboard(const QString &text)
{
    post(ClipboardCommand{text});
}

void VncWorker::desktopSize(QSize size)
{
    post(SizeCommand{size});
}

void VncWorker::quality(VncQuality quality)
{
    post(QualityCommand{quality});
}

void VncWorker::run()
{
    t_current = this;
    if (m_socket.load() == kNoSocket && !connectSocket()) {
        t_current = nullptr;
        return;
    }
    if (!initialise()) {
        t_current = nullptr;
        return;
    }
    serve();
    rfbClientCleanup(m_client); // closes the socket
    m_client = nullptr;
    m_socket = kNoSocket;
    t_current = nullptr;
}

bool VncWorker::connectSocket()
{
    QString lastError;
    const SocketHandle socket =
        native::connectTo(m_addresses, m_endpoint.port, kConnectTimeoutMs, m_waker, &lastError);
    if (socket != kNoSocket) {
        m_socket = socket;
        return true;
    }
    if (!m_stop) {
        finish(
            Error(
                Error::Kind::Network,
                Tr::tr("Could not reach the remote desktop at %1:%2. The environment may still be starting; "
                       "try again in a minute.")
                    .arg(m_endpoint.host)
                    .arg(m_endpoint.port),
                lastError),
            false);
    }
    return false;
}

bool VncWorker::initialise()
{
    m_client = rfbGetClient(8, 3, 4);
    rfbClient *cl = m_client;
    // B,G,R,X in memory on little endian = QImage::Format_RGB32, Qt's fastest opaque format
    cl->format.depth = 24;
    cl->format.bitsPerPixel = 32;
    cl->format.redShift = 16;
    cl->format.greenShift = 8;
    cl->format.blueShift = 0;
    cl->format.redMax = cl->format.greenMax = cl->format.blueMax = 255;
    cl->format.trueColour = TRUE;
    rfbClientSetClientData(cl, &g_clientTag, this);
    cl->MallocFrameBuffer = &VncCallbacks::mallocFrameBuffer;
    cl->GotFrameBufferUpdate = &VncCallbacks::gotRect;
    cl->FinishedFrameBufferUpdate = &VncCallbacks::finishedUpdate;
    cl->GetPassword = &VncCallbacks::password;
    cl->GetCredential = &VncCallbacks::credential;
    cl->GotCursorShape = &VncCallbacks::cursorShape;
    cl->GotXCutText = &VncCallbacks::cutLatin1;
    cl->GotXCutTextUTF8 = &VncCallbacks::cutUtf8;
    cl->Bell = &VncCallbacks::bell;
    cl->canHandleNewFBSize = TRUE;
    cl->appData.useRemoteCursor = TRUE;
    cl->appData.shareDesktop = m_endpoint.sharedSession ? TRUE : FALSE;
    cl->readTimeout = 30;
    cl->connectTimeout = kConnectTimeoutMs / 1000;
    // rfbGetClient put an empty string of its own here; rfbClientCleanup frees whatever is here last
    free(cl->serverHost);
    cl->serverHost = duplicate(m_endpoint.host.toUtf8());
    cl->serverPort = m_endpoint.port;
    cl->sock = rfbSocket(m_socket.load());
    cl->listenSpecified = TRUE; // we connected ourselves (cancellable, or the WebSocket bridge)
    applyQuality();

    if (m_stop)
        return false;
    if (!rfbInitClient(cl, nullptr, nullptr)) {
        // rfbInitClient has freed the client and closed the socket
        m_client = nullptr;
        m_socket = kNoSocket;
        if (!m_stop)
            finish(failure(false), false);
        return false;
    }
    m_connected = true;
    m_failureLog.restart(); // from now on only lines about this session's end matter
    if (m_events.connected)
        m_events.connected(QSize(cl->width, cl->height),
                           QString::fromUtf8(cl->desktopName ? cl->desktopName : ""));
    return true;
}

void VncWorker::applyQuality()
{
    rfbClient *cl = m_client;
    VncQuality q = m_endpoint.quality;
    if (q == VncQuality::Auto) {
        const QHostAddress address(m_endpoint.host);
        const bool local = m_endpoint.webSocketUrl.isEmpty() &&
                           (m_endpoint.host == u"localhost" || (!address.isNull() && address.isLoopback()));
        q = local ? VncQuality::Lossless : VncQuality::High;
    }
    switch (q) {
    case VncQuality::Auto:
    case VncQuality::Lossless:
        // on this machine copying pixels is cheaper than any compression
        cl->appData.encodingsString = "copyrect raw";
        cl->appData.compressLevel = 0;
        cl->appData.enableJPEG = FALSE;
        break;
    case VncQuality::High:
        cl->appData.encodingsString = "copyrect tight zrle hextile zlib raw";
        cl->appData.compressLevel = 2;
        cl->appData.qualityLevel = 8;
        cl->appData.enableJPEG = TRUE;
        break;
    case VncQuality::Medium:
        cl->appData.encodingsString = "copyrect tight zrle hextile zlib raw";
        cl->appData.compressLevel = 5;
        cl->appData.qualityLevel = 6;
        cl->appData.enableJPEG = TRUE;
        break;
    case VncQuality::Low:
        cl->appData.encodingsString = "copyrect tight zrle hextile zlib raw";
        cl->appData.compressLevel = 9;
        cl->appData.qualityLevel = 2;
        cl->appData.enableJPEG = TRUE;
        break;
    }
}

void VncWorker::serve()
{
    rfbClient *cl = m_client;
    QElapsedTimer sinceFullRequest;
    sinceFullRequest.start();
    while (!m_stop) {
        // TigerVNC answers the first full request with an empty update and libvncclient then asks only
        // for changes: keep asking for the whole screen until every pixel has arrived once.
        int timeout = -1;
        if (!m_screenCovered) {
            if (sinceFullRequest.elapsed() >= kFullUpdateRetryMs) {
                if (!SendFramebufferUpdateRequest(cl, 0, 0, cl->width, cl->height, FALSE)) {
                    finish(failure(true), true);
                    return;
                }
                sinceFullRequest.restart();
            }
            timeout = kFullUpdateRetryMs;
        }
        // released libvncclient versions only select() the socket: a message already in the
        // library's buffer (or in GnuTLS's) would wait forever for more bytes to arrive
        bool readable = cl->buffered > 0 || tlsBytesPending(cl->tlsSession);
        if (!readable) {
            if (cl->tlsSession && !canSeeTlsPending())
                timeout = timeout < 0 ? kTlsPollMs : std::min(timeout, kTlsPollMs);
            const int events = m_waker.wait(SocketHandle(cl->sock), timeout);
            if (events & native::Waker::Failed)
                break;
            readable = events & native::Waker::Readable;
        }
        if (m_stop)
            return;
        if (readable) {
            if (const QString refused = refusedServerMessage(cl); !refused.isEmpty()) {
                qCWarning(lcVnc).noquote() << refused;
                m_failureLog.add(refused);
                finish(failure(true), true);
                return;
            }
        }
        if (readable && !HandleRFBServerMessage(cl)) {
            finish(failure(true), true);
            return;
        }
        if (!drainCommands()) {
            finish(failure(true), true);
            return;
        }
    }
}

bool VncWorker::drainCommands()
{
    std::deque<Command> commands;
    {
        std::lock_guard lock(m_queueMutex);
        commands.swap(m_queue);
    }
    rfbClient *cl = m_client;
    for (size_t i = 0; i < commands.size(); ++i) {
        const Command &command = commands[i];
        bool ok = true;
        if (const auto *p = std::get_if<PointerCommand>(&command)) {
            // moves with unchanged buttons are coalesced: only the last position of a batch matters
            if (i + 1 < commands.size()) {
                if (const auto *next = std::get_if<PointerCommand>(&commands[i + 1]);
                    next && next->buttons == p->buttons)
                    continue;
            }
            ok = SendPointerEvent(cl, qBound(0, p->x, cl->width - 1), qBound(0, p->y, cl->height - 1),
                                  p->buttons);
        } else if (const auto *k = std::get_if<KeyCommand>(&command)) {
            ok = SendKeyEvent(cl, k->keysym, k->down ? TRUE : FALSE);
        } else if (const auto *c = std::get_if<ClipboardCommand>(&command)) {
            QByteArray utf8 = c->text.toUtf8();
            if (!SendClientCutTextUTF8(cl, utf8.data(), int(utf8.size()))) {
                // servers without Extended Clipboard take Latin-1 only
                QByteArray latin1 = c->text.toLatin1();
                ok = SendClientCutText(cl, latin1.data(), int(latin1.size()));
            }
        } else if (const auto *s = std::get_if<SizeCommand>(&command)) {
            ok = sendDesktopSize(cl, s->size);
        } else if (const auto *q = std::get_if<QualityCommand>(&command)) {
            m_endpoint.quality = q->quality;
            applyQuality();
            ok = SetFormatAndEncodings(cl);
        }
        if (!ok)
            return false;
    }
    return true;
}

Error VncWorker::failure(bool wasConnected) const
{
    return m_failureLog.error({wasConnected, m_authenticating, m_sizeRefused});
}

void VncWorker::finish(const Error &error, bool wasConnected)
{
    if (m_events.finished)
        m_events.finished(error, wasConnected);
}

} // namespace daas::remote
