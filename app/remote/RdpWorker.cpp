#include "remote/RdpWorker.h"

#include "remote/RdpCallbacks.h"
#include "remote/RdpClipboard.h"
#include "remote/RdpErrors.h"
#include "support/Logging.h"

#include <freerdp/client.h>
#include <freerdp/client/disp.h>
#include <freerdp/freerdp.h>
#include <freerdp/gdi/gdi.h>
#include <freerdp/input.h>
#include <freerdp/settings.h>
#include <winpr/synch.h>

#include <cstdlib>

namespace daas::remote {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(daas::remote::RdpWorker)
};

// RDP's wheel rotation is 9 bits with a sign flag: at most 255 units per event, 120 per notch
constexpr int kMaxWheelStep = 0xff;

bool setString(rdpSettings *settings, FreeRDP_Settings_Keys_String key, const QString &value)
{
    return freerdp_settings_set_string(settings, key, value.isEmpty() ? nullptr : value.toUtf8().constData());
}

} // namespace

RdpWorker::RdpWorker(RdpEndpoint endpoint, std::shared_ptr<FrameBuffer> frameBuffer,
                     std::shared_ptr<UserDecisions> decisions, RdpWorkerEvents events)
    : m_endpoint(std::move(endpoint))
    , m_frameBuffer(std::move(frameBuffer))
    , m_decisions(std::move(decisions))
    , m_events(std::move(events))
{
    m_wakeEvent = CreateEventA(nullptr, TRUE, FALSE, nullptr);
}

RdpWorker::~RdpWorker()
{
    stop();
    if (m_wakeEvent)
        CloseHandle(m_wakeEvent);
    // the passwords leave memory with the worker
    m_endpoint.password.fill(u'\0');
    m_endpoint.gatewayPassword.fill(u'\0');
}

void RdpWorker::start()
{
    m_thread = std::thread([this] { run(); });
}

void RdpWorker::requestStop()
{
    m_stop = true;
    m_decisions->cancel();
    {
        std::lock_guard lock(m_contextMutex);
        // interrupts freerdp_connect (DNS, TCP, TLS, NLA) as well as the loop
        if (m_context)
            freerdp_abort_connect_context(m_context);
    }
    if (m_wakeEvent)
        SetEvent(m_wakeEvent);
}

void RdpWorker::stop()
{
    requestStop();
    if (m_thread.joinable())
        m_thread.join();
}

void RdpWorker::post(Command command)
{
    {
        std::lock_guard lock(m_queueMutex);
        m_queue.push_back(std::move(command));
    }
    SetEvent(m_wakeEvent);
}

void RdpWorker::pointer(QPoint position, int buttons)
{
    post(PointerCommand{position, buttons});
}

void RdpWorker::wheel(QPoint position, QPoint angleDelta)
{
    post(WheelCommand{position, angleDelta});
}

void RdpWorker::key(const RdpKey &key, bool down, bool repeat)
{
    post(KeyCommand{key, down, repeat});
}

void RdpWorker::locks(quint32 syncFlags)
{
    post(LocksCommand{syncFlags});
}

void RdpWorker::clipboard(const QString &text)
{
    post(ClipboardCommand{text, {}});
}

void RdpWorker::clipboardImage(const QImage &image)
{
    post(ClipboardCommand{{}, image});
}

void RdpWorker::desktopSize(QSize size, int scalePercent)
{
    post(SizeCommand{size, scalePercent});
}

void RdpWorker::run()
{
    rdpContext *context = RdpCallbacks::createContext(this);
    if (!context) {
        finish(Error(Error::Kind::Internal, Tr::tr("Could not start the remote desktop connection."),
                     QStringLiteral("freerdp_client_context_new failed")),
               false);
        return;
    }
    {
        std::lock_guard lock(m_contextMutex);
        m_context = context;
    }
    if (configure() && !m_stop && freerdp_client_start(context) == 0) {
        if (freerdp_connect(context->instance)) {
            m_connected = true;
            if (m_events.connected) {
                const rdpGdi *gdi = context->gdi;
                const char *name = freerdp_settings_get_string(context->settings, FreeRDP_ServerHostname);
                m_events.connected(QSize(gdi->width, gdi->height), QString::fromUtf8(name ? name : ""));
            }
            serve();
        } else if (!m_stop) {
            finish(failure(false), false);
        }
        letGoOfContext();
        freerdp_disconnect(context->instance);
        freerdp_client_stop(context);
    } else {
        letGoOfContext();
        if (!m_stop)
            finish(Error(Error::Kind::Internal, Tr::tr("Could not start the remote desktop connection."),
                         QStringLiteral("settings or client start failed")),
                   false);
    }
    // the clipboard let go of its channel in postDisconnect, before FreeRDP freed the channel
    freerdp_client_context_free(context);
}

