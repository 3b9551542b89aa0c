#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace daas::testing {

// A real WebDAV server for one test, in its own temporary directory, on a free loopback port, with Basic
// auth for one user. The store is served below /dav/ so that the client never gets away with assuming the
// root path. Subclasses write the server's configuration; start() waits until the port answers.
class DavServer
{
public:
    virtual ~DavServer();

    bool start();
    void stop();    // SIGTERM: connections in flight are cut
    bool restart(); // stop, then start on the same port (a crashed and restarted server)
    // SIGKILL to the server and every process it started, as a crash or the OOM killer would: nothing is
    // flushed, no connection is closed politely. start() brings it back on the same port.
    bool kill();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QUrl rootUrl() const;    // http://127.0.0.1:PORT/dav/
    QString dataDir() const; // local folder served as rootUrl
    // Before start(): serve another folder as rootUrl (a small disk's, testing::SmallDisk). Apache only.
    void setDataDir(const QString &path) { m_dataDir = path; }
    QString user() const { return QStringLiteral("davuser"); }
    QString password() const { return m_password; }
    // Changes the password the server accepts from the next request on (a session that expires).
    void setPassword(const QString &password);
    quint16 port() const { return m_port; }
    virtual QString name() const = 0;
    QString errorLog() const;
    // Lines "METHOD /path STATUS user=NAME" ("user=-" when unauthenticated; never a credential). Apache only.
    virtual QStringList accessLog() const { return {}; }
    // Writes a file below dataDir as the server's user would own it.
    bool putFile(const QString &relativePath, const QByteArray &content);
    bool makeDir(const QString &relativePath);
    // Hands files created by the test (as root) to the server's user.
    void fixOwnership();

protected:
    DavServer();
    virtual QString configPath() const = 0;
    virtual bool writeConfig() = 0;
    virtual QStringList command() const = 0;
    virtual QString errorLogPath() const = 0;
    QString dir() const { return m_dir.path(); }
    bool runsAsRoot() const;
    QString ownDataDir() const { return m_dataDir; } // setDataDir()'s, else empty

private:
    bool writeHtpasswd();
    bool waitForPort(int timeoutMs) const;

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_password = QStringLiteral("davpw1");
    QString m_dataDir;
};

// Apache httpd with mod_dav and mod_dav_fs (the conformant one: strong ETags, If-Match, partial PUT).
class ApacheDavServer : public DavServer
{
public:
    QString name() const override { return QStringLiteral("apache"); }
    QStringList accessLog() const override;
    // Lines "METHOD /path STATUS range=RANGE sent=BYTES": the request's Range header ("-" when none) and the
    // bytes of the response's body, for asserting what a client fetched of a file.
    QStringList rangeLog() const;
    // Before start(): the store takes "Authorization: Bearer <token>" instead of Basic and answers 401 with
    // "WWW-Authenticate: Bearer" otherwise. Later calls change the accepted token from the next request on
    // (the facility's token check, which follows the ICAT session).
    bool setBearerToken(const QString &token);

protected:
    QString configPath() const override;
    bool writeConfig() override;
    QStringList command() const override;
    QString errorLogPath() const override;

private:
    QString tokenPath() const { return dir() + QStringLiteral("/bearer-token"); }
    bool m_bearer = false;
};

// nginx with its dav module and dav-ext (the minimal one: no getetag, If-Match ignored, 501 on ranged PUT).
class NginxDavServer : public DavServer
{
public:
    QString name() const override { return QStringLiteral("nginx"); }

protected:
    QString configPath() const override;
    bool writeConfig() override;
    QStringList command() const override;
    QString errorLogPath() const override;
};

} // namespace daas::testing
