#include "remote/RdpCallbacks.h"

#include "remote/RdpClipboard.h"
#include "remote/RdpWorker.h"
#include "support/Logging.h"
#include "support/TlsTrustStore.h"

#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslError>

#include <freerdp/channels/channels.h>
#include <freerdp/client.h>
#include <freerdp/client/channels.h>
#include <freerdp/client/cliprdr.h>
#include <freerdp/client/disp.h>
#include <freerdp/event.h>
#include <freerdp/freerdp.h>
#include <freerdp/gdi/gdi.h>
#include <freerdp/gdi/gfx.h>
#include <freerdp/graphics.h>
#include <freerdp/settings.h>
#include <winpr/string.h>

#include <cstring>

namespace daas::remote {

namespace {

// The first member makes FreeRDP's rdpContext* and ours the same pointer.
struct WorkerContext
{
    rdpClientContext common;
    RdpWorker *worker;
};

// A pointer shape with its image ready for the GUI (FreeRDP allocates pointer.size bytes).
struct ShapedPointer
{
    rdpPointer pointer;
    QImage *image;
};

RdpWorker *workerOf(rdpContext *context)
{
    return reinterpret_cast<WorkerContext *>(context)->worker;
}

char *duplicate(const QString &text)
{
    return text.isEmpty() ? nullptr : _strdup(text.toUtf8().constData());
}

} // namespace

struct RdpCallbacksImpl
{
    static BOOL clientNew(freerdp *instance, rdpContext *)
    {
        instance->PreConnect = &preConnect;
        instance->PostConnect = &postConnect;
        instance->PostDisconnect = &postDisconnect;
        instance->AuthenticateEx = &authenticate;
        instance->VerifyX509Certificate = &verifyCertificate;
        instance->LogonErrorInfo = &logonErrorInfo;
        instance->PresentGatewayMessage = &gatewayMessage;
        return TRUE;
    }

    static void clientFree(freerdp *, rdpContext *) {}
    static int clientStart(rdpContext *) { return 0; }
    static int clientStop(rdpContext *) { return 0; }

    static BOOL preConnect(freerdp *instance)
    {
        rdpContext *context = instance->context;
        rdpSettings *settings = context->settings;
        freerdp_settings_set_uint32(settings, FreeRDP_OsMajorType, OSMAJORTYPE_UNIX);
        freerdp_settings_set_uint32(settings, FreeRDP_OsMinorType, OSMINORTYPE_NATIVE_XSERVER);
        PubSub_SubscribeChannelConnected(context->pubSub, &channelConnected);
        PubSub_SubscribeChannelDisconnected(context->pubSub, &channelDisconnected);
        return TRUE;
    }

    static BOOL postConnect(freerdp *instance)
    {
        rdpContext *context = instance->context;
        RdpWorker *w = workerOf(context);
        w->m_reachedDesktop = true;
        // Qt's fastest opaque format: B,G,R,X in memory = QImage::Format_RGB32 on little endian
        if (!gdi_init(instance, PIXEL_FORMAT_BGRX32))
            return FALSE;
        rdpUpdate *update = context->update;
        update->BeginPaint = &beginPaint;
        update->EndPaint = &endPaint;
        update->DesktopResize = &desktopResize;
        // NULL here crashes FreeRDP after connect (a call through 0 from a channel thread)
        update->PlaySound = &playSound;
        update->SetKeyboardIndicators = &keyboardIndicators;
        update->SetKeyboardImeStatus = &keyboardImeStatus;

        rdpPointer pointer{};
        pointer.size = sizeof(ShapedPointer);
        pointer.New = &pointerNew;
        pointer.Free = &pointerFree;
        pointer.Set = &pointerSet;
        pointer.SetNull = &pointerSetNull;
        pointer.SetDefault = &pointerSetDefault;
        pointer.SetPosition = &pointerSetPosition;
        graphics_register_pointer(context->graphics, &pointer);

        const rdpGdi *gdi = context->gdi;
        if (!sizeIsSane(gdi->width, gdi->height)) {
            w->m_sizeRefused = true;
            return FALSE;
        }
        w->m_frameBuffer->resize(QSize(gdi->width, gdi->height));
        // "connected" is said when freerdp_connect has returned (RdpWorker::run): the session is not
        // finalised yet here, and a drop now is a failed connect, not a lost connection
        return TRUE;
    }

    static void postDisconnect(freerdp *instance)
    {
        rdpContext *context = instance->context;
        RdpWorker *w = workerOf(context);
        // FreeRDP frees the channels' contexts right after this (freerdp_channels_close), and it reports
        // a channel's disconnection only when no channel had an error: what still points at a channel
        // lets go of it here, while the channel is alive
        w->m_clipboard.reset();
        w->m_disp = nullptr;
        w->m_dispReady = false;
        PubSub_UnsubscribeChannelConnected(context->pubSub, &channelConnected);
        PubSub_UnsubscribeChannelDisconnected(context->pubSub, &channelDisconnected);
        gdi_free(instance);
    }