void RdpWorker::letGoOfContext()
{
    // From here on the worker takes the connection down and requestStop() no longer touches it: an abort
    // from another thread while freerdp_disconnect() frees the transport crashed (tst_remote_rdp, once in
    // a few runs, when the session retired its worker as the server went away) or left a lock taken.
    std::lock_guard lock(m_contextMutex);
    m_context = nullptr;
}

bool RdpWorker::configure()
{
    rdpSettings *s = m_context->settings;
    const RdpEndpoint &e = m_endpoint;
    bool ok = setString(s, FreeRDP_ServerHostname, e.host) &&
              freerdp_settings_set_uint32(s, FreeRDP_ServerPort, e.port) &&
              setString(s, FreeRDP_Username, e.userName) && setString(s, FreeRDP_Domain, e.domain) &&
              setString(s, FreeRDP_Password, e.password);
    const QSize size =
        e.initialSize.boundedTo(QSize(kMaxSide, kMaxSide)).expandedTo(QSize(kMinSide, kMinSide));
    ok = ok && freerdp_settings_set_uint32(s, FreeRDP_DesktopWidth, quint32(size.width()) & ~1u) &&
         freerdp_settings_set_uint32(s, FreeRDP_DesktopHeight, quint32(size.height())) &&
         freerdp_settings_set_uint32(s, FreeRDP_ColorDepth, 32);
    // HiDPI: the remote side scales its desktop as this screen does (KRDC's limits: 100-500 %, device
    // scale one of 100/140/180)
    const int scale = std::clamp(e.scalePercent, 100, 500);
    ok = ok && freerdp_settings_set_uint32(s, FreeRDP_DesktopScaleFactor, quint32(scale)) &&
         freerdp_settings_set_uint32(s, FreeRDP_DeviceScaleFactor,
                                     scale >= 180 ? 180u : (scale >= 140 ? 140u : 100u));
    // the graphics pipeline with AVC420/progressive where the server offers them; our own decode target
    for (const auto key :
         {FreeRDP_SupportGraphicsPipeline, FreeRDP_GfxH264, FreeRDP_GfxProgressive, FreeRDP_GfxProgressiveV2,
          FreeRDP_RemoteFxCodec, FreeRDP_FastPathInput, FreeRDP_FastPathOutput,
          FreeRDP_FrameMarkerCommandEnabled, FreeRDP_SupportDynamicChannels, FreeRDP_SupportDisplayControl,
          FreeRDP_DynamicResolutionUpdate, FreeRDP_RedirectClipboard, FreeRDP_SoftwareGdi,
          FreeRDP_ExternalCertificateManagement})
        ok = ok && freerdp_settings_set_bool(s, key, TRUE);
    // certificates are decided by the trust store shared with HTTPS and VNC; FreeRDP keeps no
    // known-hosts file of its own and accepts nothing on its own
    for (const auto key : {FreeRDP_AutoAcceptCertificate, FreeRDP_IgnoreCertificate,
                           FreeRDP_AutoReconnectionEnabled, FreeRDP_GfxAVC444, FreeRDP_GfxAVC444v2})
        ok = ok && freerdp_settings_set_bool(s, key, FALSE);
    switch (e.security) {
    case RdpEndpoint::Security::Negotiate:
        ok = ok && freerdp_settings_set_bool(s, FreeRDP_NlaSecurity, TRUE) &&
             freerdp_settings_set_bool(s, FreeRDP_TlsSecurity, TRUE) &&
             freerdp_settings_set_bool(s, FreeRDP_RdpSecurity, TRUE);
        break;
    case RdpEndpoint::Security::Nla:
    case RdpEndpoint::Security::Tls:
    case RdpEndpoint::Security::Rdp:
        ok = ok &&
             freerdp_settings_set_bool(s, FreeRDP_NlaSecurity, e.security == RdpEndpoint::Security::Nla) &&
             freerdp_settings_set_bool(s, FreeRDP_TlsSecurity, e.security == RdpEndpoint::Security::Tls) &&
             freerdp_settings_set_bool(s, FreeRDP_RdpSecurity, e.security == RdpEndpoint::Security::Rdp) &&
             freerdp_settings_set_bool(s, FreeRDP_NegotiateSecurityLayer, FALSE);
        break;
    }
    if (e.keyboardLayout != 0)
        ok = ok && freerdp_settings_set_uint32(s, FreeRDP_KeyboardLayout, e.keyboardLayout);
    if (!e.gatewayHost.isEmpty()) {
        ok = ok && setString(s, FreeRDP_GatewayHostname, e.gatewayHost) &&
             freerdp_settings_set_uint32(s, FreeRDP_GatewayPort, e.gatewayPort) &&
             freerdp_settings_set_bool(s, FreeRDP_GatewayHttpTransport, TRUE) &&
             freerdp_settings_set_bool(s, FreeRDP_GatewayRpcTransport, FALSE) &&
             freerdp_settings_set_bool(s, FreeRDP_GatewayUseSameCredentials,
                                       e.gatewayUsesDesktopCredentials) &&
             // GatewayEnabled must be set too (KRDC never does): the usage method sets it
             freerdp_set_gateway_usage_method(s, TSC_PROXY_MODE_DIRECT);
        // FreeRDP copies the desktop's sign-in to the gateway only in its own clients' settings
        // post-processing (client.c), which a client that sets settings itself never runs: without the
        // copy the gateway asks for credentials the user already gave. A password typed at the
        // gateway's question then also serves the desktop (FreeRDP's utils_sync_credentials).
        const bool same = e.gatewayUsesDesktopCredentials;
        ok = ok && setString(s, FreeRDP_GatewayUsername, same ? e.userName : e.gatewayUserName) &&
             setString(s, FreeRDP_GatewayDomain, same ? e.domain : e.gatewayDomain) &&
             setString(s, FreeRDP_GatewayPassword, same ? e.password : e.gatewayPassword);
    } else {
        m_reachedDesktop = true;
    }
    m_keyboardType = freerdp_settings_get_uint32(s, FreeRDP_KeyboardType);
    if (m_keyboardType == 0)
        m_keyboardType = 4;
    return ok;
}

