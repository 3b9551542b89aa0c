#include "cloud/OpenNebulaProvider.h"

#include "cloud/OpenNebulaDocuments.h"
#include "cloud/XmlRpc.h"
#include "cloud/XmlTree.h"
#include "support/Logging.h"
#include "support/NetworkError.h"
#include "support/Redaction.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace daas::cloud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::cloud", text);
}

Error unreadable(const QString &method, const QString &detail)
{
    return Error(Error::Kind::Protocol, tr("OpenNebula sent an answer that could not be read."),
                 u"%1: %2"_s.arg(method, detail));
}

} // namespace

OpenNebulaProvider::OpenNebulaProvider(QNetworkAccessManager *network, Options options, QObject *parent)
    : EnvironmentProvider(parent)
    , m_network(network)
    , m_options(std::move(options))
{
    support::rememberSecret(m_options.password);
}

OpenNebulaProvider::~OpenNebulaProvider() = default;

void OpenNebulaProvider::withSession(std::function<void(const Result<QString> &)> next)
{
    if (!m_options.useLoginToken) {
        next(QString(m_options.userName + u':' + m_options.password));
        return;
    }
    if (!m_token.isEmpty()) {
        next(QString(m_options.userName + u':' + m_token));
        return;
    }
    m_waitingForSession.append(std::move(next));
    if (m_signingIn)
        return;
    m_signingIn = true;
    ++m_signIns;
    qCDebug(lcCloud) << "OpenNebula: one.user.login for" << m_options.userName;
    const QVariantList params{QVariant(QString(m_options.userName + u':' + m_options.password)),
                              QVariant(m_options.userName), QVariant(QString()),
                              QVariant(m_options.tokenLifetimeSeconds)};
    send(
        u"one.user.login"_s, params, QString(),
        [this](const Result<QVariant> &result) {
            m_signingIn = false;
            Result<QString> session = Error();
            if (result && !result->toString().isEmpty()) {
                m_token = result->toString();
                support::rememberSecret(m_token);
                session = QString(m_options.userName + u':' + m_token);
            } else if (result) {
                session = unreadable(u"one.user.login"_s, u"empty token"_s);
            } else {
                session = result.error();
            }
            const auto waiting = std::exchange(m_waitingForSession, {});
            for (const auto &waiter : waiting)
                waiter(session);
        },
        true);
}

void OpenNebulaProvider::call(const QString &method, const QVariantList &params, Done done, bool retried)
{
    withSession([this, method, params, done, retried](const Result<QString> &session) {
        if (!session) {
            done(session.error());
            return;
        }
        send(method, params, *session, done, retried);
    });
}

void OpenNebulaProvider::send(const QString &method, const QVariantList &params, const QString &session,
                              Done done, bool retried)
{
    QNetworkRequest request(m_options.endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/xml"_s);
    // one.user.login carries its own "user:password" session string
    const QVariantList all = session.isEmpty() ? params : QVariantList{session} + params;
    QNetworkReply *reply = m_network->post(request, XmlRpc::encodeCall(method, all));
    support::abortWhenSilent(reply);
    const bool usedToken = !session.isEmpty() && m_options.useLoginToken;
    const QString token = usedToken ? session.mid(m_options.userName.size() + 1) : QString();
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, method, params, done, retried, usedToken, token] {
            reply->deleteLater();
            if (const Error e = support::transportError(reply)) {
                done(e.prefixed(tr("OpenNebula")));
                return;
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (status != 200) {
                done(support::httpStatusError(status, u"OpenNebula"_s, method));
                return;
            }
            const Result<XmlRpc::Response> response = XmlRpc::decodeResponse(body);
            if (!response) {
                done(response.error().withDetail(method));
                return;
            }
            if (response->isFault) {
                // xmlrpc-c itself refused the call (unknown method, wrong parameter types): its text is about
                // the wire, not the cloud (an OpenNebula failure result carries the cloud's explanation), so
                // it stays in the detail
                // -506: no such method, which an older OpenNebula may lack (the caller may try another)
                done(
                    Error(response->fault.code == -506 ? Error::Kind::Unsupported : Error::Kind::Protocol,
                          tr("OpenNebula refused the request. This OpenNebula version may not be supported."),
                          u"%1: fault %2: %3"_s.arg(method)
                              .arg(response->fault.code)
                              .arg(response->fault.message)));
                return;
            }
            const QVariantList result = response->value.toList();
            if (result.size() < 2 || result.at(0).typeId() != QMetaType::Bool) {
                done(unreadable(method, u"result is not [bool, value, …]"_s));
                return;
            }
            if (result.at(0).toBool()) {
                done(result.at(1));
                return;
            }
            const int code = result.size() > 2 ? int(result.at(2).toLongLong()) : opennebula::Internal;
            const QString message = result.at(1).toString();
            if (code == opennebula::Authentication && usedToken && !retried) {
                // the login token expired or was revoked: sign in again once and repeat the call
                qCInfo(lcCloud) << "OpenNebula: session no longer accepted, signing in again for" << method;
                // calls in flight with the same old token share one new sign-in
                if (m_token == token)
                    m_token.clear();
                call(method, params, done, true);
                return;
            }
            Error error = opennebula::errorFromResult(code, message, method);
            if (code == opennebula::Authentication && usedToken && method != u"one.user.login")
                error = Error(Error::Kind::SessionExpired,
                              tr("OpenNebula no longer accepts your session. Sign in again."), error.detail())
                            .withServerMessage(u"OpenNebula"_s, opennebula::serverMessage(message));
            qCWarning(lcCloud) << error;
            done(error);
        });
}

