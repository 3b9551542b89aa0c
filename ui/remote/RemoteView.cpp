#include "remote/RemoteView.h"

#include "identity/CredentialStore.h"
#include "remote/LockKeyState.h"
#include "remote/RemoteDialogs.h"
#include "support/Logging.h"

#include <QApplication>
#include <QClipboard>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace daas::ui {

using remote::RemoteSession;

RemoteView::RemoteView(RemoteSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_keySource(remote::keyCodeSourceFor(QGuiApplication::platformName()))
{
    m_session->setParent(this);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_StaticContents);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setLocalDotCursor();

    m_resizeDebounce.setSingleShot(true);
    m_resizeDebounce.setInterval(200); // servers handle one resize at a time; don't flood while dragging
    connect(&m_resizeDebounce, &QTimer::timeout, this, [this] {
        if (m_scaleMode == ScaleMode::ResizeRemote)
            m_session->requestDesktopSize((QSizeF(size()) * devicePixelRatioF()).toSize(),
                                          qRound(devicePixelRatioF() * 100));
    });
    m_statusTicker.setInterval(1000); // the reconnect countdown
    connect(&m_statusTicker, &QTimer::timeout, this, [this] { update(); });

    connect(m_session, &RemoteSession::frameUpdated, this, &RemoteView::onFrameUpdated);
    connect(m_session, &RemoteSession::frameResized, this, [this] {
        updateGeometryState();
        update();
    });
    connect(m_session, &RemoteSession::stateChanged, this, &RemoteView::onStateChanged);
    connect(m_session, &RemoteSession::cursorChanged, this, &RemoteView::onCursorChanged);
    connect(m_session, &RemoteSession::clipboardReceived, this, &RemoteView::onRemoteClipboard);
    connect(m_session, &RemoteSession::clipboardImageReceived, this, &RemoteView::onRemoteClipboardImage);
    connect(m_session, &RemoteSession::resizeSupportChanged, this, [this] {
        updateGeometryState();
        update();
    });
    connect(m_session, &RemoteSession::certificateDecisionNeeded, this, &RemoteView::askCertificate);
    connect(m_session, &RemoteSession::credentialsNeeded, this, &RemoteView::askCredentials);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &RemoteView::onLocalClipboard);
}

RemoteView::~RemoteView()
{
    if (m_grabKeyboard)
        giveBackKeyboard();
}

void RemoteView::setScaleMode(ScaleMode mode)
{
    m_scaleMode = mode;
    updateGeometryState();
    if (mode == ScaleMode::ResizeRemote)
        m_resizeDebounce.start();
    update();
}

void RemoteView::setKeyboardGrabbed(bool grabbed)
{
    m_grabKeyboard = grabbed;
    if (grabbed && hasFocus())
        takeKeyboard();
    else if (!grabbed)
        giveBackKeyboard();
}

void RemoteView::takeKeyboard()
{
    grabKeyboard();
    m_shortcutsInhibition = inhibitCompositorShortcuts(window()->windowHandle());
}

void RemoteView::giveBackKeyboard()
{
    m_shortcutsInhibition.reset();
    releaseKeyboard();
}

void RemoteView::sendCtrlAltDel()
{
    m_session->sendCtrlAltDel();
}

QString RemoteView::statusText() const
{
    // the connection waits for the user: say so, not "Connecting…"
    if (m_certificateBox) {
        return m_certificateBox->isGateway() ? tr("Check the RD Gateway's certificate to go on.")
                                             : tr("Check the remote desktop's certificate to go on.");
    }
    if (m_signInDialog) {
        return m_signInDialog->isGateway() ? tr("Sign in to the RD Gateway to go on.")
                                           : tr("Sign in to the remote desktop to go on.");
    }
    switch (m_session->state()) {
    case RemoteSession::State::Idle:
    case RemoteSession::State::Connecting:
        return tr("Connecting…");
    case RemoteSession::State::Authenticating:
        return tr("Signing in…");
    case RemoteSession::State::Connected:
        return {};
    case RemoteSession::State::Reconnecting:
        return tr("Connection lost: %1\nReconnecting (attempt %2)…")
            .arg(m_session->error().userText())
            .arg(qMax(1, m_session->reconnectAttempt()));
    case RemoteSession::State::Closed:
        return tr("Disconnected.");
    case RemoteSession::State::Failed:
        return tr("Not connected: %1").arg(m_session->error().userText());
    }
    return {};
}

