#include "facility/FacilityRegistry.h"

#include "facility/ProfileArchive.h"
#include "support/Logging.h"
#include "support/Redaction.h"
#include "support/SafePath.h"
#include "support/Settings.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KTar>
#include <KZip>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace daas::facility {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::facility", text);
}

const QString profileName = u"facility.json"_s;
const QString certsFolder = u"certs"_s;
const QString sourceName = u"source.url"_s;
constexpr qint64 maxCertificateSize = ProfileArchive::maxCertificateSize;

bool isZip(const QString &path)
{
    return ProfileArchive::formatOf(path) == ProfileArchive::Format::Zip;
}

bool isTarGz(const QString &path)
{
    return ProfileArchive::formatOf(path) == ProfileArchive::Format::TarGz;
}

Error unsafeEntry(const QString &archive, const QString &entry, const Error &why)
{
    return Error(Error::Kind::UnsafePath,
                 tr("The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.")
                     .arg(QFileInfo(archive).fileName(), entry),
                 why.detail());
}

using ArchiveContents = ProfileArchiveContents;

Result<ArchiveContents> readArchive(const QString &path)
{
    QFile file(path);
    return ProfileArchive::read(&file, *ProfileArchive::formatOf(path), QFileInfo(path).fileName());
}

Error writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error(Error::Kind::Storage, tr("The facility profile could not be saved."),
                     u"%1: %2"_s.arg(path, f.errorString()));
    return {};
}

std::optional<FacilityProfile> importedProfile(const QString &id)
{
    const QString path = FacilityRegistry::importedDir() + u'/' + id + u'/' + profileName;
    if (!QFileInfo::exists(path))
        return std::nullopt;
    Result<FacilityProfile> p = FacilityProfile::fromFile(path);
    if (!p || p->id != id) {
        qCWarning(lcFacility) << "imported profile" << id << p.error();
        return std::nullopt;
    }
    return p.value();
}

// Writes a validated profile (with its certificates and the address it was fetched from, if any) into
// importedDir()/<id>, replacing an earlier one of the same id.
Result<FacilityProfile> store(const FacilityProfile &profile,
                              const QList<std::pair<QString, QByteArray>> &certificates,
                              const QString &origin, const QUrl &source)
{
    // Built in a hidden folder beside its place and renamed in one step: a failed import leaves the
    // earlier one as it was.
    if (!QDir().mkpath(FacilityRegistry::importedDir()))
        return Error(Error::Kind::Storage, tr("The facility profile could not be saved."),
                     u"cannot create "_s + FacilityRegistry::importedDir());
    QTemporaryDir staging(FacilityRegistry::importedDir() + u"/.import-XXXXXX"_s);
    if (!staging.isValid())
        return Error(Error::Kind::Storage, tr("The facility profile could not be saved."),
                     staging.errorString());
    if (Error e = writeFile(staging.filePath(profileName),
                            QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented)))
        return e;
    if (source.isValid())
        if (Error e = writeFile(staging.filePath(sourceName), source.toString(QUrl::FullyEncoded).toUtf8()))
            return e;
    if (!certificates.isEmpty()) {
        const QString certs = staging.filePath(certsFolder);
        QDir().mkpath(certs);
        for (const auto &[name, pem] : std::as_const(certificates)) {
            const Result<QString> target = support::checkedJoin(certs, name);
            if (!target)
                return unsafeEntry(origin, certsFolder + u'/' + name, target.error());
            if (Error e = writeFile(target.value(), pem))
                return e;
        }
    }
    const QString finalDir = FacilityRegistry::importedDir() + u'/' + profile.id;
    const QString old = FacilityRegistry::importedDir() + u"/.old-"_s + profile.id;
    QDir(old).removeRecursively();
    if (QFileInfo::exists(finalDir) && !QDir().rename(finalDir, old))
        return Error(Error::Kind::Storage, tr("The facility profile could not be saved."),
                     u"cannot move aside "_s + finalDir);
    if (!QDir().rename(staging.path(), finalDir)) {
        QDir().rename(old, finalDir);
        return Error(Error::Kind::Storage, tr("The facility profile could not be saved."),
                     u"cannot rename to "_s + finalDir);
    }
    staging.setAutoRemove(false);
    QDir(old).removeRecursively();
    qCInfo(lcFacility) << "kept facility profile" << profile.id << "with" << certificates.size()
                       << "certificates from" << origin;
    return profile;
}

} // namespace

