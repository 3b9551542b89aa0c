#include "xmlrpc/Value.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace daas::emulator::xmlrpc {

Value Value::integer(qint32 value)
{
    Value v;
    v.m_type = Type::Int;
    v.m_integer = value;
    return v;
}

Value Value::i8(qint64 value)
{
    Value v;
    v.m_type = Type::I8;
    v.m_integer = value;
    return v;
}

Value Value::boolean(bool value)
{
    Value v;
    v.m_type = Type::Boolean;
    v.m_integer = value ? 1 : 0;
    return v;
}

Value Value::string(const QString &value)
{
    Value v;
    v.m_type = Type::String;
    v.m_text = value;
    return v;
}

Value Value::real(double value)
{
    Value v;
    v.m_type = Type::Double;
    v.m_double = value;
    return v;
}

Value Value::dateTime(const QString &iso8601)
{
    Value v;
    v.m_type = Type::DateTime;
    v.m_text = iso8601;
    return v;
}

Value Value::base64(const QByteArray &bytes)
{
    Value v;
    v.m_type = Type::Base64;
    v.m_bytes = bytes;
    return v;
}

Value Value::array(std::vector<Value> items)
{
    Value v;
    v.m_type = Type::Array;
    v.m_items = std::move(items);
    return v;
}

Value Value::structure(std::vector<Member> members)
{
    Value v;
    v.m_type = Type::Struct;
    v.m_members = std::move(members);
    return v;
}

const Value *Value::member(const QString &name) const
{
    for (const Member &m : m_members)
        if (m.name == name)
            return &m.value;
    return nullptr;
}

bool Value::operator==(const Value &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Int:
    case Type::I8:
    case Type::Boolean:
        return m_integer == other.m_integer;
    case Type::Double:
        return m_double == other.m_double;
    case Type::String:
    case Type::DateTime:
        return m_text == other.m_text;
    case Type::Base64:
        return m_bytes == other.m_bytes;
    case Type::Array:
        return m_items == other.m_items;
    case Type::Struct:
        return m_members == other.m_members;
    case Type::Nil:
        return true;
    }
    return false;
}

QString Value::describe() const
{
    switch (m_type) {
    case Type::Int:
        return u"i4 %1"_s.arg(m_integer);
    case Type::I8:
        return u"i8 %1"_s.arg(m_integer);
    case Type::Boolean:
        return m_integer ? u"true"_s : u"false"_s;
    case Type::Double:
        return u"double %1"_s.arg(m_double, 0, 'g', 17);
    case Type::String:
        return u'"' + m_text + u'"';
    case Type::DateTime:
        return u"dateTime "_s + m_text;
    case Type::Base64:
        return u"base64 "_s + QString::fromLatin1(m_bytes.toBase64());
    case Type::Array: {
        QStringList parts;
        for (const Value &v : m_items)
            parts << v.describe();
        return u'[' + parts.join(u", "_s) + u']';
    }
    case Type::Struct: {
        QStringList parts;
        for (const Member &m : m_members)
            parts << m.name + u": "_s + m.value.describe();
        return u'{' + parts.join(u", "_s) + u'}';
    }
    case Type::Nil:
        return u"nil"_s;
    }
    return {};
}

} // namespace daas::emulator::xmlrpc