qreal RemoteView::scale() const
{
    const QSize fb = m_session->frameBuffer().size();
    const qreal dpr = devicePixelRatioF();
    if (fb.isEmpty())
        return 1.0 / dpr;
    // a server that cannot follow the view's size is scaled to fit instead
    if (m_scaleMode == ScaleMode::Fit ||
        (m_scaleMode == ScaleMode::ResizeRemote && !m_session->canResize())) {
        return std::min(width() / qreal(fb.width()), height() / qreal(fb.height()));
    }
    // one remote pixel on one device pixel: sharp on HiDPI screens
    return 1.0 / dpr;
}

QRectF RemoteView::displayRect() const
{
    const QSizeF fb = m_session->frameBuffer().size();
    const qreal s = scale();
    const QSizeF shown = fb * s;
    // centred when smaller than the view, anchored top-left when larger (the tab scrolls nothing: 1:1 crops)
    const qreal x = shown.width() < width() ? std::floor((width() - shown.width()) / 2) : 0;
    const qreal y = shown.height() < height() ? std::floor((height() - shown.height()) / 2) : 0;
    return QRectF(QPointF(x, y), shown);
}

QPoint RemoteView::toRemote(QPointF widgetPosition) const
{
    const QRectF shown = displayRect();
    const qreal s = scale();
    const QSize fb = m_session->frameBuffer().size();
    const QPointF p = (widgetPosition - shown.topLeft()) / s;
    return QPoint(qBound(0, int(std::floor(p.x())), qMax(0, fb.width() - 1)),
                  qBound(0, int(std::floor(p.y())), qMax(0, fb.height() - 1)));
}

qint64 RemoteView::takePaintedArea()
{
    return std::exchange(m_paintedArea, 0);
}

QSize RemoteView::sizeHint() const
{
    const QSize fb = m_session->frameBuffer().size();
    return fb.isEmpty() ? QSize(800, 600) : (QSizeF(fb) / devicePixelRatioF()).toSize();
}

void RemoteView::onFrameUpdated(const QRegion &region)
{
    const QRectF shown = displayRect();
    const qreal s = scale();
    QRegion widgetRegion;
    for (const QRect &r : region) {
        QRectF mapped(shown.topLeft() + QPointF(r.topLeft()) * s, QSizeF(r.size()) * s);
        // one pixel more on each side: scaled edges round differently and would leave seams
        widgetRegion += mapped.toAlignedRect().adjusted(-1, -1, 1, 1);
    }
    update(widgetRegion);
}

void RemoteView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRectF shown = displayRect();
    const qreal s = scale();
    const qreal dpr = devicePixelRatioF();
    const bool exact = qFuzzyCompare(s * dpr, 1.0);
    if (!exact)
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRegion outside = event->region().subtracted(shown.toAlignedRect());
    for (const QRect &r : outside)
        painter.fillRect(r, palette().color(QPalette::Dark));
    m_session->frameBuffer().read([&](const QImage &image) {
        if (image.isNull())
            return;
        for (const QRect &r : event->region()) {
            const QRectF target = QRectF(r).intersected(shown);
            if (target.isEmpty())
                continue;
            const QRectF source((target.topLeft() - shown.topLeft()) / s, target.size() / s);
            painter.drawImage(target, image, source);
            m_paintedArea += qint64(target.width()) * qint64(target.height());
        }
    });
    const QString status = statusText();
    if (!status.isEmpty()) {
        // the last picture stays visible, dimmed, under the state
        painter.fillRect(rect(), QColor(0, 0, 0, 140));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        painter.setFont(f);
        const QRect box = rect().adjusted(width() / 8, height() / 3, -width() / 8, -height() / 3);
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, status);
    }
}

void RemoteView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_scaleMode == ScaleMode::ResizeRemote)
        m_resizeDebounce.start();
}

void RemoteView::updateGeometryState()
{
    updateGeometry();
}

void RemoteView::onStateChanged()
{
    const QString status = statusText();
    if (m_session->state() == RemoteSession::State::Reconnecting)
        m_statusTicker.start();
    else
        m_statusTicker.stop();
    if (m_session->state() != RemoteSession::State::Connected)
        releaseAllKeys();
    if (m_session->state() == RemoteSession::State::Connected && m_scaleMode == ScaleMode::ResizeRemote)
        m_resizeDebounce.start();
    update(); // the overlay covers everything
    if (status != m_lastStatus) {
        m_lastStatus = status;
        Q_EMIT statusChanged(status);
    }
}