void RdpWorker::serve()
{
    rdpContext *context = m_context;
    while (!m_stop && !freerdp_shall_disconnect_context(context)) {
        HANDLE handles[MAXIMUM_WAIT_OBJECTS];
        handles[0] = m_wakeEvent;
        const DWORD count = freerdp_get_event_handles(context, handles + 1, MAXIMUM_WAIT_OBJECTS - 1);
        if (count == 0) {
            finish(failure(true), true);
            return;
        }
        // no timer: the thread sleeps until the server sends something or the GUI queues a command
        if (WaitForMultipleObjects(count + 1, handles, FALSE, INFINITE) == WAIT_FAILED) {
            finish(failure(true), true);
            return;
        }
        if (m_stop)
            return;
        if (WaitForSingleObject(m_wakeEvent, 0) == WAIT_OBJECT_0) {
            ResetEvent(m_wakeEvent);
            drainCommands();
        }
        if (!freerdp_check_event_handles(context)) {
            if (!m_stop)
                finish(failure(true), true);
            return;
        }
    }
    if (!m_stop)
        finish(failure(true), true);
}

void RdpWorker::drainCommands()
{
    std::deque<Command> commands;
    {
        std::lock_guard lock(m_queueMutex);
        commands.swap(m_queue);
    }
    rdpInput *input = m_context->input;
    for (size_t i = 0; i < commands.size(); ++i) {
        const Command &command = commands[i];
        if (const auto *p = std::get_if<PointerCommand>(&command)) {
            // moves with unchanged buttons are coalesced: only the last position of a batch matters
            if (i + 1 < commands.size()) {
                if (const auto *next = std::get_if<PointerCommand>(&commands[i + 1]);
                    next && next->buttons == p->buttons)
                    continue;
            }
            sendPointer(*p);
        } else if (const auto *w = std::get_if<WheelCommand>(&command)) {
            sendWheel(*w);
        } else if (const auto *k = std::get_if<KeyCommand>(&command)) {
            sendKey(*k);
        } else if (const auto *l = std::get_if<LocksCommand>(&command)) {
            // a focus-in: the server's lock keys follow ours (some servers want it twice)
            freerdp_input_send_focus_in_event(input, quint16(l->flags));
            freerdp_input_send_synchronize_event(input, l->flags);
        } else if (const auto *c = std::get_if<ClipboardCommand>(&command)) {
            if (m_clipboard)
                m_clipboard->offerLocal(c->text, c->image);
        } else if (const auto *s = std::get_if<SizeCommand>(&command)) {
            sendDesktopSize(s->size, s->scalePercent);
        }
    }
}

