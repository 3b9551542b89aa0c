// GUI: the Environments area against the OpenNebula emulator (whose VMs are real Xtigervnc desktops) and the
// ICAT emulator for the sign-in: templates as cards, launch → pending/booting → ready, a notification,
// Connect → the VM's real pixels in a desktop tab, a click the VM's window manager answers, Delete; a cloud
// fault and a desktop that never answers as sentences; the password asked again after a resumed session.
// With DAAS_SCREENSHOT_DIR set, the windows are saved there as PNGs for people to look at.

#include "CloudEmulatorProcess.h"
#include "CloudTestSupport.h"
#include "Dialogs.h"
#include "EnglishTranslator.h"
#include "EnvironmentDialogs.h"
#include "EnvironmentModels.h"
#include "EnvironmentsView.h"
#include "IcatEmulatorProcess.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "remote/RemoteView.h"
#include "remote/SessionTabs.h"
#include "support/Translations.h"

#include <QAbstractButton>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace daas;
using cloud::EnvironmentState;
using testing::CloudEmulatorProcess;
using ui::EnvironmentModel;

namespace {

const QStringList fastCloud{u"--step-ms"_s, u"300"_s, u"--desktop-delay-ms"_s, u"800"_s};

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DAAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + u'/' + name + u".png"_s);
}

int templateRow(ui::TemplateModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == name)
            return r;
    return -1;
}

// Pixels of `image` inside `rect` that differ from `other` at the same place.
int differingPixels(const QImage &image, const QImage &other, const QRect &rect)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (image.pixel(x, y) != other.pixel(x, y))
                ++n;
    return n;
}

} // namespace

class TestGuiEnvironments : public QObject
{
    Q_OBJECT
    std::unique_ptr<testing::IcatEmulatorProcess> m_icat;
    std::unique_ptr<CloudEmulatorProcess> m_cloud;

    facility::FacilityProfile profile(const CloudEmulatorProcess &cloud) const
    {
        facility::FacilityProfile p = m_icat->profile();
        p.cloudType = u"opennebula"_s;
        p.cloudUrl = cloud.rpcUrl();
        return p;
    }

    static void signIn(ui::MainWindow &window)
    {
        window.signIn();
        ui::SignInDialog *dialog = window.signInDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->field(u"password"_s) != nullptr, 20000);
        dialog->field(u"username"_s)->setText(u"alice"_s);
        dialog->field(u"password"_s)->setText(u"alice-pw"_s);
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog() == nullptr, 20000);
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void launchConnectInteractDelete();
    void rdpAndVncOfTheSameMachineInGerman();
    void cloudFaultIsASentence();
    void desktopThatNeverAnswers();
    void resumedSessionAsksForThePassword();
    void noCloudNoArea();
};

void TestGuiEnvironments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(testing::installEnglishTranslator()); // plural forms: "4 CPUs"
    m_icat = std::make_unique<testing::IcatEmulatorProcess>();
    QVERIFY2(m_icat->isRunning(), qPrintable(m_icat->log()));
    m_cloud = std::make_unique<CloudEmulatorProcess>(CloudEmulatorProcess::Kind::OpenNebula, fastCloud);
    QVERIFY2(m_cloud->isRunning(), qPrintable(m_cloud->log()));
}

void TestGuiEnvironments::cleanupTestCase()
{
    m_cloud.reset();
    m_icat.reset();
}