void RemoteView::setLocalDotCursor()
{
    // servers without a cursor of their own (Xtigervnc without a window manager) would leave the
    // user blind; a small dot until the server sends a shape
    QPixmap dot(5, 5);
    dot.fill(Qt::transparent);
    QPainter p(&dot);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(Qt::black);
    p.drawEllipse(QRectF(0.5, 0.5, 4, 4));
    p.end();
    setCursor(QCursor(dot, 2, 2));
}

void RemoteView::onCursorChanged(const QImage &image, QPoint hotSpot)
{
    if (image.isNull()) {
        setLocalDotCursor();
        return;
    }
    const qreal s = scale() * devicePixelRatioF();
    QImage shape = image;
    if (!qFuzzyCompare(s, 1.0))
        shape = image.scaled((QSizeF(image.size()) * s).toSize().expandedTo(QSize(1, 1)),
                             Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap = QPixmap::fromImage(shape);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    setCursor(QCursor(pixmap, int(hotSpot.x() * s / devicePixelRatioF()),
                      int(hotSpot.y() * s / devicePixelRatioF())));
}

void RemoteView::onRemoteClipboard(const QString &text)
{
    if (!m_shareClipboard)
        return;
    m_settingClipboard = true;
    QApplication::clipboard()->setText(text);
    m_settingClipboard = false;
}

void RemoteView::onRemoteClipboardImage(const QImage &image)
{
    if (!m_shareClipboard)
        return;
    m_settingClipboard = true;
    QApplication::clipboard()->setImage(image);
    m_settingClipboard = false;
}

void RemoteView::onLocalClipboard()
{
    QClipboard *clipboard = QApplication::clipboard();
    // our own echo of the remote clipboard, or a password manager asking not to be shared
    if (!m_shareClipboard || m_settingClipboard || clipboard->ownsClipboard())
        return;
    if (const QMimeData *mime = clipboard->mimeData();
        mime && mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint")))
        return;
    // an image (a screenshot, a plot) goes as an image; anything else as its text
    if (const QMimeData *mime = clipboard->mimeData(); mime && mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull()) {
            m_session->sendClipboardImage(image);
            return;
        }
    }
    const QString text = clipboard->text();
    if (!text.isEmpty())
        m_session->sendClipboardText(text);
}

void RemoteView::sendPointer(const QMouseEvent *event)
{
    int buttons = 0;
    const Qt::MouseButtons b = event->buttons();
    if (b & Qt::LeftButton)
        buttons |= remote::LeftButton;
    if (b & Qt::MiddleButton)
        buttons |= remote::MiddleButton;
    if (b & Qt::RightButton)
        buttons |= remote::RightButton;
    if (b & Qt::BackButton)
        buttons |= remote::BackButton;
    if (b & Qt::ForwardButton)
        buttons |= remote::ForwardButton;
    m_buttons = buttons;
    m_session->sendPointer(toRemote(event->position()), buttons);
}

void RemoteView::mouseMoveEvent(QMouseEvent *event)
{
    sendPointer(event);
}

void RemoteView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    sendPointer(event);
}

void RemoteView::mouseReleaseEvent(QMouseEvent *event)
{
    sendPointer(event);
}

void RemoteView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // the remote side detects double clicks itself from two presses
    sendPointer(event);
}

void RemoteView::wheelEvent(QWheelEvent *event)
{
    // both axes, with their magnitude: each engine turns them into what its protocol carries
    m_session->sendWheel(toRemote(event->position()), event->angleDelta(), m_buttons);
    event->accept();
}

void RemoteView::sendKey(const QKeyEvent *event, bool down)
{
    remote::KeyInput key;
    key.qtKey = event->key();
    key.text = event->text();
    key.nativeScanCode = event->nativeScanCode();
    key.nativeVirtualKey = event->nativeVirtualKey();
    key.source = m_keySource;
    key.modifiers = event->modifiers();
    key.autoRepeat = event->isAutoRepeat();
    key.down = down;
    const quint32 physical = key.physicalKey();
    if (down) {
        // a repeat sends the key of the first press again (a modifier changed since must not alter it)
        if (auto it = m_pressedKeys.constFind(physical);
            event->isAutoRepeat() && it != m_pressedKeys.cend()) {
            remote::KeyInput repeat = it.value();
            repeat.autoRepeat = true;
            m_session->sendKey(repeat);
            return;
        }
        m_pressedKeys.insert(physical, key);
        m_session->sendKey(key);
        return;
    }
    // the key of the press, not of the release: Shift released first must not leave "A" down
    if (auto it = m_pressedKeys.find(physical); it != m_pressedKeys.end()) {
        remote::KeyInput release = it.value();
        release.down = false;
        release.autoRepeat = false;
        m_pressedKeys.erase(it);
        m_session->sendKey(release);
    }
}

