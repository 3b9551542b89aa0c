// daas-icons SVG OUTDIR: the installers' icons, made at build time from the one SVG (resources/daas.svg),
// so no binary icon is committed and none can drift from the SVG.
//   OUTDIR/daas.ico                           Windows: the .exe's resource icon and the MSI's product icon
//   OUTDIR/daas.icns                          macOS: the bundle's icon
//   OUTDIR/hicolor/NxN/apps/daas-desktop.png  Linux: the freedesktop icon theme, beside the scalable SVG
// Needs only QtGui (raster painting, the built-in PNG writer) and QtSvg: no platform plug-in, no
// image-format plug-in, so it runs on a build machine without a display.

#include "IconContainers.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

using namespace daas::icontool;

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (bytes.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "daas-icons: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: daas-icons SVG OUTDIR\n");
        return 2;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    QSvgRenderer svg(svgPath);
    if (!svg.isValid()) {
        std::fprintf(stderr, "daas-icons: %s is not a readable SVG\n", argv[1]);
        return 1;
    }

    // Windows: the sizes the shell asks for at 100–250 % scaling
    const QList<int> icoSizes{16, 20, 24, 32, 40, 48, 64, 128, 256};
    QList<QImage> icoImages;
    for (int size : icoSizes)
        icoImages.append(render(svg, size));

    // macOS: icp4/icp5 (16, 32), ic07–ic09 (128–512) and their @2x twins ic11–ic14, ic10 (512@2x = 1024)
    const QList<std::pair<const char *, int>> icnsTypes{
        {"icp4", 16},  {"icp5", 32},  {"ic11", 32},  {"icp6", 64},  {"ic12", 64},  {"ic07", 128},
        {"ic08", 256}, {"ic13", 256}, {"ic09", 512}, {"ic14", 512}, {"ic10", 1024}};
    QList<IcnsChunk> icnsChunks;
    for (const auto &[type, size] : icnsTypes)
        icnsChunks.append({QByteArray(type), render(svg, size)});

    bool ok = writeFile(outDir + QStringLiteral("/daas.ico"), icoFile(icoImages)) &&
              writeFile(outDir + QStringLiteral("/daas.icns"), icnsFile(icnsChunks));

    // Linux: the hicolor theme's fixed sizes
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString dir = QStringLiteral("%1/hicolor/%2x%2/apps").arg(outDir).arg(size);
        ok = ok && writeFile(dir + QStringLiteral("/daas-desktop.png"), pngBytes(render(svg, size)));
    }
    return ok ? 0 : 1;
}
