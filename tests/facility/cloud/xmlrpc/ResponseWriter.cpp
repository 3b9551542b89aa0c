#include "xmlrpc/ResponseWriter.h"

#include <QLocale>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace daas::emulator::xmlrpc {

namespace {

class Writer
{
public:
    Writer()
        : m_xml(&m_out)
    {
        m_xml.writeStartDocument();
        crlf();
    }

    QByteArray finish()
    {
        // not writeEndDocument(): it would add a line feed after xmlrpc-c's CRLF
        return m_out;
    }

    void crlf() { m_xml.writeCharacters(u"\r\n"_s); }
    void start(const QString &name) { m_xml.writeStartElement(name); }
    void end() { m_xml.writeEndElement(); }

    void text(const QString &s)
    {
        // An element with no text still gets its end tag (<string></string>, never <string/>): writing an
        // empty run of characters closes the start tag.
        qsizetype from = 0;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s.at(i) != u'\r')
                continue;
            m_xml.writeCharacters(s.mid(from, i - from));
            m_xml.writeEntityReference(u"#x0d"_s);
            from = i + 1;
        }
        m_xml.writeCharacters(s.mid(from));
    }

    void textElement(const QString &name, const QString &s)
    {
        start(name);
        text(s);
        end();
    }

    void value(const Value &v)
    {
        start(u"value"_s);
        switch (v.type()) {
        case Value::Type::Int:
            textElement(u"i4"_s, QString::number(v.toInteger()));
            break;
        case Value::Type::I8:
            textElement(u"i8"_s, QString::number(v.toInteger()));
            break;
        case Value::Type::Boolean:
            textElement(u"boolean"_s, v.toBool() ? u"1"_s : u"0"_s);
            break;
        case Value::Type::Double:
            // plain decimal, no exponent: the only form the spec allows
            textElement(u"double"_s, QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest));
            break;
        case Value::Type::String:
            textElement(u"string"_s, v.text());
            break;
        case Value::Type::DateTime:
            textElement(u"dateTime.iso8601"_s, v.text());
            break;
        case Value::Type::Base64: {
            // lines of 76 characters, each ended by CRLF, after a CRLF (xmlrpc_base64_encode)
            start(u"base64"_s);
            crlf();
            const QString encoded = QString::fromLatin1(v.bytes().toBase64());
            for (qsizetype i = 0; i < encoded.size(); i += 76) {
                text(encoded.mid(i, 76));
                crlf();
            }
            end();
            break;
        }
        case Value::Type::Array:
            start(u"array"_s);
            start(u"data"_s);
            crlf();
            for (const Value &item : v.items()) {
                value(item);
                crlf();
            }
            end();
            end();
            break;
        case Value::Type::Struct:
            start(u"struct"_s);
            crlf();
            for (const Value::Member &m : v.members()) {
                start(u"member"_s);
                textElement(u"name"_s, m.name);
                crlf();
                value(m.value);
                end();
                crlf();
            }
            end();
            break;
        case Value::Type::Nil:
            m_xml.writeEmptyElement(u"nil"_s);
            break;
        }
        end();
    }

private:
    QByteArray m_out;
    QXmlStreamWriter m_xml;
};

} // namespace

QByteArray writeResponse(const Value &value)
{
    Writer w;
    w.start(u"methodResponse"_s);
    w.crlf();
    w.start(u"params"_s);
    w.crlf();
    w.start(u"param"_s);
    w.value(value);
    w.end();
    w.crlf();
    w.end();
    w.crlf();
    w.end();
    w.crlf();
    return w.finish();
}

QByteArray writeFault(int code, const QString &message)
{
    Writer w;
    w.start(u"methodResponse"_s);
    w.crlf();
    w.start(u"fault"_s);
    w.crlf();
    w.value(Value::structure(
        {{u"faultCode"_s, Value::integer(code)}, {u"faultString"_s, Value::string(message)}}));
    w.crlf();
    w.end();
    w.crlf();
    w.end();
    w.crlf();
    return w.finish();
}

} // namespace daas::emulator::xmlrpc
