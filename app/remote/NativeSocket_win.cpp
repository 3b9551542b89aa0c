// Windows side of NativeSocket.h: Winsock 2, waiting with WSAEventSelect.
#include "remote/NativeSocket.h"

#include <QTcpSocket>

// winsock2.h first: the others build on its types (an include block of its own keeps the order)
#include <winsock2.h>

#include <mstcpip.h>
#include <ws2tcpip.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace daas::remote::native {

namespace {

QString lastError(int code)
{
    wchar_t *text = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                       FORMAT_MESSAGE_IGNORE_INSERTS,
                   nullptr, DWORD(code), 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
    const QString message = text ? QString::fromWCharArray(text).trimmed() : QString::number(code);
    LocalFree(text);
    return message;
}

void tune(SOCKET s)
{
    // keep-alive after 5 s idle, probes every 2 s: a vanished VM is noticed in seconds
    tcp_keepalive keepAlive{1, 5000, 2000};
    DWORD returned = 0;
    WSAIoctl(s, SIO_KEEPALIVE_VALS, &keepAlive, sizeof keepAlive, nullptr, 0, &returned, nullptr, nullptr);
    BOOL on = TRUE;
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&on), sizeof on);
}

int toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *out)
{
    std::memset(out, 0, sizeof *out);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(out);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        return sizeof(sockaddr_in);
    }
    auto *in6 = reinterpret_cast<sockaddr_in6 *>(out);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    std::memcpy(&in6->sin6_addr, bytes.c, 16);
    in6->sin6_scope_id = address.scopeId().toULong();
    return sizeof(sockaddr_in6);
}

} // namespace

struct Waker::Impl
{
    WSAEVENT wake = WSA_INVALID_EVENT;
    WSAEVENT socketEvent = WSA_INVALID_EVENT;
    SOCKET selected = INVALID_SOCKET;
};

void initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        WSADATA data;
        WSAStartup(MAKEWORD(2, 2), &data);
    });
}

Waker::Waker()
    : d(new Impl)
{
    initialise();
    d->wake = WSACreateEvent();
    d->socketEvent = WSACreateEvent();
}

Waker::~Waker()
{
    if (d->wake != WSA_INVALID_EVENT)
        WSACloseEvent(d->wake);
    if (d->socketEvent != WSA_INVALID_EVENT)
        WSACloseEvent(d->socketEvent);
    delete d;
}

bool Waker::isValid() const
{
    return d->wake != WSA_INVALID_EVENT && d->socketEvent != WSA_INVALID_EVENT;
}

void Waker::signal()
{
    WSASetEvent(d->wake);
}

int Waker::wait(SocketHandle socket, int timeoutMs)
{
    const SOCKET s = SOCKET(socket);
    if (s != d->selected) {
        // WSAEventSelect makes the socket non-blocking; the library's reads cope (they retry on
        // WSAEWOULDBLOCK), as libvncclient does on Windows
        WSAEventSelect(s, d->socketEvent, FD_READ | FD_CLOSE);
        d->selected = s;
    }
    WSAEVENT events[2] = {d->socketEvent, d->wake};
    const DWORD rc =
        WSAWaitForMultipleEvents(2, events, FALSE, timeoutMs < 0 ? WSA_INFINITE : DWORD(timeoutMs), FALSE);
    if (rc == WSA_WAIT_FAILED)
        return Failed;
    int result = None;
    if (WSAWaitForMultipleEvents(1, &d->wake, FALSE, 0, FALSE) == WSA_WAIT_EVENT_0) {
        WSAResetEvent(d->wake);
        result |= Woken;
    }
    WSANETWORKEVENTS happened{};
    if (WSAEnumNetworkEvents(s, d->socketEvent, &happened) == 0 &&
        (happened.lNetworkEvents & (FD_READ | FD_CLOSE)))
        result |= Readable;
    return result;
}

