#include "remote/RdpClipboard.h"

#include "remote/ClipboardDib.h"
#include "remote/RdpWorker.h"
#include "support/Logging.h"

#include <freerdp/channels/cliprdr.h>
#include <freerdp/client/cliprdr.h>
#include <winpr/user.h>

#include <cstring>
#include <vector>

namespace daas::remote {

namespace {

// Xtigervnc's default -MaxCutText; larger clipboards are not worth freezing a session for
constexpr qsizetype kMaxText = 16 * 1024 * 1024;
// a DIB of the largest image the frame buffer takes, 32 bits a pixel, with a V5 header and a palette
constexpr quint64 kMaxImageBytes = quint64(kMaxDibPixels) * 4 + 124 + 1024;

// null once the worker has let go of the channel (a message FreeRDP delivers during its teardown)
RdpClipboard *clipboardOf(CliprdrClientContext *channel)
{
    return static_cast<RdpClipboard *>(channel->custom);
}

UINT sendFormatList(CliprdrClientContext *channel, const RdpClipboard::Local &local)
{
    CLIPRDR_FORMAT formats[2]{};
    UINT32 count = 0;
    if (!local.text.isEmpty())
        formats[count++].formatId = CF_UNICODETEXT;
    if (!local.dib.isEmpty())
        formats[count++].formatId = CF_DIB;
    CLIPRDR_FORMAT_LIST list{};
    list.common.msgType = CB_FORMAT_LIST;
    list.numFormats = count;
    list.formats = count ? formats : nullptr;
    return channel->ClientFormatList(channel, &list);
}

UINT requestFormat(CliprdrClientContext *channel, quint32 format)
{
    RdpClipboard *c = clipboardOf(channel);
    if (!c)
        return CHANNEL_RC_OK;
    c->requestedFormat = format;
    CLIPRDR_FORMAT_DATA_REQUEST request{};
    request.common.msgType = CB_FORMAT_DATA_REQUEST;
    request.requestedFormatId = format;
    return channel->ClientFormatDataRequest(channel, &request);
}

UINT monitorReady(CliprdrClientContext *channel, const CLIPRDR_MONITOR_READY *)
{
    RdpClipboard *c = clipboardOf(channel);
    if (!c)
        return CHANNEL_RC_OK;
    qCDebug(lcRdp) << "clipboard: monitor ready";
    CLIPRDR_GENERAL_CAPABILITY_SET general{};
    general.capabilitySetType = CB_CAPSTYPE_GENERAL;
    general.capabilitySetLength = CB_CAPSTYPE_GENERAL_LEN;
    general.version = CB_CAPS_VERSION_2;
    general.generalFlags = CB_USE_LONG_FORMAT_NAMES;
    CLIPRDR_CAPABILITIES capabilities{};
    capabilities.common.msgType = CB_CLIP_CAPS;
    capabilities.cCapabilitiesSets = 1;
    capabilities.capabilitySets = reinterpret_cast<CLIPRDR_CAPABILITY_SET *>(&general);
    if (const UINT rc = channel->ClientCapabilities(channel, &capabilities); rc != CHANNEL_RC_OK)
        return rc;
    return sendFormatList(channel, c->markReady());
}

UINT serverCapabilities(CliprdrClientContext *, const CLIPRDR_CAPABILITIES *)
{
    return CHANNEL_RC_OK;
}

UINT serverFormatList(CliprdrClientContext *channel, const CLIPRDR_FORMAT_LIST *list)
{
    // every format list is answered (KRDC omits this, and some servers then stop offering)
    CLIPRDR_FORMAT_LIST_RESPONSE response{};
    response.common.msgType = CB_FORMAT_LIST_RESPONSE;
    response.common.msgFlags = CB_RESPONSE_OK;
    if (const UINT rc = channel->ClientFormatListResponse(channel, &response); rc != CHANNEL_RC_OK)
        return rc;
    qCDebug(lcRdp) << "clipboard: the server offers" << list->numFormats << "formats";
    // text first; else an image, as a plain DIB where offered (Windows offers both DIB forms)
    bool dib = false, dibV5 = false;
    for (UINT32 i = 0; i < list->numFormats; ++i) {
        const UINT32 id = list->formats[i].formatId;
        if (id == CF_UNICODETEXT)
            return requestFormat(channel, CF_UNICODETEXT);
        dib = dib || id == CF_DIB;
        dibV5 = dibV5 || id == CF_DIBV5;
    }
    if (dib || dibV5)
        return requestFormat(channel, dib ? CF_DIB : CF_DIBV5);
    return CHANNEL_RC_OK;
}

UINT serverFormatListResponse(CliprdrClientContext *, const CLIPRDR_FORMAT_LIST_RESPONSE *)
{
    return CHANNEL_RC_OK;
}

UINT serverFormatDataRequest(CliprdrClientContext *channel, const CLIPRDR_FORMAT_DATA_REQUEST *request)
{
    RdpClipboard *c = clipboardOf(channel);
    CLIPRDR_FORMAT_DATA_RESPONSE response{};
    response.common.msgType = CB_FORMAT_DATA_RESPONSE;
    std::vector<char16_t> utf16;
    qCDebug(lcRdp) << "clipboard: the server asks for format" << request->requestedFormatId;
    const RdpClipboard::Local local = c ? c->local() : RdpClipboard::Local{};
    if (request->requestedFormatId == CF_UNICODETEXT && !local.text.isEmpty()) {
        // Windows text: UTF-16LE with CR LF line ends and a terminating NUL
        QString text = local.text;
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\n', QStringLiteral("\r\n"));
        utf16.assign(text.utf16(), text.utf16() + text.size());
        utf16.push_back(0);
        response.common.msgFlags = CB_RESPONSE_OK;
        response.common.dataLen = UINT32(utf16.size() * sizeof(char16_t));
        response.requestedFormatData = reinterpret_cast<const BYTE *>(utf16.data());
    } else if (request->requestedFormatId == CF_DIB && !local.dib.isEmpty()) {
        response.common.msgFlags = CB_RESPONSE_OK;
        response.common.dataLen = UINT32(local.dib.size());
        response.requestedFormatData = reinterpret_cast<const BYTE *>(local.dib.constData());
    } else {
        response.common.msgFlags = CB_RESPONSE_FAIL;
    }
    return channel->ClientFormatDataResponse(channel, &response);
}

UINT serverFormatDataResponse(CliprdrClientContext *channel, const CLIPRDR_FORMAT_DATA_RESPONSE *response)
{
    RdpClipboard *c = clipboardOf(channel);
    if (!c || response->common.msgFlags != CB_RESPONSE_OK || !response->requestedFormatData)
        return CHANNEL_RC_OK;
    if (c->requestedFormat == CF_DIB || c->requestedFormat == CF_DIBV5) {
        if (response->common.dataLen > kMaxImageBytes) {
            qCWarning(lcRdp) << "remote clipboard image of" << response->common.dataLen << "bytes not taken";
            return CHANNEL_RC_OK;
        }
        const QImage image =
            imageFromDib(QByteArray(reinterpret_cast<const char *>(response->requestedFormatData),
                                    qsizetype(response->common.dataLen)));
        if (image.isNull())
            qCWarning(lcRdp) << "the remote clipboard's image is not a DIB this viewer can read";
        else
            c->remoteImage(image);
        return CHANNEL_RC_OK;
    }
    qsizetype units = qsizetype(response->common.dataLen / sizeof(char16_t));
    if (units > kMaxText) {
        qCWarning(lcRdp) << "remote clipboard text of" << units << "characters not taken";
        return CHANNEL_RC_OK;
    }
    // copied out: the data is the channel's, and not necessarily aligned for char16_t
    std::vector<char16_t> buffer(static_cast<size_t>(units));
    std::memcpy(buffer.data(), response->requestedFormatData, buffer.size() * sizeof(char16_t));
    while (units > 0 && buffer[size_t(units) - 1] == 0)
        --units;
    QString text = QString::fromUtf16(buffer.data(), units);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    c->remoteText(text);
    return CHANNEL_RC_OK;
}

UINT lockData(CliprdrClientContext *, const CLIPRDR_LOCK_CLIPBOARD_DATA *)
{
    return CHANNEL_RC_OK;
}

UINT unlockData(CliprdrClientContext *, const CLIPRDR_UNLOCK_CLIPBOARD_DATA *)
{
    return CHANNEL_RC_OK;
}

} // namespace

RdpClipboard::RdpClipboard(RdpWorker *w, CliprdrClientContext *c)
    : worker(w)
    , channel(c)
{
    channel->custom = this;
    channel->MonitorReady = &monitorReady;
    channel->ServerCapabilities = &serverCapabilities;
    channel->ServerFormatList = &serverFormatList;
    channel->ServerFormatListResponse = &serverFormatListResponse;
    channel->ServerFormatDataRequest = &serverFormatDataRequest;
    channel->ServerFormatDataResponse = &serverFormatDataResponse;
    channel->ServerLockClipboardData = &lockData;
    channel->ServerUnlockClipboardData = &unlockData;
}

RdpClipboard::~RdpClipboard()
{
    channel->custom = nullptr;
}

void RdpClipboard::remoteText(const QString &text)
{
    if (worker->m_events.clipboard)
        worker->m_events.clipboard(text);
}

void RdpClipboard::remoteImage(const QImage &image)
{
    if (worker->m_events.clipboardImage)
        worker->m_events.clipboardImage(image);
}

RdpClipboard::Local RdpClipboard::markReady()
{
    std::lock_guard lock(m_mutex);
    m_ready = true;
    return m_local;
}

RdpClipboard::Local RdpClipboard::local() const
{
    std::lock_guard lock(m_mutex);
    return m_local;
}

void RdpClipboard::offerLocal(const QString &text, const QImage &image)
{
    if (text.size() > kMaxText)
        return;
    Local now{text, dibFromImage(image)};
    bool ready = false;
    {
        std::lock_guard lock(m_mutex);
        m_local = now;
        ready = m_ready;
    }
    if (ready)
        sendFormatList(channel, now);
}

} // namespace daas::remote
