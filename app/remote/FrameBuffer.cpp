#include "remote/FrameBuffer.h"

#include <QMutexLocker>

#include <cstring>

namespace daas::remote {

void FrameBuffer::resize(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    QMutexLocker lock(&m_mutex);
    m_image = std::move(image);
    m_dirty = QRegion(QRect(QPoint(0, 0), size));
}

bool FrameBuffer::publish(const QImage &source, const QRegion &region)
{
    QMutexLocker lock(&m_mutex);
    if (source.size() != m_image.size() || source.format() != m_image.format())
        return false;
    const QRegion clipped = region.intersected(m_image.rect());
    const int bpp = 4;
    for (const QRect &r : clipped) {
        for (int y = r.top(); y <= r.bottom(); ++y) {
            std::memcpy(m_image.scanLine(y) + r.left() * bpp, source.constScanLine(y) + r.left() * bpp,
                        size_t(r.width()) * bpp);
        }
    }
    const bool wasIdle = m_dirty.isEmpty();
    m_dirty += clipped;
    return wasIdle && !clipped.isEmpty();
}

QSize FrameBuffer::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_image.size();
}

QRegion FrameBuffer::takeDirty()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_dirty, QRegion());
}

QImage FrameBuffer::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_image.copy();
}

void FrameBuffer::read(const std::function<void(const QImage &)> &reader) const
{
    QMutexLocker lock(&m_mutex);
    reader(m_image);
}

} // namespace daas::remote