    static bool sizeIsSane(qint64 width, qint64 height)
    {
        return width > 0 && height > 0 && width <= RdpWorker::kMaxSide && height <= RdpWorker::kMaxSide;
    }

    static void channelConnected(void *ctx, const ChannelConnectedEventArgs *e)
    {
        auto *context = static_cast<rdpContext *>(ctx);
        RdpWorker *w = workerOf(context);
        if (std::strcmp(e->name, DISP_DVC_CHANNEL_NAME) == 0) {
            auto *disp = static_cast<DispClientContext *>(e->pInterface);
            disp->custom = w;
            disp->DisplayControlCaps = &displayControlCaps;
            w->m_disp = disp;
        } else if (std::strcmp(e->name, CLIPRDR_SVC_CHANNEL_NAME) == 0) {
            w->m_clipboard =
                std::make_unique<RdpClipboard>(w, static_cast<CliprdrClientContext *>(e->pInterface));
        } else {
            // the graphics pipeline (RDPGFX) and the rest: without this, a GFX session decodes nothing
            freerdp_client_OnChannelConnectedEventHandler(ctx, e);
        }
    }

    static void channelDisconnected(void *ctx, const ChannelDisconnectedEventArgs *e)
    {
        auto *context = static_cast<rdpContext *>(ctx);
        RdpWorker *w = workerOf(context);
        if (std::strcmp(e->name, DISP_DVC_CHANNEL_NAME) == 0) {
            w->m_disp = nullptr;
            w->m_dispReady = false;
            if (w->m_events.resizeSupport)
                w->m_events.resizeSupport(false);
        } else if (std::strcmp(e->name, CLIPRDR_SVC_CHANNEL_NAME) == 0) {
            w->m_clipboard.reset();
        } else {
            freerdp_client_OnChannelDisconnectedEventHandler(ctx, e);
        }
    }

    static UINT displayControlCaps(DispClientContext *disp, UINT32 maxMonitors, UINT32, UINT32)
    {
        auto *w = static_cast<RdpWorker *>(disp->custom);
        w->m_dispReady = maxMonitors > 0;
        if (w->m_events.resizeSupport)
            w->m_events.resizeSupport(maxMonitors > 0);
        // a size asked for before the channel was ready: the worker thread sends it again
        if (maxMonitors > 0)
            w->post(RdpWorker::SizeCommand{QSize(), 0});
        return CHANNEL_RC_OK;
    }

    static BOOL beginPaint(rdpContext *context)
    {
        HGDI_WND hwnd = context->gdi->primary->hdc->hwnd;
        hwnd->invalid->null = TRUE;
        hwnd->ninvalid = 0;
        return TRUE;
    }

    static BOOL endPaint(rdpContext *context)
    {
        rdpGdi *gdi = context->gdi;
        HGDI_WND hwnd = gdi->primary->hdc->hwnd;
        if (hwnd->invalid->null || hwnd->ninvalid <= 0)
            return TRUE;
        // the list of rectangles, not their bounding box: two small changes far apart stay small
        QRegion region;
        for (int i = 0; i < hwnd->ninvalid; ++i) {
            const GDI_RGN &r = hwnd->cinvalid[i];
            region += QRect(r.x, r.y, r.w, r.h);
        }
        RdpWorker *w = workerOf(context);
        const QImage view(gdi->primary_buffer, gdi->width, gdi->height, qsizetype(gdi->stride),
                          QImage::Format_RGB32);
        if (w->m_frameBuffer->publish(view, region) && w->m_events.framesReady)
            w->m_events.framesReady();
        hwnd->invalid->null = TRUE;
        hwnd->ninvalid = 0;
        return TRUE;
    }

    static BOOL desktopResize(rdpContext *context)
    {
        RdpWorker *w = workerOf(context);
        const rdpSettings *s = context->settings;
        const quint32 width = freerdp_settings_get_uint32(s, FreeRDP_DesktopWidth);
        const quint32 height = freerdp_settings_get_uint32(s, FreeRDP_DesktopHeight);
        if (!sizeIsSane(width, height)) {
            qCWarning(lcRdp) << "server announced an unusable desktop size" << width << "x" << height;
            w->m_sizeRefused = true;
            return FALSE;
        }
        {
            // A legacy resize comes on this thread while the GFX channel's thread may be painting
            // (xrdp animating while the tab resizes): gdi_resize frees the primary surface that
            // endPaint reads, and its own update_end_paint would release the other thread's lock.
            // Holding the update lock (recursive) keeps every paint out until the new surface is up.
            rdp_update_lock(context->update);
            const auto unlock = qScopeGuard([context] { rdp_update_unlock(context->update); });
            if (!gdi_resize(context->gdi, width, height))
                return FALSE;
            w->m_frameBuffer->resize(QSize(int(width), int(height)));
        }
        if (w->m_events.resized)
            w->m_events.resized(QSize(int(width), int(height)));
        return TRUE;
    }

