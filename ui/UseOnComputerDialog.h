#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QProcess;
class QPushButton;

namespace daas::ui {

// "Use on this computer": the store's address for the system's own file manager, with the steps for this
// OS: Linux's GVfs takes davs:// (dav:// for http), Windows' Map network drive and macOS Finder's Connect
// to Server take the https:// address itself. Where `gio` is
// on the PATH (Linux desktops with GVfs) a Mount button runs `gio mount ADDRESS` and hands it the password
// on its standard input, never on the command line, where every user of the machine could read it.
class UseOnComputerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Os { Linux, Windows, MacOs };
    static Os currentOs();
    // What to type on `os` for the store at `root`.
    static QUrl addressFor(Os os, const QUrl &root, const QString &userName);
    // The steps for `os`, as rich text, below the address (the Linux ones also as a gio command).
    static QString steps(Os os, const QUrl &address);

    // `password` is empty when it is not known (a resumed session) or the store does not take one (bearer):
    // then gio gets no answer to its question and reports the server's refusal.
    UseOnComputerDialog(const QUrl &root, const QString &userName, const QString &password,
                        QWidget *parent = nullptr);
    ~UseOnComputerDialog() override;

    QUrl address() const { return m_address; }
    QLineEdit *addressField() const { return m_field; }
    QPushButton *mountButton() const { return m_mount; } // nullptr without gio
    QLabel *resultLabel() const { return m_result; }

Q_SIGNALS:
    void mountFinished(bool ok);

private:
    void mount();
    void mountEnded(bool ok, const QString &text);
    void showResult(const QString &text);

    QUrl m_address;
    QString m_password;
    QLineEdit *m_field;
    QPushButton *m_mount = nullptr;
    QLabel *m_result;
    QProcess *m_gio = nullptr;
};

} // namespace daas::ui
