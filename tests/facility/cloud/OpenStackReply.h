#pragma once
// How every OpenStack service of the emulator answers (OpenStackEmulator.cpp, OpenStackNova.cpp).

#include <QHttpHeaders>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace daas::emulator {

using Status = QHttpServerResponder::StatusCode;

inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline void json(QHttpServerResponder &r, const QJsonObject &body, Status status = Status::Ok,
                 QHttpHeaders headers = {})
{
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    r.write(QJsonDocument(body).toJson(QJsonDocument::Compact), headers, status);
}

} // namespace daas::emulator
