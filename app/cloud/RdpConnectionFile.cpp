#include "cloud/RdpConnectionFile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <freerdp/client/file.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace daas::cloud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::cloud", text);
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() < 0x20 || c == u'\x7f'; });
}

struct FileDeleter
{
    void operator()(rdpFile *file) const { freerdp_client_rdp_file_free(file); }
};

} // namespace

Result<QByteArray> rdpConnectionFile(const ConsoleEndpoint &console, const QString &userName)
{
    if (!console.hasRdp())
        return Error(Error::Kind::NotFound, tr("This environment's desktop offers no RDP."),
                     u"console without rdpHost/rdpPort"_s);
    if (hasControlCharacters(console.rdpHost) || hasControlCharacters(userName))
        return Error(Error::Kind::InvalidInput,
                     tr("The desktop's address or the user name cannot be written into a connection file."),
                     u"control characters in host or user name"_s);
    // an IPv6 address needs brackets before its port
    const QString host = console.rdpHost.contains(u':') ? u'[' + console.rdpHost + u']' : console.rdpHost;
    const QByteArray fullAddress = u"%1:%2"_s.arg(host).arg(console.rdpPort).toUtf8();
    const std::unique_ptr<rdpFile, FileDeleter> file(freerdp_client_rdp_file_new());
    if (!file)
        return Error(Error::Kind::Internal, tr("The connection file could not be made."),
                     u"freerdp_client_rdp_file_new failed"_s);
    bool ok =
        freerdp_client_rdp_file_set_string_option(file.get(), "full address", fullAddress.constData()) >= 0;
    if (!userName.isEmpty())
        ok = ok && freerdp_client_rdp_file_set_string_option(file.get(), "username",
                                                             userName.toUtf8().constData()) >= 0;
    ok = ok && freerdp_client_rdp_file_set_integer_option(file.get(), "screen mode id", 2) >= 0;
    const size_t size = ok ? freerdp_client_write_rdp_file_buffer(file.get(), nullptr, 0) : 0;
    QByteArray text(qsizetype(size), '\0');
    if (size == 0 || freerdp_client_write_rdp_file_buffer(file.get(), text.data(), size) != size)
        return Error(Error::Kind::Internal, tr("The connection file could not be made."),
                     u"FreeRDP's rdp-file writer failed"_s);
    return text;
}

Error writeRdpConnectionFile(const QString &path, const ConsoleEndpoint &console, const QString &userName)
{
    const Result<QByteArray> text = rdpConnectionFile(console, userName);
    if (!text)
        return text.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit())
        return Error(Error::Kind::Storage, tr("The connection file %1 could not be written.").arg(path),
                     file.errorString());
    return {};
}

} // namespace daas::cloud
