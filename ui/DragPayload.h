#pragma once

#include <QMimeData>
#include <QUrl>

#include <functional>

namespace daas::ui {

// What a drag out of the file browser carries. Inside the browser (or another browser of the same store) the
// remote paths are enough: a drop there moves or copies on the server. A drop on the desktop or a file
// manager needs local files, and no platform-neutral Qt API lets a drop target wait for a download
// ("promised files" exist on macOS and Windows only, XDS only on some X11 file managers). So the files are
// *staged*: as soon as the drag leaves the browser, they download into a private cache folder, and the
// drop hands over file:// URLs of what has arrived. Small files, the common case, are there before the
// mouse is released; a file still downloading at the drop is reported (droppedBeforeReady) and keeps
// downloading, so dropping it again a moment later works. Nothing blocks the GUI thread while waiting.
class DragPayload : public QMimeData
{
    Q_OBJECT
public:
    // `stage` starts the downloads and returns the local paths of the dragged entries, in order;
    // `isReady` tells whether one of them has arrived completely.
    DragPayload(const QUrl &storeRoot, const QStringList &remotePaths, std::function<QStringList()> stage,
                std::function<bool(const QString &localPath)> isReady);

    QStringList remotePaths() const { return m_remotePaths; }
    void startStaging();
    bool isStaging() const { return !m_localPaths.isEmpty(); }
    bool isReady() const; // every dragged entry is there
    QStringList localPaths() const { return m_localPaths; }

    // The payload of internalMimeType() as the proxy reads it back: store root, then paths.
    static std::pair<QUrl, QStringList> parseInternal(const QByteArray &data);

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;

Q_SIGNALS:
    // A drop outside took place while these (names) were still downloading: they were not handed over.
    void droppedBeforeReady(const QStringList &names);

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QUrl m_root;
    QStringList m_remotePaths;
    std::function<QStringList()> m_stage;
    std::function<bool(const QString &)> m_isReady;
    QStringList m_localPaths;
    mutable bool m_reported = false;
};

} // namespace daas::ui
