#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace daas::ui {

// "Copy to my storage…": where in the user's storage the chosen datasets or datafiles go. One folder
// field (the last one chosen, "datasets" at first; made if missing) and a line on what happens: the data
// goes from the data service straight into the storage, where analysis environments and batch jobs see it.
// Opened with open(); accepted() means copy into folder().
class CopyToStorageDialog : public QDialog
{
    Q_OBJECT
public:
    // `what`: what is copied, as the user knows it ("“MARI run data”", "3 datasets"); `bytes`: its size, or
    // -1 when not known; `whereItGoes`: for a folder, a sentence on where the copies end up in it.
    CopyToStorageDialog(const QString &what, qint64 bytes,
                        std::function<QString(const QString &)> whereItGoes, QWidget *parent = nullptr);

    // The folder as typed, without leading or trailing slashes ("" is the storage's top folder).
    QString folder() const;
    void setFolder(const QString &folder);
    QLineEdit *folderField() const { return m_folder; }
    QPushButton *copyButton() const { return m_copy; }

private:
    void updatePreview();

    QString m_what;
    std::function<QString(const QString &)> m_whereItGoes;
    QLineEdit *m_folder;
    QLabel *m_preview;
    QPushButton *m_copy;
};

} // namespace daas::ui
