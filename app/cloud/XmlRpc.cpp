#include "cloud/XmlRpc.h"

#include <QDateTime>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace daas::cloud::XmlRpc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::cloud::XmlRpc", text);
}

Error malformed(const QString &detail)
{
    return Error(Error::Kind::Protocol, tr("The cloud service sent an answer that could not be read."),
                 u"XML-RPC: "_s + detail);
}

// Text with each carriage return as a character reference: an XML reader turns a raw CR (and CR LF) into
// LF, so a CR written as it is would not arrive.
void writeTextElement(QXmlStreamWriter &w, const QString &name, const QString &text)
{
    w.writeStartElement(name);
    qsizetype from = 0;
    for (qsizetype i = text.indexOf(u'\r'); i >= 0; i = text.indexOf(u'\r', from)) {
        w.writeCharacters(text.mid(from, i - from));
        w.writeEntityReference(u"#13"_s);
        from = i + 1;
    }
    w.writeCharacters(text.mid(from));
    w.writeEndElement();
}

void writeValue(QXmlStreamWriter &w, const QVariant &v)
{
    w.writeStartElement(u"value"_s);
    if (v.userType() == qMetaTypeId<I8>()) {
        w.writeTextElement(u"i8"_s, QString::number(v.value<I8>().value));
    } else {
        switch (v.typeId()) {
        case QMetaType::Bool:
            w.writeTextElement(u"boolean"_s, v.toBool() ? u"1"_s : u"0"_s);
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong: {
            const qint64 n = v.toLongLong();
            const bool fits =
                n >= std::numeric_limits<qint32>::min() && n <= std::numeric_limits<qint32>::max();
            w.writeTextElement(fits ? u"i4"_s : u"i8"_s, QString::number(n));
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            w.writeTextElement(u"double"_s, QString::number(v.toDouble(), 'g', 17));
            break;
        case QMetaType::QByteArray:
            w.writeTextElement(u"base64"_s, QString::fromLatin1(v.toByteArray().toBase64()));
            break;
        case QMetaType::QDateTime:
            w.writeTextElement(u"dateTime.iso8601"_s,
                               v.toDateTime().toUTC().toString(u"yyyyMMdd'T'HH:mm:ss"_s));
            break;
        case QMetaType::QVariantList:
        case QMetaType::QStringList: {
            w.writeStartElement(u"array"_s);
            w.writeStartElement(u"data"_s);
            const QVariantList list = v.toList();
            for (const QVariant &item : list)
                writeValue(w, item);
            w.writeEndElement();
            w.writeEndElement();
            break;
        }
        case QMetaType::QVariantMap: {
            w.writeStartElement(u"struct"_s);
            const QVariantMap map = v.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it) {
                w.writeStartElement(u"member"_s);
                writeTextElement(w, u"name"_s, it.key());
                writeValue(w, it.value());
                w.writeEndElement();
            }
            w.writeEndElement();
            break;
        }
        default:
            writeTextElement(w, u"string"_s, v.toString());
            break;
        }
    }
    w.writeEndElement();
}

