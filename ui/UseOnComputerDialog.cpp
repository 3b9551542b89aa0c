#include "UseOnComputerDialog.h"

#include "storage/DavPath.h"
#include "support/Worker.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace daas::ui {

UseOnComputerDialog::Os UseOnComputerDialog::currentOs()
{
#if defined(Q_OS_WIN)
    return Os::Windows;
#elif defined(Q_OS_MACOS)
    return Os::MacOs;
#else
    return Os::Linux;
#endif
}

QUrl UseOnComputerDialog::addressFor(Os os, const QUrl &root, const QString &userName)
{
    if (os == Os::Linux)
        return storage::davpath::mountAddress(root, userName);
    return QUrl(storage::davpath::shareableLink(root, QString()));
}

QString UseOnComputerDialog::steps(Os os, const QUrl &address)
{
    switch (os) {
    case Os::Windows:
        return tr(
            "<p>In File Explorer, right-click <b>This PC</b> and choose <b>Map network drive…</b>. Pick a "
            "drive letter, enter the address above as the folder, tick <b>Connect using different "
            "credentials</b> and sign in with your facility user name and password.</p>");
    case Os::MacOs:
        return tr("<p>In the Finder, choose <b>Go ▸ Connect to Server…</b> (⌘K), enter the address above and "
                  "press <b>Connect</b>. Sign in with your facility user name and password; the storage then "
                  "appears under <b>Locations</b>.</p>");
    case Os::Linux:
        break;
    }
    return tr("<p>In Files, choose <b>Other Locations</b>, enter the address above under <b>Connect to "
              "Server</b> and press <b>Connect</b>. The storage then appears in the side bar.</p>"
              "<p>Or in a terminal:<br><code>%1</code></p>")
        .arg(QString(QStringLiteral("gio mount ") + address.toString()).toHtmlEscaped());
}

UseOnComputerDialog::UseOnComputerDialog(const QUrl &root, const QString &userName, const QString &password,
                                         QWidget *parent)
    : QDialog(parent)
    , m_address(addressFor(currentOs(), root, userName))
    , m_password(password)
{
    setWindowTitle(tr("Use your storage on this computer"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Your storage can also be opened by this computer's own file manager, "
                                "like a network drive:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Address:"), this);
    m_field = new QLineEdit(m_address.toString(), this);
    m_field->setObjectName(QStringLiteral("address"));
    m_field->setReadOnly(true);
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(m_field->text()) + 24);
    label->setBuddy(m_field);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyAddress"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_address.toString()); });
    row->addWidget(label);
    row->addWidget(m_field, 1);
    row->addWidget(copy);
    layout->addLayout(row);

    auto *how = new QLabel(steps(currentOs(), m_address), this);
    how->setObjectName(QStringLiteral("steps"));
    how->setWordWrap(true);
    how->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(how);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // gio's own words, never markup
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (currentOs() == Os::Linux && !QStandardPaths::findExecutable(QStringLiteral("gio")).isEmpty()) {
        m_mount = buttons->addButton(tr("&Mount now"), QDialogButtonBox::ActionRole);
        m_mount->setObjectName(QStringLiteral("mount"));
        m_mount->setToolTip(tr("Run “gio mount” for this address"));
        connect(m_mount, &QPushButton::clicked, this, &UseOnComputerDialog::mount);
    }
    layout->addWidget(buttons);
    adjustSize();
}

void UseOnComputerDialog::showResult(const QString &text)
{
    m_result->setText(text);
    m_result->show();
    // as tall as the wrapped sentences need, instead of cutting them off
    adjustSize();
}

UseOnComputerDialog::~UseOnComputerDialog()
{
    if (m_gio) {
        m_gio->disconnect(this);
        support::retireProcess(m_gio); // killed and reaped later: the dialog closes without waiting
    }
}

void UseOnComputerDialog::mountEnded(bool ok, const QString &text)
{
    showResult(text);
    m_gio->deleteLater();
    m_gio = nullptr;
    m_mount->setEnabled(!ok); // a failed mount may be tried again
    Q_EMIT mountFinished(ok);
}

void UseOnComputerDialog::mount()
{
    if (m_gio)
        return;
    m_mount->setEnabled(false);
    showResult(tr("Mounting…"));
    m_gio = new QProcess(this);
    m_gio->setProcessChannelMode(QProcess::MergedChannels);
    // gio asks for what the address does not hold (the password) on its terminal or standard input
    connect(m_gio, &QProcess::started, this, [this] {
        if (!m_password.isEmpty())
            m_gio->write(m_password.toUtf8() + '\n');
        m_gio->closeWriteChannel();
    });
    connect(m_gio, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QString output = QString::fromLocal8Bit(m_gio->readAll()).trimmed();
        const bool ok = status == QProcess::NormalExit && code == 0;
        // the last line says what happened; gio's question ("Password: ", no newline) may stand before it
        QString why = output.section(QLatin1Char('\n'), -1).trimmed();
        if (const qsizetype at = why.indexOf(QLatin1String("gio: ")); at > 0)
            why = why.mid(at);
        mountEnded(ok, ok ? tr("Mounted. Your storage is now in the file manager's side bar.")
                          : tr("It could not be mounted: %1")
                                .arg(why.isEmpty() ? tr("gio ended with code %1.").arg(code) : why));
    });
    connect(m_gio, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            mountEnded(false, tr("It could not be mounted: gio did not start."));
    });
    m_gio->start(QStringLiteral("gio"), {QStringLiteral("mount"), m_address.toString()});
}

} // namespace daas::ui