SocketHandle connectTo(const QList<QHostAddress> &addresses, quint16 port, int timeoutMs, Waker &waker,
                       QString *error)
{
    initialise();
    for (const QHostAddress &address : addresses) {
        sockaddr_storage storage;
        const int length = toSockaddr(address, port, &storage);
        SOCKET s =
            WSASocketW(storage.ss_family, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, WSA_FLAG_NO_HANDLE_INHERIT);
        if (s == INVALID_SOCKET) {
            *error = lastError(WSAGetLastError());
            continue;
        }
        WSAEVENT connected = WSACreateEvent();
        WSAEventSelect(s, connected, FD_CONNECT);
        int err = 0;
        if (::connect(s, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
            err = WSAGetLastError();
            if (err == WSAEWOULDBLOCK) {
                WSAEVENT events[2] = {connected, waker.d->wake};
                const DWORD rc = WSAWaitForMultipleEvents(2, events, FALSE, DWORD(timeoutMs), FALSE);
                WSANETWORKEVENTS happened{};
                if (rc == WSA_WAIT_EVENT_0 && WSAEnumNetworkEvents(s, connected, &happened) == 0)
                    err = happened.iErrorCode[FD_CONNECT_BIT];
                else
                    err = rc == WSA_WAIT_TIMEOUT ? WSAETIMEDOUT : WSAECONNABORTED;
            }
        }
        // back to a plain blocking socket for the library
        WSAEventSelect(s, nullptr, 0);
        WSACloseEvent(connected);
        u_long blocking = 0;
        ioctlsocket(s, FIONBIO, &blocking);
        if (err == 0) {
            tune(s);
            return SocketHandle(s);
        }
        *error = lastError(err);
        closesocket(s);
        if (err == WSAECONNABORTED)
            break;
    }
    return kNoSocket;
}

void shutdownSocket(SocketHandle socket)
{
    if (socket != kNoSocket)
        ::shutdown(SOCKET(socket), SD_BOTH);
}

int peek(SocketHandle socket, char *buffer, int length)
{
    if (socket == kNoSocket || length <= 0)
        return socket == kNoSocket ? -1 : 0;
    // the socket is blocking: ask first how much waits, so that recv() returns at once
    u_long waiting = 0;
    if (ioctlsocket(SOCKET(socket), FIONREAD, &waiting) != 0)
        return -1;
    if (waiting == 0)
        return 0;
    const int n = ::recv(SOCKET(socket), buffer, int(std::min<u_long>(waiting, u_long(length))), MSG_PEEK);
    return n < 0 ? -1 : n;
}

void closeSocket(SocketHandle socket)
{
    if (socket != kNoSocket)
        closesocket(SOCKET(socket));
}

bool makePair(SocketHandle pair[2], QString *error)
{
    // no socketpair() on Windows: a listener on loopback, one connection, and a check that the peer
    // that arrived is the socket we connected (no other local program slipped in)
    initialise();
    SOCKET listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int length = sizeof address;
    SOCKET client = INVALID_SOCKET, server = INVALID_SOCKET;
    bool ok = listener != INVALID_SOCKET &&
              bind(listener, reinterpret_cast<sockaddr *>(&address), length) == 0 &&
              getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0 &&
              listen(listener, 1) == 0;
    if (ok) {
        client = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        ok = client != INVALID_SOCKET && connect(client, reinterpret_cast<sockaddr *>(&address), length) == 0;
    }
    if (ok) {
        sockaddr_in peer{}, mine{};
        int peerLength = sizeof peer, mineLength = sizeof mine;
        server = accept(listener, reinterpret_cast<sockaddr *>(&peer), &peerLength);
        ok = server != INVALID_SOCKET &&
             getsockname(client, reinterpret_cast<sockaddr *>(&mine), &mineLength) == 0 &&
             peer.sin_port == mine.sin_port && peer.sin_addr.s_addr == mine.sin_addr.s_addr;
    }
    if (!ok)
        *error = lastError(WSAGetLastError());
    if (listener != INVALID_SOCKET)
        closesocket(listener);
    if (!ok) {
        if (client != INVALID_SOCKET)
            closesocket(client);
        if (server != INVALID_SOCKET)
            closesocket(server);
        return false;
    }
    pair[0] = SocketHandle(client);
    pair[1] = SocketHandle(server);
    return true;
}

QIODevice *wrapEnd(SocketHandle socket, QObject *parent)
{
    auto *tcp = new QTcpSocket(parent);
    tcp->setSocketDescriptor(qintptr(socket));
    return tcp;
}

} // namespace daas::remote::native
