#pragma once

#include "xmlrpc/Value.h"

#include <QByteArray>
#include <QString>

namespace daas::emulator::xmlrpc {

// Writes <methodResponse> documents laid out as xmlrpc-c writes them in oned's answers
// (xmlrpc_serialize_response/_fault): the XML declaration, a CRLF after the structural tags, <i4> for
// integers, <string> around every string (also an empty one: <string></string>), array items and struct
// members each followed by a CRLF, faults as <fault><value><struct> with faultCode (<i4>) then faultString.
// Text is escaped as xmlrpc-c escapes it: <, > and & as entities and a carriage return as &#x0d; (which
// XML's line-end handling would otherwise turn into a line feed); UTF-8 as it is. One difference:
// QXmlStreamWriter writes a double quote as &quot; where xmlrpc-c writes it plainly (the same text to any
// XML reader). Written from the XML-RPC spec and xmlrpc-c's output with QXmlStreamWriter; it shares nothing
// with the client's codec.
QByteArray writeResponse(const Value &value);
QByteArray writeFault(int code, const QString &message);

} // namespace daas::emulator::xmlrpc
