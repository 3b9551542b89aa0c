// Preloaded into a run of tst_remote_rdp (LD_PRELOAD): while freerdp_disconnect runs on a thread, FreeRDP
// is told that a channel has failed. freerdp_channels_disconnect checks getChannelError after each
// channel and then skips the ChannelDisconnected events, as it does after a real channel failure (a
// server that vanished mid-message): the client must still let go of every channel before FreeRDP frees
// it. daas_test_rdp_channel_failures() says how often the failure was reported, so the test knows the
// library was in place.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>

static __thread int inDisconnect;
static atomic_int failures;

int daas_test_rdp_channel_failures(void)
{
    return atomic_load(&failures);
}

int freerdp_disconnect(void *instance)
{
    int (*real)(void *) = (int (*)(void *))dlsym(RTLD_NEXT, "freerdp_disconnect");
    ++inDisconnect;
    const int rc = real(instance);
    --inDisconnect;
    return rc;
}

unsigned getChannelError(void *context)
{
    unsigned (*real)(void *) = (unsigned (*)(void *))dlsym(RTLD_NEXT, "getChannelError");
    if (inDisconnect) {
        atomic_fetch_add(&failures, 1);
        return 1; // ERROR_INVALID_FUNCTION: any error will do
    }
    return real(context);
}
