#include "DragPayload.h"

#include "RemoteFolderProxy.h"

#include <QFileInfo>

namespace daas::ui {

DragPayload::DragPayload(const QUrl &storeRoot, const QStringList &remotePaths,
                         std::function<QStringList()> stage, std::function<bool(const QString &)> isReady)
    : m_root(storeRoot)
    , m_remotePaths(remotePaths)
    , m_stage(std::move(stage))
    , m_isReady(std::move(isReady))
{}

void DragPayload::startStaging()
{
    if (isStaging() || !m_stage)
        return;
    m_localPaths = m_stage();
}

bool DragPayload::isReady() const
{
    if (!isStaging())
        return false;
    return std::all_of(m_localPaths.begin(), m_localPaths.end(),
                       [this](const QString &p) { return m_isReady(p); });
}

std::pair<QUrl, QStringList> DragPayload::parseInternal(const QByteArray &data)
{
    QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (lines.isEmpty())
        return {};
    const QUrl root(lines.takeFirst());
    lines.removeAll(QString());
    return {root, lines};
}

QStringList DragPayload::formats() const
{
    return {RemoteFolderProxy::internalMimeType(), QStringLiteral("text/uri-list")};
}

bool DragPayload::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

QVariant DragPayload::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType == RemoteFolderProxy::internalMimeType()) {
        QString text = m_root.toString(QUrl::FullyEncoded);
        for (const QString &p : m_remotePaths)
            text += QLatin1Char('\n') + p;
        return text.toUtf8();
    }
    if (mimeType != QLatin1String("text/uri-list"))
        return {};
    // a target outside asks for files: the drop is happening (or the drag never left the window)
    const_cast<DragPayload *>(this)->startStaging();
    QList<QUrl> urls;
    QStringList waiting;
    for (const QString &p : m_localPaths) {
        if (m_isReady(p))
            urls << QUrl::fromLocalFile(p);
        else
            waiting << QFileInfo(p).fileName();
    }
    if (!waiting.isEmpty() && !m_reported) {
        m_reported = true;
        Q_EMIT const_cast<DragPayload *>(this)->droppedBeforeReady(waiting);
    }
    if (type.id() == QMetaType::QByteArray || type.id() == QMetaType::QString) {
        QByteArray text;
        for (const QUrl &u : std::as_const(urls))
            text += u.toEncoded() + "\r\n";
        return type.id() == QMetaType::QString ? QVariant(QString::fromUtf8(text)) : QVariant(text);
    }
    QVariantList list;
    for (const QUrl &u : std::as_const(urls))
        list << u;
    return list;
}

} // namespace daas::ui
