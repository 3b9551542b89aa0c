#pragma once

#include <QString>

struct _rfbClient;

namespace daas::remote {

// Looks at the next server message before libvncclient reads it, for a message the library itself would
// mishandle. libvncclient 0.9.15 (Debian 13's build) reads ServerCutText's length as an int and negates a
// negative one (the extended clipboard's form): for 2^31 the negation overflows, its 1 MiB limit is passed,
// and it allocates 2 GiB and waits for them (until its read timeout, which then looks like a lost
// connection; seen in tst_remote_vnc_hostile before this check existed).
// The header is read where it waits: in the library's buffer or, not yet taken, in the socket. Behind TLS
// the socket's bytes are encrypted: only a header already in the library's buffer is seen.
// Returns the line to log when the message must not reach the library (VncFailureLog knows it as a
// protocol violation), else an empty string.
QString refusedServerMessage(_rfbClient *client);

} // namespace daas::remote