void TestGuiEnvironments::launchConnectInteractDelete()
{
    identity::Account account(profile(*m_cloud));
    ui::MainWindow window(&account);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.environments()); // not before sign-in
    signIn(window);
    ui::EnvironmentsView *view = window.environments();
    QVERIFY(view);
    view->setWatchOptions(testing::fastWatch(90000));
    QCOMPARE(window.areas()->tabText(window.areas()->indexOf(view)), u"Environments"_s);
    window.areas()->setCurrentWidget(view);

    // the templates as cards: name, description, software, size
    QTRY_VERIFY_WITH_TIMEOUT(view->templates()->rowCount() >= 3, 20000);
    const int ccp4 = templateRow(view->templates(), u"CCP4 Analysis Machine"_s);
    QVERIFY(ccp4 >= 0);
    const QModelIndex card = view->templates()->index(ccp4, 0);
    QVERIFY(card.data(ui::TemplateModel::SoftwareRole).toString().contains(u"Coot"_s));
    QCOMPARE(card.data(ui::TemplateModel::SizeRole).toString(),
             u"4 CPUs · 8 GiB memory · 40 GiB disk · up to 14 days"_s);
    QVERIFY(view->templateList()->visualRect(card).height() >= 4 * view->fontMetrics().height());
    QCOMPARE(view->environments()->rowCount(), 0);
    shoot(&window, u"environments-empty"_s);

    // Launch: the dialog refuses an empty name, then launches
    view->templateList()->setCurrentIndex(card);
    QTest::mouseClick(view->launchButton(), Qt::LeftButton);
    QTRY_VERIFY(view->launchDialog());
    ui::LaunchDialog *dialog = view->launchDialog();
    QVERIFY(dialog->name().startsWith(u"CCP4 Analysis Machine"_s));
    dialog->nameEdit()->clear();
    dialog->accept();
    QVERIFY(dialog->isVisible());
    dialog->nameEdit()->setText(u"Crystal work"_s);
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!view->launchDialog());

    // pending → booting → ready, with a progress bar on the way
    EnvironmentModel *model = view->environments();
    QSet<int> states;
    QSet<int> progress;
    connect(model, &QAbstractItemModel::dataChanged, this, [&] {
        for (int r = 0; r < model->rowCount(); ++r) {
            states.insert(model->index(r, 0).data(EnvironmentModel::StateRole).toInt());
            progress.insert(model->index(r, 0).data(EnvironmentModel::ProgressRole).toInt());
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
    const QString id = model->index(0, 0).data(EnvironmentModel::IdRole).toString();
    QCOMPARE(model->index(0, EnvironmentModel::NameColumn).data().toString(), u"Crystal work"_s);
    states.insert(model->index(0, 0).data(EnvironmentModel::StateRole).toInt());
    progress.insert(model->index(0, 0).data(EnvironmentModel::ProgressRole).toInt());
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(int(EnvironmentState::Booting)), 30000);
    shoot(&window, u"environments-booting"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data(EnvironmentModel::StateRole).toInt(),
                              int(EnvironmentState::Ready), 60000);
    QVERIFY(states.contains(int(EnvironmentState::Pending)) ||
            states.contains(int(EnvironmentState::Booting)));
    QVERIFY2(std::any_of(progress.cbegin(), progress.cend(), [](int p) { return p > 0 && p < 100; }),
             "a progress bar was shown while booting");
    QCOMPARE(model->index(0, EnvironmentModel::StateColumn).data().toString(), u"Ready"_s);
    QVERIFY(!model->index(0, EnvironmentModel::EndsColumn).data().toString().isEmpty());
    // offscreen has no system tray: the notification goes to the status bar
    QVERIFY2(window.statusBar()->currentMessage().contains(u"Crystal work"_s),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(view->messageText().isEmpty());
    view->selectEnvironment(id);
    QTRY_VERIFY(view->connectButton()->isEnabled());
    shoot(&window, u"environments-ready"_s);

    // Connect: the desktop in a tab of the Desktops area
    QTest::mouseClick(view->connectButton(), Qt::LeftButton);
    QTRY_VERIFY(window.desktops());
    ui::SessionTabs *desktops = window.desktops();
    QCOMPARE(window.areas()->currentWidget(), desktops);
    QCOMPARE(desktops->count(), 1);
    ui::RemoteView *remote = desktops->currentView();
    QVERIFY(remote);
    QTRY_COMPARE_WITH_TIMEOUT(remote->session()->state(), remote::RemoteSession::State::Connected, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(remote->session()->frameBuffer().size(), QSize(1280, 800), 20000);

    // the VM's real pixels: its background colour, and windows (the name label, a clock) on it
    const QColor background(0x2e, 0x5d, 0x8a); // the CCP4 template's desktop colour
    // (the name window may be mapped a little after the background is painted: on a loaded machine the
    // first picture with the background can come before it)
    QImage frame;
    int others = 0;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            frame = remote->session()->frameBuffer().snapshot();
            others = 0;
            for (int y = 40; y < 120; ++y)
                for (int x = 40; x < 200; ++x)
                    others += frame.pixelColor(x, y) != background;
            return frame.pixelColor(640, 400) == background && others > 500;
        }(),
        "the window naming the machine is drawn over the background", 20000);
    // what the tab paints is that picture
    const QImage shown = remote->grab().toImage();
    const QRectF where = remote->displayRect();
    const QPoint centre = (where.topLeft() + QPointF(where.width() / 2, where.height() / 2)).toPoint();
    QCOMPARE(QColor(shown.pixel(centre)).blue(), background.blue()); // scaled: compare one channel loosely
    shoot(&window, u"desktop-connected"_s);

    // a real interaction: pressing on the root window opens twm's menu on the VM
    const QPoint remotePoint(700, 450);
    const qreal scale = where.width() / 1280.0;
    const QPoint widgetPoint = (where.topLeft() + QPointF(remotePoint) * scale).toPoint();
    QVERIFY((remote->toRemote(widgetPoint) - remotePoint).manhattanLength() <= 2); // scaled: rounding
    const QImage before = remote->session()->frameBuffer().snapshot();
    const QRect menuArea(remotePoint, QSize(120, 120));
    QTest::mouseMove(remote, widgetPoint);
    QTest::mousePress(remote, Qt::LeftButton, Qt::NoModifier, widgetPoint);
    QTRY_VERIFY_WITH_TIMEOUT(
        differingPixels(remote->session()->frameBuffer().snapshot(), before, menuArea) > 500, 20000);
    shoot(&window, u"desktop-twm-menu"_s);
    QTest::mouseRelease(remote, Qt::LeftButton, Qt::NoModifier, widgetPoint);
    QTRY_VERIFY_WITH_TIMEOUT(
        differingPixels(remote->session()->frameBuffer().snapshot(), before, menuArea) < 50, 20000);

    // Connect again shows the same tab, it does not open a second connection
    window.areas()->setCurrentWidget(view);
    QTest::mouseClick(view->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(window.areas()->currentWidget(), desktops);
    QCOMPARE(desktops->count(), 1);

    // Delete: a "no" keeps it; a "yes" removes it, and its desktop tab closes
    window.areas()->setCurrentWidget(view);
    view->selectEnvironment(id);
    ui::Dialogs::setNextConfirm(false);
    QTest::mouseClick(view->deleteButton(), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(EnvironmentModel::StateRole).toInt(), int(EnvironmentState::Ready));
    ui::Dialogs::setNextConfirm(true);
    QTest::mouseClick(view->deleteButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data(EnvironmentModel::StateRole).toInt(),
                              int(EnvironmentState::Stopping), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 60000);
    QTRY_VERIFY(!window.desktops());
    QCOMPARE(window.areas()->count(), 2);
    QVERIFY(view->messageText().isEmpty());
}

// Mantid Workbench prefers RDP: Connect opens RDP (its certificate asked once), "Connect with VNC"
// replaces the tab with the same desktop over VNC, and back; the whole client in German on the way, for
// the screenshots.
void TestGuiEnvironments::rdpAndVncOfTheSameMachineInGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(support::installTranslations().endsWith(u"daas_de.qm"_s));
    auto english = qScopeGuard([] { QVERIFY(testing::installEnglishTranslator()); });
    identity::Account account(profile(*m_cloud));
    ui::MainWindow window(&account);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    signIn(window);
    ui::EnvironmentsView *view = window.environments();
    QVERIFY(view);
    view->setWatchOptions(testing::fastWatch(90000));
    window.areas()->setCurrentWidget(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->templates()->rowCount() >= 3, 20000);
    const int mantid = templateRow(view->templates(), u"Mantid Workbench"_s);
    QVERIFY(mantid >= 0);
    view->templateList()->setCurrentIndex(view->templates()->index(mantid, 0));
    view->launchTemplate(mantid);
    QTRY_VERIFY(view->launchDialog());
    view->launchDialog()->nameEdit()->setText(u"Reduction"_s);
    view->launchDialog()->accept();
    EnvironmentModel *model = view->environments();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
    const QString id = model->index(0, 0).data(EnvironmentModel::IdRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data(EnvironmentModel::StateRole).toInt(),
                              int(EnvironmentState::Ready), 60000);
    view->selectEnvironment(id);
    QTRY_VERIFY(view->connectButton()->isEnabled());
    // the template's choice, shown on the button; both protocols offered in the menu
    QCOMPARE(view->connectButton()->text(), u"&Verbinden (RDP)"_s);
    QVERIFY(view->connectVncAction()->isEnabled());
    QVERIFY(view->connectRdpAction()->isEnabled());
    shoot(&window, u"de-environments-ready-rdp"_s);

    QTest::mouseClick(view->connectButton(), Qt::LeftButton);
    QTRY_VERIFY(window.desktops());
    ui::SessionTabs *desktops = window.desktops();
    ui::RemoteView *rdp = desktops->currentView();
    QVERIFY(rdp);
    QCOMPARE(rdp->session()->protocol(), remote::RemoteProtocol::Rdp);
    // a machine the user has not met: its certificate is asked for (the password is the facility's)
    QTRY_VERIFY_WITH_TIMEOUT(rdp->certificateBox(), 30000);
    shoot(rdp->certificateBox(), u"de-rdp-certificate"_s);
    QAbstractButton *trust = nullptr;
    for (QAbstractButton *b : rdp->certificateBox()->buttons())
        if (rdp->certificateBox()->buttonRole(b) == QMessageBox::AcceptRole)
            trust = b;
    QVERIFY(trust);
    trust->click();
    QTRY_COMPARE_WITH_TIMEOUT(rdp->session()->state(), remote::RemoteSession::State::Connected, 30000);
    const QColor background(0x3b, 0x7a, 0x3b); // the Mantid template's desktop colour
    auto centreIs = [](ui::RemoteView *v, const QColor &c) {
        const QImage f = v->session()->frameBuffer().snapshot();
        if (f.isNull())
            return false;
        const QColor p = f.pixelColor(f.width() / 2, f.height() / 2);
        return qAbs(p.red() - c.red()) < 24 && qAbs(p.green() - c.green()) < 24 &&
               qAbs(p.blue() - c.blue()) < 24;
    };
    QTRY_VERIFY_WITH_TIMEOUT(centreIs(rdp, background), 20000);
    QVERIFY(desktops->saveConnectionFileAction()->isEnabled());
    shoot(&window, u"de-desktop-rdp"_s);

    // the same desktop over VNC, in the same tab's place
    window.areas()->setCurrentWidget(view);
    view->connectVncAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.desktops() && window.desktops()->currentView() &&
                                 window.desktops()->currentView()->session()->protocol() ==
                                     remote::RemoteProtocol::Vnc,
                             20000);
    desktops = window.desktops();
    QCOMPARE(desktops->count(), 1);
    ui::RemoteView *vnc = desktops->currentView();
    QTRY_COMPARE_WITH_TIMEOUT(vnc->session()->state(), remote::RemoteSession::State::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(centreIs(vnc, background), 20000);
    QVERIFY(!desktops->saveConnectionFileAction()->isEnabled());
    shoot(&window, u"de-desktop-vnc"_s);
    // the choice is remembered for the template
    window.areas()->setCurrentWidget(view);
    QCOMPARE(view->connectButton()->text(), u"&Verbinden (VNC)"_s);

    // and back to RDP: the certificate is remembered, nothing is asked
    view->connectRdpAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.desktops() && window.desktops()->currentView() &&
                                 window.desktops()->currentView()->session()->protocol() ==
                                     remote::RemoteProtocol::Rdp,
                             20000);
    ui::RemoteView *again = window.desktops()->currentView();
    QTRY_COMPARE_WITH_TIMEOUT(again->session()->state(), remote::RemoteSession::State::Connected, 30000);
    QVERIFY(!again->certificateBox());
    QCOMPARE(window.desktops()->count(), 1);

    ui::Dialogs::setNextConfirm(true);
    window.areas()->setCurrentWidget(view);
    view->deleteEnvironment(id);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 60000);
    QTRY_VERIFY(!window.desktops());
}

