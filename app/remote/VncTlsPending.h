#pragma once

namespace daas::remote {

// Decrypted bytes that libvncclient's TLS library holds while the socket has nothing more to read.
// Released libvncclient versions only wait on the socket, so these would wait for the next packet.
// Known for GnuTLS (Debian's and most Linux builds); elsewhere canSeeTlsPending() is false and the
// worker looks again after a short time instead.
bool canSeeTlsPending();
bool tlsBytesPending(void *tlsSession);

} // namespace daas::remote
