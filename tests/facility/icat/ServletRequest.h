#pragma once
// How the Java servlets behind ICAT and IDS read a request and name what they send, for both halves of the
// emulator (IcatEmulator.cpp, IdsEmulator.cpp).

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrlQuery>
#include <QUuid>

namespace daas::emulator {

// Java servlets decode '+' in query strings and form bodies as a space.
inline QString param(const QUrlQuery &q, const QString &key)
{
    QString v = q.queryItemValue(key, QUrl::FullyEncoded);
    v.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(v.toUtf8());
}

inline QUrlQuery formOf(const QHttpServerRequest &request)
{
    return QUrlQuery(QString::fromLatin1(request.body()));
}

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces); // lowercase, as java.util.UUID
}

inline QHttpServerResponder::StatusCode code(int status)
{
    return static_cast<QHttpServerResponder::StatusCode>(status);
}

} // namespace daas::emulator
