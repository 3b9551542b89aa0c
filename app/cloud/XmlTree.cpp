#include "cloud/XmlTree.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace daas::cloud {

class XmlTreeBuilder
{
public:
    static Result<XmlTree> read(QXmlStreamReader &r, int depth)
    {
        if (depth > 64)
            return Error(Error::Kind::Protocol,
                         QCoreApplication::translate("daas::cloud",
                                                     "The cloud sent a document that could not be read."),
                         u"XML nested too deep"_s);
        XmlTree node;
        node.m_name = r.name().toString();
        while (!r.atEnd()) {
            r.readNext();
            if (r.isCharacters()) {
                node.m_text += r.text();
            } else if (r.isStartElement()) {
                Result<XmlTree> c = read(r, depth + 1);
                if (!c)
                    return c;
                node.m_children.append(*c);
            } else if (r.isEndElement()) {
                return node;
            }
        }
        return Error(
            Error::Kind::Protocol,
            QCoreApplication::translate("daas::cloud", "The cloud sent a document that could not be read."),
            u"XML: "_s + (r.hasError() ? r.errorString() : u"unexpected end"_s));
    }
};

Result<XmlTree> XmlTree::parse(const QString &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            return XmlTreeBuilder::read(r, 0);
    }
    return Error(
        Error::Kind::Protocol,
        QCoreApplication::translate("daas::cloud", "The cloud sent a document that could not be read."),
        u"XML: "_s + (r.hasError() ? r.errorString() : u"no element"_s));
}

XmlTree XmlTree::child(QStringView path) const
{
    const XmlTree *node = this;
    for (const QStringView part : path.tokenize(u'/')) {
        const XmlTree *next = nullptr;
        for (const XmlTree &c : node->m_children) {
            if (c.m_name == part) {
                next = &c;
                break;
            }
        }
        if (!next)
            return {};
        node = next;
    }
    return *node;
}

qint64 XmlTree::number(QStringView path, qint64 fallback) const
{
    bool ok = false;
    const qint64 n = value(path).toLongLong(&ok);
    return ok ? n : fallback;
}

QList<XmlTree> XmlTree::all(QStringView name) const
{
    QList<XmlTree> out;
    for (const XmlTree &c : m_children)
        if (c.m_name == name)
            out.append(c);
    return out;
}

} // namespace daas::cloud
