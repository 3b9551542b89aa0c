#pragma once

struct rdp_context;

namespace daas::remote {

class RdpWorker;

// FreeRDP's C callbacks for one RdpWorker: the client context and its entry points, connect and
// disconnect, painting, desktop resize, pointer shapes, channels, certificates and sign-in. All run
// on the worker's thread, except painting and Display Control, which FreeRDP's dynamic channel
// thread may call under FreeRDP's update lock.
struct RdpCallbacks
{
    // A FreeRDP client context whose callbacks reach `worker`; nullptr when FreeRDP refused.
    static rdp_context *createContext(RdpWorker *worker);
};

} // namespace daas::remote
