#include "remote/RdpConnectionFile.h"

#include "support/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <freerdp/client/file.h>
#include <freerdp/settings.h>

#include <memory>

namespace daas::remote {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(daas::remote::RdpConnectionFile)
};

struct FileDeleter
{
    void operator()(rdpFile *f) const { freerdp_client_rdp_file_free(f); }
};
struct SettingsDeleter
{
    void operator()(rdpSettings *s) const { freerdp_settings_free(s); }
};
using FilePtr = std::unique_ptr<rdpFile, FileDeleter>;
using SettingsPtr = std::unique_ptr<rdpSettings, SettingsDeleter>;

QString text(const rdpSettings *s, FreeRDP_Settings_Keys_String key)
{
    const char *value = freerdp_settings_get_string(s, key);
    return value ? QString::fromUtf8(value) : QString();
}

Error invalid(const QString &why, const QString &detail = {})
{
    return Error(Error::Kind::InvalidInput, Tr::tr("This is not a usable connection file: %1").arg(why),
                 detail);
}

constexpr QByteArrayView kPreconnectionBlob = "pcb";

// A file's lines as FreeRDP cuts them: UTF-8 (Windows writes UTF-16 with a BOM), at a CR or an LF, nothing
// after a NUL.
QByteArrayList linesAsFreeRdpCutsThem(const QByteArray &contents)
{
    QByteArray utf8 = contents.startsWith("\xff\xfe")
                          ? QString::fromUtf16(reinterpret_cast<const char16_t *>(contents.constData() + 2),
                                               (contents.size() - 2) / 2)
                                .toUtf8()
                          : contents;
    if (const qsizetype end = utf8.indexOf('\0'); end >= 0)
        utf8.truncate(end);
    utf8.replace('\r', '\n');
    return utf8.split('\n');
}

QByteArray keyOf(const QByteArray &line)
{
    return line.left(line.indexOf(':')).trimmed().toLower();
}

// What FreeRDP is given to read: UTF-8 (Windows writes UTF-16 with a BOM), each key once (the last one
// counts, as in FreeRDP), and without the keys in `drop`. FreeRDP 3's reader does not free a string value
// it already holds when the key comes again, nor does freerdp_client_rdp_file_set_string_option() (both
// found by tests/fuzz/fuzz_rdp_file under LeakSanitizer): a key is never read twice, and the keys compose()
// writes itself are set, never read. So the lines are cut where FreeRDP cuts them: at a CR or an LF, and
// nothing after a NUL; and what is left never starts with a UTF-16 BOM, which FreeRDP would decode as a
// second file (a dropped first line left one in front, and fuzzing found it). A line starting with '/' is
// not passed on either: FreeRDP 3 takes it as one of its own command-line options, which no other client
// reads and which would let a file set what its keys cannot. Nor is the preconnection blob (`pcb`, a
// Hyper-V console's VM id): FreeRDP 3 (3.15 to 3.19 at least) never frees the one it read
// (freerdp_client_rdp_file_free; found by fuzz_rdp_file), this client does not use it, and compose()
// copies its line through as it was (preconnectionBlobLine).
QByteArray forFreeRdp(const QByteArray &contents, const QByteArrayList &drop = {})
{
    const QByteArrayList lines = linesAsFreeRdpCutsThem(contents);
    QByteArrayList kept;
    QSet<QByteArray> seen;
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->startsWith('/'))
            continue;
        const QByteArray key = keyOf(*it);
        if (!key.isEmpty() && (drop.contains(key) || seen.contains(key) || key == kPreconnectionBlob))
            continue;
        seen.insert(key);
        kept.prepend(*it);
    }
    const QByteArray readable = kept.join('\n');
    return readable.startsWith("\xff\xfe") ? '\n' + readable : readable;
}

// The file's `pcb` line (the last one counts), which FreeRDP is never given; empty when there is none.
QByteArray preconnectionBlobLine(const QByteArray &contents)
{
    const QByteArrayList lines = linesAsFreeRdpCutsThem(contents);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (!it->startsWith('/') && keyOf(*it) == kPreconnectionBlob)
            return *it;
    return {};
}

} // namespace