bool OpenNebulaProvider::parseId(const QString &id, CloudOperation op, int *out)
{
    bool ok = false;
    *out = id.toInt(&ok);
    if (!ok || *out < 0) {
        Q_EMIT failed(
            op, id, Error(Error::Kind::InvalidInput, tr("\"%1\" is not an OpenNebula machine id.").arg(id)));
        return false;
    }
    return true;
}

void OpenNebulaProvider::listTemplates()
{
    // -1: the caller's templates and their groups'; -1, -1: the whole pool
    call(u"one.templatepool.info"_s, {-1, -1, -1}, [this](const Result<QVariant> &result) {
        if (!result) {
            Q_EMIT failed(CloudOperation::ListTemplates, {}, result.error());
            return;
        }
        const Result<XmlTree> pool = XmlTree::parse(result->toString());
        if (!pool) {
            Q_EMIT failed(CloudOperation::ListTemplates, {}, pool.error());
            return;
        }
        const QList<EnvironmentTemplate> templates = opennebula::templatesFromPool(*pool);
        for (const EnvironmentTemplate &t : templates)
            m_templateNames.insert(t.id, t.name);
        Q_EMIT templatesListed(templates);
    });
}

void OpenNebulaProvider::listEnvironments()
{
    // the whole bodies: from 5.10 one.vmpool.info answers short ones, without TEMPLATE_ID, CONTEXT or
    // SCHED_ACTION (the template, the address fallback and the expiry); 5.0–5.8 have no infoextended and
    // answer whole bodies to one.vmpool.info. -3: the caller's own; state -1: all but DONE
    const QString method = m_poolInfoExtended ? u"one.vmpool.infoextended"_s : u"one.vmpool.info"_s;
    call(method, {-3, -1, -1, -1}, [this, method](const Result<QVariant> &result) {
        if (!result && m_poolInfoExtended && result.error().kind() == Error::Kind::Unsupported) {
            qCInfo(lcCloud) << "OpenNebula: no" << method << "(before 5.10); one.vmpool.info from now on";
            m_poolInfoExtended = false;
            listEnvironments();
            return;
        }
        if (!result) {
            Q_EMIT failed(CloudOperation::ListEnvironments, {}, result.error());
            return;
        }
        const Result<XmlTree> pool = XmlTree::parse(result->toString());
        if (!pool) {
            Q_EMIT failed(CloudOperation::ListEnvironments, {}, pool.error());
            return;
        }
        QList<Environment> environments = opennebula::environmentsFromPool(*pool);
        for (Environment &e : environments)
            e.templateName = m_templateNames.value(e.templateId);
        Q_EMIT environmentsListed(environments);
    });
}

void OpenNebulaProvider::vmInfo(const QString &id, std::function<void(const Result<XmlTree> &)> done)
{
    call(u"one.vm.info"_s, {id.toInt()}, [done](const Result<QVariant> &result) {
        if (!result) {
            done(result.error());
            return;
        }
        done(XmlTree::parse(result->toString()));
    });
}

