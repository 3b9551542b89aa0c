#include "DemoDavServer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QtMath>

namespace daas::testing {

namespace {

bool appendText(const QString &path, const QString &text, bool truncate = false)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | (truncate ? QIODevice::Truncate : QIODevice::Append)))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

// A small plot, so that the icon view has a picture to show.
QByteArray plotPng(quint32 seed)
{
    QImage image(480, 320, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x5b, 0x6b, 0x7a), 2));
    p.drawLine(40, 280, 460, 280);
    p.drawLine(40, 280, 40, 20);
    QRandomGenerator gen(seed);
    QPolygonF curve;
    for (int x = 0; x <= 400; x += 4) {
        const double peak = 200 * qExp(-qPow((x - 180) / 35.0, 2)) + 70 * qExp(-qPow((x - 300) / 20.0, 2));
        curve << QPointF(45 + x, 270 - peak - gen.bounded(8));
    }
    p.setPen(QPen(QColor(0x1f, 0x5f, 0x8b), 2));
    p.drawPolyline(curve);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

DemoDavServer::DemoDavServer(QList<User> users)
    : m_users(std::move(users))
{}

QUrl DemoDavServer::homesUrl() const
{
    return rootUrl();
}

bool DemoDavServer::writeConfig()
{
    if (!ApacheDavServer::writeConfig())
        return false;
    // the demo users instead of the test user
    QString htpasswd;
    for (const User &u : std::as_const(m_users))
        htpasswd += u.name + QStringLiteral(":{SHA}") +
                    QString::fromLatin1(
                        QCryptographicHash::hash(u.password.toUtf8(), QCryptographicHash::Sha1).toBase64()) +
                    QLatin1Char('\n');
    if (!appendText(dir() + QStringLiteral("/htpasswd"), htpasswd, true))
        return false;
    QString conf = QStringLiteral("\n# demo: one home per user, the list of homes closed\n"
                                  "<LocationMatch \"^/dav/?$\">\n    Require all denied\n</LocationMatch>\n");
    for (const User &u : std::as_const(m_users)) {
        QDir().mkpath(dataDir() + QLatin1Char('/') + u.name);
        conf +=
            QStringLiteral("<Directory %1/%2>\n    Require user %2\n</Directory>\n").arg(dataDir(), u.name);
    }
    return appendText(configPath(), conf);
}

bool DemoDavServer::addSamples()
{
    bool ok = true;
    quint32 seed = 1;
    for (const User &u : std::as_const(m_users)) {
        const QString home = u.name + QLatin1Char('/');
        ok = ok && putFile(home + QStringLiteral("README.txt"),
                           QStringLiteral(
                               "Hello %1,\n\nthis is your persistent storage at the local demo facility.\n"
                               "What you keep here is there in every analysis environment you start.\n"
                               "Drop files from your desktop onto the Files area to upload them.\n")
                               .arg(u.name)
                               .toUtf8());
        ok =
            ok &&
            putFile(
                home + QStringLiteral("analysis/reduce_mari.py"),
                "# Reduce a MARI run to S(Q, w)\n"
                "from mantid.simpleapi import Load, DgsReduction\n\n"
                "ws = Load('MAR25100.nxs')\n"
                "DgsReduction(SampleInputWorkspace=ws, IncidentEnergyGuess=60, OutputWorkspace='reduced')\n");
        ok =
            ok && putFile(home + QStringLiteral("analysis/notes.md"),
                          "# Beamtime notes\n\n- run 25100: kagome sample, 60 meV\n- run 25101: empty can\n");
        QString csv = QStringLiteral("energy_meV,intensity,error\n");
        QRandomGenerator gen(seed);
        for (int i = 0; i < 200; ++i)
            csv += QStringLiteral("%1,%2,%3\n")
                       .arg(i * 0.3, 0, 'f', 1)
                       .arg(gen.bounded(1000))
                       .arg(gen.bounded(30));
        ok = ok && putFile(home + QStringLiteral("results/MAR25100_reduced.csv"), csv.toUtf8());
        ok = ok && putFile(home + QStringLiteral("results/spectrum.png"), plotPng(seed));
        QByteArray data(256 * 1024, Qt::Uninitialized);
        gen.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        ok = ok && putFile(home + QStringLiteral("data/MAR25100.nxs"), data);
        ok = ok && makeDir(home + QStringLiteral("data/empty run folder"));
        ++seed;
    }
    fixOwnership();
    return ok;
}

} // namespace daas::testing
