#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace daas::ui {

QString Dialogs::chooseFolder(QWidget *parent, const QString &title, const QString &start)
{
    if (!s_nextFolder.isNull())
        return std::exchange(s_nextFolder, QString());
    return QFileDialog::getExistingDirectory(parent, title, start);
}

QString Dialogs::chooseFile(QWidget *parent, const QString &title, const QString &start,
                            const QString &filter)
{
    if (!s_nextFile.isNull())
        return std::exchange(s_nextFile, QString());
    return QFileDialog::getOpenFileName(parent, title, start, filter);
}

QStringList Dialogs::chooseFiles(QWidget *parent, const QString &title, const QString &start)
{
    if (s_nextFiles)
        return *std::exchange(s_nextFiles, std::nullopt);
    return QFileDialog::getOpenFileNames(parent, title, start);
}

QString Dialogs::chooseSaveFile(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter)
{
    if (!s_nextSaveFile.isNull())
        return std::exchange(s_nextSaveFile, QString());
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text)
{
    ++s_confirms;
    if (s_nextConfirm >= 0)
        return std::exchange(s_nextConfirm, -1) == 1;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

std::optional<QString> Dialogs::askText(QWidget *parent, const QString &title, const QString &label,
                                        const QString &suggested)
{
    if (s_hasNextText) {
        s_hasNextText = false;
        return std::exchange(s_nextText, std::nullopt);
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggested, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace daas::ui
