#include "jobs/SshJobScript.h"

#include "jobs/SshConnection.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace daas::jobs::SshJobScript {

std::optional<QString> directiveValue(const QString &value)
{
    if (value.contains(u'\n') || value.contains(u'\r') || value.contains(u'"'))
        return std::nullopt;
    return value.contains(u' ') || value.contains(u'\t') ? u'"' + value + u'"' : value;
}

Result<QStringList> exports(const QStringList &environment)
{
    static const QRegularExpression variable(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    QStringList lines;
    for (const QString &assignment : environment) {
        const QString name = assignment.section(u'=', 0, 0);
        if (!assignment.contains(u'=') || !variable.match(name).hasMatch())
            return Error(Error::Kind::InvalidInput,
                         QCoreApplication::translate("daas::jobs::SshJobScript",
                                                     "\"%1\" is not an environment variable (NAME=value).")
                             .arg(assignment));
        lines << u"export %1=%2"_s.arg(name, SshConnection::shellQuote(assignment.section(u'=', 1)));
    }
    return lines;
}

QString assemble(const QString &script, const QStringList &directives, const QStringList &exports)
{
    QStringList lines = script.split(u'\n');
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    const qsizetype afterShebang = lines.first().startsWith(u"#!"_s) ? 1 : 0;
    qsizetype firstCommand = afterShebang;
    while (firstCommand < lines.size() &&
           (lines.at(firstCommand).trimmed().isEmpty() || lines.at(firstCommand).trimmed().startsWith(u'#')))
        ++firstCommand;
    for (qsizetype i = exports.size() - 1; i >= 0; --i)
        lines.insert(firstCommand, exports.at(i));
    for (qsizetype i = directives.size() - 1; i >= 0; --i)
        lines.insert(afterShebang, directives.at(i));
    return lines.join(u'\n') + u'\n';
}

} // namespace daas::jobs::SshJobScript
