#include "TlsLibrary.h"

#include <openssl/crypto.h>

namespace daas::support {

void leaveTlsLibraryToProcessEnd()
{
    // only the first initialisation decides about the exit handler: later ones (Qt's TLS backend, FreeRDP)
    // keep this
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace daas::support
