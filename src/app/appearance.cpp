#include "appearance.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QTranslator>

namespace stagecraft::app {

namespace {
QString &platformStyleName()
{
    static QString name;
    return name;
}
} // namespace

void applyColorScheme(Settings::ColorScheme scheme)
{
    // The platform's style is remembered the first time, to come back to from a fixed scheme.
    if (platformStyleName().isEmpty() && QApplication::style())
        platformStyleName() = QApplication::style()->name();
    if (scheme == Settings::ColorScheme::System) {
        QGuiApplication::styleHints()->unsetColorScheme();
        if (!platformStyleName().isEmpty() && QApplication::style()->name() != platformStyleName())
            QApplication::setStyle(QStyleFactory::create(platformStyleName()));
        QApplication::setPalette(QPalette()); // no roles set: the style's and platform's palette
        return;
    }
    const bool dark = scheme == Settings::ColorScheme::Dark;
    QGuiApplication::styleHints()->setColorScheme(dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
    // A Fusion palette, so that the scheme holds on every platform (and offscreen).
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette palette = QApplication::style()->standardPalette();
    if (dark) {
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x20, 0x24));
        palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
        palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
        palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x90, 0x99));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
        palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
        palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
        // setColor(role, colour) sets every group, the disabled one too: dim what a disabled
        // control shows, or it looks as enabled as the rest
        const QColor dimText(0x7b, 0x80, 0x89);
        palette.setColor(QPalette::Disabled, QPalette::WindowText, dimText);
        palette.setColor(QPalette::Disabled, QPalette::Text, dimText);
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, dimText);
        palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0x5f, 0x64, 0x6c));
        palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x2b, 0x2d, 0x31));
        palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2f, 0x31, 0x36));
        palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
        palette.setColor(QPalette::Disabled, QPalette::HighlightedText, dimText);
    }
    QApplication::setPalette(palette);
}

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("stagecraft_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(11, file.size() - 11 - 3); // stagecraft_<lang>.qm
        if (!languages.contains(language))
            languages << language;
    }
    return languages;
}

bool installTranslation(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    auto *own = new QTranslator(qApp);
    if (!own->load(locale, QStringLiteral("stagecraft"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, the file dialog) in the same language, where installed.
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    return true;
}

} // namespace stagecraft::app
