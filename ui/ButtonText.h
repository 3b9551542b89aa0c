#pragma once

#include <QAction>
#include <QRegularExpression>
#include <QString>

namespace daas::ui {

// A tool button beside its icon shows the action's menu text with Qt dropping the "&", but not the "(&O)"
// that Japanese (and Chinese, Korean) translations put after the words: the button would read "開く(O)".
// The menus keep the mnemonic; the button gets the words alone.
inline void dropAppendedMnemonicOnButtons(QAction *action)
{
    static const QRegularExpression appended(QStringLiteral(R"(\s*\(&[^&]\))"));
    QString text = action->text();
    if (text.contains(appended))
        action->setIconText(text.remove(appended));
}

} // namespace daas::ui
