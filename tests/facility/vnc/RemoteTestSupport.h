#pragma once

#include "remote/RemoteInput.h"
#include "remote/RemoteSession.h"

#include <QColor>
#include <QProcess>
#include <QTest>

namespace daas::test {

// The colour at the centre of what a session shows (invalid while it shows nothing).
inline QColor centreColour(const remote::RemoteSession &session)
{
    const QImage image = session.frameBuffer().snapshot();
    return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
}

// Within `tolerance` per channel: lossy codecs shift colours (RDP's AVC420 shows red as 251,0,0).
inline bool isColour(const QColor &c, int r, int g, int b, int tolerance = 16)
{
    return c.isValid() && qAbs(c.red() - r) < tolerance && qAbs(c.green() - g) < tolerance &&
           qAbs(c.blue() - b) < tolerance;
}

// An X11 key as xcb reports it: the evdev code + 8 as the native scan code.
inline remote::KeyInput x11Key(int qtKey, const QString &text, quint32 evdev, bool down)
{
    remote::KeyInput k;
    k.qtKey = qtKey;
    k.text = text;
    k.nativeScanCode = evdev + 8;
    k.source = remote::KeyCodeSource::X11;
    k.down = down;
    return k;
}

// What the probe (VncProbe) reports on the remote display, collected as it arrives.
class ProbeOutput
{
public:
    explicit ProbeOutput(QProcess *probe)
        : m_probe(probe)
    {}
    // Waits until a line containing `needle` has arrived (everything so far is kept).
    bool waitFor(const QByteArray &needle, int ms = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                m_seen += m_probe->readAllStandardOutput();
                return m_seen.contains(needle);
            },
            ms);
    }
    // Waits until `count` key lines (presses and releases) have arrived; they are returned as "key <keysym>"
    // and "release <keysym>", in the order the remote desktop saw them.
    QList<QByteArray> waitForKeys(qsizetype count, int ms = 10000)
    {
        QList<QByteArray> keys;
        (void)QTest::qWaitFor(
            [&] {
                m_seen += m_probe->readAllStandardOutput();
                keys.clear();
                for (const QByteArray &line : m_seen.split('\n')) {
                    const QList<QByteArray> words = line.split(' ');
                    if (words.size() >= 2 && (words.first() == "key" || words.first() == "release"))
                        keys.append(words.at(0) + ' ' + words.at(1));
                }
                return keys.size() >= count;
            },
            ms);
        return keys;
    }
    void clear() { m_seen.clear(); }
    const char *text() const { return m_seen.constData(); }

private:
    QProcess *m_probe;
    QByteArray m_seen;
};

} // namespace daas::test
