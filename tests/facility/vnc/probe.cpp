// daas-vnc-probe COLOUR PRESSED_COLOUR -- shown full screen on a VNC server's display by the tests.
// Paints COLOUR (PRESSED_COLOUR while a mouse button is held) and reports what arrives:
//   key <keysym hex> <text hex>      on every key press (modifiers too)
//   release <keysym hex>             on every key release
//   press <x> <y> <button>           on every mouse press
//   wheel <dx> <dy>                  on every wheel turn (Qt's angle delta)
//   clipboard <utf-8 hex>            when the X clipboard changes
// daas-vnc-probe --animate -- repaints every pixel of the screen about 60 times a second (benchmark load).
// F5 puts "probe clipboard Ω ü" on the remote clipboard.
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QTimer>
#include <QWheelEvent>
#include <QWidget>

#include <cstdio>

namespace {

void report(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

class Probe : public QWidget
{
public:
    Probe(QColor colour, QColor pressed)
        : m_colour(colour)
        , m_pressed(pressed)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setCursor(Qt::BlankCursor);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), m_down ? m_pressed : m_colour);
        if (!m_readyReported) {
            m_readyReported = true;
            QTimer::singleShot(300, this, [] { report("ready"); });
        }
    }
    void keyPressEvent(QKeyEvent *e) override
    {
        report("key " + QByteArray::number(e->nativeVirtualKey(), 16) + ' ' + e->text().toUtf8().toHex());
        if (e->key() == Qt::Key_F5) // the test's way to make the remote side copy something
            QApplication::clipboard()->setText(QStringLiteral("probe clipboard \u03a9 \u00fc"));
    }
    void keyReleaseEvent(QKeyEvent *e) override
    {
        if (!e->isAutoRepeat())
            report("release " + QByteArray::number(e->nativeVirtualKey(), 16));
    }
    void wheelEvent(QWheelEvent *e) override
    {
        report("wheel " + QByteArray::number(e->angleDelta().x()) + ' ' +
               QByteArray::number(e->angleDelta().y()));
    }
    void mousePressEvent(QMouseEvent *e) override
    {
        m_down = true;
        update();
        report("press " + QByteArray::number(int(e->position().x())) + ' ' +
               QByteArray::number(int(e->position().y())) + ' ' + QByteArray::number(int(e->button())));
    }
    void mouseReleaseEvent(QMouseEvent *) override
    {
        m_down = false;
        update();
    }

private:
    QColor m_colour, m_pressed;
    bool m_down = false;
    bool m_readyReported = false;
};

// Every pixel changes every frame: a wide gradient scrolled by a few pixels per frame.
class Animation : public QWidget
{
public:
    Animation()
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_offset = (m_offset + 7) % 512;
            update();
        });
        m_timer.start(16);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_tile.width() != width() + 512) {
            m_tile = QImage(width() + 512, height(), QImage::Format_RGB32);
            for (int y = 0; y < m_tile.height(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(m_tile.scanLine(y));
                for (int x = 0; x < m_tile.width(); ++x)
                    line[x] = qRgb((x * 3) & 255, (y * 2 + x) & 255, (x ^ y) & 255);
            }
        }
        QPainter p(this);
        p.drawImage(QPoint(0, 0), m_tile, QRect(m_offset, 0, width(), height()));
    }

private:
    QTimer m_timer;
    QImage m_tile;
    int m_offset = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--animate") {
        Animation animation;
        animation.setGeometry(app.primaryScreen()->geometry());
        animation.show();
        report("ready");
        return app.exec();
    }
    Probe probe(QColor(args.value(1, QStringLiteral("red"))), QColor(args.value(2, QStringLiteral("blue"))));
    probe.setGeometry(app.primaryScreen()->geometry());
    probe.show();
    probe.activateWindow();
    QObject::connect(app.clipboard(), &QClipboard::dataChanged, &probe,
                     [&app] { report("clipboard " + app.clipboard()->text().toUtf8().toHex()); });
    return app.exec();
}
