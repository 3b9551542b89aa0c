#pragma once

#include "support/Error.h"

#include <QList>
#include <QString>

namespace daas::cloud {

// A small read-only element tree for OpenNebula's documents (VM, VM_POOL, VMTEMPLATE_POOL): element
// names, text and children, nothing else. Paths are "TEMPLATE/GRAPHICS/PORT".
class XmlTree
{
public:
    static Result<XmlTree> parse(const QString &xml);

    const QString &name() const { return m_name; }
    QString text() const { return m_text; }
    const QList<XmlTree> &children() const { return m_children; }
    bool isNull() const { return m_name.isEmpty(); }

    // The first element at path (empty tree if none) and its text.
    XmlTree child(QStringView path) const;
    QString value(QStringView path) const { return child(path).text().trimmed(); }
    qint64 number(QStringView path, qint64 fallback = 0) const;
    QList<XmlTree> all(QStringView name) const; // direct children with that name

private:
    friend class XmlTreeBuilder;
    QString m_name;
    QString m_text;
    QList<XmlTree> m_children;
};

} // namespace daas::cloud
