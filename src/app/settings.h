// Typed access to the persistent settings (QSettings, organisation "Stagecraft").
// One getter/setter pair per key; the key names live only in settings.cpp.
#pragma once

#include "diagram/graphlayout.h"

#include <QByteArray>
#include <QFont>
#include <QPointF>
#include <QSettings>
#include <QStringList>

namespace stagecraft::app {

class Settings
{
public:
    Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &value);
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &value);
    // Empty: follow the palette (light or dark).
    QString editorTheme() const;
    void setEditorTheme(const QString &value);
    // Node positions a person placed by hand, per file: stage key -> position.
    QHash<QString, QPointF> nodePositions(const QString &filePath) const;
    void setNodePositions(const QString &filePath, const QHash<QString, QPointF> &positions);
    // Seconds between two writes of the recovery file while a document has unsaved changes
    // (default 30, at least 1).
    int autosaveInterval() const;
    void setAutosaveInterval(int seconds);

    // The window's colour scheme: follow the system, or a fixed light or dark palette.
    enum class ColorScheme { System, Light, Dark };
    ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme value);
    // The editor's font: the system's fixed-width font unless a person chose one.
    QFont editorFont() const;
    void setEditorFont(const QFont &value);
    // Direction of the canvas layout (left to right by default).
    diagram::Direction layoutDirection() const;
    void setLayoutDirection(diagram::Direction value);
    // Lay the graph out afresh when a file opens, forgetting positions placed by hand
    // (default off: hand-placed positions come back with the file).
    bool layoutOnOpen() const;
    void setLayoutOnOpen(bool value);
    // The user interface language as a locale name ("de", "en"); empty: the system's.
    // Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &value);

private:
    mutable QSettings m_settings;
};

} // namespace stagecraft::app
