#include "xmlrpc/CallReader.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace daas::emulator::xmlrpc {

namespace {

// xmlrpc-c's XMLRPC_NESTING_LIMIT_DEFAULT: how deep arrays and structs may nest in one parameter
constexpr int kNestingLimit = 64;
// Elements per nesting level are three (value, array/struct, data/member): deeper documents cannot be
// valid calls, and the tree below must not grow without bound.
constexpr qsizetype kElementDepthLimit = 3 * kNestingLimit + 8;

// A call that is not a proper XML-RPC call; the text is xmlrpc-c's.
struct Malformed
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw Malformed{message};
}

// The document as elements with their character data, as xmlrpc-c's XML layer hands it to its parser:
// text is kept verbatim (also in elements that have children, where it is ignored).
struct Element
{
    QString name;
    QString text;
    std::vector<Element> children;
};

Element parseXml(const QByteArray &body)
{
    QXmlStreamReader r(body);
    r.setNamespaceProcessing(false); // xmlrpc-c matches names as written ("ex:i8")
    std::vector<Element> open;
    std::optional<Element> root;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement:
            if (qsizetype(open.size()) >= kElementDepthLimit)
                fail(u"Nested data structure too deep."_s);
            open.push_back(Element{r.qualifiedName().toString(), {}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (!open.empty())
                open.back().text += r.text();
            break;
        case QXmlStreamReader::EndElement: {
            Element done = std::move(open.back());
            open.pop_back();
            if (open.empty())
                root = std::move(done);
            else
                open.back().children.push_back(std::move(done));
            break;
        }
        case QXmlStreamReader::DTD:
            fail(u"Call is not valid XML.  A document type declaration is not accepted"_s);
        case QXmlStreamReader::EntityReference:
            fail(u"Call is not valid XML.  Undefined entity &%1;"_s.arg(r.name()));
        default: // the declaration, comments, processing instructions
            break;
        }
    }
    if (r.hasError() || !root) {
        fail(u"Call is not valid XML.  %1 (line %2, column %3)"_s.arg(r.errorString())
                 .arg(r.lineNumber())
                 .arg(r.columnNumber()));
    }
    return std::move(*root);
}

const Element *childNamed(const Element &parent, QStringView name)
{
    for (const Element &child : parent.children)
        if (child.name == name)
            return &child;
    return nullptr;
}

// strtol(text, &tail, 10) with a 64-bit long, on a text that does not start with white space.
struct ScannedInteger
{
    bool outOfRange = false; // ERANGE
    qint64 value = 0;
    QString tail;
};

ScannedInteger scanInteger(const QString &text)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text.at(i) == u'+' || text.at(i) == u'-')) {
        negative = text.at(i) == u'-';
        ++i;
    }
    const qsizetype digits = i;
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    quint64 magnitude = 0;
    bool outOfRange = false;
    for (; i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9'; ++i) {
        const quint64 digit = text.at(i).unicode() - u'0';
        if (magnitude > (limit - digit) / 10)
            outOfRange = true;
        else
            magnitude = magnitude * 10 + digit;
    }
    if (i == digits) // no digits: nothing converted, the tail is the whole text
        return {false, 0, text};
    ScannedInteger scanned;
    scanned.outOfRange = outOfRange;
    scanned.value = negative ? qint64(0 - magnitude) : qint64(magnitude);
    scanned.tail = text.mid(i);
    return scanned;
}

bool startsWithSpace(const QString &text)
{
    // C's isspace()
    return !text.isEmpty() && QStringView(u" \t\n\v\f\r").contains(text.at(0));
}

Value parseInt(const QString &text)
{
    if (text.isEmpty())
        fail(u"<int> XML element content is empty"_s);
    if (startsWithSpace(text))
        fail(u"<int> content '%1' starts with white space"_s.arg(text));
    const ScannedInteger n = scanInteger(text);
    constexpr qint64 min = std::numeric_limits<qint32>::min(), max = std::numeric_limits<qint32>::max();
    if (n.outOfRange)
        fail(u"<int> XML element value '%1' represents a number beyond the range that XML-RPC allows "
             u"(%2 - %3)"_s.arg(text)
                 .arg(min)
                 .arg(max));
    if (n.value < min)
        fail(u"<int> value %1 is below the range allowed by XML-RPC (minimum is %2)"_s.arg(n.value).arg(min));
    if (n.value > max)
        fail(u"<int> value %1 is above the range allowed by XML-RPC (maximum is %2)"_s.arg(n.value).arg(max));
    if (!n.tail.isEmpty())
        fail(u"<int> value '%1' contains non-numerical junk: '%2'"_s.arg(text, n.tail));
    return Value::integer(qint32(n.value));
}

