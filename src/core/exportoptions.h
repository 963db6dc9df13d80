// Options of a stage-diagram export, the same in the window's Export dialog and on the
// command line (`stagecraft export`).
#pragma once

#include <QMap>
#include <QString>

namespace stagecraft {

enum class ExportFormat { Svg, Png, Pdf, Dot, Mermaid, Json };

struct ExportOptions {
    QString target;                   // empty: the default target; stages it skips are faded
    QMap<QString, QString> buildArgs; // --build-arg K=V
    bool dark = false;                // theme
    bool legend = true;
    bool images = true;               // external images as nodes
    bool topToBottom = false;         // direction; left to right by default
    bool layers = false;              // every instruction of a stage on its card
    double scale = 2.0;               // PNG only
};

// "svg", "png", "pdf", "dot"/"gv", "mermaid"/"mmd", "json"; case-insensitive.
bool exportFormatFromName(QStringView name, ExportFormat *format);
// From a file name's extension; false when it has none Stagecraft knows.
bool exportFormatFromFileName(QStringView fileName, ExportFormat *format);
QString exportFormatName(ExportFormat format);
bool isTextFormat(ExportFormat format);

} // namespace stagecraft
