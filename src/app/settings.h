// Typed access to the persistent settings (QSettings, organisation "Stagecraft").
// One getter/setter pair per key; the key names live only in settings.cpp.
#pragma once

#include <QByteArray>
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

private:
    mutable QSettings m_settings;
};

} // namespace stagecraft::app
