#include "support/SafePath.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>

namespace daas::support {

namespace {

Error unsafe(const QString &name, const QString &why)
{
    return Error(
        Error::Kind::UnsafePath,
        QCoreApplication::translate("daas::support", "The name “%1” cannot be used for a local file: %2")
            .arg(name, why),
        QStringLiteral("refused untrusted path %1 (%2)").arg(name, why));
}

bool isReservedWindowsName(const QString &name)
{
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

} // namespace

Result<QString> checkedFileName(const QString &name)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("daas::support", text); };
    if (name.isEmpty())
        return unsafe(name, tr("it is empty."));
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return unsafe(name, tr("it refers to a folder above."));
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return unsafe(name, tr("it contains a folder separator."));
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return unsafe(name, tr("it contains a control character."));
    }
    if (name.endsWith(QLatin1Char(' ')) || name.endsWith(QLatin1Char('.')))
        return unsafe(name, tr("it ends with a space or a dot."));
    if (isReservedWindowsName(name))
        return unsafe(name, tr("it is a reserved device name."));
    if (name.contains(QLatin1Char(':')))
        return unsafe(name, tr("it contains a colon."));
    if (name.toUtf8().size() > 255)
        return unsafe(name, tr("it is too long."));
    return name;
}

Result<QString> checkedJoin(const QString &baseDir, const QString &relative)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("daas::support", text); };
    if (relative.isEmpty())
        return unsafe(relative, tr("it is empty."));
    if (relative.startsWith(QLatin1Char('/')) || relative.startsWith(QLatin1Char('\\')))
        return unsafe(relative, tr("it is an absolute path."));
    if (relative.size() >= 2 && relative.at(1) == QLatin1Char(':'))
        return unsafe(relative, tr("it starts with a drive letter."));

    QStringList parts = relative.split(QLatin1Char('/'));
    // a trailing '/' marks a folder entry in archives; "a//b" is not a name anyone meant
    if (parts.last().isEmpty())
        parts.removeLast();
    QString result = QDir::cleanPath(QDir(baseDir).absolutePath());
    const QString base = result;
    for (const QString &part : std::as_const(parts)) {
        const Result<QString> checked = checkedFileName(part);
        if (!checked)
            return unsafe(relative, checked.error().userText());
        result += QLatin1Char('/') + part;
    }
    // belt and braces: the joined path must still be below the base
    if (!QDir::cleanPath(result).startsWith(base + QLatin1Char('/')))
        return unsafe(relative, tr("it leaves the chosen folder."));
    return result;
}

} // namespace daas::support
