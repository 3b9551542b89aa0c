#pragma once

#include "remote/RdpEndpoint.h"
#include "support/Error.h"

#include <QByteArray>
#include <QString>

namespace daas::remote {

// .rdp connection files (the format of Windows' Remote Desktop Connection), read and written with
// FreeRDP's own rdp-file functions, not a parser of ours: full address, user name, domain, RD Gateway
// and screen mode. Passwords are never read from or written to a file. A file that is rewritten keeps
// the keys this client does not use.
class RdpConnectionFile
{
public:
    // Files beyond this are not connection files (a few KiB in practice).
    static constexpr qint64 kMaxSize = 256 * 1024;

    static Result<RdpEndpoint> parse(const QByteArray &contents);
    static Result<RdpEndpoint> read(const QString &path);
    // The file for `endpoint`; `original` (the file it came from, if any) keeps its other keys. An error
    // when a value could not be written as one line (a line break in a host or user name).
    static Result<QByteArray> compose(const RdpEndpoint &endpoint, const QByteArray &original = {});
    // Written atomically.
    static Error write(const QString &path, const RdpEndpoint &endpoint, const QByteArray &original = {});
};

} // namespace daas::remote
