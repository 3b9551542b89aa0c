#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <cstdint>

class QIODevice;
class QObject;

namespace daas::remote {

// The operating system's sockets, for engines whose libraries want a socket of their own
// (libvncclient). Everything that differs between POSIX and Windows is in NativeSocket_posix.cpp and
// NativeSocket_win.cpp; nothing else in app/remote calls the socket API.
using SocketHandle = std::intptr_t; // int on POSIX, SOCKET on Windows
inline constexpr SocketHandle kNoSocket = -1;

namespace native {

// Once per process (WSAStartup on Windows); harmless to call again.
void initialise();

// Connects to the first address that answers within timeoutMs, unless `waker` is signalled first.
// Returns kNoSocket and sets *error (the system's words) on failure. The socket is blocking, with
// keep-alive probes (a vanished VM is noticed in ~10 s) and no Nagle delay.
class Waker;
SocketHandle connectTo(const QList<QHostAddress> &addresses, quint16 port, int timeoutMs, Waker &waker,
                       QString *error);

void shutdownSocket(SocketHandle socket); // unblocks a read on another thread
// Copies up to `length` bytes that wait in the socket without taking them out and without waiting;
// returns how many (0 when none wait, -1 on error).
int peek(SocketHandle socket, char *buffer, int length);
void closeSocket(SocketHandle socket);

// Two connected stream sockets: one for a library, one wrapped by wrapEnd() for Qt (the WebSocket
// bridge). A Unix socket pair on POSIX; a loopback TCP pair on Windows, checked to be our own.
bool makePair(SocketHandle pair[2], QString *error);
// A QIODevice on one end of makePair() that takes ownership of it; readChannelFinished() when the
// library's side closes.
QIODevice *wrapEnd(SocketHandle socket, QObject *parent);

// A worker's "something to do" signal: wait() returns when the socket is readable, the waker was
// signalled from another thread, or the timeout passed (-1 = no timeout).
class Waker
{
public:
    Waker();
    ~Waker();
    Waker(const Waker &) = delete;
    Waker &operator=(const Waker &) = delete;

    bool isValid() const;
    void signal(); // any thread

    enum Event : int { None = 0, Readable = 1, Woken = 2, Failed = 4 };
    // Returns a mask of Event; Woken also clears the signal.
    int wait(SocketHandle socket, int timeoutMs);

private:
    friend SocketHandle connectTo(const QList<QHostAddress> &, quint16, int, Waker &, QString *);
    struct Impl;
    Impl *d;
};

} // namespace native

} // namespace daas::remote
