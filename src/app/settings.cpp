#include "settings.h"

#include <QCryptographicHash>
#include <QFontDatabase>

namespace stagecraft::app {

namespace {
QString positionsGroup(const QString &filePath)
{
    const QByteArray hash = QCryptographicHash::hash(filePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("nodePositions/") + QString::fromLatin1(hash);
}
} // namespace

Settings::Settings()
    : m_settings(QStringLiteral("Stagecraft"), QStringLiteral("Stagecraft"))
{
}

QByteArray Settings::windowGeometry() const { return m_settings.value(QStringLiteral("window/geometry")).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &value) { m_settings.setValue(QStringLiteral("window/geometry"), value); }
QByteArray Settings::windowState() const { return m_settings.value(QStringLiteral("window/state")).toByteArray(); }
void Settings::setWindowState(const QByteArray &value) { m_settings.setValue(QStringLiteral("window/state"), value); }
QByteArray Settings::splitterState() const { return m_settings.value(QStringLiteral("window/splitter")).toByteArray(); }
void Settings::setSplitterState(const QByteArray &value) { m_settings.setValue(QStringLiteral("window/splitter"), value); }
QStringList Settings::recentFiles() const { return m_settings.value(QStringLiteral("recentFiles")).toStringList(); }
void Settings::setRecentFiles(const QStringList &value) { m_settings.setValue(QStringLiteral("recentFiles"), value); }
QString Settings::editorTheme() const { return m_settings.value(QStringLiteral("editor/theme")).toString(); }
void Settings::setEditorTheme(const QString &value) { m_settings.setValue(QStringLiteral("editor/theme"), value); }
int Settings::autosaveInterval() const { return qMax(1, m_settings.value(QStringLiteral("autosave/interval"), 30).toInt()); }
void Settings::setAutosaveInterval(int seconds) { m_settings.setValue(QStringLiteral("autosave/interval"), seconds); }

Settings::ColorScheme Settings::colorScheme() const
{
    const QString value = m_settings.value(QStringLiteral("appearance/colorScheme")).toString();
    if (value == u"light")
        return ColorScheme::Light;
    if (value == u"dark")
        return ColorScheme::Dark;
    return ColorScheme::System;
}

void Settings::setColorScheme(ColorScheme value)
{
    static const char *const names[] = {"system", "light", "dark"};
    m_settings.setValue(QStringLiteral("appearance/colorScheme"), QString::fromLatin1(names[int(value)]));
}

QFont Settings::editorFont() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString stored = m_settings.value(QStringLiteral("editor/font")).toString();
    if (!stored.isEmpty())
        font.fromString(stored);
    return font;
}

void Settings::setEditorFont(const QFont &value) { m_settings.setValue(QStringLiteral("editor/font"), value.toString()); }

diagram::Direction Settings::layoutDirection() const
{
    return m_settings.value(QStringLiteral("canvas/direction")).toString() == u"top-bottom" ? diagram::Direction::TopToBottom
                                                                                           : diagram::Direction::LeftToRight;
}

void Settings::setLayoutDirection(diagram::Direction value)
{
    m_settings.setValue(QStringLiteral("canvas/direction"),
                        value == diagram::Direction::TopToBottom ? QStringLiteral("top-bottom") : QStringLiteral("left-right"));
}

bool Settings::layoutOnOpen() const { return m_settings.value(QStringLiteral("canvas/layoutOnOpen"), false).toBool(); }
void Settings::setLayoutOnOpen(bool value) { m_settings.setValue(QStringLiteral("canvas/layoutOnOpen"), value); }
QString Settings::language() const { return m_settings.value(QStringLiteral("appearance/language")).toString(); }
void Settings::setLanguage(const QString &value) { m_settings.setValue(QStringLiteral("appearance/language"), value); }

QHash<QString, QPointF> Settings::nodePositions(const QString &filePath) const
{
    QHash<QString, QPointF> positions;
    if (filePath.isEmpty())
        return positions;
    m_settings.beginGroup(positionsGroup(filePath));
    const QStringList keys = m_settings.childKeys();
    for (const QString &key : keys)
        positions.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key.toUtf8())), m_settings.value(key).toPointF());
    m_settings.endGroup();
    return positions;
}

void Settings::setNodePositions(const QString &filePath, const QHash<QString, QPointF> &positions)
{
    if (filePath.isEmpty())
        return;
    m_settings.remove(positionsGroup(filePath));
    m_settings.beginGroup(positionsGroup(filePath));
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_settings.setValue(QString::fromLatin1(it.key().toUtf8().toPercentEncoding()), it.value());
    m_settings.endGroup();
}

} // namespace stagecraft::app
