#pragma once

#include "CloudEmulatorOptions.h"
#include "ConsoleProxy.h"
#include "VmDesktop.h"
#include "xmlrpc/Value.h"

#include <QHash>
#include <QHttpServer>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QHttpServerRequest;
class QHttpServerResponder;

namespace daas::emulator {

// OpenNebula's XML-RPC API (POST /RPC2) as reference/cloud.md §1 and §7.1 describe it: login tokens,
// template and VM pools, instantiate, actions, the (STATE, LCM_STATE) lifecycle with delays, [ok, value,
// code(, id(, i8))] results and real faults. Every running VM is a real VmDesktop.
// Parameters are read as oned reads them (src/rm/RequestManager*.cc through xmlrpc-c's paramList): each
// method's required ones by type, optional ones only when present, extra ones ignored; a missing or mistyped
// one is xmlrpc-c's -501 fault. As OpenNebula ≥ 5.10 (result arity 5), one.vmpool.info answers short bodies
// and one.vmpool.infoextended whole ones; older versions (arity 3, 4) have no infoextended.
class OpenNebulaEmulator : public QObject
{
    Q_OBJECT
public:
    explicit OpenNebulaEmulator(CloudEmulatorOptions options, QObject *parent = nullptr);
    ~OpenNebulaEmulator() override;

    bool listen();
    quint16 port() const { return m_tcp->serverPort(); }

private:
    struct Template
    {
        int id;
        QString name;
        QString description;
        QString software;
        int vcpu;
        double cpu;
        int memoryMiB;
        int diskMiB;
        qint64 lifetimeSeconds;
        QString colour;
        QString protocol; // DAAS_PROTOCOL, the way in the facility suggests: "vnc" or "rdp"
    };
    struct Vm
    {
        int id = 0;
        QString owner;
        QString name;
        int templateId = 0;
        int state = 1;
        int lcm = 0;
        int prevState = 0;
        int prevLcm = 0;
        qint64 stime = 0;
        qint64 etime = 0;
        quint16 vncPort = 0;
        quint16 rdpPort = 0; // CONTEXT/RDP_PORT: the guest's RDP server (freerdp-shadow-cli3 on its display)
        QString password;
        bool deployed = false;
        QPointer<VmDesktop> desktop;
        QList<QPointer<QTimer>> timers;
    };

    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void serveRpc(const QHttpServerRequest &request, QHttpServerResponder &responder);
    // One XML-RPC call → the whole <methodResponse> document.
    QByteArray rpc(const QByteArray &body);
    // OpenNebula's result arrays: [true, value, 0] and [false, "[method] message", code(, id(, i8))].
    QByteArray success(const xmlrpc::Value &value) const;
    QByteArray failure(const QString &method, int code, const QString &message, int objectId = -1) const;
    std::optional<QString> authenticate(const QString &session) const;

    QString templateXml(const Template &t) const;
    // extended: the whole body (one.vm.info, one.vmpool.infoextended, and one.vmpool.info before 5.10)
    QString vmXml(const Vm &vm, bool extended) const;
    QString vmShortXml(const Vm &vm, const Template *t) const;
    static QString lcmName(int lcm);

    void setState(Vm &vm, int state, int lcm);
    void after(Vm &vm, int delayMs, std::function<void(Vm &)> step);
    void cancelSteps(Vm &vm);
    void startDesktop(Vm &vm);
    void stopDesktop(Vm &vm);
    const Template *findTemplate(int id) const;

    CloudEmulatorOptions m_options;
    QHttpServer m_http;
    QTcpServer *m_tcp;
    ConsoleProxy m_proxy;
    QList<Template> m_templates;
    QMap<int, Vm> m_vms;
    int m_nextVmId = 40;
    bool m_faultNext = false;
    QHash<QString, std::pair<QString, QDateTime>> m_tokens; // token → user, expiry
    // every session token, console token and password handed out so far: tst_secrets_scenarios looks for
    // them in what the client logged and wrote (GET /_emulator/issued-secrets)
    QStringList m_issued;
};

} // namespace daas::emulator
