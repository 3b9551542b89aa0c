#include "catalogue/IcatSearch.h"

#include "identity/IcatSession.h"
#include "support/Logging.h"
#include "support/NetworkError.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

namespace {
Error unreadable(const QString &detail)
{
    return Error(Error::Kind::Protocol,
                 QCoreApplication::translate("daas::catalogue",
                                             "The catalogue gave an answer that could not be read."),
                 detail);
}
} // namespace

namespace {
void entityManagerGet(identity::IcatSession *session, QObject *context, const QString &query, qint64 id,
                      std::function<void(const QByteArray &, const Error &)> done)
{
    const QUrl base = session->icatUrl();
    session->send(
        context,
        [base, query, id](QNetworkAccessManager *nam, const QString &sessionId) {
            QUrl url = base;
            url.setPath(url.path() + u"/entityManager"_s);
            QByteArray q =
                "sessionId=" + identity::formValue(sessionId) + "&query=" + identity::formValue(query);
            if (id > 0)
                q += "&id=" + QByteArray::number(id);
            url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
            QNetworkRequest request(url);
            qCDebug(lcIcat) << "search" << query << id;
            QNetworkReply *reply = nam->get(request);
            support::abortWhenSilent(reply);
            return reply;
        },
        [done = std::move(done), query](QNetworkReply *, const QByteArray &body, const Error &error) {
            done(body, error ? error.withDetail(u"query: "_s + query) : error);
        });
}
} // namespace

void icatGet(identity::IcatSession *session, QObject *context, const QString &entity, qint64 id,
             std::function<void(const Result<QJsonObject> &)> done)
{
    entityManagerGet(
        session, context, entity, id,
        [done = std::move(done), entity](const QByteArray &body, const Error &error) {
            if (error) {
                done(error);
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(body).object().value(entity).toObject();
            if (o.isEmpty()) {
                done(unreadable(u"get %1: no object in %2"_s.arg(entity, QString::fromUtf8(body.left(200)))));
                return;
            }
            done(o);
        });
}

void icatSearch(identity::IcatSession *session, QObject *context, const QString &query,
                std::function<void(const Result<QJsonArray> &)> done)
{
    entityManagerGet(session, context, query, 0,
                     [done = std::move(done)](const QByteArray &body, const Error &error) {
                         if (error) {
                             done(error);
                             return;
                         }
                         QJsonParseError parse;
                         const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
                         if (parse.error != QJsonParseError::NoError || !doc.isArray()) {
                             done(unreadable(u"not a JSON array (%1): %2"_s.arg(
                                 parse.errorString(), QString::fromUtf8(body.left(200)))));
                             return;
                         }
                         done(doc.array());
                     });
}

qint64 countFromAnswer(const QJsonArray &answer)
{
    // toInteger gives the fallback for a fraction or a number past qint64, which a cast would make undefined
    const qint64 count = answer.size() == 1 ? answer.at(0).toInteger(-1) : -1;
    return count >= 0 ? count : -1;
}

void icatCount(identity::IcatSession *session, QObject *context, const QString &query,
               std::function<void(const Result<qint64> &)> done)
{
    icatSearch(session, context, query, [done = std::move(done)](const Result<QJsonArray> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        const qint64 count = countFromAnswer(*r);
        if (count < 0) {
            done(unreadable(u"COUNT answer is not one number"_s));
            return;
        }
        done(count);
    });
}

} // namespace daas::catalogue