Result<RdpEndpoint> RdpConnectionFile::parse(const QByteArray &contents)
{
    if (contents.size() > kMaxSize)
        return invalid(Tr::tr("it is too large."), QStringLiteral("%1 bytes").arg(contents.size()));
    FilePtr file(freerdp_client_rdp_file_new());
    SettingsPtr settings(freerdp_settings_new(0));
    if (!file || !settings)
        return Error(Error::Kind::Internal, Tr::tr("Could not read the connection file."));
    const QByteArray readable = forFreeRdp(contents);
    if (!freerdp_client_parse_rdp_file_buffer(
            file.get(), reinterpret_cast<const BYTE *>(readable.constData()), size_t(readable.size())) ||
        !freerdp_client_populate_settings_from_rdp_file(file.get(), settings.get()))
        return invalid(Tr::tr("its settings could not be read."));
    RdpEndpoint e;
    e.host = text(settings.get(), FreeRDP_ServerHostname).trimmed();
    const quint32 port = freerdp_settings_get_uint32(settings.get(), FreeRDP_ServerPort);
    if (e.host.isEmpty())
        return invalid(Tr::tr("it names no computer (“full address”)."));
    // a host name, an IPv4 or a bracket-less IPv6 address: no spaces, slashes or control characters
    for (const QChar c : std::as_const(e.host)) {
        if (c.isSpace() || c == u'/' || c == u'\\' || c == u'@' || c.category() == QChar::Other_Control)
            return invalid(Tr::tr("the computer's name “%1” is not valid.").arg(e.host.left(80)));
    }
    if (e.host.size() > 253)
        return invalid(Tr::tr("the computer's name is too long."));
    if (port == 0 || port > 65535)
        return invalid(Tr::tr("its port is not between 1 and 65535."), QString::number(port));
    e.port = quint16(port);
    e.userName = text(settings.get(), FreeRDP_Username);
    e.domain = text(settings.get(), FreeRDP_Domain);
    if (freerdp_settings_get_bool(settings.get(), FreeRDP_GatewayEnabled)) {
        e.gatewayHost = text(settings.get(), FreeRDP_GatewayHostname);
        const quint32 gatewayPort = freerdp_settings_get_uint32(settings.get(), FreeRDP_GatewayPort);
        e.gatewayPort = quint16(gatewayPort > 0 && gatewayPort <= 65535 ? gatewayPort : 443);
        e.gatewayUserName = text(settings.get(), FreeRDP_GatewayUsername);
        e.gatewayDomain = text(settings.get(), FreeRDP_GatewayDomain);
        e.gatewayUsesDesktopCredentials =
            freerdp_settings_get_bool(settings.get(), FreeRDP_GatewayUseSameCredentials);
    }
    const quint32 width = freerdp_settings_get_uint32(settings.get(), FreeRDP_DesktopWidth);
    const quint32 height = freerdp_settings_get_uint32(settings.get(), FreeRDP_DesktopHeight);
    if (width >= 200 && height >= 200 && width <= 8192 && height <= 8192)
        e.initialSize = QSize(int(width), int(height));
    return e;
}

Result<RdpEndpoint> RdpConnectionFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(Error::Kind::Storage,
                     Tr::tr("Could not open the connection file “%1”.").arg(QFileInfo(path).fileName()),
                     f.errorString());
    }
    if (f.size() > kMaxSize)
        return invalid(Tr::tr("it is too large."), QStringLiteral("%1 bytes").arg(f.size()));
    return parse(f.read(kMaxSize + 1));
}

Result<QByteArray> RdpConnectionFile::compose(const RdpEndpoint &e, const QByteArray &original)
{
    // each value is one line of the file: a line break would smuggle in a setting of its own
    for (const QString &value : {e.host, e.userName, e.domain, e.gatewayHost}) {
        for (const QChar c : value) {
            if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                c == QChar::ParagraphSeparator)
                return Error(
                    Error::Kind::InvalidInput,
                    Tr::tr("The desktop's address or the user name cannot be written into a connection "
                           "file."));
        }
    }
    if (e.host.isEmpty() || e.port == 0)
        return Error(Error::Kind::InvalidInput,
                     Tr::tr("The desktop has no address to write into a connection file."));
    FilePtr file(freerdp_client_rdp_file_new());
    if (!file)
        return Error(Error::Kind::Internal, Tr::tr("Could not make the connection file."));
    const QByteArray others =
        forFreeRdp(original, {"full address", "username", "domain", "screen mode id", "gatewayhostname",
                              "gatewayusagemethod", "gatewayprofileusagemethod", "promptcredentialonce"});
    if (!others.trimmed().isEmpty())
        freerdp_client_parse_rdp_file_buffer(file.get(), reinterpret_cast<const BYTE *>(others.constData()),
                                             size_t(others.size()));
    auto set = [&](const char *key, const QString &value) {
        freerdp_client_rdp_file_set_string_option(file.get(), key, value.toUtf8().constData());
    };
    const bool ipv6 = e.host.contains(u':');
    set("full address", (ipv6 ? u"[" + e.host + u"]" : e.host) + u':' + QString::number(e.port));
    if (!e.userName.isEmpty())
        set("username", e.userName);
    if (!e.domain.isEmpty())
        set("domain", e.domain);
    freerdp_client_rdp_file_set_integer_option(file.get(), "screen mode id", 2); // full screen
    if (!e.gatewayHost.isEmpty()) {
        set("gatewayhostname", e.gatewayHost + u':' + QString::number(e.gatewayPort));
        freerdp_client_rdp_file_set_integer_option(file.get(), "gatewayusagemethod", 1);
        freerdp_client_rdp_file_set_integer_option(file.get(), "gatewayprofileusagemethod", 1);
        freerdp_client_rdp_file_set_integer_option(file.get(), "promptcredentialonce",
                                                   e.gatewayUsesDesktopCredentials ? 1 : 0);
    }
    const size_t size = freerdp_client_write_rdp_file_buffer(file.get(), nullptr, 0);
    QByteArray out(qsizetype(size) + 1, '\0');
    const size_t written = freerdp_client_write_rdp_file_buffer(file.get(), out.data(), size_t(out.size()));
    if (size == 0 || written == 0)
        return Error(Error::Kind::Internal, Tr::tr("Could not make the connection file."));
    out.truncate(qsizetype(written));
    if (const QByteArray blob = preconnectionBlobLine(original); !blob.isEmpty())
        out += (out.endsWith('\n') ? "" : "\n") + blob + '\n';
    return out;
}

Error RdpConnectionFile::write(const QString &path, const RdpEndpoint &endpoint, const QByteArray &original)
{
    const Result<QByteArray> contents = compose(endpoint, original);
    if (!contents)
        return contents.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*contents) != contents->size() || !f.commit()) {
        return Error(Error::Kind::Storage,
                     Tr::tr("Could not save the connection file “%1”. Check the folder and free disk space.")
                         .arg(QFileInfo(path).fileName()),
                     f.errorString());
    }
    qCInfo(lcRdp) << "wrote connection file for" << endpoint.host << endpoint.port;
    return {};
}

} // namespace daas::remote
