#include "OpenNebulaEmulator.h"

#include "xmlrpc/CallReader.h"
#include "xmlrpc/ResponseWriter.h"

#include <QDateTime>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using daas::emulator::xmlrpc::Value;
namespace xmlrpc = daas::emulator::xmlrpc;

namespace daas::emulator {

namespace {

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

// xmlrpc_c::fault thrown by xmlrpc-c's paramList getters: oned answers it as an XML-RPC <fault>
// (TYPE_ERROR), not as one of its own failure results
struct TypeError
{
    QString message;
};

// paramList.getInt(i) in oned: an <i4>/<int>, nothing else (not an <i8>, not a numeric string)
int intParam(const std::vector<Value> &params, size_t i)
{
    if (i >= params.size())
        throw TypeError{u"Not enough parameters"_s};
    if (params[i].type() != Value::Type::Int)
        throw TypeError{u"Parameter that is supposed to be integer is not"_s};
    return int(params[i].toInteger());
}

// paramList.getBoolean(i): a <boolean>, not an <i4> 0 or 1
bool boolParam(const std::vector<Value> &params, size_t i)
{
    if (i >= params.size())
        throw TypeError{u"Not enough parameters"_s};
    if (params[i].type() != Value::Type::Boolean)
        throw TypeError{u"Parameter that is supposed to be boolean is not"_s};
    return params[i].toBool();
}

// paramList.getString(i)
QString stringParam(const std::vector<Value> &params, size_t i)
{
    if (i >= params.size())
        throw TypeError{u"Not enough parameters"_s};
    if (params[i].type() != Value::Type::String)
        throw TypeError{u"Parameter that is supposed to be a string is not"_s};
    return params[i].text();
}

constexpr const char *stateNames[] = {"INIT",      "PENDING", "HOLD",   "ACTIVE",   "STOPPED",
                                      "SUSPENDED", "DONE",    "FAILED", "POWEROFF", "UNDEPLOYED"};

} // namespace

OpenNebulaEmulator::OpenNebulaEmulator(CloudEmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_tcp(new QTcpServer(this))
    , m_proxy(true)
{
    m_templates = {
        {7, u"CCP4 Analysis Machine"_s,
         u"Macromolecular crystallography: the CCP4 suite with Coot and PyMOL on a Linux desktop."_s,
         u"CCP4 9.0, Coot 1.1, PyMOL 3.0, DIALS 3.22"_s, 4, 2, 8192, 40960, 14 * 24 * 3600, u"#2e5d8a"_s,
         u"vnc"_s},
        {12, u"Mantid Workbench"_s, u"Neutron and muon data reduction and analysis with Mantid."_s,
         u"Mantid 6.12, Python 3.12, Jupyter"_s, 8, 4, 32768, 81920, 7 * 24 * 3600, u"#3b7a3b"_s, u"rdp"_s},
        {15, u"Small Linux Desktop"_s, u"A plain desktop for quick looks at data."_s,
         u"Firefox, LibreOffice"_s, 1, 0.5, 2048, 10240, 0, u"#7a4b2e"_s, u"vnc"_s},
    };
    m_http.setMissingHandler(this, [this](const QHttpServerRequest &request,
                                          QHttpServerResponder &responder) { dispatch(request, responder); });
}

OpenNebulaEmulator::~OpenNebulaEmulator()
{
    for (Vm &vm : m_vms)
        stopDesktop(vm);
}

bool OpenNebulaEmulator::listen()
{
    if (!m_tcp->listen(QHostAddress(m_options.host), m_options.port) || !m_http.bind(m_tcp))
        return false;
    return m_proxy.listen(QHostAddress(m_options.host));
}

void OpenNebulaEmulator::dispatch(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    const QUrlQuery query(request.url());
    QHttpHeaders json;
    json.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    if (path == u"/RPC2") {
        serveRpc(request, responder);
        return;
    }
    if (path == u"/_emulator/fault-next") {
        m_faultNext = true;
        responder.write(QJsonDocument(QJsonObject{{u"ok"_s, true}}).toJson(), json);
        return;
    }
    if (path == u"/_emulator/issued-secrets") {
        responder.write(QJsonDocument(QJsonArray::fromStringList(m_issued)).toJson(), json);
        return;
    }
    if (path == u"/_emulator/expire-tokens") {
        m_tokens.clear();
        responder.write(QJsonDocument(QJsonObject{{u"ok"_s, true}}).toJson(), json);
        return;
    }
    if (path == u"/_emulator/vms") {
        QJsonArray list;
        for (const Vm &vm : std::as_const(m_vms)) {
            list.append(QJsonObject{{u"id"_s, vm.id},
                                    {u"state"_s, vm.state},
                                    {u"lcm_state"_s, vm.lcm},
                                    {u"desktop_pid"_s, vm.desktop ? vm.desktop->serverPid() : 0},
                                    {u"vnc_port"_s, vm.vncPort},
                                    {u"rdp_port"_s, vm.rdpPort},
                                    {u"rdp_pid"_s, vm.desktop ? vm.desktop->rdpServerPid() : 0}});
        }
        responder.write(QJsonDocument(list).toJson(), json);
        return;
    }
    if (path == u"/_emulator/startvnc") {
        // what Sunstone's POST /vm/:id/startvnc gives: a websockify token for the VM's console
        const auto it = m_vms.constFind(query.queryItemValue(u"vm"_s).toInt());
        if (it == m_vms.cend() || !it->deployed) {
            responder.write(QJsonDocument(QJsonObject{{u"error"_s, u"no such running VM"_s}}).toJson(), json,
                            QHttpServerResponder::StatusCode::NotFound);
            return;
        }
        const QString token = m_proxy.addToken(u"127.0.0.1"_s, it->vncPort, 600);
        m_issued << token;
        responder.write(
            QJsonDocument(
                QJsonObject{
                    {u"token"_s, token},
                    {u"password"_s, it->password},
                    {u"url"_s, u"ws://%1:%2/?token=%3"_s.arg(m_options.host).arg(m_proxy.port()).arg(token)}})
                .toJson(),
            json);
        return;
    }
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

// What xmlrpc-c's Abyss handler (xmlrpc_server_abyss, which oned runs on /RPC2) does with an HTTP request
// before the XML is read: POST only (405 otherwise, OPTIONS answered), a Content-Length that is a positive
// number (411 without one, 400 for an empty or bad one); every XML-RPC answer, faults included, is a 200.
void OpenNebulaEmulator::serveRpc(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const auto refuse = [&responder](QHttpServerResponder::StatusCode status, const QString &explanation) {
        // the page of Abyss's ResponseError2 (without its server signature)
        QHttpHeaders html;
        html.append(QHttpHeaders::WellKnownHeader::ContentType, "text/html");
        responder.write(
            u"<HTML><HEAD><TITLE>Error %1</TITLE></HEAD><BODY><H1>Error %1</H1><P>%2</P></BODY></HTML>"_s
                .arg(int(status))
                .arg(explanation.toHtmlEscaped())
                .toUtf8(),
            html, status);
    };
    if (request.method() == QHttpServerRequest::Method::Options) {
        QHttpHeaders allow;
        allow.append(QHttpHeaders::WellKnownHeader::Allow, "POST");
        responder.write(QByteArray(), allow, QHttpServerResponder::StatusCode::Ok);
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        refuse(QHttpServerResponder::StatusCode::MethodNotAllowed,
               u"POST is the only HTTP method this server understands"_s);
        return;
    }
    const QHttpHeaders headers = request.headers();
    if (!headers.contains(QHttpHeaders::WellKnownHeader::ContentLength)) {
        refuse(QHttpServerResponder::StatusCode::LengthRequired,
               u"You must send a content-length HTTP header in an XML-RPC call."_s);
        return;
    }
    const QByteArray length = headers.value(QHttpHeaders::WellKnownHeader::ContentLength).toByteArray();
    bool numeric = false;
    const qulonglong declared = length.toULongLong(&numeric);
    if (length.isEmpty()) {
        refuse(QHttpServerResponder::StatusCode::BadRequest,
               u"The value in your content-length HTTP header value is a null string"_s);
        return;
    }
    if (!numeric) {
        refuse(QHttpServerResponder::StatusCode::BadRequest,
               u"There's non-numeric crap in the value of your content-length HTTP header: '%1'"_s.arg(
                   QString::fromLatin1(length)));
        return;
    }
    if (declared < 1) {
        refuse(QHttpServerResponder::StatusCode::BadRequest,
               u"According to your content-length HTTP header, your request is empty (zero length)"_s);
        return;
    }
    QHttpHeaders xml;
    xml.append(QHttpHeaders::WellKnownHeader::ContentType, "text/xml; charset=utf-8");
    if (m_faultNext) {
        m_faultNext = false;
        responder.write(xmlrpc::writeFault(xmlrpc::fault::InternalError,
                                           u"Internal error: xmlrpc-c could not dispatch the call"_s),
                        xml);
        return;
    }
    responder.write(rpc(request.body()), xml);
}

QByteArray OpenNebulaEmulator::success(const Value &value) const
{
    return xmlrpc::writeResponse(Value::array({Value::boolean(true), value, Value::integer(0)}));
}

QByteArray OpenNebulaEmulator::failure(const QString &method, int code, const QString &message,
                                       int objectId) const
{
    std::vector<Value> result{Value::boolean(false), Value::string(u"[%1] %2"_s.arg(method, message)),
                              Value::integer(code)};
    if (m_options.resultArity >= 4)
        result.push_back(Value::integer(objectId));
    if (m_options.resultArity >= 5)
        result.push_back(Value::i8(0)); // OpenNebula >= 5.10 writes the replication index as <i8>
    return xmlrpc::writeResponse(Value::array(std::move(result)));
}

std::optional<QString> OpenNebulaEmulator::authenticate(const QString &session) const
{
    const qsizetype colon = session.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const QString user = session.left(colon);
    const QString secret = session.mid(colon + 1);
    if (m_options.users.contains(user) && m_options.users.value(user) == secret)
        return user;
    const auto it = m_tokens.constFind(secret);
    if (it != m_tokens.cend() && it->first == user && it->second > QDateTime::currentDateTimeUtc())
        return user;
    return std::nullopt;
}

const OpenNebulaEmulator::Template *OpenNebulaEmulator::findTemplate(int id) const
{
    for (const Template &t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

void OpenNebulaEmulator::setState(Vm &vm, int state, int lcm)
{
    vm.prevState = vm.state;
    vm.prevLcm = vm.lcm;
    vm.state = state;
    vm.lcm = lcm;
    std::fprintf(stderr, "vm %d: %s/%s\n", vm.id, stateNames[qBound(0, state, 9)], qPrintable(lcmName(lcm)));
}

void OpenNebulaEmulator::after(Vm &vm, int delayMs, std::function<void(Vm &)> step)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const int id = vm.id;
    connect(timer, &QTimer::timeout, this, [this, id, step, timer] {
        timer->deleteLater();
        const auto it = m_vms.find(id);
        if (it != m_vms.end()) {
            it->timers.removeAll(timer);
            step(*it);
        }
    });
    vm.timers.append(timer);
    timer->start(delayMs);
}

void OpenNebulaEmulator::cancelSteps(Vm &vm)
{
    for (const QPointer<QTimer> &t : std::as_const(vm.timers))
        if (t)
            t->deleteLater();
    vm.timers.clear();
}

void OpenNebulaEmulator::startDesktop(Vm &vm)
{
    if (!m_options.desktops)
        return; // the machine "runs" but nothing answers on its console port
    after(vm, m_options.desktopDelayMs, [this](Vm &v) {
        const Template *t = findTemplate(v.templateId);
        v.desktop = new VmDesktop(u"%1 - %2 (VM %3)"_s.arg(t ? t->name : u"VM"_s, v.name).arg(v.id),
                                  v.password, t ? t->colour : u"#444444"_s, this);
        const int id = v.id;
        connect(v.desktop, &VmDesktop::failed, this, [id](const QString &reason) {
            std::fprintf(stderr, "vm %d: desktop failed: %s\n", id, qPrintable(reason));
        });
        connect(v.desktop, &VmDesktop::started, this, [id, d = v.desktop] {
            std::fprintf(stderr, "vm %d: desktop on %s, pid %lld\n", id, qPrintable(d->display()),
                         d->serverPid());
        });
        // the guest knows its owner: the facility identity signs in over RDP
        v.desktop->setRdpUsers({{v.owner, m_options.users.value(v.owner)}});
        v.desktop->start(v.vncPort, v.rdpPort);
    });
}

void OpenNebulaEmulator::stopDesktop(Vm &vm)
{
    m_proxy.revokeTarget(vm.vncPort);
    if (vm.desktop) {
        vm.desktop->stop();
        vm.desktop->deleteLater();
        vm.desktop = nullptr;
    }
}

QByteArray OpenNebulaEmulator::rpc(const QByteArray &body)
{
    const std::variant<xmlrpc::Call, xmlrpc::Fault> read = xmlrpc::readCall(body);
    if (const auto *fault = std::get_if<xmlrpc::Fault>(&read))
        return xmlrpc::writeFault(fault->code, fault->message);
    const xmlrpc::Call &call = std::get<xmlrpc::Call>(read);
    const QString &method = call.method;
    const std::vector<Value> &p = call.params;
    static const QStringList known{u"one.system.version"_s,
                                   u"one.user.login"_s,
                                   u"one.templatepool.info"_s,
                                   u"one.template.info"_s,
                                   u"one.template.instantiate"_s,
                                   u"one.vmpool.info"_s,
                                   u"one.vmpool.infoextended"_s,
                                   u"one.vm.info"_s,
                                   u"one.vm.action"_s,
                                   u"one.vm.recover"_s};
    // one.vmpool.infoextended came with 5.10, when one.vmpool.info began to answer short bodies
    if (!known.contains(method) || (method == u"one.vmpool.infoextended" && m_options.resultArity < 5))
        return xmlrpc::writeFault(xmlrpc::fault::NoSuchMethod, u"Method '%1' not defined"_s.arg(method));
    try {
        const std::optional<QString> user = authenticate(stringParam(p, 0));
        if (!user)
            return failure(method, 0x0100, u"User couldn't be authenticated, aborting call."_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();

        if (method == u"one.system.version")
            return success(Value::string(m_options.resultArity >= 5   ? u"6.10.0"_s
                                         : m_options.resultArity == 4 ? u"5.8.0"_s
                                                                      : u"5.0.2"_s));
        if (method == u"one.user.login") {
            const QString name = stringParam(p, 1);
            QString token = stringParam(p, 2);
            const int valid = intParam(p, 3);
            if (p.size() > 4 && m_options.resultArity >= 5)
                intParam(p, 4); // egid, 6.x
            if (name != *user)
                return failure(method, 0x0200, u"User [5] not authorized to perform action on user."_s);
            if (token.isEmpty())
                token = randomHex(20);
            const int lifetime = valid < 0    ? 10 * 365 * 24 * 3600
                                 : valid == 0 ? m_options.tokenLifetimeSeconds
                                              : valid;
            m_tokens.insert(token, {name, now.addSecs(qMin(lifetime, m_options.tokenLifetimeSeconds))});
            m_issued << token;
            return success(Value::string(token));
        }
        if (method == u"one.templatepool.info") {
            intParam(p, 1);
            intParam(p, 2);
            intParam(p, 3);
            QString xml = u"<VMTEMPLATE_POOL>"_s;
            for (const Template &t : std::as_const(m_templates))
                xml += templateXml(t);
            return success(Value::string(xml + u"</VMTEMPLATE_POOL>"_s));
        }
        if (method == u"one.template.info") {
            const int id = intParam(p, 1);
            if (p.size() > 2)
                boolParam(p, 2); // extended: images' and networks' details, which the emulator has none of
            const Template *t = findTemplate(id);
            if (!t)
                return failure(method, 0x0400, u"Error getting virtual machine template [%1]."_s.arg(id), id);
            return success(Value::string(templateXml(*t)));
        }
        if (method == u"one.template.instantiate") {
            // VMTemplateInstantiate: id, name ("" for one of oned's choosing), then hold and the extra
            // template together, then persistent
            const int id = intParam(p, 1);
            const QString name = stringParam(p, 2);
            if (p.size() > 3) {
                boolParam(p, 3);
                stringParam(p, 4);
            }
            if (p.size() > 5)
                boolParam(p, 5);
            const Template *t = findTemplate(id);
            if (!t)
                return failure(method, 0x0400, u"Error getting virtual machine template [%1]."_s.arg(id), id);
            if (m_options.vmQuota >= 0) {
                // oned (VMTemplateInstantiate → Request::quota_authorization → Quota::check_quota) refuses
                // with AUTHORIZATION and "user [<uid>] limit of <n> reached for VMS quota in VM"
                qsizetype used = 0;
                for (const Vm &v : std::as_const(m_vms))
                    used += v.owner == *user && v.state != 6 ? 1 : 0;
                if (used + 1 > m_options.vmQuota)
                    return failure(
                        method, 0x0200,
                        u"user [5] limit of %1 reached for VMS quota in VM"_s.arg(m_options.vmQuota), id);
            }
            Vm vm;
            vm.id = m_nextVmId++;
            vm.owner = *user;
            vm.name =
                name.isEmpty() ? u"%1-%2"_s.arg(t->name.section(u' ', 0, 0).toLower()).arg(vm.id) : name;
            vm.templateId = id;
            vm.stime = now.toSecsSinceEpoch();
            vm.password = randomHex(4); // 8 characters: VNC's limit
            m_issued << vm.password;
            vm.rdpPort = m_options.rdp ? VmDesktop::freePort() : 0; // the contextualised guest's RDP port
            Vm &stored = m_vms.insert(vm.id, vm).value();
            setState(stored, 1, 0);
            after(stored, m_options.stepDelayMs, [this](Vm &v) {
                setState(v, 3, 1); // PROLOG
                after(v, m_options.stepDelayMs, [this](Vm &v2) {
                    v2.deployed = true;
                    v2.vncPort = VmDesktop::freePort();
                    setState(v2, 3, 2); // BOOT
                    after(v2, m_options.stepDelayMs, [this](Vm &v3) {
                        setState(v3, 3, 3); // RUNNING: the desktop inside comes up a little later
                        startDesktop(v3);
                    });
                });
            });
            return success(Value::integer(vm.id));
        }
        if (method == u"one.vmpool.info" || method == u"one.vmpool.infoextended") {
            const int filter = intParam(p, 1);
            intParam(p, 2);
            intParam(p, 3);
            const int state = intParam(p, 4);
            if (p.size() > 5)
                stringParam(p, 5); // a query (5.12+); the emulator filters on nothing more
            if (state < -2 || state > 11)
                return failure(method, 0x1000, u"Incorrect filter_flag, state"_s);
            QString xml = u"<VM_POOL>"_s;
            for (const Vm &vm : std::as_const(m_vms)) {
                if (filter != -2 && vm.owner != *user)
                    continue;
                if ((state == -1 && vm.state == 6) || (state >= 0 && vm.state != state))
                    continue;
                // from 5.10 one.vmpool.info gives the short body, one.vmpool.infoextended the whole one
                xml += vmXml(vm, method.endsWith(u"extended") || m_options.resultArity < 5);
            }
            return success(Value::string(xml + u"</VM_POOL>"_s));
        }
        // one VM by id from here on (one.vm.action reads its action string first)
        const QString action = method == u"one.vm.action" ? stringParam(p, 1) : QString();
        const int id = method == u"one.vm.action" ? intParam(p, 2) : intParam(p, 1);
        const int recoverOp = method == u"one.vm.recover" ? intParam(p, 2) : 0;
        const auto it = m_vms.find(id);
        if (it == m_vms.end() || it->owner != *user)
            return failure(method, 0x0400, u"Error getting virtual machine [%1]."_s.arg(id), id);
        Vm &vm = *it;
        if (method == u"one.vm.info")
            return success(Value::string(vmXml(vm, true)));
        if (method == u"one.vm.recover") {
            const int op = recoverOp;
            if (op != 3)
                return failure(method, 0x1000, u"Unsupported recover operation %1"_s.arg(op), id);
            cancelSteps(vm);
            stopDesktop(vm);
            vm.etime = now.toSecsSinceEpoch();
            setState(vm, 6, 0);
            return success(Value::integer(id));
        }
        // one.vm.action
        const bool running = vm.state == 3 && vm.lcm == 3;
        const auto wrongState = [&] {
            return failure(method, 0x0800,
                           u"Could not %1 VM %2, wrong state %3."_s.arg(action.section(u'-', 0, 0))
                               .arg(id)
                               .arg(vm.state == 3 ? lcmName(vm.lcm)
                                                  : QString::fromLatin1(stateNames[qBound(0, vm.state, 9)])),
                           id);
        };
        if (action == u"terminate" || action == u"terminate-hard") {
            if (vm.state == 1 || vm.state == 2) {
                cancelSteps(vm);
                vm.etime = now.toSecsSinceEpoch();
                setState(vm, 6, 0);
            } else if (running || vm.state == 8) {
                cancelSteps(vm);
                const bool hard = action.endsWith(u"hard") || vm.state == 8;
                setState(vm, 3, hard ? 11 : 12);
                after(vm, hard ? 1 : m_options.stepDelayMs, [this](Vm &v) {
                    stopDesktop(v);
                    setState(v, 3, 11); // EPILOG
                    after(v, m_options.stepDelayMs, [](Vm &v2) {
                        v2.etime = QDateTime::currentSecsSinceEpoch();
                        v2.state = 6;
                        v2.lcm = 0;
                    });
                });
            } else {
                return wrongState();
            }
            return success(Value::integer(id));
        }
        if (action == u"poweroff" || action == u"poweroff-hard") {
            if (!running)
                return wrongState();
            setState(vm, 3, 18);
            after(vm, m_options.stepDelayMs, [this](Vm &v) {
                stopDesktop(v);
                setState(v, 8, 0);
            });
            return success(Value::integer(id));
        }
        if (action == u"resume") {
            if (vm.state != 8)
                return wrongState();
            setState(vm, 3, 20);
            after(vm, m_options.stepDelayMs, [this](Vm &v) {
                setState(v, 3, 3);
                startDesktop(v);
            });
            return success(Value::integer(id));
        }
        if (action == u"reboot" || action == u"reboot-hard") {
            if (!running)
                return wrongState();
            stopDesktop(vm);
            startDesktop(vm);
            return success(Value::integer(id));
        }
        return failure(method, 0x1000, u"Invalid action %1"_s.arg(action), id);
    } catch (const TypeError &e) {
        return xmlrpc::writeFault(xmlrpc::fault::TypeError, e.message);
    }
}

} // namespace daas::emulator
