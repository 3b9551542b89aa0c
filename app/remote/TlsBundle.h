#pragma once

#include <QString>

namespace daas::remote {

// A PEM file of the system's trusted CAs (Qt reads them from the platform's store: the CA bundle on
// Linux, the keychain on macOS, the certificate store on Windows), for libraries that want a file
// path (libvncclient's X509 security). Written once per process; empty when nothing could be written.
QString systemCaBundleFile();

} // namespace daas::remote
