#pragma once

#include "remote/RemoteSession.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace daas::ui {

// The picture of one remote desktop and the input sent to it, whatever the protocol (KRDC's
// RemoteView pattern): subclasses (VncView, later RdpView) supply the session and the key
// translation. Paints only what changed, scaled to fit, 1:1 (one remote pixel on one device pixel)
// or with the remote desktop resized to the view; shows the connection state over the picture.
class RemoteView : public QWidget
{
    Q_OBJECT
public:
    enum class ScaleMode { Fit, Original, ResizeRemote };
    Q_ENUM(ScaleMode)

    // Takes ownership of the session.
    explicit RemoteView(remote::RemoteSession *session, QWidget *parent = nullptr);
    ~RemoteView() override;

    remote::RemoteSession *session() const { return m_session; }

    ScaleMode scaleMode() const { return m_scaleMode; }
    void setScaleMode(ScaleMode mode);
    bool isKeyboardGrabbed() const { return m_grabKeyboard; }
    // While grabbed, shortcuts (Alt+Tab aside, which the window system keeps) go to the remote desktop.
    void setKeyboardGrabbed(bool grabbed);
    void setClipboardSharing(bool on) { m_shareClipboard = on; }

    void sendCtrlAltDel();
    // The text shown over the picture, empty while connected (also for tests and accessibility).
    QString statusText() const;
    // Where the remote picture is painted, in widget coordinates.
    QRectF displayRect() const;
    QPoint toRemote(QPointF widgetPosition) const;
    // Widget pixels painted since the last call (tests check that only changes are painted).
    qint64 takePaintedArea();

    QSize sizeHint() const override;

Q_SIGNALS:
    void statusChanged(const QString &text);

protected:
    // The X11 keysym for a key event; 0 to ignore the key.
    virtual quint32 keysymFor(const QKeyEvent *event) const = 0;

    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void onFrameUpdated(const QRegion &region);
    void onStateChanged();
    void onCursorChanged(const QImage &image, QPoint hotSpot);
    void onRemoteClipboard(const QString &text);
    void onLocalClipboard();
    void sendPointer(const QMouseEvent *event);
    void releaseAllKeys();
    void updateGeometryState();
    qreal scale() const;
    void setLocalDotCursor();

    remote::RemoteSession *m_session;
    ScaleMode m_scaleMode = ScaleMode::Fit;
    bool m_grabKeyboard = false;
    bool m_shareClipboard = true;
    bool m_settingClipboard = false;
    QHash<quint32, quint32> m_pressedKeys; // physical key -> keysym sent at press
    int m_buttons = 0;
    QPoint m_wheelRemainder;
    QTimer m_resizeDebounce;
    QTimer m_statusTicker;
    qint64 m_paintedArea = 0;
    QString m_lastStatus;
};

} // namespace daas::ui
