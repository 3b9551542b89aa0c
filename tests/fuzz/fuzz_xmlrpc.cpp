// XML-RPC methodResponse and methodCall documents (cloud/XmlRpc), as OpenNebula answers them; a decoded
// value is encoded again (the client's own calls carry values it received).
#include "FuzzSupport.h"

#include "cloud/XmlRpc.h"

using namespace daas::cloud;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = daas::fuzz::bytes(data, size);
    const auto response = XmlRpc::decodeResponse(body);
    if (response && !response->isFault)
        (void)XmlRpc::encodeResponse(response->value);
    if (response && response->isFault)
        (void)XmlRpc::encodeFault(response->fault.code, response->fault.message);
    const auto call = XmlRpc::decodeCall(body);
    if (call)
        (void)XmlRpc::encodeCall(call->method, call->params);
    return 0;
}