// Reads the content of a <value> element; the reader stands on its start tag and ends on its end tag.
Result<QVariant> readValue(QXmlStreamReader &r, int depth = 0)
{
    if (depth > 64)
        return malformed(u"nesting too deep"_s);
    QString untyped;
    std::optional<QVariant> typed;
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType t = r.readNext();
        if (t == QXmlStreamReader::Characters) {
            untyped += r.text();
        } else if (t == QXmlStreamReader::EndElement) {
            // <value>text</value> without a type element is a string
            return typed ? *typed : QVariant(untyped);
        } else if (t == QXmlStreamReader::StartElement) {
            if (typed)
                return malformed(u"<value> holds more than one type"_s);
            const QStringView type = r.name();
            if (type == u"array") {
                QVariantList list;
                bool inData = false;
                while (!r.atEnd()) {
                    r.readNext();
                    if (r.isStartElement() && r.name() == u"data") {
                        inData = true;
                    } else if (r.isStartElement() && r.name() == u"value" && inData) {
                        Result<QVariant> item = readValue(r, depth + 1);
                        if (!item)
                            return item;
                        list.append(*item);
                    } else if (r.isStartElement()) {
                        return malformed(u"unexpected <%1> in <array>"_s.arg(r.name()));
                    } else if (r.isEndElement() && r.name() == u"array") {
                        break;
                    }
                }
                typed = list;
            } else if (type == u"struct") {
                QVariantMap map;
                while (!r.atEnd()) {
                    r.readNext();
                    if (r.isStartElement() && r.name() == u"member") {
                        QString name;
                        std::optional<QVariant> value;
                        while (!r.atEnd()) {
                            r.readNext();
                            if (r.isStartElement() && r.name() == u"name") {
                                name = r.readElementText();
                            } else if (r.isStartElement() && r.name() == u"value") {
                                Result<QVariant> item = readValue(r, depth + 1);
                                if (!item)
                                    return item;
                                value = *item;
                            } else if (r.isStartElement()) {
                                return malformed(u"unexpected <%1> in <member>"_s.arg(r.name()));
                            } else if (r.isEndElement() && r.name() == u"member") {
                                break;
                            }
                        }
                        if (!value)
                            return malformed(u"<member> %1 without a value"_s.arg(name));
                        map.insert(name, *value);
                    } else if (r.isStartElement()) {
                        return malformed(u"unexpected <%1> in <struct>"_s.arg(r.name()));
                    } else if (r.isEndElement() && r.name() == u"struct") {
                        break;
                    }
                }
                typed = map;
            } else {
                const QString name = type.toString();
                const QString text = r.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
                if (r.hasError())
                    return malformed(u"<%1>: %2"_s.arg(name, r.errorString()));
                if (name == u"i4" || name == u"int" || name == u"i8") {
                    bool ok = false;
                    const qint64 n = text.trimmed().toLongLong(&ok);
                    if (!ok)
                        return malformed(u"<%1> is not a number"_s.arg(name));
                    if (name != u"i8" &&
                        (n < std::numeric_limits<qint32>::min() || n > std::numeric_limits<qint32>::max()))
                        return malformed(u"<%1> out of 32-bit range"_s.arg(name));
                    typed = n;
                } else if (name == u"boolean") {
                    const QString b = text.trimmed();
                    if (b != u"0" && b != u"1")
                        return malformed(u"<boolean> is neither 0 nor 1"_s);
                    typed = b == u"1";
                } else if (name == u"string") {
                    typed = text;
                } else if (name == u"double") {
                    bool ok = false;
                    const double d = text.trimmed().toDouble(&ok);
                    if (!ok)
                        return malformed(u"<double> is not a number"_s);
                    typed = d;
                } else if (name == u"base64") {
                    // xmlrpc-c (OpenNebula's library) breaks base64 into lines of 76 characters
                    QByteArray compact = text.toLatin1();
                    compact.removeIf([](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
                    const auto decoded =
                        QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
                    if (!decoded)
                        return malformed(u"<base64> is not base64"_s);
                    typed = *decoded;
                } else if (name == u"dateTime.iso8601") {
                    QDateTime dt = QDateTime::fromString(text.trimmed(), u"yyyyMMdd'T'HH:mm:ss"_s);
                    if (!dt.isValid())
                        dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
                    if (!dt.isValid())
                        return malformed(u"<dateTime.iso8601> is not a date"_s);
                    dt.setTimeZone(QTimeZone::UTC);
                    typed = dt;
                } else if (name == u"nil") {
                    typed = QVariant();
                } else {
                    return malformed(u"unknown type <%1>"_s.arg(name));
                }
            }
        }
    }
    return malformed(r.hasError() ? r.errorString() : u"document ends inside <value>"_s);
}

bool toStartElement(QXmlStreamReader &r, QStringView name)
{
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            return r.name() == name;
    }
    return false;
}

} // namespace

QByteArray encodeCall(const QString &method, const QVariantList &params)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(u"methodCall"_s);
    writeTextElement(w, u"methodName"_s, method);
    w.writeStartElement(u"params"_s);
    for (const QVariant &p : params) {
        w.writeStartElement(u"param"_s);
        writeValue(w, p);
        w.writeEndElement();
    }
    w.writeEndDocument();
    return out;
}

QByteArray encodeResponse(const QVariant &value)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(u"methodResponse"_s);
    w.writeStartElement(u"params"_s);
    w.writeStartElement(u"param"_s);
    writeValue(w, value);
    w.writeEndDocument();
    return out;
}

QByteArray encodeFault(int code, const QString &message)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(u"methodResponse"_s);
    w.writeStartElement(u"fault"_s);
    writeValue(w, QVariantMap{{u"faultCode"_s, code}, {u"faultString"_s, message}});
    w.writeEndDocument();
    return out;
}

Result<Response> decodeResponse(const QByteArray &body)
{
    QXmlStreamReader r(body);
    if (!toStartElement(r, u"methodResponse"))
        return malformed(u"no <methodResponse>"_s);
    do {
        r.readNext();
    } while (!r.atEnd() && !r.isStartElement());
    Response response;
    if (r.name() == u"fault") {
        if (!toStartElement(r, u"value"))
            return malformed(u"<fault> without a value"_s);
        Result<QVariant> v = readValue(r);
        if (!v)
            return v.error();
        const QVariantMap map = v->toMap();
        if (!map.contains(u"faultCode"_s) || !map.contains(u"faultString"_s))
            return malformed(u"<fault> without faultCode/faultString"_s);
        response.isFault = true;
        response.fault =
            Fault{int(map.value(u"faultCode"_s).toLongLong()), map.value(u"faultString"_s).toString()};
        return response;
    }
    if (r.name() != u"params")
        return malformed(u"<methodResponse> holds neither <params> nor <fault>"_s);
    if (!toStartElement(r, u"param") || !toStartElement(r, u"value"))
        return malformed(u"<params> without a value"_s);
    Result<QVariant> v = readValue(r);
    if (!v)
        return v.error();
    response.value = *v;
    return response;
}

Result<Call> decodeCall(const QByteArray &body)
{
    QXmlStreamReader r(body);
    if (!toStartElement(r, u"methodCall"))
        return malformed(u"no <methodCall>"_s);
    if (!toStartElement(r, u"methodName"))
        return malformed(u"no <methodName>"_s);
    Call call;
    call.method = r.readElementText().trimmed();
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"value") {
            Result<QVariant> v = readValue(r);
            if (!v)
                return v.error();
            call.params.append(*v);
        }
    }
    if (r.hasError())
        return malformed(r.errorString());
    return call;
}

} // namespace daas::cloud::XmlRpc