void RdpWorker::sendPointer(const PointerCommand &p)
{
    rdpInput *input = m_context->input;
    const rdpSettings *s = m_context->settings;
    const int maxX = int(freerdp_settings_get_uint32(s, FreeRDP_DesktopWidth)) - 1;
    const int maxY = int(freerdp_settings_get_uint32(s, FreeRDP_DesktopHeight)) - 1;
    const auto x = quint16(std::clamp(p.position.x(), 0, std::max(0, maxX)));
    const auto y = quint16(std::clamp(p.position.y(), 0, std::max(0, maxY)));
    const int changed = p.buttons ^ m_buttons;
    freerdp_input_send_mouse_event(input, PTR_FLAGS_MOVE, x, y);
    struct
    {
        int button;
        quint16 flag;
        bool extended;
    } const buttons[] = {
        {LeftButton, PTR_FLAGS_BUTTON1, false},    {RightButton, PTR_FLAGS_BUTTON2, false},
        {MiddleButton, PTR_FLAGS_BUTTON3, false},  {BackButton, PTR_XFLAGS_BUTTON1, true},
        {ForwardButton, PTR_XFLAGS_BUTTON2, true},
    };
    for (const auto &b : buttons) {
        if (!(changed & b.button))
            continue;
        const bool down = p.buttons & b.button;
        if (b.extended)
            freerdp_input_send_extended_mouse_event(input, quint16(b.flag | (down ? PTR_XFLAGS_DOWN : 0)), x,
                                                    y);
        else
            freerdp_input_send_mouse_event(input, quint16(b.flag | (down ? PTR_FLAGS_DOWN : 0)), x, y);
    }
    m_buttons = p.buttons;
}

void RdpWorker::sendWheel(const WheelCommand &w)
{
    rdpInput *input = m_context->input;
    const auto x = quint16(std::max(0, w.position.x()));
    const auto y = quint16(std::max(0, w.position.y()));
    // RDP: positive rotation = away from the user (vertical) and right (horizontal); Qt's x is
    // positive to the left. A zero step is never sent: a wheel event without direction has
    // disconnected sessions (bugs.kde.org 485726).
    auto send = [&](int amount, quint16 axis) {
        while (amount != 0) {
            const int step = std::clamp(amount, -kMaxWheelStep, kMaxWheelStep);
            amount -= step;
            quint16 flags = axis;
            if (step < 0)
                flags |= PTR_FLAGS_WHEEL_NEGATIVE | quint16((0x100 - (-step)) & 0xff);
            else
                flags |= quint16(step & 0xff);
            freerdp_input_send_mouse_event(input, flags, x, y);
        }
    };
    send(w.angleDelta.y(), PTR_FLAGS_WHEEL);
    send(-w.angleDelta.x(), PTR_FLAGS_HWHEEL);
}

void RdpWorker::sendKey(const KeyCommand &k)
{
    rdpInput *input = m_context->input;
    if (k.key.kind == RdpKey::Kind::ScanCode) {
        freerdp_input_send_keyboard_event_ex(input, k.down ? TRUE : FALSE, k.repeat ? TRUE : FALSE,
                                             k.key.code);
    } else if (k.key.kind == RdpKey::Kind::Unicode) {
        freerdp_input_send_unicode_keyboard_event(input, k.down ? 0 : KBD_FLAGS_RELEASE, quint16(k.key.code));
    }
}

