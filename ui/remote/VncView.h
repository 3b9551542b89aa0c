#pragma once

#include "remote/RemoteView.h"
#include "remote/VncEndpoint.h"

#include <QSslCertificate>

namespace daas::remote {
class VncSession;
}

namespace daas::ui {

// A VNC desktop in a RemoteView: keys become X keysyms (the native keysym on X11 and Wayland,
// a table elsewhere).
class VncView : public RemoteView
{
    Q_OBJECT
public:
    explicit VncView(const remote::VncEndpoint &endpoint, QWidget *parent = nullptr);
    remote::VncSession *vncSession() const;

protected:
    quint32 keysymFor(const QKeyEvent *event) const override;

private:
    void askAboutCertificate(const QSslCertificate &certificate, const QString &fingerprint,
                             const QString &reasons);

    bool m_nativeIsKeysym;
};

} // namespace daas::ui
