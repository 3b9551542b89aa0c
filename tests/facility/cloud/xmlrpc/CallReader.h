#pragma once

#include "xmlrpc/Value.h"

#include <QByteArray>
#include <QString>

#include <variant>
#include <vector>

namespace daas::emulator::xmlrpc {

struct Call
{
    QString method;
    std::vector<Value> params;
};

struct Fault
{
    int code = 0;
    QString message;
};

// Reads a <methodCall> the way xmlrpc-c (the XML-RPC library inside OpenNebula's oned) does: the same
// structure rules (one <data> in an <array>, exactly a <name> and a <value> in a <member>, one <value> in a
// <param>, nothing but <methodName> and <params> in the call, <params> optional), the same content rules
// (<int> without spaces and within 32 bits, <boolean> only 0 or 1, a <value> without a type element is a
// string, taken verbatim), the same nesting limit (64), and the fault it answers: -503 "Call XML not a
// proper XML-RPC call.  …" with xmlrpc-c's wording of the reason. Written from the XML-RPC spec and
// xmlrpc-c's behaviour, with QXmlStreamReader; it shares nothing with the client's codec.
// Differences from xmlrpc-c: well-formedness errors are worded by Qt, not by expat, and a DOCTYPE is refused
// (expat would read it; no XML-RPC client sends one).
std::variant<Call, Fault> readCall(const QByteArray &body);

} // namespace daas::emulator::xmlrpc