    static BOOL playSound(rdpContext *, const PLAY_SOUND_UPDATE *) { return TRUE; }
    static BOOL keyboardIndicators(rdpContext *, UINT16) { return TRUE; }
    static BOOL keyboardImeStatus(rdpContext *, UINT16, UINT32, UINT32) { return TRUE; }

    static BOOL pointerNew(rdpContext *context, rdpPointer *pointer)
    {
        auto *shaped = reinterpret_cast<ShapedPointer *>(pointer);
        shaped->image = nullptr;
        if (pointer->width == 0 || pointer->height == 0 || pointer->width > 384 || pointer->height > 384)
            return TRUE; // an invisible or absurd pointer: shown as none
        auto image =
            std::make_unique<QImage>(int(pointer->width), int(pointer->height), QImage::Format_ARGB32);
        if (image->isNull())
            return FALSE;
        if (!freerdp_image_copy_from_pointer_data(
                image->bits(), PIXEL_FORMAT_BGRA32, quint32(image->bytesPerLine()), 0, 0, pointer->width,
                pointer->height, pointer->xorMaskData, pointer->lengthXorMask, pointer->andMaskData,
                pointer->lengthAndMask, pointer->xorBpp, &context->gdi->palette))
            return FALSE;
        shaped->image = image.release();
        return TRUE;
    }

    static void pointerFree(rdpContext *, rdpPointer *pointer)
    {
        auto *shaped = reinterpret_cast<ShapedPointer *>(pointer);
        delete shaped->image;
        shaped->image = nullptr;
    }

    static BOOL pointerSet(rdpContext *context, rdpPointer *pointer)
    {
        const auto *shaped = reinterpret_cast<const ShapedPointer *>(pointer);
        RdpWorker *w = workerOf(context);
        if (w->m_events.cursor) {
            // the QCursor is made on the GUI thread; an empty image hides the cursor
            w->m_events.cursor(shaped->image ? shaped->image->copy() : QImage(),
                               QPoint(int(pointer->xPos), int(pointer->yPos)));
        }
        return TRUE;
    }

    static BOOL pointerSetNull(rdpContext *context)
    {
        RdpWorker *w = workerOf(context);
        if (w->m_events.cursor) {
            QImage none(1, 1, QImage::Format_ARGB32);
            none.fill(Qt::transparent);
            w->m_events.cursor(none, QPoint());
        }
        return TRUE;
    }

    static BOOL pointerSetDefault(rdpContext *context)
    {
        RdpWorker *w = workerOf(context);
        if (w->m_events.cursor)
            w->m_events.cursor(QImage(), QPoint()); // the view's own
        return TRUE;
    }

    static BOOL pointerSetPosition(rdpContext *, UINT32, UINT32) { return TRUE; }

    // The trust store decides (one for HTTPS, VNC and RDP): a certificate the system trusts for this
    // host, or the exact certificate the user accepted for this host and port, passes; anything else is
    // shown to the user, who answers while this thread waits. FreeRDP's own known-hosts file is unused.
    static int verifyCertificate(freerdp *instance, const BYTE *data, size_t length, const char *hostname,
                                 UINT16 port, DWORD flags)
    {
        RdpWorker *w = workerOf(instance->context);
        const bool gateway = flags & VERIFY_CERT_FLAG_GATEWAY;
        // the desktop's own TLS runs inside the gateway's tunnel: the gateway let us through
        if (!gateway)
            w->m_reachedDesktop = true;
        const QList<QSslCertificate> chain = QSslCertificate::fromData(
            QByteArray(reinterpret_cast<const char *>(data), qsizetype(length)), QSsl::Pem);
        if (chain.isEmpty())
            return 0;
        const QString host = QString::fromUtf8(hostname);
        const QList<QSslError> errors = QSslCertificate::verify(chain, host);
        if (errors.isEmpty())
            return 1;
        const QByteArray digest = chain.first().digest(QCryptographicHash::Sha256);
        if (support::TlsTrustStore::isTrusted(host, port, digest))
            return 1;
        CertificateQuestion question;
        question.host = host;
        question.port = port;
        question.certificate = chain.first();
        question.gateway = gateway;
        question.previouslyTrusted = support::TlsTrustStore::trustedFingerprints(host, port);
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons << e.errorString();
        question.reasons = reasons.join(u"; ");
        qCInfo(lcTls) << (gateway ? "RD Gateway certificate of" : "RDP certificate of") << host << port
                      << "needs a decision:" << question.fingerprint()
                      << (question.changed() ? "(changed)" : "");
        if (!w->m_events.certificateQuestion)
            return 0;
        w->m_events.certificateQuestion(question);
        const std::optional<bool> trust = w->m_decisions->waitForCertificate();
        if (!trust.value_or(false)) {
            w->m_certificateRefused = true;
            w->m_refusedAtGateway = gateway;
            return 0;
        }
        return 1;
    }

