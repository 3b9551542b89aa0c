#include "remote/VncView.h"

#include "remote/KeySyms.h"
#include "remote/VncSession.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>

namespace daas::ui {

VncView::VncView(const remote::VncEndpoint &endpoint, QWidget *parent)
    : RemoteView(new remote::VncSession(endpoint), parent)
    , m_nativeIsKeysym(QGuiApplication::platformName() == u"xcb" ||
                       QGuiApplication::platformName().startsWith(u"wayland"))
{
    connect(vncSession(), &remote::VncSession::certificateUntrusted, this, &VncView::askAboutCertificate);
}

void VncView::askAboutCertificate(const QSslCertificate &certificate, const QString &fingerprint,
                                  const QString &reasons)
{
    // window-modal and asynchronous: the other tabs keep running while the user compares fingerprints
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Untrusted Certificate"),
                                tr("The remote desktop %1 presented a certificate that is not trusted.\n\n"
                                   "SHA-256 fingerprint:\n%2\n\nTrust it only if your facility confirms this "
                                   "fingerprint. The decision is remembered for this desktop.")
                                    .arg(vncSession()->endpoint().host, fingerprint),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("untrustedCertificateBox"));
    box->setDetailedText(reasons + u"\n\n" + certificate.toText());
    QPushButton *trust = box->addButton(tr("Trust and Connect"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, trust, certificate] {
        if (box->clickedButton() != trust)
            return;
        if (const Error e = vncSession()->trustCertificate(certificate)) {
            auto *failed = new QMessageBox(QMessageBox::Warning, tr("Untrusted Certificate"), e.userText(),
                                           QMessageBox::Ok, this);
            failed->setAttribute(Qt::WA_DeleteOnClose);
            failed->open();
        }
    });
    box->open();
}

remote::VncSession *VncView::vncSession() const
{
    return static_cast<remote::VncSession *>(session());
}

quint32 VncView::keysymFor(const QKeyEvent *event) const
{
    return remote::keysymForKey(event->key(), event->text(), event->nativeVirtualKey(), m_nativeIsKeysym);
}

} // namespace daas::ui