Value parseI8(const QString &text)
{
    if (text.isEmpty())
        fail(u"<i8> XML element content is empty"_s);
    if (startsWithSpace(text))
        fail(u"<i8> content '%1' starts with white space"_s.arg(text));
    const ScannedInteger n = scanInteger(text);
    if (n.outOfRange)
        fail(u"<i8> XML element value '%1' represents a number beyond the range that XML-RPC allows "
             u"(%2 - %3)"_s.arg(text)
                 .arg(std::numeric_limits<qint64>::min())
                 .arg(std::numeric_limits<qint64>::max()));
    if (!n.tail.isEmpty())
        fail(u"<i8> value '%1' contains non-numerical junk: '%2'"_s.arg(text, n.tail));
    return Value::i8(n.value);
}

Value parseBoolean(const QString &text)
{
    if (text != u"0" && text != u"1")
        fail(u"<boolean> XML element content must be either '0' or '1' according to XML-RPC.  This one has "
             u"'%1'"_s.arg(text));
    return Value::boolean(text == u"1");
}

// The spec's form: an optional sign, digits and at most one decimal point. The reason when it is not.
std::optional<QString> strictDoubleError(const QString &text)
{
    qsizetype i = text.startsWith(u'-') || text.startsWith(u'+') ? 1 : 0;
    bool point = false;
    bool digit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'.') {
            if (point)
                return u"Two decimal points"_s;
            point = true;
        } else if (c >= u'0' && c <= u'9') {
            digit = true;
        } else {
            return u"Garbage (not sign, digit, or period) starting at '%1'"_s.arg(text.mid(i));
        }
    }
    if (!digit)
        return u"No digits"_s;
    return std::nullopt;
}

Value parseDouble(const QString &text)
{
    bool ok = false;
    const double d = text.toDouble(&ok);
    const std::optional<QString> strict = strictDoubleError(text);
    // like xmlrpc-c, forms beyond the spec that strtod() reads ("3.4E6") are accepted as well
    if (strict && (!ok || text.isEmpty()))
        fail(u"<double> element value '%1' is not a valid floating point number.  %2"_s.arg(text, *strict));
    if (!ok || !std::isfinite(d))
        fail(u"<double> element value '%1' is not a valid floating point number.  Value exceeds the size "
             u"allowed by XML-RPC"_s.arg(text));
    return Value::real(d);
}

Value parseDateTime(const QString &text)
{
    // the forms xmlrpc-c recognises: the spec's 19980717T14:08:55, with dashes, without colons, with
    // fractions of a second or a zone
    static const QRegularExpression standard(
        u"^([0-9]{4})-?([0-9]{2})-?([0-9]{2})T([0-9]{2}):?([0-9]{2}):?([0-9]{2})\\.?([0-9]+)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression zoned(
        u"^([0-9]{4})-?([0-9]{2})-?([0-9]{2})T([0-9]{2}):?([0-9]{2}):?([0-9]{2})[Z+-]([0-9]{2,4})?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = standard.match(text);
    if (!m.hasMatch())
        m = zoned.match(text);
    if (!m.hasMatch())
        fail(u"value '%1' is not of any form we recognize for a <dateTime.iso8601> element"_s.arg(text));
    const int month = m.captured(2).toInt(), day = m.captured(3).toInt(), hour = m.captured(4).toInt(),
              minute = m.captured(5).toInt(), second = m.captured(6).toInt();
    if (month < 1 || month > 12)
        fail(u"Month of year value %1 is not in the range 1-12"_s.arg(month));
    if (day < 1 || day > 31)
        fail(u"Day of month value %1 is not in the range 1-31"_s.arg(day));
    if (hour > 23)
        fail(u"Hour of day value %1 is not in the range 0-23"_s.arg(hour));
    if (minute > 59)
        fail(u"Minute of hour value %1 is not in the range 0-59"_s.arg(minute));
    if (second > 59)
        fail(u"Second of minute value %1 is not in the range 0-59"_s.arg(second));
    return Value::dateTime(text);
}

Value parseBase64(const QString &text)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            continue; // line breaks, as encoders write every 76 characters
        if (c.unicode() > 0x7f)
            fail(u"<base64> content is not base64"_s);
        compact += char(c.unicode());
    }
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        fail(u"<base64> content is not base64"_s);
    return Value::base64(*decoded);
}

Value parseSimpleValue(const Element &e)
{
    if (!e.children.empty())
        fail(u"The child of a <value> element is neither <array> nor <struct>, but has %1 child elements of "
             u"its own."_s.arg(e.children.size()));
    const QString &n = e.name;
    if (n == u"int" || n == u"i4" || n == u"i1" || n == u"i2" || n == u"ex:i1" || n == u"ex:i2")
        return parseInt(e.text);
    if (n == u"boolean")
        return parseBoolean(e.text);
    if (n == u"double")
        return parseDouble(e.text);
    if (n == u"dateTime.iso8601")
        return parseDateTime(e.text);
    if (n == u"string")
        return Value::string(e.text);
    if (n == u"base64")
        return parseBase64(e.text);
    if (n == u"nil" || n == u"ex:nil")
        return Value();
    if (n == u"i8" || n == u"ex:i8")
        return parseI8(e.text);
    fail(u"Unknown value type -- XML element is named <%1>"_s.arg(n));
}

