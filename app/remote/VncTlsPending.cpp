#include "remote/VncTlsPending.h"

#ifdef DAAS_VNC_GNUTLS
#include <gnutls/gnutls.h>
#endif

namespace daas::remote {

bool canSeeTlsPending()
{
#ifdef DAAS_VNC_GNUTLS
    return true;
#else
    return false;
#endif
}

bool tlsBytesPending(void *tlsSession)
{
#ifdef DAAS_VNC_GNUTLS
    return tlsSession && gnutls_record_check_pending(static_cast<gnutls_session_t>(tlsSession)) > 0;
#else
    (void)tlsSession;
    return false;
#endif
}

} // namespace daas::remote
