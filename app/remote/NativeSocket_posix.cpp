// POSIX side of NativeSocket.h: Linux, macOS and the BSDs.
#include "remote/NativeSocket.h"

#include <QLocalSocket>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace daas::remote::native {

namespace {

void setNonBlocking(int fd, bool on)
{
    const int flags = fcntl(fd, F_GETFL, 0);
    fcntl(fd, F_SETFL, on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK));
}

void setCloseOnExec(int fd)
{
    fcntl(fd, F_SETFD, fcntl(fd, F_GETFD, 0) | FD_CLOEXEC);
}

void tune(int fd)
{
    int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
#ifdef TCP_KEEPIDLE
    int idle = 5, interval = 2, count = 3;
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
#endif
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
#ifdef SO_NOSIGPIPE
    setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
}

socklen_t toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *out)
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
    in6->sin6_scope_id = address.scopeId().toUInt();
    return sizeof(sockaddr_in6);
}

} // namespace

struct Waker::Impl
{
    int pipe[2] = {-1, -1};
};

void initialise() {}

Waker::Waker()
    : d(new Impl)
{
    if (::pipe(d->pipe) == 0) {
        for (int fd : d->pipe) {
            setNonBlocking(fd, true);
            setCloseOnExec(fd);
        }
    } else {
        d->pipe[0] = d->pipe[1] = -1;
    }
}

Waker::~Waker()
{
    for (int fd : d->pipe) {
        if (fd >= 0)
            ::close(fd);
    }
    delete d;
}

bool Waker::isValid() const
{
    return d->pipe[0] >= 0;
}

void Waker::signal()
{
    if (d->pipe[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const auto n = ::write(d->pipe[1], &byte, 1);
    }
}

int Waker::wait(SocketHandle socket, int timeoutMs)
{
    pollfd fds[2] = {{int(socket), POLLIN, 0}, {d->pipe[0], POLLIN, 0}};
    const int n = ::poll(fds, 2, timeoutMs);
    if (n < 0)
        return errno == EINTR ? None : Failed;
    int events = None;
    if (fds[1].revents & POLLIN) {
        char drain[64];
        while (::read(d->pipe[0], drain, sizeof drain) > 0) {
        }
        events |= Woken;
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR))
        events |= Readable;
    return events;
}

SocketHandle connectTo(const QList<QHostAddress> &addresses, quint16 port, int timeoutMs, Waker &waker,
                       QString *error)
{
    for (const QHostAddress &address : addresses) {
        sockaddr_storage storage;
        const socklen_t length = toSockaddr(address, port, &storage);
        const int fd = ::socket(storage.ss_family, SOCK_STREAM, 0);
        if (fd < 0) {
            *error = QString::fromLocal8Bit(strerror(errno));
            continue;
        }
        setCloseOnExec(fd);
        setNonBlocking(fd, true);
        int rc = ::connect(fd, reinterpret_cast<sockaddr *>(&storage), length);
        int err = rc == 0 ? 0 : errno;
        if (rc != 0 && err == EINPROGRESS) {
            pollfd fds[2] = {{fd, POLLOUT, 0}, {waker.d->pipe[0], POLLIN, 0}};
            const int n = ::poll(fds, 2, timeoutMs);
            if (n > 0 && (fds[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
                socklen_t len = sizeof err;
                getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
            } else {
                err = (n > 0) ? ECANCELED : ETIMEDOUT;
            }
        }
        if (err == 0) {
            setNonBlocking(fd, false);
            tune(fd);
            return fd;
        }
        *error = QString::fromLocal8Bit(strerror(err));
        ::close(fd);
        if (err == ECANCELED)
            break;
    }
    return kNoSocket;
}

void shutdownSocket(SocketHandle socket)
{
    if (socket >= 0)
        ::shutdown(int(socket), SHUT_RDWR);
}

int peek(SocketHandle socket, char *buffer, int length)
{
    if (socket < 0 || length <= 0)
        return socket < 0 ? -1 : 0;
    const ssize_t n = ::recv(int(socket), buffer, size_t(length), MSG_PEEK | MSG_DONTWAIT);
    if (n < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
    return int(n);
}

void closeSocket(SocketHandle socket)
{
    if (socket >= 0)
        ::close(int(socket));
}

bool makePair(SocketHandle pair[2], QString *error)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    for (int fd : fds) {
        setCloseOnExec(fd);
#ifdef SO_NOSIGPIPE
        int on = 1;
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
    }
    pair[0] = fds[0];
    pair[1] = fds[1];
    return true;
}

QIODevice *wrapEnd(SocketHandle socket, QObject *parent)
{
    auto *local = new QLocalSocket(parent);
    local->setSocketDescriptor(qintptr(socket));
    return local;
}

} // namespace daas::remote::native