void TestGuiEnvironments::cloudFaultIsASentence()
{
    identity::Account account(profile(*m_cloud));
    account.setServiceLogin({u"alice"_s, u"alice-pw"_s});
    ui::EnvironmentsView view(&account);
    view.resize(1100, 600);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.templates()->rowCount() >= 3, 20000);
    QVERIFY(view.messageText().isEmpty());
    // the next call gets a real XML-RPC <fault>
    QVERIFY(!m_cloud->admin(u"fault-next"_s).isNull());
    view.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!view.messageText().isEmpty(), 20000);
    const QString text = view.messageText();
    QVERIFY2(text.endsWith(u'.') && !text.contains(u"fault"_s) && !text.contains(u"xmlrpc"_s),
             qPrintable(text));
    shoot(&view, u"environments-fault"_s);
    // nothing else was lost: the templates are still there
    QVERIFY(view.templates()->rowCount() >= 3);
}

void TestGuiEnvironments::desktopThatNeverAnswers()
{
    CloudEmulatorProcess silent(CloudEmulatorProcess::Kind::OpenNebula,
                                fastCloud + QStringList{u"--no-desktop"_s});
    QVERIFY(silent.isRunning());
    identity::Account account(profile(silent));
    account.setServiceLogin({u"alice"_s, u"alice-pw"_s});
    ui::EnvironmentsView view(&account);
    view.setWatchOptions(testing::fastWatch(3000));
    view.resize(1100, 600);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.templates()->rowCount() >= 3, 20000);
    view.templateList()->setCurrentIndex(
        view.templates()->index(templateRow(view.templates(), u"Small Linux Desktop"_s), 0));
    view.launchTemplate(view.templateList()->currentIndex().row());
    QTRY_VERIFY(view.launchDialog());
    view.launchDialog()->nameEdit()->setText(u"Quiet one"_s);
    view.launchDialog()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!view.messageText().isEmpty(), 30000);
    QVERIFY2(view.messageText().contains(u"“Quiet one”"_s), qPrintable(view.messageText()));
    QVERIFY(view.messageText().contains(u"minute"_s));
    EnvironmentModel *model = view.environments();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, EnvironmentModel::StateColumn).data().toString(), u"Not answering"_s);
    QVERIFY(model->index(0, EnvironmentModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"“Quiet one”"_s));
    QVERIFY(!view.connectButton()->isEnabled());
    shoot(&view, u"environments-timeout"_s);
}

