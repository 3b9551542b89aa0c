#pragma once

#include <QCoreApplication>
#include <QDebug>
#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace daas {

// The one error value of the project. userText() is a translated sentence a scientist can act on;
// detail() is for the log only (status codes, server messages). Neither may ever hold a secret.
class Error
{
    Q_DECLARE_TR_FUNCTIONS(daas::Error)
public:
    enum class Kind {
        None,
        Network, // no connection, refused, dropped
        Tls,     // certificate not trusted (see TlsTrustStore)
        Timeout,
        Authentication, // wrong credentials
        SessionExpired, // signed in once, the server no longer accepts the session
        Permission,     // signed in, but not allowed
        NotFound,
        Conflict,     // already exists, precondition failed
        InvalidInput, // the user's or a file's input is wrong (names the field)
        Protocol,     // the server answered something that does not follow its API
        Server,       // the server reported an internal failure
        Storage,      // local disk: cannot write, full
        UnsafePath,   // a name or archive entry that would leave the chosen folder
        Keychain,
        Cancelled,
        Unsupported,
        Internal,
    };

    Error() = default;
    Error(Kind kind, QString userText, QString detail = {})
        : m_kind(kind)
        , m_userText(std::move(userText))
        , m_detail(std::move(detail))
    {}

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    // The connection failed or went silent: the same request may pass a moment later.
    bool isTransport() const { return m_kind == Kind::Network || m_kind == Kind::Timeout; }
    // ... or the server failed inside: that may pass too (a restart, a full queue).
    bool mayPass() const { return isTransport() || m_kind == Kind::Server; }
    explicit operator bool() const { return isError(); }
    const QString &userText() const { return m_userText; }
    const QString &detail() const { return m_detail; }

    // The same error with more context in front of the user text ("Could not open dataset: …").
    Error prefixed(const QString &context) const;
    Error withDetail(const QString &detail) const;
    // The same error with the server's own explanation after ours ("… OpenNebula said: “limit of 2 reached
    // for VMS quota”"): a fault's text often says what our sentence for its code cannot. Control characters
    // are removed and a long text is cut; nothing changes when `message` is empty.
    Error withServerMessage(const QString &service, const QString &message) const;

    // "what: why" in the user's language (French puts a space before the colon); prefixed() uses it too.
    static QString labelled(const QString &what, const QString &why);

    static Error cancelled();
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_userText;
    QString m_detail;
};

QDebug operator<<(QDebug debug, const Error &error);

// A value or an Error. Small on purpose: std::expected is C++23.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const
    {
        static const Error none;
        return ok() ? none : std::get<Error>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

} // namespace daas

Q_DECLARE_METATYPE(daas::Error)
