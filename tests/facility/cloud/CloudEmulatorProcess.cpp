#include "CloudEmulatorProcess.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace daas::testing {

CloudEmulatorProcess::CloudEmulatorProcess(Kind kind, const QStringList &extraArgs)
    : EmulatorProcess(kind == Kind::OpenNebula ? daas::test::paths::openNebulaEmulator()
                                               : daas::test::paths::openStackEmulator(),
                      extraArgs)
{}

QJsonValue CloudEmulatorProcess::admin(const QString &command, const QString &query, bool post)
{
    const std::optional<QByteArray> body =
        adminRequest(command, query, post, QByteArrayLiteral("application/json"));
    if (!body)
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson(*body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

qint64 CloudEmulatorProcess::desktopPid(const QString &id)
{
    const QJsonArray all = vms();
    for (const QJsonValue &vm : all) {
        // OpenNebula numbers its VMs, OpenStack names them with UUIDs
        const QJsonValue vmId = vm[u"id"_s];
        if ((vmId.isString() ? vmId.toString() : QString::number(vmId.toInteger())) == id)
            return vm[u"desktop_pid"_s].toInteger();
    }
    return 0;
}

bool CloudEmulatorProcess::processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
    // a zombie still answers kill(0): look at its state
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close > 0 && close + 2 < s.size() && s.at(close + 2) != 'Z';
}

} // namespace daas::testing