void TestGuiEnvironments::resumedSessionAsksForThePassword()
{
    identity::Account account(profile(*m_cloud));
    account.signIn(u"simple"_s, {{u"username"_s, u"alice"_s}, {u"password"_s, u"alice-pw"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(account.serviceLogin().isValid(), 20000);
    account.setServiceLogin({}); // what a resumed session has: no password
    ui::EnvironmentsView view(&account);
    view.resize(1100, 600);
    view.show();
    QTRY_VERIFY(view.passwordDialog());
    QCOMPARE(view.passwordDialog()->userName(), u"alice"_s);
    shoot(view.passwordDialog(), u"environments-password"_s);

    // a wrong one: the cloud refuses, the dialog comes back saying so
    view.passwordDialog()->passwordEdit()->setText(u"nope"_s);
    view.passwordDialog()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(view.passwordDialog() && view.passwordDialog()->isVisible(), 20000);
    QCOMPARE(view.templates()->rowCount(), 0);
    view.passwordDialog()->passwordEdit()->setText(u"alice-pw"_s);
    view.passwordDialog()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(view.templates()->rowCount() >= 3, 20000);
    QCOMPARE(account.serviceLogin().password, u"alice-pw"_s);

    // signing out clears the area
    account.setServiceLogin({});
    QCOMPARE(view.templates()->rowCount(), 0);
}

void TestGuiEnvironments::noCloudNoArea()
{
    identity::Account account(m_icat->profile());
    ui::MainWindow window(&account);
    window.show();
    signIn(window);
    QVERIFY(!window.environments());
    QCOMPARE(window.areas()->count(), 1);
}

QTEST_MAIN(TestGuiEnvironments)
#include "tst_gui_environments.moc"