void RemoteView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == 0 && event->text().isEmpty() && event->nativeScanCode() == 0) {
        event->ignore();
        return;
    }
    // the remote side repeats on its own too, but most servers expect repeated presses (TigerVNC does)
    sendKey(event, true);
    event->accept();
}

void RemoteView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->isAutoRepeat()) { // a release between repeated presses, not a real one
        event->accept();
        return;
    }
    sendKey(event, false);
    event->accept();
}

void RemoteView::releaseAllKeys()
{
    for (remote::KeyInput key : std::as_const(m_pressedKeys)) {
        key.down = false;
        key.autoRepeat = false;
        m_session->sendKey(key);
    }
    m_pressedKeys.clear();
    if (m_buttons) {
        m_buttons = 0;
        m_session->sendPointer(toRemote(mapFromGlobal(QCursor::pos())), 0);
    }
}

void RemoteView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (m_grabKeyboard)
        takeKeyboard();
    // the remote lock keys follow this computer's: they may have changed while the focus was away
    if (const std::optional<remote::LockKeys> locks = currentLockKeys())
        m_session->synchronizeLocks(*locks);
}

void RemoteView::focusOutEvent(QFocusEvent *event)
{
    // keys held while focus leaves (Alt+Tab) would stay pressed on the remote side
    releaseAllKeys();
    if (m_grabKeyboard)
        giveBackKeyboard();
    QWidget::focusOutEvent(event);
}

bool RemoteView::focusNextPrevChild(bool)
{
    return false; // Tab belongs to the remote desktop
}

bool RemoteView::event(QEvent *event)
{
    // Tab belongs to the remote desktop; Ctrl+Tab (Ctrl+Shift+Tab) leaves it, unless the keyboard is grabbed
    if (event->type() == QEvent::KeyPress && !m_grabKeyboard) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            key->modifiers().testFlag(Qt::ControlModifier))
            return QWidget::focusNextPrevChild(key->key() == Qt::Key_Tab &&
                                               !key->modifiers().testFlag(Qt::ShiftModifier));
    }
    if (event->type() == QEvent::ShortcutOverride && m_grabKeyboard) {
        event->accept(); // the key goes to keyPressEvent, not to a local shortcut
        return true;
    }
    if (event->type() == QEvent::DevicePixelRatioChange) {
        updateGeometryState();
        update();
    }
    return QWidget::event(event);
}

void RemoteView::askCertificate(const remote::CertificateQuestion &question)
{
    delete m_certificateBox;
    auto *box = new CertificateDecisionBox(question, this);
    m_certificateBox = box;
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const bool trusted = box->trusted();
        m_certificateBox = nullptr;
        onStateChanged();
        m_session->answerCertificate(trusted);
    });
    box->open();
    onStateChanged();
}

void RemoteView::askCredentials(const remote::CredentialsQuestion &question)
{
    // a password kept with "Remember" is tried once before the user is asked
    const QString key = identity::CredentialStore::key(u"remote-desktop"_s, question.host, question.userName);
    if (question.retry || m_keychainTried || question.userName.isEmpty() || !m_passwordsMayBeKept) {
        showCredentialsDialog(question);
        return;
    }
    m_keychainTried = true;
    identity::CredentialStore::read(key, this, [this, question](const Result<QString> &secret) {
        if (secret && !secret.value().isEmpty()) {
            m_session->answerCredentials(
                remote::Credentials{question.userName, secret.value(), question.domain});
            return;
        }
        showCredentialsDialog(question);
    });
}

void RemoteView::showCredentialsDialog(const remote::CredentialsQuestion &question)
{
    delete m_signInDialog;
    auto *dialog = new RemoteSignInDialog(question, this);
    dialog->setRememberOffered(m_passwordsMayBeKept);
    m_signInDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_signInDialog = nullptr;
        onStateChanged();
        if (result != QDialog::Accepted) {
            m_session->answerCredentials(std::nullopt);
            return;
        }
        const remote::Credentials c = dialog->credentials();
        if (c.remember) {
            const QString host = dialog->property("host").toString();
            identity::CredentialStore::write(
                identity::CredentialStore::key(u"remote-desktop"_s, host, c.userName), c.password, this,
                [](const Error &e) {
                    if (e)
                        qCWarning(lcUi) << "could not keep the password:" << e;
                });
        }
        m_session->answerCredentials(c);
    });
    dialog->setProperty("host", question.host);
    dialog->open();
    onStateChanged();
}

} // namespace daas::ui
