#pragma once

#include "support/Error.h"

#include <QString>

namespace daas::support {

// Names and paths that come from a server or an archive are untrusted: these functions are the only way
// such a name becomes a local path, so that nothing is ever written outside the folder the user chose.

// One file or folder name (no separator at all). Refuses "", ".", "..", '/', '\\', NUL and control
// characters, and names a platform cannot create (trailing dot/space on Windows, reserved device names).
Result<QString> checkedFileName(const QString &untrustedName);

// A relative path made of checked names joined by '/', below baseDir. Refuses absolute paths, drive
// letters, UNC paths, '..' segments and backslashes. Returns the absolute, cleaned local path.
Result<QString> checkedJoin(const QString &baseDir, const QString &untrustedRelativePath);

} // namespace daas::support
