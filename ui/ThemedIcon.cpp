#include "ThemedIcon.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace daas::ui {

namespace {

// WCAG 2 relative luminance and contrast ratio
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `colour` with its lightness moved toward `towards` until it has `target` contrast with every background.
QColor readable(const QColor &colour, const QList<QColor> &backgrounds, const QColor &towards, double target)
{
    auto enough = [&](const QColor &c) {
        return std::ranges::all_of(backgrounds, [&](const QColor &bg) { return contrast(c, bg) >= target; });
    };
    if (enough(colour))
        return colour;
    const float h = colour.hslHueF(), s = colour.hslSaturationF();
    const float goal = towards.lightnessF();
    float l = colour.lightnessF();
    const float step = goal > l ? 0.04f : -0.04f;
    QColor c = colour;
    for (int i = 0; i < 30 && !enough(c); ++i) {
        l = std::clamp(l + step, 0.0f, 1.0f);
        c = QColor::fromHslF(h < 0 ? 0 : h, s, l);
    }
    return enough(c) ? c : towards;
}

class PaletteSvgEngine : public QIconEngine
{
public:
    explicit PaletteSvgEngine(const QString &path)
        : m_path(path)
    {}

    QIconEngine *clone() const override { return new PaletteSvgEngine(m_path); }
    QString key() const override { return u"daas-palette-svg"_s; }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    bool isNull() override { return svg().isEmpty(); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QSize pixels = size * scale;
        const QString cacheKey = u"daas-icon:%1:%2x%3:%4:%5:%6:%7"_s.arg(m_path)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(int(mode))
                                     .arg(palette.color(QPalette::Window).rgba())
                                     .arg(palette.color(QPalette::Base).rgba())
                                     .arg(palette.color(QPalette::Highlight).rgba());
        QPixmap pixmap;
        if (!QPixmapCache::find(cacheKey, &pixmap)) {
            QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QSvgRenderer renderer(recoloured(palette, mode));
            QPainter painter(&image);
            if (mode == QIcon::Disabled)
                painter.setOpacity(0.45);
            renderer.render(&painter, QRectF(QPointF(0, 0), pixels));
            painter.end();
            pixmap = QPixmap::fromImage(std::move(image));
            QPixmapCache::insert(cacheKey, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

private:
    const QByteArray &svg()
    {
        if (m_svg.isEmpty()) {
            QFile file(m_path);
            if (file.open(QIODevice::ReadOnly))
                m_svg = file.readAll();
        }
        return m_svg;
    }

    QByteArray recoloured(const QPalette &palette, QIcon::Mode mode)
    {
        const QColor window = palette.color(QPalette::Window);
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::WindowText);
        const bool dark = window.lightnessF() < 0.5f;
        // a high-contrast theme wants its icons as clear as its text
        const double target = contrast(text, window) >= 15.0 ? 7.0 : 3.0;
        const QList<QColor> backgrounds =
            mode == QIcon::Selected ? QList<QColor>{palette.color(QPalette::Highlight)} : QList{window, base};
        const QColor towards = mode == QIcon::Selected ? palette.color(QPalette::HighlightedText) : text;
        QString source = QString::fromUtf8(svg());
        static const QRegularExpression colourAttribute(u"(fill|stroke)=\"(#[0-9a-fA-F]{6})\""_s);
        QString result;
        qsizetype last = 0;
        for (const QRegularExpressionMatch &m : colourAttribute.globalMatch(source)) {
            const QColor original(m.captured(2));
            QColor colour;
            if (m.captured(1) == u"fill" && original.lightnessF() > 0.8f)
                colour = dark ? base : original; // the paper of a document or a folder's inside
            else
                colour = readable(original, backgrounds, towards, target);
            result += QStringView(source).mid(last, m.capturedStart() - last);
            result += m.captured(1) + u"=\"" + colour.name() + u'"';
            last = m.capturedEnd();
        }
        result += QStringView(source).mid(last);
        return result.toUtf8();
    }

    QString m_path;
    QByteArray m_svg;
};

} // namespace

QColor readableOn(const QColor &colour, const QPalette &palette)
{
    return readable(colour, {palette.color(QPalette::Window), palette.color(QPalette::Base)},
                    palette.color(QPalette::Text), 4.5);
}

QIcon themedIcon(const QString &path)
{
    return QIcon(new PaletteSvgEngine(path));
}

} // namespace daas::ui
