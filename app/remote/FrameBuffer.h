#pragma once

#include <QImage>
#include <QMutex>
#include <QRegion>
#include <QSize>

#include <functional>

namespace daas::remote {

// The picture of a remote desktop shared between a protocol worker thread (writer) and the GUI
// (reader). The worker decodes into a buffer of its own and copies only the changed rectangles in
// here under a short lock, so decoding the next update overlaps painting this one, and a server
// resize never frees memory the GUI is still painting from.
class FrameBuffer
{
public:
    FrameBuffer() = default;
    FrameBuffer(const FrameBuffer &) = delete;
    FrameBuffer &operator=(const FrameBuffer &) = delete;

    // Worker side. resize() starts a new black picture; publish() copies `region` of `source`
    // (same size) and returns true when the reader had nothing pending, i.e. it must be told.
    void resize(QSize size);
    bool publish(const QImage &source, const QRegion &region);

    // Reader side.
    QSize size() const;
    QRegion takeDirty();
    QImage snapshot() const;
    void read(const std::function<void(const QImage &)> &reader) const;

private:
    mutable QMutex m_mutex;
    QImage m_image;
    QRegion m_dirty;
};

} // namespace daas::remote
