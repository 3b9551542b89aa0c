#pragma once

#include <QEvent>
#include <QObject>

namespace daas::bench {

// Counts the paint events of the widget it is installed on (the viewers' painted frames per second).
class PaintCounter : public QObject
{
public:
    long paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace daas::bench
