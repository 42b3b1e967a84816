#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Hookbench {

namespace {

/// The platform's look, as it was before Hookbench changed anything.
struct Original
{
    QString styleName;
    QPalette palette;
    QFont font;
};

const Original &original()
{
    static const Original saved {
        QApplication::style()->name(), QGuiApplication::palette(), QGuiApplication::font()};
    return saved;
}

/// The colours of one theme: the active ones, and those of disabled widgets.
struct Colors
{
    QColor window, windowText, base, alternateBase, toolTipBase, toolTipText, placeholder, text,
        button, buttonText, brightText, light, midlight, mid, dark, shadow, highlight,
        highlightedText, link, linkVisited;
    QColor disabledText, disabledBase, disabledButton, disabledHighlight, disabledHighlightedText,
        disabledPlaceholder;
    QColor inactiveHighlight;
};

QPalette paletteOf(const Colors &c)
{
    QPalette palette;
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, c.window);
        palette.setColor(group, QPalette::WindowText, c.windowText);
        palette.setColor(group, QPalette::Base, c.base);
        palette.setColor(group, QPalette::AlternateBase, c.alternateBase);
        palette.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        palette.setColor(group, QPalette::ToolTipText, c.toolTipText);
        palette.setColor(group, QPalette::PlaceholderText, c.placeholder);
        palette.setColor(group, QPalette::Text, c.text);
        palette.setColor(group, QPalette::Button, c.button);
        palette.setColor(group, QPalette::ButtonText, c.buttonText);
        palette.setColor(group, QPalette::BrightText, c.brightText);
        palette.setColor(group, QPalette::Light, c.light);
        palette.setColor(group, QPalette::Midlight, c.midlight);
        palette.setColor(group, QPalette::Mid, c.mid);
        palette.setColor(group, QPalette::Dark, c.dark);
        palette.setColor(group, QPalette::Shadow, c.shadow);
        palette.setColor(group, QPalette::Highlight, c.highlight);
        palette.setColor(group, QPalette::HighlightedText, c.highlightedText);
        palette.setColor(group, QPalette::Link, c.link);
        palette.setColor(group, QPalette::LinkVisited, c.linkVisited);
        palette.setColor(group, QPalette::NoRole, QColor());
    }
    palette.setColor(QPalette::Inactive, QPalette::Highlight, c.inactiveHighlight);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, c.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, c.disabledBase);
    palette.setColor(QPalette::Disabled, QPalette::Button, c.disabledButton);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledHighlightedText);
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, c.disabledPlaceholder);
    return palette;
}

QPalette lightPalette()
{
    Colors c;
    c.window = QColor(0xef, 0xef, 0xef);
    c.windowText = QColor(0x1e, 0x1e, 0x1e);
    c.base = QColor(0xff, 0xff, 0xff);
    c.alternateBase = QColor(0xf5, 0xf5, 0xf5);
    c.toolTipBase = QColor(0xff, 0xff, 0xdc);
    c.toolTipText = QColor(0x1e, 0x1e, 0x1e);
    c.placeholder = QColor(0x80, 0x80, 0x80);
    c.text = c.windowText;
    c.button = QColor(0xf0, 0xf0, 0xf0);
    c.buttonText = c.windowText;
    c.brightText = QColor(0xff, 0xff, 0xff);
    c.light = QColor(0xff, 0xff, 0xff);
    c.midlight = QColor(0xe3, 0xe3, 0xe3);
    c.mid = QColor(0xb8, 0xb8, 0xb8);
    c.dark = QColor(0xa0, 0xa0, 0xa0);
    c.shadow = QColor(0x76, 0x76, 0x76);
    c.highlight = QColor(0x30, 0x8c, 0xc6);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x0b, 0x5f, 0xc4);
    c.linkVisited = QColor(0x77, 0x3d, 0xbd);
    c.disabledText = QColor(0x9a, 0x9a, 0x9a);
    c.disabledBase = QColor(0xef, 0xef, 0xef);
    c.disabledButton = QColor(0xe8, 0xe8, 0xe8);
    c.disabledHighlight = QColor(0xc8, 0xc8, 0xc8);
    c.disabledHighlightedText = QColor(0xff, 0xff, 0xff);
    c.disabledPlaceholder = QColor(0xb4, 0xb4, 0xb4);
    c.inactiveHighlight = QColor(0x9a, 0xc4, 0xe3);
    return paletteOf(c);
}

QPalette darkPalette()
{
    Colors c;
    c.window = QColor(0x2d, 0x2d, 0x30);
    c.windowText = QColor(0xe6, 0xe6, 0xe6);
    c.base = QColor(0x1e, 0x1e, 0x1f);
    c.alternateBase = QColor(0x27, 0x27, 0x29);
    c.toolTipBase = QColor(0x3c, 0x3c, 0x40);
    c.toolTipText = QColor(0xe6, 0xe6, 0xe6);
    c.placeholder = QColor(0x8c, 0x8c, 0x8c);
    c.text = c.windowText;
    c.button = QColor(0x3a, 0x3a, 0x3d);
    c.buttonText = c.windowText;
    c.brightText = QColor(0xff, 0x6b, 0x6b);
    c.light = QColor(0x50, 0x50, 0x54);
    c.midlight = QColor(0x44, 0x44, 0x48);
    c.mid = QColor(0x2a, 0x2a, 0x2c);
    c.dark = QColor(0x1a, 0x1a, 0x1b);
    c.shadow = QColor(0x0a, 0x0a, 0x0a);
    c.highlight = QColor(0x3d, 0x7b, 0xd9);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x6c, 0xb4, 0xff);
    c.linkVisited = QColor(0xb9, 0x95, 0xff);
    c.disabledText = QColor(0x78, 0x78, 0x7c);
    c.disabledBase = QColor(0x26, 0x26, 0x28);
    c.disabledButton = QColor(0x33, 0x33, 0x36);
    c.disabledHighlight = QColor(0x4a, 0x4a, 0x4e);
    c.disabledHighlightedText = QColor(0xa0, 0xa0, 0xa0);
    c.disabledPlaceholder = QColor(0x5e, 0x5e, 0x62);
    c.inactiveHighlight = QColor(0x34, 0x56, 0x8a);
    return paletteOf(c);
}

void setStyleNamed(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

} // namespace

void applyAppearance(AppSettings::Theme theme, int fontPointSize)
{
    const Original &saved = original(); // before anything changes
    switch (theme) {
    case AppSettings::Theme::System:
        setStyleNamed(saved.styleName);
        // A palette nobody set keeps following the platform (a desktop switching to dark).
        QApplication::setPalette(saved.palette.resolveMask() != 0 ? saved.palette : QPalette());
        break;
    case AppSettings::Theme::Light:
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case AppSettings::Theme::Dark:
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
    QFont font = saved.font;
    if (fontPointSize > 0)
        font.setPointSize(fontPointSize);
    QApplication::setFont(font);
}

} // namespace Hookbench