QString FacilityRegistry::localDemoPath()
{
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    return runtime + u"/daas-desktop/local-facility.json"_s;
}

std::optional<FacilityProfile> FacilityRegistry::localDemo()
{
    if (!QFileInfo::exists(localDemoPath()))
        return std::nullopt;
    Result<FacilityProfile> p = FacilityProfile::fromFile(localDemoPath());
    if (!p) {
        qCWarning(lcFacility) << "local demo facility profile" << p.error();
        return std::nullopt;
    }
    return p.value();
}

QString FacilityRegistry::importedDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/facilities"_s;
}

QList<FacilityProfile> FacilityRegistry::imported()
{
    QList<FacilityProfile> out;
    const QDir dir(importedDir());
    for (const QString &id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (id.startsWith(u'.')) // an import in progress
            continue;
        if (auto p = importedProfile(id))
            out.append(*p);
    }
    return out;
}

QList<FacilityProfile> FacilityRegistry::available()
{
    QList<FacilityProfile> out;
    QSet<QString> ids;
    auto add = [&](const FacilityProfile &p) {
        if (!ids.contains(p.id)) {
            ids.insert(p.id);
            out.append(p);
        }
    };
    if (auto demo = localDemo())
        add(*demo);
    for (const FacilityProfile &p : imported())
        add(p);
    return out;
}

Result<FacilityProfile> FacilityRegistry::resolve(const QString &pathOrId)
{
    if (pathOrId == u"demo") {
        if (auto demo = localDemo())
            return *demo;
        return Error(Error::Kind::NotFound, tr("The local demo facility is not running. Start it with "
                                               "“packaging/dev run”."));
    }
    if (support::checkedFileName(pathOrId)) {
        if (auto p = importedProfile(pathOrId))
            return *p;
    }
    if (QFileInfo(pathOrId).isFile())
        return FacilityProfile::fromFile(pathOrId);
    return Error(Error::Kind::NotFound, tr("There is no facility “%1”: give a profile file "
                                           "or the id of one you added (daas facility list).")
                                            .arg(pathOrId));
}

std::optional<FacilityProfile> FacilityRegistry::current(Error *problem)
{
    if (problem)
        *problem = Error();
    const QString chosen = support::Settings::value(support::keys::currentFacility);
    if (chosen.isEmpty())
        return localDemo();
    Result<FacilityProfile> p = resolve(chosen);
    if (p)
        return p.value();
    qCWarning(lcFacility) << "configured facility" << chosen << p.error();
    std::optional<FacilityProfile> demo = localDemo();
    if (problem) {
        const QString why = p.error().userText();
        *problem =
            Error(p.error().kind(),
                  demo ? tr("The facility you chose, “%1”, cannot be used: %2 The local demo facility is "
                            "used instead; choose your facility again.")
                             .arg(chosen, why)
                       : tr("The facility you chose, “%1”, cannot be used: %2 Choose your facility again.")
                             .arg(chosen, why),
                  p.error().detail());
    }
    return demo;
}

void FacilityRegistry::setCurrent(const QString &pathOrId)
{
    support::Settings::setValue(support::keys::currentFacility, pathOrId);
}

Result<FacilityProfile> FacilityRegistry::importFrom(const QString &path)
{
    ArchiveContents contents;
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Kind::NotFound, tr("The facility profile %1 could not be read.").arg(path),
                         f.errorString());
        if (f.size() > FacilityProfile::maxJsonSize)
            return Error(Error::Kind::InvalidInput,
                         tr("The facility profile %1 is too large to be one.").arg(path));
        contents.profile = f.readAll();
    } else if (isZip(path) || isTarGz(path)) {
        Result<ArchiveContents> read = readArchive(path);
        if (!read)
            return read.error();
        contents = read.value();
    } else {
        return Error(Error::Kind::InvalidInput,
                     tr("%1 is not a facility profile: choose a .json file or a .zip or .tar.gz archive.")
                         .arg(QFileInfo(path).fileName()));
    }

    Result<FacilityProfile> profile = FacilityProfile::fromJson(contents.profile);
    if (!profile)
        return profile.error().withDetail(u"imported from "_s + path);
    if (profile->id == u"demo")
        return Error(Error::Kind::InvalidInput,
                     tr("The facility profile is not valid: id: “demo” is kept for the local demo facility"));
    for (const auto &[name, pem] : std::as_const(contents.certificates))
        if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
            return Error(
                Error::Kind::InvalidInput,
                tr("certs/%1 in %2 is not a PEM certificate.").arg(name, QFileInfo(path).fileName()));

    return store(profile.value(), contents.certificates, path, {});
}

