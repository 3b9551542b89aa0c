#include "remote/VncMessageGuard.h"

#include "remote/NativeSocket.h"

#include <QtEndian>

extern "C" {
#include <rfb/rfbclient.h>
}

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace daas::remote {

QString refusedServerMessage(rfbClient *client)
{
    // ServerCutText (RFC 6143 §7.6.4): type, three bytes of padding, U32 length
    constexpr int kHeader = 8;
    char header[kHeader];
    int have = int(std::min<unsigned>(client->buffered, kHeader));
    std::memcpy(header, client->bufoutptr, size_t(have));
    if (have < kHeader && !client->tlsSession) {
        const int peeked = native::peek(SocketHandle(client->sock), header + have, kHeader - have);
        if (peeked > 0)
            have += peeked;
    }
    if (have < kHeader || quint8(header[0]) != rfbServerCutText)
        return {};
    const quint32 length = qFromBigEndian<quint32>(header + 4);
    if (length != 0x80000000u)
        return {};
    return u"Ignoring too big cut text length sent by server: %1 B (refused before libvncclient reads it: "
           u"it would wait for them)"_s.arg(length);
}

} // namespace daas::remote
