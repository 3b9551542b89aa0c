#pragma once

#include <QString>

class QIODevice;

namespace daas::catalogue {

// Whether a ZIP archive ends where its own end records say it does: the end of central directory record
// closes the file (after its comment), and the central directory (found through the ZIP64 locator and end
// record where there is one) ends right before it and starts with a central directory header.
//
// IDS sends archives chunked, without a length. A connection that closes between two chunks looks to Qt
// like the end of the body (no error), so a cut archive can arrive as if whole; this tells the two apart
// before anything is unpacked. `why` says what is missing (for the log).
bool zipEndsWhole(QIODevice *zip, QString *why = nullptr);

} // namespace daas::catalogue
