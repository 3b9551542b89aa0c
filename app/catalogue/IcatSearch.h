#pragma once

#include "support/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace daas::identity {
class IcatSession;
}

namespace daas::catalogue {

// GET /icat/entityManager through the session (so an expired session is re-established and the search
// carries on). The answer must be a JSON array; anything else is a Protocol error, never a crash.
void icatSearch(identity::IcatSession *session, QObject *context, const QString &query,
                std::function<void(const daas::Result<QJsonArray> &)> done);

// GET /icat/entityManager?query=<Entity>&id=N: one object by id (the "get" form), unwrapped.
void icatGet(identity::IcatSession *session, QObject *context, const QString &entity, qint64 id,
             std::function<void(const daas::Result<QJsonObject> &)> done);

// The single number a COUNT query returns; countFromAnswer reads it from the answer, -1 when the answer
// is not one whole number from zero to qint64's most.
qint64 countFromAnswer(const QJsonArray &answer);
void icatCount(identity::IcatSession *session, QObject *context, const QString &query,
               std::function<void(const daas::Result<qint64> &)> done);

} // namespace daas::catalogue
