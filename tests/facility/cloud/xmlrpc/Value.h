#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace daas::emulator::xmlrpc {

// xmlrpc-c's fault codes (xmlrpc-c/base.h), which oned answers with for calls it cannot read or dispatch.
namespace fault {
constexpr int InternalError = -500;
constexpr int TypeError = -501;
constexpr int ParseError = -503;
constexpr int NoSuchMethod = -506;
} // namespace fault

// A value as XML-RPC carries it (http://xmlrpc.com/spec.md, with xmlrpc-c's <i8> and <nil>, which oned
// speaks). The emulator's own type, apart from the client's QVariant mapping on purpose: what the emulator
// reads and writes must not depend on the client's idea of the wire. <int> and <i4> are one type (Int);
// <i8> is another, as in xmlrpc-c, whose paramList::getInt refuses an <i8>.
class Value
{
public:
    enum class Type { Int, I8, Boolean, String, Double, DateTime, Base64, Array, Struct, Nil };
    struct Member;

    Value() = default; // Nil
    static Value integer(qint32 value);
    static Value i8(qint64 value);
    static Value boolean(bool value);
    static Value string(const QString &value);
    static Value real(double value);
    // Kept as written on the wire ("19980717T14:08:55"): the emulator never computes with dates.
    static Value dateTime(const QString &iso8601);
    static Value base64(const QByteArray &bytes);
    static Value array(std::vector<Value> items);
    // Members in the order they were read or are to be written (xmlrpc-c keeps that order).
    static Value structure(std::vector<Member> members);

    Type type() const { return m_type; }
    qint64 toInteger() const { return m_integer; } // Int and I8
    bool toBool() const { return m_integer != 0; }
    double toDouble() const { return m_double; }
    const QString &text() const { return m_text; } // String and DateTime
    const QByteArray &bytes() const { return m_bytes; }
    const std::vector<Value> &items() const { return m_items; }
    const std::vector<Member> &members() const { return m_members; }
    // The member's value, or nullptr.
    const Value *member(const QString &name) const;

    bool operator==(const Value &other) const;
    // A compact rendering for test messages: [i4 1, "x", {a: true}].
    QString describe() const;

private:
    Type m_type = Type::Nil;
    qint64 m_integer = 0;
    double m_double = 0;
    QString m_text;
    QByteArray m_bytes;
    std::vector<Value> m_items;
    std::vector<Member> m_members;
};

struct Value::Member
{
    QString name;
    Value value;
    bool operator==(const Member &other) const = default;
};

} // namespace daas::emulator::xmlrpc