void RdpWorker::sendDesktopSize(QSize size, int scalePercent)
{
    // an invalid size: the channel became ready, send the last size asked for
    if (size.isValid()) {
        m_pendingSize = size;
        m_pendingScale = scalePercent;
    } else {
        size = m_pendingSize;
        scalePercent = m_pendingScale;
    }
    DispClientContext *disp = m_disp;
    if (!size.isValid() || !disp || !m_dispReady)
        return; // sent when the channel is ready (or never, for a server without Display Control)
    const quint32 width =
        quint32(std::clamp(size.width(), int(kMinSide), int(kMaxSide))) & ~1u; // the channel wants it even
    const quint32 height = quint32(std::clamp(size.height(), int(kMinSide), int(kMaxSide)));
    const rdpSettings *s = m_context->settings;
    if (width == freerdp_settings_get_uint32(s, FreeRDP_DesktopWidth) &&
        height == freerdp_settings_get_uint32(s, FreeRDP_DesktopHeight))
        return;
    DISPLAY_CONTROL_MONITOR_LAYOUT layout{};
    layout.Flags = DISPLAY_CONTROL_MONITOR_PRIMARY;
    layout.Width = width;
    layout.Height = height;
    layout.Orientation = ORIENTATION_LANDSCAPE;
    layout.DesktopScaleFactor = quint32(std::clamp(scalePercent, 100, 500));
    layout.DeviceScaleFactor = scalePercent >= 180 ? 180 : (scalePercent >= 140 ? 140 : 100);
    // physical size in millimetres at 96 dpi × scale, as the spec asks (not pixels)
    layout.PhysicalWidth = quint32(width * 25.4 / (0.96 * layout.DesktopScaleFactor));
    layout.PhysicalHeight = quint32(height * 25.4 / (0.96 * layout.DesktopScaleFactor));
    qCDebug(lcRdp) << "requesting desktop size" << width << height << "scale" << layout.DesktopScaleFactor;
    disp->SendMonitorLayout(disp, 1, &layout);
}

QString RdpWorker::gatewayInTheWay() const
{
    if (m_reachedDesktop || m_endpoint.gatewayHost.isEmpty())
        return {};
    return QStringLiteral("%1:%2").arg(m_endpoint.gatewayHost).arg(m_endpoint.gatewayPort);
}

Error RdpWorker::failure(bool wasConnected) const
{
    if (m_certificateRefused && m_refusedAtGateway) {
        return Error(Error::Kind::Tls,
                     Tr::tr("The certificate of the RD Gateway %1 was not accepted. The connection was not "
                            "opened.")
                         .arg(m_endpoint.gatewayHost));
    }
    if (m_certificateRefused) {
        return Error(
            Error::Kind::Tls,
            Tr::tr("The remote desktop's certificate was not accepted. The connection was not opened."));
    }
    if (m_credentialsCancelled && m_refusedAtGateway) {
        return Error(Error::Kind::Cancelled,
                     Tr::tr("Signing in to the RD Gateway %1 was cancelled.").arg(m_endpoint.gatewayHost));
    }
    if (m_credentialsCancelled)
        return Error(Error::Kind::Cancelled, Tr::tr("Signing in to the remote desktop was cancelled."));
    if (m_sizeRefused) {
        return Error(Error::Kind::Protocol,
                     Tr::tr("The remote desktop announced a screen size this viewer cannot show. Ask the "
                            "environment's administrator to check its display settings."));
    }
    const quint32 lastError = m_context ? freerdp_get_last_error(m_context) : 0;
    const quint32 errorInfo = m_context ? freerdp_error_info(m_context->instance) : 0;
    return rdpError(lastError, errorInfo, wasConnected, gatewayInTheWay());
}

void RdpWorker::finish(const Error &error, bool wasConnected)
{
    if (m_events.finished)
        m_events.finished(error, wasConnected);
}

} // namespace daas::remote