void OpenNebulaProvider::refresh(const QString &id)
{
    int n = 0;
    if (!parseId(id, CloudOperation::Refresh, &n))
        return;
    vmInfo(id, [this, id](const Result<XmlTree> &vm) {
        if (!vm) {
            Q_EMIT failed(CloudOperation::Refresh, id, vm.error());
            return;
        }
        Environment e = opennebula::environmentFromVm(*vm);
        e.templateName = m_templateNames.value(e.templateId);
        Q_EMIT refreshed(e);
    });
}

void OpenNebulaProvider::launch(const EnvironmentTemplate &environmentTemplate, const QString &name)
{
    bool ok = false;
    const int templateId = environmentTemplate.id.toInt(&ok);
    if (!ok) {
        Q_EMIT failed(CloudOperation::Launch, {},
                      Error(Error::Kind::InvalidInput,
                            tr("\"%1\" is not an OpenNebula template.").arg(environmentTemplate.name)));
        return;
    }
    m_templateNames.insert(environmentTemplate.id, environmentTemplate.name);
    // hold=false: straight to PENDING; no extra template; not persistent
    call(u"one.template.instantiate"_s, {templateId, name, false, QString(), false},
         [this](const Result<QVariant> &result) {
             if (!result) {
                 Q_EMIT failed(CloudOperation::Launch, {}, result.error());
                 return;
             }
             const QString id = QString::number(result->toLongLong());
             qCInfo(lcCloud) << "OpenNebula: instantiated VM" << id;
             vmInfo(id, [this, id](const Result<XmlTree> &vm) {
                 if (!vm) {
                     Q_EMIT failed(CloudOperation::Launch, id, vm.error());
                     return;
                 }
                 Environment e = opennebula::environmentFromVm(*vm);
                 e.templateName = m_templateNames.value(e.templateId);
                 Q_EMIT launched(e);
             });
         });
}

void OpenNebulaProvider::remove(const QString &id)
{
    int n = 0;
    if (!parseId(id, CloudOperation::Remove, &n))
        return;
    call(u"one.vm.action"_s, {u"terminate-hard"_s, n}, [this, id, n](const Result<QVariant> &result) {
        if (result) {
            Q_EMIT removeRequested(id);
            return;
        }
        if (result.error().kind() != Error::Kind::Conflict) {
            Q_EMIT failed(CloudOperation::Remove, id, result.error());
            return;
        }
        // terminate works only on running or stopped machines; one still booting (or failed) is deleted
        // through recover (operation 3 = delete), as Sunstone does
        call(u"one.vm.recover"_s, {n, 3}, [this, id](const Result<QVariant> &recovered) {
            if (recovered)
                Q_EMIT removeRequested(id);
            else
                Q_EMIT failed(CloudOperation::Remove, id, recovered.error());
        });
    });
}

void OpenNebulaProvider::action(const QString &id, EnvironmentAction action)
{
    int n = 0;
    if (!parseId(id, CloudOperation::Action, &n))
        return;
    QString verb;
    switch (action) {
    case EnvironmentAction::PowerOff:
        verb = u"poweroff"_s;
        break;
    case EnvironmentAction::Resume:
        verb = u"resume"_s;
        break;
    case EnvironmentAction::Reboot:
        verb = u"reboot"_s;
        break;
    }
    call(u"one.vm.action"_s, {verb, n}, [this, id, action](const Result<QVariant> &result) {
        if (result)
            Q_EMIT actionRequested(id, action);
        else
            Q_EMIT failed(CloudOperation::Action, id, result.error());
    });
}

void OpenNebulaProvider::console(const QString &id)
{
    int n = 0;
    if (!parseId(id, CloudOperation::Console, &n))
        return;
    vmInfo(id, [this, id](const Result<XmlTree> &vm) {
        if (!vm) {
            Q_EMIT failed(CloudOperation::Console, id, vm.error());
            return;
        }
        const Result<ConsoleEndpoint> endpoint = opennebula::consoleFromVm(*vm, m_options.desktopProtocol);
        if (!endpoint) {
            Q_EMIT failed(CloudOperation::Console, id, endpoint.error());
            return;
        }
        ConsoleEndpoint console = *endpoint;
        if (console.hasRdp()) {
            console.rdpGatewayHost = m_options.rdpGatewayHost;
            console.rdpGatewayPort = m_options.rdpGatewayPort;
        }
        Q_EMIT consoleReady(id, console);
    });
}

} // namespace daas::cloud
