// daas facility add ADDRESS|FILE | list | remove ID | refresh ID: the facilities this computer knows. Runs
// without a configured facility (it is how one gets configured).

#include "CliCommands.h"
#include "CliContext.h"

#include "facility/FacilityFetch.h"
#include "facility/FacilityRegistry.h"
#include "support/Redaction.h"
#include "support/TlsTrustStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace daas::cli {

namespace {

using facility::FacilityFetch;
using facility::FacilityProfile;
using facility::FacilityRegistry;

void printProfile(const FacilityProfile &p, const QUrl &source)
{
    err() << CliContext::tr("%1 (id %2)").arg(p.name, p.id) << Qt::endl;
    if (!p.description.isEmpty())
        err() << u"  "_s << p.description << Qt::endl;
    for (const QString &line : FacilityFetch::summary(p))
        err() << u"  "_s << line << Qt::endl;
    if (source.isValid())
        err() << u"  "_s << CliContext::tr("From: %1").arg(support::redacted(source)) << Qt::endl;
}

QString normalisedFingerprint(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

// One fetch from an address: the certificate question on the terminal (or --trust-certificate for a
// script that got the fingerprint from the facility), the profile shown, then kept.
class FacilityAdd : public QObject
{
public:
    FacilityAdd(const QUrl &url, const QString &trustedFingerprint, QObject *parent)
        : QObject(parent)
        , m_network(new QNetworkAccessManager(this))
        , m_fetch(new FacilityFetch(m_network, this))
        , m_url(url)
        , m_trusted(normalisedFingerprint(trustedFingerprint))
    {
        connect(m_fetch, &FacilityFetch::fetched, this, &FacilityAdd::keep);
        connect(m_fetch, &FacilityFetch::failed, this, &FacilityAdd::failed);
    }
    void start() { m_fetch->start(m_url); }

private:
    void failed(const Error &e)
    {
        const support::UntrustedCertificate c = m_fetch->rejectedCertificate();
        if (e.kind() != Error::Kind::Tls || c.isNull() || m_asked)
            return failWith(e);
        m_asked = true;
        QStringList why;
        for (const QSslError &s : c.errors)
            why << s.errorString();
        err() << CliContext::tr("The certificate of %1 (port %2) is not trusted: %3")
                     .arg(c.host)
                     .arg(c.port)
                     .arg(why.join(u"; "_s))
              << Qt::endl
              << u"  "_s << CliContext::tr("Subject: %1").arg(c.subject()) << Qt::endl
              << u"  "_s << CliContext::tr("Issuer: %1").arg(c.certificate.issuerDisplayName()) << Qt::endl
              << u"  "_s
              << CliContext::tr("Valid: %1 to %2")
                     .arg(c.certificate.effectiveDate().toString(Qt::ISODate),
                          c.certificate.expiryDate().toString(Qt::ISODate))
              << Qt::endl
              << u"  "_s << CliContext::tr("SHA-256 fingerprint: %1").arg(c.fingerprint()) << Qt::endl;
        bool trust = false;
        if (!m_trusted.isEmpty()) {
            trust = normalisedFingerprint(c.fingerprint()) == m_trusted;
            if (!trust)
                return failWith(
                    Error(Error::Kind::Tls,
                          CliContext::tr("The certificate's fingerprint is not the one given with "
                                         "--trust-certificate, so it is not trusted.")));
        } else if (stdinIsTerminal()) {
            err() << CliContext::tr("Trust it only if your facility confirms this fingerprint.") << Qt::endl;
            trust = readLine(CliContext::tr("Trust it (yes/no)? "), false).trimmed().toLower() == u"yes"_s;
        }
        if (!trust)
            return failWith(Error(e.kind(),
                                  e.userText() + u' ' +
                                      CliContext::tr("Run on a terminal to decide, or give "
                                                     "--trust-certificate FINGERPRINT."),
                                  e.detail()));
        support::TlsTrustStore::trust(c);
        m_fetch->start(m_url);
    }
    void keep(const FacilityProfile &profile, const QUrl &source)
    {
        printProfile(profile, source);
        if (stdinIsTerminal() &&
            readLine(CliContext::tr("Add this facility (yes/no)? "), false).trimmed().toLower() != u"yes"_s)
            return failWith(Error(Error::Kind::Cancelled, CliContext::tr("Nothing was added.")));
        const Result<FacilityProfile> kept = FacilityRegistry::keepFetched(profile, source);
        if (!kept)
            return failWith(kept.error());
        err() << CliContext::tr("Added %1; use it with --facility %2 or 'daas login --facility %2'.")
                     .arg(profile.name, profile.id)
              << Qt::endl;
        out() << profile.id << Qt::endl;
        finish(Ok);
    }

    QNetworkAccessManager *m_network;
    FacilityFetch *m_fetch;
    QUrl m_url;
    QString m_trusted;
    bool m_asked = false;
};

void list(bool json)
{
    QJsonArray rows;
    QList<QStringList> table;
    for (const FacilityProfile &p : FacilityRegistry::available()) {
        const QUrl source = FacilityRegistry::source(p.id);
        const QString from = p.id == u"demo"    ? CliContext::tr("local demo")
                             : source.isValid() ? support::redacted(source)
                                                : CliContext::tr("file");
        rows.append(QJsonObject{{u"id"_s, p.id},
                                {u"name"_s, p.name},
                                {u"icat"_s, p.icatUrl.toString()},
                                {u"source"_s, support::redacted(source)}});
        table.append({p.id, p.name, p.icatUrl.host(), from});
    }
    if (json)
        out() << QJsonDocument(rows).toJson(QJsonDocument::Compact) << Qt::endl;
    else if (table.isEmpty())
        err() << CliContext::tr("No facility is known yet; add yours with 'daas facility add ADDRESS'.")
              << Qt::endl;
    else
        printTable(table, {CliContext::tr("ID"), CliContext::tr("NAME"), CliContext::tr("CATALOGUE"),
                           CliContext::tr("FROM")});
    finish(Ok);
}

} // namespace

void facilities(const QCommandLineParser &parser, const QStringList &args)
{
    const QString sub = args.value(0);
    static const QStringList known{u"add"_s, u"list"_s, u"remove"_s, u"refresh"_s};
    if (!known.contains(sub))
        return usage(sub.isEmpty()
                         ? CliContext::tr("'daas facility' needs one of: %1.").arg(known.join(u", "_s))
                         : CliContext::tr("There is no 'daas facility %1'; use one of: %2.")
                               .arg(sub, known.join(u", "_s)));
    if (sub == u"list") {
        if (args.size() != 1)
            return usage(CliContext::tr("'daas facility list' takes no argument."));
        return list(parser.isSet(u"json"_s));
    }
    if (args.size() != 2 || args.at(1).trimmed().isEmpty())
        return usage(sub == u"add" ? CliContext::tr("'daas facility add' needs an address or a profile file.")
                                   : CliContext::tr("'daas facility %1' needs a facility id.").arg(sub));
    const QString arg = args.at(1).trimmed();
    if (parser.isSet(u"trust-certificate"_s) && sub != u"add" && sub != u"refresh")
        return usage(CliContext::tr("--trust-certificate goes with 'daas facility add' or 'refresh'."));
    if (sub == u"remove") {
        if (Error e = FacilityRegistry::removeImported(arg))
            return failWith(e);
        err() << CliContext::tr("Removed %1.").arg(arg) << Qt::endl;
        return finish(Ok);
    }
    QUrl url;
    if (sub == u"refresh") {
        url = FacilityRegistry::source(arg);
        if (!url.isValid())
            return failWith(Error(Error::Kind::NotFound,
                                  CliContext::tr("The facility “%1” was not added from an address, so it "
                                                 "cannot be refreshed; 'daas facility list' shows where each "
                                                 "came from.")
                                      .arg(arg)));
    } else if (QFileInfo(arg).isFile()) {
        const Result<FacilityProfile> imported = FacilityRegistry::importFrom(arg);
        if (!imported)
            return failWith(imported.error());
        printProfile(imported.value(), {});
        out() << imported->id << Qt::endl;
        return finish(Ok);
    } else {
        const Result<QUrl> address = FacilityFetch::addressFrom(arg);
        if (!address)
            return usage(address.error().userText());
        url = address.value();
    }
    auto *add = new FacilityAdd(url, parser.value(u"trust-certificate"_s), QCoreApplication::instance());
    add->start();
}

} // namespace daas::cli