    static BOOL authenticate(freerdp *instance, char **username, char **password, char **domain,
                             rdp_auth_reason reason)
    {
        RdpWorker *w = workerOf(instance->context);
        const bool gateway = reason == GW_AUTH_HTTP || reason == GW_AUTH_RDG || reason == GW_AUTH_RPC;
        if (reason == AUTH_SMARTCARD_PIN)
            return FALSE; // no smartcards here
        if (!gateway)
            w->m_reachedDesktop = true;
        w->m_authenticating = true;
        if (w->m_events.authenticating)
            w->m_events.authenticating();
        const RdpEndpoint &e = w->m_endpoint;
        // a gateway that shares the desktop's sign-in asks with the desktop's user name; FreeRDP gives
        // the answer to both
        const bool own = gateway && !e.gatewayUsesDesktopCredentials;
        const QString knownUser = own ? e.gatewayUserName : e.userName;
        const QString knownPassword = own ? e.gatewayPassword : e.password;
        const QString knownDomain = own ? e.gatewayDomain : e.domain;
        // the first time, what the endpoint carries; after that (a refused password) the user decides
        int &attempts = gateway ? w->m_gatewayAuthAttempts : w->m_authAttempts;
        if (attempts++ == 0 && !knownUser.isEmpty() && !knownPassword.isEmpty()) {
            replace(username, knownUser);
            replace(password, knownPassword);
            replace(domain, knownDomain);
            return TRUE;
        }
        if (!w->m_events.credentialsQuestion)
            return FALSE;
        CredentialsQuestion question;
        question.purpose =
            gateway ? CredentialsQuestion::Purpose::Gateway : CredentialsQuestion::Purpose::Desktop;
        question.host = gateway ? e.gatewayHost : e.host;
        question.userName = (username && *username) ? QString::fromUtf8(*username) : knownUser;
        question.domain = (domain && *domain) ? QString::fromUtf8(*domain) : knownDomain;
        question.retry = attempts > 1;
        w->m_events.credentialsQuestion(question);
        const std::optional<Credentials> answer = w->m_decisions->waitForCredentials();
        if (!answer) {
            w->m_credentialsCancelled = true;
            w->m_refusedAtGateway = gateway;
            return FALSE;
        }
        replace(username, answer->userName);
        replace(password, answer->password);
        replace(domain, answer->domain);
        return TRUE;
    }

    static void replace(char **target, const QString &value)
    {
        if (!target)
            return;
        free(*target);
        *target = duplicate(value);
    }

    static int logonErrorInfo(freerdp *, UINT32 data, UINT32 type)
    {
        qCInfo(lcRdp) << "logon info:" << freerdp_get_logon_error_info_type(type)
                      << freerdp_get_logon_error_info_data(data);
        return 1;
    }

    static BOOL gatewayMessage(freerdp *, UINT32, BOOL, BOOL, size_t length, const WCHAR *message)
    {
        if (message && length > 0)
            qCInfo(lcRdp) << "gateway message:"
                          << QString::fromUtf16(reinterpret_cast<const char16_t *>(message),
                                                qsizetype(length / sizeof(WCHAR)));
        return TRUE;
    }
};

rdpContext *RdpCallbacks::createContext(RdpWorker *worker)
{
    RDP_CLIENT_ENTRY_POINTS entry{};
    entry.Version = RDP_CLIENT_INTERFACE_VERSION;
    entry.Size = sizeof(RDP_CLIENT_ENTRY_POINTS_V1);
    entry.ContextSize = sizeof(WorkerContext);
    entry.ClientNew = &RdpCallbacksImpl::clientNew;
    entry.ClientFree = &RdpCallbacksImpl::clientFree;
    entry.ClientStart = &RdpCallbacksImpl::clientStart;
    entry.ClientStop = &RdpCallbacksImpl::clientStop;
    rdpContext *context = freerdp_client_context_new(&entry);
    if (context)
        reinterpret_cast<WorkerContext *>(context)->worker = worker;
    return context;
}

} // namespace daas::remote
