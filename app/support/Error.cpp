#include "support/Error.h"

#include "support/Redaction.h"

namespace daas {

QString Error::labelled(const QString &what, const QString &why)
{
    return tr("%1: %2").arg(what, why);
}

Error Error::prefixed(const QString &context) const
{
    if (!isError())
        return *this;
    return Error(m_kind, support::redacted(labelled(context, m_userText)), m_detail);
}

Error Error::withDetail(const QString &detail) const
{
    return Error(m_kind, m_userText,
                 support::redacted(m_detail.isEmpty() ? detail : m_detail + QStringLiteral("; ") + detail));
}

Error Error::withServerMessage(const QString &service, const QString &message) const
{
    QString said;
    said.reserve(message.size());
    for (const QChar c : message)
        said += c.category() == QChar::Other_Control ? QLatin1Char(' ') : c;
    said = said.simplified();
    while (said.endsWith(QLatin1Char('.'))) // the sentence's own full stop follows the quote
        said.chop(1);
    if (!isError() || said.isEmpty())
        return *this;
    constexpr qsizetype longest = 300;
    if (said.size() > longest)
        said = said.left(longest - 1) + QChar(0x2026);
    // a server may quote what it refused (ICAT: "Unable to find user by sessionid: …")
    return Error(m_kind,
                 support::redacted(m_userText + QLatin1Char(' ') + tr("%1 said: “%2”.").arg(service, said)),
                 m_detail);
}

Error Error::cancelled()
{
    return Error(Kind::Cancelled, tr("Cancelled."));
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::SessionExpired:
        return QStringLiteral("session-expired");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::UnsafePath:
        return QStringLiteral("unsafe-path");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

QDebug operator<<(QDebug debug, const Error &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Error(" << Error::kindName(error.kind()) << ", "
                    << support::redacted(error.userText());
    if (!error.detail().isEmpty())
        debug << " [" << support::redacted(error.detail()) << ']';
    return debug << ')';
}

} // namespace daas
