#pragma once

#include "DavServer.h"

#include <QList>

namespace daas::testing {

// The local demo facility's storage: the same Apache mod_dav as the tests (ApacheDavServer's configuration),
// with one home per demo user below /dav/<user>/ that only that user may open, each holding a few sample
// files. The root /dav/ itself is closed, so nobody lists the others' homes.
class DemoDavServer : public ApacheDavServer
{
public:
    struct User
    {
        QString name;
        QString password;
    };
    explicit DemoDavServer(QList<User> users);
    QUrl homesUrl() const; // http://127.0.0.1:PORT/dav/ — a user's home is homesUrl() + name + "/"
    // Writes the sample files into every home (call after start(), before the client comes).
    bool addSamples();

protected:
    bool writeConfig() override;

private:
    QList<User> m_users;
};

} // namespace daas::testing