Value parseValue(const Element &e, int nestingLeft);

Value parseArray(const Element &e, int nestingLeft)
{
    if (e.children.size() != 1)
        fail(u"<array> element has %1 children.  Only one <data> makes sense."_s.arg(e.children.size()));
    const Element &data = e.children.front();
    if (data.name != u"data")
        fail(u"<array> element has <%1> child.  Only <data> makes sense."_s.arg(data.name));
    std::vector<Value> items;
    items.reserve(data.children.size());
    for (const Element &child : data.children) {
        if (child.name != u"value")
            fail(u"<data> element has <%1> child.  Only <value> makes sense."_s.arg(child.name));
        items.push_back(parseValue(child, nestingLeft - 1));
    }
    return Value::array(std::move(items));
}

Value parseStruct(const Element &e, int nestingLeft)
{
    std::vector<Value::Member> members;
    for (const Element &member : e.children) {
        if (member.name != u"member")
            fail(u"<%1> element found where only <member> makes sense"_s.arg(member.name));
        if (member.children.size() != 2)
            fail(u"<member> element has %1 children.  Only one <name> and one <value> make sense."_s.arg(
                member.children.size()));
        const Element *name = childNamed(member, u"name");
        if (!name)
            fail(u"<member> has no <name> child"_s);
        if (!name->children.empty())
            fail(u"<name> element has %1 children.  Should have none."_s.arg(name->children.size()));
        const Element *value = childNamed(member, u"value");
        if (!value)
            fail(u"<member> has no <value> child"_s);
        Value parsed = parseValue(*value, nestingLeft - 1);
        // a repeated name replaces the earlier value, where it stands (xmlrpc_struct_set_value)
        auto same = std::find_if(members.begin(), members.end(),
                                 [&](const Value::Member &m) { return m.name == name->text; });
        if (same != members.end())
            same->value = std::move(parsed);
        else
            members.push_back({name->text, std::move(parsed)});
    }
    return Value::structure(std::move(members));
}

Value parseValue(const Element &e, int nestingLeft)
{
    if (nestingLeft < 1)
        fail(u"Nested data structure too deep."_s);
    if (e.name != u"value")
        fail(u"<%1> element where <value> expected"_s.arg(e.name));
    if (e.children.empty()) // no type element: a string, white space and all
        return Value::string(e.text);
    if (e.children.size() > 1)
        fail(u"<value> has %1 child elements.  Only zero or one make sense."_s.arg(e.children.size()));
    const Element &typed = e.children.front();
    if (typed.name == u"struct")
        return parseStruct(typed, nestingLeft);
    if (typed.name == u"array")
        return parseArray(typed, nestingLeft);
    return parseSimpleValue(typed);
}

std::vector<Value> parseParams(const Element &params)
{
    std::vector<Value> values;
    for (const Element &param : params.children) {
        if (param.name != u"param")
            fail(u"Expected element of type <param>, found <%1>"_s.arg(param.name));
        if (param.children.size() != 1)
            fail(u"Expected <param> to have 1 children, found %1"_s.arg(param.children.size()));
        const Element &value = param.children.front();
        if (value.name != u"value")
            fail(u"Expected element of type <value>, found <%1>"_s.arg(value.name));
        values.push_back(parseValue(value, kNestingLimit));
    }
    return values;
}

Call parseCall(const QByteArray &body)
{
    const Element root = parseXml(body);
    if (root.name != u"methodCall")
        fail(u"XML-RPC call should be a <methodCall> element.  Instead, we have a <%1> element."_s.arg(
            root.name));
    const Element *name = childNamed(root, u"methodName");
    if (!name)
        fail(u"Expected <methodCall> to have child <methodName>"_s);
    if (!name->children.empty())
        fail(u"A <methodName> element should not have children.  This one has %1 of them."_s.arg(
            name->children.size()));
    Call call;
    call.method = name->text; // verbatim: " one.vm.info" is another (unknown) method
    if (root.children.size() > 1) {
        // <params> may be left out (older Ruby and xmlrpc-epi clients do)
        const Element *params = childNamed(root, u"params");
        if (!params)
            fail(u"Expected <methodCall> to have child <params>"_s);
        call.params = parseParams(*params);
    }
    if (root.children.size() > 2)
        fail(u"<methodCall> has extraneous children, other than <methodName> and <params>.  Total child "
             u"count = %1"_s.arg(root.children.size()));
    return call;
}

} // namespace

std::variant<Call, Fault> readCall(const QByteArray &body)
{
    try {
        return parseCall(body);
    } catch (const Malformed &m) {
        return Fault{fault::ParseError, u"Call XML not a proper XML-RPC call.  "_s + m.message};
    }
}

} // namespace daas::emulator::xmlrpc
