#pragma once

// What a keyboard or screen-reader user meets in a window: every interactive widget (buttons, fields, combos,
// views, tab bars...) must have an accessible name as Qt's accessibility reports it (its own name, visible
// text or a label buddy), and must be reached by Tab and by Shift+Tab (real key events) without Tab getting
// stuck in one widget. Findings are sentences naming the window, the widget and what is wrong.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>
#include <algorithm>

namespace daas::testing {

using namespace Qt::StringLiterals;

inline QString describe(const QWidget *w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += u" \"" + w->objectName() + u'"';
    if (const auto *b = qobject_cast<const QAbstractButton *>(w); b && !b->toolTip().isEmpty())
        text += u" (tooltip: " + b->toolTip() + u')';
    for (const QObject *p = w->parent(); p; p = p->parent())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_")) {
            text += u" in \"" + p->objectName() + u'"';
            break;
        }
    return text;
}

inline bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false;
    // the editor inside a spin box or an editable combo is its parent's (focus proxy)
    if (w->parentWidget() && (qobject_cast<const QAbstractSpinBox *>(w->parentWidget()) ||
                              qobject_cast<const QComboBox *>(w->parentWidget())))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
           qobject_cast<const QTabBar *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w);
}

// The interactive widgets a user sees in `window` now (hidden pages and closed docks are not there).
inline QList<QWidget *> interactiveWidgets(QWidget *window)
{
    QList<QWidget *> found;
    for (QWidget *w : window->findChildren<QWidget *>())
        if (w->window() == window && w->isVisible() && isInteractive(w))
            found << w;
    return found;
}

inline QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Presses Tab (or Shift+Tab) from the first widget of the chain until focus comes back; what was focused.
// A key press that leaves focus where it was is a trap. Without a window manager the X server may hand
// activation back to the window below a moment after this one became active (a late focus event of the
// window opened before); a walk that finds focus in another window was not walking this one's chain, so it
// starts again on this window, a few times, before saying so.
inline QSet<QWidget *> walkFocus(QWidget *window, bool forward, QStringList *findings, const QString &where)
{
    enum class Walk { Done, LeftTheWindow };
    QSet<QWidget *> visited;
    auto walkOnce = [&]() {
        visited.clear();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            return Walk::LeftTheWindow;
        QWidget *start = QApplication::focusWidget();
        if (!start || start->window() != window) {
            // nothing focused yet: the first widget of the chain that takes Tab focus
            for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain())
                if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                    w->setFocus(Qt::TabFocusReason);
                    break;
                }
            start = QApplication::focusWidget();
        }
        if (!start)
            return Walk::Done;
        if (start->window() != window)
            return Walk::LeftTheWindow;
        const int limit = int(window->findChildren<QWidget *>().size()) + 2;
        QWidget *current = start;
        for (int i = 0; i < limit; ++i) {
            visited << current;
            if (forward)
                QTest::keyClick(current, Qt::Key_Tab);
            else
                QTest::keyClick(current, Qt::Key_Backtab, Qt::ShiftModifier);
            QWidget *next = QApplication::focusWidget();
            if (next == current) {
                // a widget that keeps Tab for itself (a remote desktop) is left with Ctrl+Tab
                QTest::keyClick(current, forward ? Qt::Key_Tab : Qt::Key_Backtab,
                                forward ? Qt::ControlModifier : Qt::ControlModifier | Qt::ShiftModifier);
                next = QApplication::focusWidget();
            }
            if (QApplication::activeWindow() != window || (next && next->window() != window))
                return Walk::LeftTheWindow;
            if (next == current) {
                *findings << where + u": "_s + (forward ? u"Tab"_s : u"Shift+Tab"_s) + u" does not leave "_s +
                                 describe(current) + u" (a focus trap)"_s;
                return Walk::Done;
            }
            if (!next || next == start)
                return Walk::Done;
            current = next;
        }
        return Walk::Done;
    };
    for (int attempt = 0; attempt < 3; ++attempt)
        if (walkOnce() == Walk::Done)
            return visited;
    *findings << where + u": the window did not keep the keyboard focus while Tab was pressed in it"_s;
    return {};
}

// An action a keyboard reaches without focusing a button: by its shortcut or in a menu (Alt, F10).
inline bool reachable(QAction *action)
{
    if (!action->shortcut().isEmpty())
        return true;
    for (QObject *o : action->associatedObjects())
        if (qobject_cast<QMenu *>(o))
            return true;
    return false;
}

// Buttons that take no focus by Qt's design, with the keyboard's way to what they do.
inline bool reachedOtherwise(QWidget *w, QWidget *window)
{
    // a tool bar's button: its action
    const auto *tool = qobject_cast<const QToolButton *>(w);
    if (tool && tool->defaultAction())
        return reachable(tool->defaultAction());
    // a tool bar's "more" button: every action of its tool bar
    if (auto *bar = qobject_cast<QToolBar *>(w->parentWidget());
        bar && w->objectName() == u"qt_toolbar_ext_button")
        return std::ranges::all_of(bar->actions(), [](QAction *a) {
            // a widget in the tool bar (a combo, a label) is its own: the walk meets it where it shows
            return a->isSeparator() || qobject_cast<QWidgetAction *>(a) || reachable(a);
        });
    // a dock's float and close buttons: its entry in a menu
    if (auto *dock = qobject_cast<QDockWidget *>(w->parentWidget());
        dock && w->objectName().startsWith(u"qt_dockwidget_"))
        return reachable(dock->toggleViewAction());
    // a tab's close button: the window's Close key
    if (qobject_cast<QTabBar *>(w->parentWidget()))
        return std::ranges::any_of(window->findChildren<QAction *>(), [](QAction *a) {
            return a->shortcuts().contains(QKeySequence(QKeySequence::Close)) ||
                   a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_W));
        });
    return false;
}

// All findings for `window` as it is shown now; `where` names it in the sentences.
inline QStringList auditWindow(QWidget *window, const QString &where, int *unnamed = nullptr)
{
    QStringList findings;
    const QList<QWidget *> widgets = interactiveWidgets(window);
    for (QWidget *w : widgets)
        if (accessibleName(w).isEmpty()) {
            findings << where + u": "_s + describe(w) + u" has no accessible name"_s;
            if (unnamed)
                ++*unnamed;
        }
    const QSet<QWidget *> forward = walkFocus(window, true, &findings, where);
    const QSet<QWidget *> backward = walkFocus(window, false, &findings, where);
    qInfo().noquote() << where + u":"_s << widgets.size() << "interactive widgets," << forward.size()
                      << "reached with Tab," << backward.size() << "with Shift+Tab";
    for (QWidget *w : widgets) {
        if (!w->isEnabled())
            continue;
        if (!(w->focusPolicy() & Qt::TabFocus)) {
            if (!reachedOtherwise(w, window))
                findings << where + u": "_s + describe(w) + u" takes no keyboard focus and has no shortcut"_s;
            continue;
        }
        // a widget that hands its focus to another (a combo's editor, a proxy) is reached through it
        QWidget *target = w->focusProxy() ? w->focusProxy() : w;
        if (!forward.contains(target))
            findings << where + u": "_s + describe(w) + u" cannot be reached with Tab"_s;
        else if (!backward.contains(target))
            findings << where + u": "_s + describe(w) + u" cannot be reached with Shift+Tab"_s;
    }
    return findings;
}

} // namespace daas::testing
