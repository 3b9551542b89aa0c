#include "remote/TlsBundle.h"

#include "support/Logging.h"

#include <QDir>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>

#include <mutex>

namespace daas::remote {

QString systemCaBundleFile()
{
    static std::once_flag once;
    static QString path;
    std::call_once(once, [] {
        QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        if (folder.isEmpty())
            folder = QDir::tempPath();
        QDir().mkpath(folder);
        const QString file = folder + u"/system-ca.pem";
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly)) {
            qCWarning(lcTls) << "cannot write the CA bundle" << file << out.errorString();
            return;
        }
        for (const QSslCertificate &certificate : QSslConfiguration::systemCaCertificates())
            out.write(certificate.toPem());
        if (out.commit())
            path = file;
        else
            qCWarning(lcTls) << "cannot write the CA bundle" << file << out.errorString();
    });
    return path;
}

} // namespace daas::remote
