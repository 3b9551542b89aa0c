// Accessibility of every window and dialog of the client: the main window in each area (Catalogue,
// Environments, Files, Jobs, Desktops, with the Transfers dock), the sign-in dialog, the facility chooser and
// every dialog of ui/. Each is audited as a keyboard and screen-reader user meets it (AccessibilityAudit.h):
// an interactive widget without an accessible name, or one Tab and Shift+Tab never reach, fails the test.
// Help → Keyboard shortcuts is checked against the actions and shortcuts the window really has.
// With DAAS_SCREENSHOT_DIR set, the main window's areas are saved in the light, dark and high-contrast
// palettes.

#include "AccessibilityAudit.h"
#include "CatalogueView.h"
#include "CloudEmulatorProcess.h"
#include "CopyToStorageDialog.h"
#include "EnglishTranslator.h"
#include "EnvironmentDialogs.h"
#include "EnvironmentModels.h"
#include "EnvironmentsView.h"
#include "FacilityChooser.h"
#include "IcatEmulatorProcess.h"
#include "MainWindow.h"
#include "PasswordPrompt.h"
#include "ShortcutsDialog.h"
#include "SignInDialog.h"
#include "ThemedIcon.h"
#include "UseOnComputerDialog.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "jobs/NewJobDialog.h"
#include "remote/RemoteDialogs.h"
#include "support/Translations.h"

#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace daas;
using daas::testing::CloudEmulatorProcess;

namespace {

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DAAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + u'/' + name + u".png"_s));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb8, 0xe6));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Black and white with yellow selection, as the high-contrast themes of the desktops are.
QPalette highContrastPalette()
{
    QPalette p;
    for (auto role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                      QPalette::BrightText})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x00, 0xc0, 0x00));
    return p;
}

double luminance(QRgb c)
{
    auto channel = [](int v) {
        const double f = v / 255.0;
        return f <= 0.03928 ? f / 12.92 : std::pow((f + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
}

// The icons of resources/icons (as the client loads them) whose most visible pixel has less than `ratio`
// contrast with the window's colour: the icons that vanish on this palette.
QStringList iconsLost(double ratio)
{
    QStringList lost;
    const double window = luminance(QApplication::palette().color(QPalette::Window).rgb());
    for (const QString &name : QDir(u":/icons"_s).entryList()) {
        const QImage image = ui::themedIcon(u":/icons/"_s + name).pixmap(24, 24).toImage();
        double best = 1;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) > 200) {
                    const double l = luminance(image.pixel(x, y));
                    best = std::max(best, (std::max(l, window) + 0.05) / (std::min(l, window) + 0.05));
                }
        if (best < ratio)
            lost << u"%1 (%2:1)"_s.arg(name).arg(best, 0, 'f', 1);
    }
    return lost;
}

} // namespace

class TestGuiAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::IcatEmulatorProcess> m_icat;
    std::unique_ptr<CloudEmulatorProcess> m_cloud;
    std::unique_ptr<identity::Account> m_account;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_files;
    QStringList m_findings;
    int m_unnamed = 0;
    QString m_scheme; // the colour scheme's name in screenshot names; empty: the light one

    void audit(QWidget *window, const QString &where)
    {
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QStringList found = testing::auditWindow(window, where, &m_unnamed);
        for (const QString &f : found)
            if (!m_findings.contains(f))
                m_findings << f;
    }

    // Every finding so far fails the test function that made it (and is listed once).
    void report()
    {
        const QStringList findings = std::exchange(m_findings, {});
        if (!findings.isEmpty())
            qWarning().noquote() << findings.size() << "findings," << m_unnamed << "widgets without a name:\n"
                                 << findings.join(u'\n');
        m_unnamed = 0;
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0)));
    }

    // A dialog opened over the main window, audited, closed.
    void auditDialog(QDialog *dialog, const QString &where)
    {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        audit(dialog, where);
        QString name = u"a11y-dialog-"_s + where.toLower().replace(u' ', u'-');
        if (!m_scheme.isEmpty())
            name += u'-' + m_scheme;
        shoot(dialog, name);
        dialog->close();
    }

    void auditAreas(const QString &screenshotSuffix)
    {
        QTabWidget *areas = m_window->areas();
        for (int i = 0; i < areas->count(); ++i) {
            areas->setCurrentIndex(i);
            const QString name = areas->tabText(i);
            if (screenshotSuffix.isEmpty())
                audit(m_window.get(), u"Main window, %1 area"_s.arg(name));
            else
                shoot(m_window.get(), u"a11y-%1-%2"_s.arg(name.toLower(), screenshotSuffix));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(testing::installEnglishTranslator());
        qputenv("DAAS_SLURM_TOKEN", "not-a-real-token");
        m_icat = std::make_unique<testing::IcatEmulatorProcess>();
        QVERIFY2(m_icat->isRunning(), qPrintable(m_icat->log()));
        m_cloud = std::make_unique<CloudEmulatorProcess>(CloudEmulatorProcess::Kind::OpenNebula);
        QVERIFY2(m_cloud->isRunning(), qPrintable(m_cloud->log()));
        // every area: the catalogue and the cloud are the emulators; the storage and the cluster answer
        // nothing (their areas and dialogs are there all the same, with the failure said in them)
        facility::FacilityProfile profile = m_icat->profile();
        profile.cloudType = u"opennebula"_s;
        profile.cloudUrl = m_cloud->rpcUrl();
        profile.storageUrl = QUrl(u"http://127.0.0.1:9/dav/%7Buser%7D/"_s);
        profile.storageAuth = u"basic"_s;
        profile.batchType = u"slurm-rest"_s;
        profile.batchUrl = QUrl(u"http://127.0.0.1:9/slurm"_s);
        profile.batchStorageMount = u"/data/{user}"_s;
        m_account = std::make_unique<identity::Account>(profile);
        m_window = std::make_unique<ui::MainWindow>(m_account.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_account.reset();
        m_cloud.reset();
        m_icat.reset();
    }

    // The audit itself finds what it looks for: an icon-only button without a name, a text editor that keeps
    // Tab (a trap), and a button behind it that Tab then never reaches.
    void auditFindsProblems()
    {
        QWidget window;
        auto *named = new QPushButton(u"Named"_s, &window);
        auto *iconOnly = new QToolButton(&window);
        iconOnly->setIcon(QIcon(u":/icons/refresh.svg"_s));
        auto *editor = new QPlainTextEdit(&window);
        auto *behind = new QPushButton(u"Behind the editor"_s, &window);
        auto *layout = new QVBoxLayout(&window);
        for (QWidget *w : QList<QWidget *>{named, iconOnly, editor, behind})
            layout->addWidget(w);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        named->setFocus();
        const QStringList found = testing::auditWindow(&window, u"Sample"_s);
        const QString all = found.join(u'\n');
        QVERIFY2(all.contains(u"QToolButton has no accessible name"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Tab does not leave QPlainTextEdit"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Behind the editor"_s) || all.contains(u"QPushButton cannot be reached"_s),
                 qPrintable(all));
        // named, with Tab leaving the editor: nothing to say
        iconOnly->setAccessibleName(u"Refresh"_s);
        editor->setTabChangesFocus(true);
        editor->setAccessibleName(u"Notes"_s);
        named->setFocus();
        const QStringList none = testing::auditWindow(&window, u"Sample"_s);
        QVERIFY2(none.isEmpty(), qPrintable(none.join(u'\n')));

        // another window taking the activation in the middle of a walk (as a late focus event of the X server
        // may): the walk starts again on this one instead of listing its buttons as unreached
        QWidget other;
        new QPushButton(u"Elsewhere"_s, &other);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        bool taken = false;
        const auto connection =
            connect(qApp, &QApplication::focusChanged, this, [&](QWidget *, QWidget *now) {
                if (taken || now != iconOnly)
                    return;
                taken = true;
                other.activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(&other));
            });
        named->setFocus();
        const QStringList afterTheft = testing::auditWindow(&window, u"Sample"_s);
        disconnect(connection);
        QVERIFY(taken);
        QVERIFY2(afterTheft.isEmpty(), qPrintable(afterTheft.join(u'\n')));
    }

    void signInDialog()
    {
        m_window->signIn();
        ui::SignInDialog *dialog = m_window->signInDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->field(u"password"_s) != nullptr, 20000);
        audit(dialog, u"Sign-in dialog"_s);
        dialog->field(u"username"_s)->setText(u"alice"_s);
        dialog->field(u"password"_s)->setText(u"alice-pw"_s);
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->signInDialog() == nullptr, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->areas()->count(), 4,
                                  20000); // Catalogue, Environments, Files, Jobs
        report();
    }

    void mainWindowAreas()
    {
        auto *dock = m_window->findChild<QDockWidget *>(u"transfersDock"_s);
        QVERIFY(dock);
        dock->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->environments()->templates()->rowCount() > 0, 20000);
        auditAreas({});
        // a remote desktop's tab (the address answers nothing: the tab says so, with its toolbar)
        const QString rdp = m_files.filePath(u"nowhere.rdp"_s);
        QFile file(rdp);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("full address:s:127.0.0.1:9\r\nusername:s:alice\r\n");
        file.close();
        m_window->openConnectionFile(rdp);
        QTRY_VERIFY(m_window->desktops() != nullptr);
        audit(m_window.get(), u"Main window, Desktops area"_s);
        report();
    }

    void dialogs()
    {
        auditEveryDialog();
        report();
    }

    // Every dialog of the client, audited (names, keyboard) and shot in the current palette.
    void auditEveryDialog()
    {
        QWidget *parent = m_window.get();
        auditDialog(new ui::FacilityChooser(parent), u"Facility chooser"_s);
        auditDialog(new ui::PasswordPrompt(u"alice"_s, u"storage"_s, parent), u"Password prompt"_s);
        auditDialog(new ui::CloudPasswordDialog(u"alice"_s, u"The cloud asks again."_s, parent),
                    u"Cloud password dialog"_s);
        cloud::EnvironmentTemplate t;
        t.id = u"1"_s;
        t.name = u"Mantid Workbench"_s;
        t.cpus = 4;
        auditDialog(new ui::LaunchDialog(t, u"mantid-1"_s, parent), u"Launch dialog"_s);
        auditDialog(new ui::CopyToStorageDialog(
                        u"“MARI run data”"_s, 1024, [](const QString &f) { return f; }, parent),
                    u"Copy to storage dialog"_s);
        auditDialog(new ui::UseOnComputerDialog(QUrl(u"https://storage.example/dav/alice/"_s), u"alice"_s, {},
                                                parent),
                    u"Use on this computer dialog"_s);
        remote::CredentialsQuestion credentials;
        credentials.host = u"desktop.example"_s;
        credentials.userName = u"alice"_s;
        auditDialog(new ui::RemoteSignInDialog(credentials, parent), u"Remote desktop sign-in"_s);
        remote::CertificateQuestion certificate;
        certificate.host = u"desktop.example"_s;
        certificate.port = 3389;
        certificate.reasons = u"The certificate is self-signed."_s;
        auditDialog(new ui::CertificateDecisionBox(certificate, parent), u"Certificate decision"_s);
        // an RD Gateway's own certificate and sign-in (a changed certificate: the loud variant)
        certificate.gateway = true;
        certificate.host = u"gateway.example"_s;
        certificate.port = 443;
        certificate.previouslyTrusted = {QByteArray(32, '\x5a')};
        auditDialog(new ui::CertificateDecisionBox(certificate, parent), u"Gateway certificate changed"_s);
        credentials.purpose = remote::CredentialsQuestion::Purpose::Gateway;
        credentials.host = u"gateway.example"_s;
        credentials.retry = true;
        auditDialog(new ui::RemoteSignInDialog(credentials, parent), u"Gateway sign-in"_s);
        m_window->showNewJob({}, u"bundled/shell"_s);
        QVERIFY(m_window->newJobDialog());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->newJobDialog()->templatesLoaded(), 30000);
        audit(m_window->newJobDialog(), u"New job dialog"_s);
        m_window->newJobDialog()->close();
        auto *shortcuts = new ui::ShortcutsDialog(m_window.get(), parent);
        auditDialog(shortcuts, u"Keyboard shortcuts dialog"_s);
    }

    // Help → Keyboard shortcuts lists every action and shortcut with a key of the main window, read from
    // them (not from a list that could go stale).
    void keyboardShortcutsListed()
    {
        ui::ShortcutsDialog dialog(m_window.get());
        QTreeWidget *list = dialog.list();
        QStringList listed;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j)
                listed << list->topLevelItem(i)->child(j)->text(1);
        QVERIFY(!listed.isEmpty());
        int checked = 0;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (!a->isVisible())
                continue;
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(listed.contains(key.toString(QKeySequence::NativeText)),
                         qPrintable(u"%1 (%2) is not listed"_s.arg(a->text(), key.toString())));
                ++checked;
            }
        }
        for (QShortcut *s : m_window->findChildren<QShortcut *>())
            if (!s->key().isEmpty()) {
                QVERIFY2(listed.contains(s->key().toString(QKeySequence::NativeText)),
                         qPrintable(s->key().toString() + u" is not listed"_s));
                ++checked;
            }
        QVERIFY(checked >= 10);
        // the standard keys a user tries first are there
        for (auto key : {QKeySequence::Quit, QKeySequence::Refresh, QKeySequence::Find})
            QVERIFY2(listed.contains(QKeySequence(key).toString(QKeySequence::NativeText)),
                     qPrintable(QKeySequence(key).toString()));
        QVERIFY(listed.contains(u"Alt+1"_s) && listed.contains(u"Alt+4"_s));
        // Alt+3 goes to the third area
        m_window->areas()->setCurrentIndex(0);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
        QCOMPARE(m_window->areas()->currentIndex(), 2);
    }

    // Where the keyboard is shows in the views (a focus frame on the current row), in Fusion (the style
    // without a desktop) and in Windows: screenshots for people to look at, after real Tab presses.
    void focusVisible()
    {
        m_window->areas()->setCurrentWidget(m_window->catalogue());
        const QString before = QApplication::style()->name();
        for (const QString &styleName : {u"Fusion"_s, u"Windows"_s}) {
            QStyle *style = QStyleFactory::create(styleName);
            QVERIFY(style);
            QApplication::setStyle(style);
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            QWidget *table = m_window->catalogue()->table();
            m_window->catalogue()->filterEdit()->setFocus(Qt::TabFocusReason);
            for (int i = 0; i < 10 && QApplication::focusWidget() != table; ++i)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), table);
            QTest::keyClick(table, Qt::Key_Down);
            QTest::keyClick(table, Qt::Key_Down);
            shoot(m_window.get(), u"a11y-focus-%1"_s.arg(styleName.toLower()));
        }
        QApplication::setStyle(QStyleFactory::create(before));
    }

    // Every dialog in each language: shot for a look at clipped text (German and Italian run longest,
    // Japanese needs its own font), and audited again, since the names are translated too.
    void dialogsInEachLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        for (const QLocale::Language language :
             {QLocale::German, QLocale::French, QLocale::Spanish, QLocale::Italian, QLocale::Japanese})
            QTest::newRow(qPrintable(QLocale(language).name().left(2))) << QLocale(language);
    }

    void dialogsInEachLanguage()
    {
        QFETCH(QLocale, locale);
        const QString code = locale.name().left(2);
        const QLocale before;
        QLocale::setDefault(locale);
        QVERIFY(support::installTranslations().endsWith(u"daas_%1.qm"_s.arg(code)));
        auto english = qScopeGuard([this, before] {
            QLocale::setDefault(before);
            QVERIFY(testing::installEnglishTranslator());
            m_scheme.clear();
        });
        m_scheme = code;
        auditEveryDialog();
        report();
    }

    // The areas in the light, dark and high-contrast palettes, for people to look at.
    void colourSchemes()
    {
        const QPalette light = QApplication::palette();
        auditAreas(u"light"_s);
        QVERIFY(QDir(u":/icons"_s).entryList().size() > 20);
        QStringList lostOnLight = iconsLost(3.0);
        QVERIFY2(lostOnLight.isEmpty(), qPrintable(lostOnLight.join(u", "_s)));
        // what a platform theme hands over when the system is dark or high-contrast (QPA themes set the
        // application palette; the client sets none of its own)
        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(m_window->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        auditAreas(u"dark"_s);
        QStringList lost = iconsLost(3.0); // WCAG's least for graphics
        QVERIFY2(lost.isEmpty(), qPrintable(u"Icons lost on a dark window: "_s + lost.join(u", "_s)));
        m_scheme = u"dark"_s;
        auditEveryDialog();
        QApplication::setPalette(highContrastPalette());
        QTRY_COMPARE(m_window->palette().color(QPalette::Window), QColor(Qt::black));
        auditAreas(u"contrast"_s);
        lost = iconsLost(7.0); // as clear as the text of a high-contrast theme
        QVERIFY2(lost.isEmpty(), qPrintable(u"Icons lost in high contrast: "_s + lost.join(u", "_s)));
        m_scheme = u"contrast"_s;
        auditEveryDialog();
        m_scheme.clear();
        QApplication::setPalette(light);
        report();
    }
};

QTEST_MAIN(TestGuiAccessibility)
#include "tst_gui_accessibility.moc"
