#pragma once

#include "remote/CompositorShortcuts.h"
#include "remote/RemoteDialogs.h"
#include "remote/RemoteSession.h"

#include <QPointer>

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace daas::ui {

// The picture of one remote desktop and the input sent to it, whatever the protocol (KRDC's
// RemoteView pattern, with the protocol entirely in the session: keys, buttons and the wheel go out as
// the platform reported them, and each engine translates). Paints only what changed, scaled to fit,
// 1:1 (one remote pixel on one device pixel) or with the remote desktop resized to the view (scaled to
// fit where the server cannot resize); shows the connection state over the picture, and asks the
// session's questions (certificates, sign-in) in window-modal dialogs.
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
    // While grabbed, shortcuts go to the remote desktop: the window manager's too on X11 (the grab) and on a
    // Wayland compositor that offers keyboard-shortcuts-inhibit.
    void setKeyboardGrabbed(bool grabbed);
    // Whether "Remember the password" is offered and a kept password tried: not on a shared computer.
    void setPasswordsMayBeKept(bool may) { m_passwordsMayBeKept = may; }
    bool passwordsMayBeKept() const { return m_passwordsMayBeKept; }
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

    // The open question's dialog, if any (tests answer it).
    CertificateDecisionBox *certificateBox() const { return m_certificateBox; }
    RemoteSignInDialog *signInDialog() const { return m_signInDialog; }

Q_SIGNALS:
    void statusChanged(const QString &text);

protected:
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
    void onRemoteClipboardImage(const QImage &image);
    void onLocalClipboard();
    void sendPointer(const QMouseEvent *event);
    void sendKey(const QKeyEvent *event, bool down);
    void askCertificate(const remote::CertificateQuestion &question);
    void askCredentials(const remote::CredentialsQuestion &question);
    void showCredentialsDialog(const remote::CredentialsQuestion &question);
    void releaseAllKeys();
    void takeKeyboard();
    void giveBackKeyboard();
    void updateGeometryState();
    qreal scale() const;
    void setLocalDotCursor();

    remote::RemoteSession *m_session;
    ScaleMode m_scaleMode = ScaleMode::Fit;
    bool m_grabKeyboard = false;
    ShortcutsInhibition m_shortcutsInhibition; // while the keyboard is taken
    bool m_shareClipboard = true;
    bool m_settingClipboard = false;
    // physical key -> the press as sent: its release goes out as the same key
    QHash<quint32, remote::KeyInput> m_pressedKeys;
    remote::KeyCodeSource m_keySource;
    int m_buttons = 0;
    QPointer<CertificateDecisionBox> m_certificateBox;
    QPointer<RemoteSignInDialog> m_signInDialog;
    bool m_keychainTried = false;
    bool m_passwordsMayBeKept = true;
    QTimer m_resizeDebounce;
    QTimer m_statusTicker;
    qint64 m_paintedArea = 0;
    QString m_lastStatus;
};

} // namespace daas::ui