Result<FacilityProfile> FacilityRegistry::keepFetched(const FacilityProfile &profile, const QUrl &source)
{
    if (profile.id == u"demo")
        return Error(Error::Kind::InvalidInput,
                     tr("The facility profile is not valid: id: “demo” is kept for the local demo facility"));
    // what was fetched was validated; this writes exactly what was shown
    return store(profile, {}, support::redacted(source), source);
}

QUrl FacilityRegistry::source(const QString &id)
{
    if (!support::checkedFileName(id))
        return {};
    QFile f(importedDir() + u'/' + id + u'/' + sourceName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QUrl url(QString::fromUtf8(f.read(4096)).trimmed(), QUrl::StrictMode);
    return url.isValid() && url.scheme() == u"https" ? url : QUrl();
}

Error FacilityRegistry::removeImported(const QString &id)
{
    if (!support::checkedFileName(id) || !QFileInfo::exists(importedDir() + u'/' + id))
        return Error(Error::Kind::NotFound, tr("There is no imported facility “%1”.").arg(id));
    if (!QDir(importedDir() + u'/' + id).removeRecursively())
        return Error(Error::Kind::Storage, tr("The imported facility “%1” could not be removed.").arg(id));
    return {};
}

Error FacilityRegistry::exportTo(const FacilityProfile &profile, const QString &archivePath)
{
    if (!isZip(archivePath) && !isTarGz(archivePath))
        return Error(Error::Kind::InvalidInput, tr("Give the archive a name ending in .zip or .tar.gz."));
    const QString part = archivePath + u".part"_s;
    QFile::remove(part);
    {
        // the format follows the real name: `part` ends in .part
        std::unique_ptr<KArchive> archive;
        if (isZip(archivePath))
            archive = std::make_unique<KZip>(part);
        else
            archive = std::make_unique<KTar>(part, u"application/x-gzip"_s);
        bool ok =
            archive->open(QIODevice::WriteOnly) &&
            archive->writeFile(profileName, QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
        const QDir certs(importedDir() + u'/' + profile.id + u'/' + certsFolder);
        if (ok && support::checkedFileName(profile.id) && certs.exists()) {
            for (const QString &name : certs.entryList({u"*.pem"_s}, QDir::Files, QDir::Name)) {
                QFile f(certs.filePath(name));
                ok = ok && f.open(QIODevice::ReadOnly) &&
                     archive->writeFile(certsFolder + u'/' + name, f.read(maxCertificateSize));
            }
        }
        const QString why = archive->errorString();
        if (!archive->close() || !ok) {
            QFile::remove(part);
            return Error(Error::Kind::Storage,
                         tr("The facility profile could not be exported to %1.").arg(archivePath), why);
        }
    }
    QFile::remove(archivePath);
    if (!QFile::rename(part, archivePath)) {
        QFile::remove(part);
        return Error(Error::Kind::Storage,
                     tr("The facility profile could not be exported to %1.").arg(archivePath),
                     u"rename failed"_s);
    }
    return {};
}

QList<QSslCertificate> FacilityRegistry::certificates(const QString &id)
{
    QList<QSslCertificate> out;
    if (!support::checkedFileName(id))
        return out;
    const QDir certs(importedDir() + u'/' + id + u'/' + certsFolder);
    for (const QString &name : certs.entryList({u"*.pem"_s}, QDir::Files, QDir::Name)) {
        QFile f(certs.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out += QSslCertificate::fromData(f.read(maxCertificateSize), QSsl::Pem);
    }
    return out;
}

void FacilityRegistry::installCertificates(const QString &id)
{
    const QList<QSslCertificate> certs = certificates(id);
    if (certs.isEmpty())
        return;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> known = conf.caCertificates();
    QList<QSslCertificate> added;
    for (const QSslCertificate &c : certs)
        if (!known.contains(c))
            added.append(c);
    if (added.isEmpty())
        return;
    conf.addCaCertificates(added);
    QSslConfiguration::setDefaultConfiguration(conf);
    qCInfo(lcFacility) << "trusting" << added.size() << "CA certificates of facility" << id;
}

} // namespace daas::facility
