#pragma once

#include "support/Error.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace daas::cloud {

// XML-RPC as OpenNebula speaks it, hand-rolled because Qt has none. Values map onto QVariant:
// i4/int/i8 → qint64, boolean → bool, string and untyped <value>text</value> → QString, double → double,
// array → QVariantList, struct → QVariantMap, base64 → QByteArray, dateTime.iso8601 → QDateTime.
namespace XmlRpc {

struct Fault
{
    int code = 0;
    QString message;
};

// A decoded methodResponse: either params[0] or a <fault>.
struct Response
{
    QVariant value;
    bool isFault = false;
    Fault fault;
};

struct Call
{
    QString method;
    QVariantList params;
};

QByteArray encodeCall(const QString &method, const QVariantList &params);
QByteArray encodeResponse(const QVariant &value);
QByteArray encodeFault(int code, const QString &message);

// Errors are Protocol errors naming what was malformed; a <fault> is not an error here (see Response).
Result<Response> decodeResponse(const QByteArray &body);
Result<Call> decodeCall(const QByteArray &body);

// <i8> is written only for values that do not fit in 32 bits, or when forced (OpenNebula ≥ 5.10 writes
// the replication index of a failure as <i8> whatever its size).
struct I8
{
    qint64 value = 0;
};

} // namespace XmlRpc
} // namespace daas::cloud

Q_DECLARE_METATYPE(daas::cloud::XmlRpc::I8)
