#pragma once
// The suite of tst_gui_files*.cpp (one program): the Files area and its transfer panel in a window, against a
// real Apache mod_dav started for each test.

#include "Breadcrumb.h"
#include "ConflictDialog.h"
#include "Dialogs.h"
#include "DragPayload.h"
#include "EnglishTranslator.h"
#include "FileBrowser.h"
#include "IcatEmulatorProcess.h"
#include "LocalFiles.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "PasswordPrompt.h"
#include "RemoteFolderProxy.h"
#include "SignInDialog.h"
#include "TransferDelegate.h"
#include "TransferPanel.h"
#include "UseOnComputerDialog.h"
#include "dav/DavServer.h"
#include "dav/StorageProfile.h"
#include "identity/Account.h"
#include "storage/RemoteFolderModel.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h" // RemoteFolderModel.h needs DavJob complete
#include "support/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace daas;
using daas::storage::RemoteFolderModel;
using daas::storage::Transfer;

namespace daas::testing::files {

inline constexpr int slow = 30000; // generous: the machine is shared

using testing::readFile;
using testing::writeFile;

inline QStringList namesIn(const QAbstractItemModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, 0).data().toString();
    return out;
}

inline void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DAAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace daas::testing::files

using namespace daas::testing::files;

// Slots are defined in tst_gui_files.cpp (the fixture, browsing and editing) and tst_gui_files_transfers.cpp
// (moc and raw strings do not mix).
class TestGuiFiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::ApacheDavServer> m_server;
    std::unique_ptr<identity::Account> m_account;
    std::unique_ptr<QWidget> m_window; // browser and panel side by side, as in the main window
    ui::FileBrowser *m_browser = nullptr;
    ui::TransferPanel *m_panel = nullptr;
    std::unique_ptr<QTemporaryDir> m_local;

    QString onServer(const QString &path) const { return m_server->dataDir() + u'/' + path; }
    QString local(const QString &name) const { return m_local->filePath(name); }
    void openBrowser();
    void waitListed();
    QPoint emptyArea() const;
    static void dropOn(QWidget *viewport, const QPoint &pos, QMimeData *data, Qt::DropAction action,
                       Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    bool waitIdle(int timeout = slow);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void browseSortAndKeyboard();
    void detailAndIconViews();
    void createFolderAndRenameInPlace();
    void renameRefusedWithASentence();
    void deleteAsksFirst();
    void dropLocalFilesAndAFolder();
    void dragWithinMovesAndCtrlCopies();
    void dragOutStagesLocalFiles();
    void conflictKeepBothAndApplyToAll();
    void conflictKeepNewerForAll();
    void folderInTheWayIsSaidNotAsked();
    void transfersAtOnceIsKept();
    void passwordAskedMidQueueThenCarriesOn();
    void rowButtonsPauseResumeCancelRetry();
    void serverErrorIsOneSentence();
    void refusedEntriesAreNoticed();
    void downloadAsZipAndExtractHere();
    void filesAreaAfterSignIn();
    void copyLinkPutsEncodedAddresses();
    void useOnComputerShowsTheAddressAndMounts();
};
