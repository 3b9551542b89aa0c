#include "Dialogs.h"

#include <QFileDialog>
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

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (s_nextConfirm >= 0)
        return std::exchange(s_nextConfirm, -1) == 1;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

} // namespace daas::ui
