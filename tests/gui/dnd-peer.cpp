// daas-dnd-peer: the other application of a real X11 drag and drop (XDND) test, in its own process as a file
// manager would be. Driven by xdotool on the test session's display.
//   daas-dnd-peer target X Y W H         a window there that accepts file drops; prints "DROP <local path>"
//                                         per dropped file, then "END"
//   daas-dnd-peer source X Y W H FILE... a window there; pressing the mouse in it drags FILE... (copy)
// Both print "READY" once their window is on the screen.
#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

class Peer : public QWidget
{
public:
    explicit Peer(QStringList files)
        : m_files(std::move(files))
    {
        setAcceptDrops(m_files.isEmpty());
        setWindowTitle(m_files.isEmpty() ? QStringLiteral("drop target") : QStringLiteral("drag source"));
    }

protected:
    void dragEnterEvent(QDragEnterEvent *e) override
    {
        if (e->mimeData()->hasUrls())
            e->acceptProposedAction();
    }
    void dragMoveEvent(QDragMoveEvent *e) override { e->acceptProposedAction(); }
    void dropEvent(QDropEvent *e) override
    {
        for (const QUrl &u : e->mimeData()->urls())
            out() << "DROP " << (u.isLocalFile() ? u.toLocalFile() : u.toString()) << Qt::endl;
        out() << "END" << Qt::endl;
        e->acceptProposedAction();
    }
    void mousePressEvent(QMouseEvent *) override
    {
        if (m_files.isEmpty())
            return;
        auto *data = new QMimeData;
        QList<QUrl> urls;
        for (const QString &f : std::as_const(m_files))
            urls << QUrl::fromLocalFile(f);
        data->setUrls(urls);
        auto *drag = new QDrag(this);
        drag->setMimeData(data);
        const Qt::DropAction done = drag->exec(Qt::CopyAction);
        out() << "RESULT " << int(done) << Qt::endl;
    }

private:
    QStringList m_files;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 5 ||
        (args.first() != QLatin1String("target") && args.first() != QLatin1String("source")))
        return 64;
    Peer peer(args.first() == QLatin1String("source") ? args.mid(5) : QStringList());
    peer.setGeometry(args.at(1).toInt(), args.at(2).toInt(), args.at(3).toInt(), args.at(4).toInt());
    peer.show();
    QTimer::singleShot(300, &peer, [] { out() << "READY" << Qt::endl; });
    return app.exec();
}
