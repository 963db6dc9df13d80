#include "exportoptions.h"

namespace stagecraft {

bool exportFormatFromName(QStringView name, ExportFormat *format)
{
    const QString n = name.toString().toLower();
    if (n == u"svg")
        *format = ExportFormat::Svg;
    else if (n == u"png")
        *format = ExportFormat::Png;
    else if (n == u"pdf")
        *format = ExportFormat::Pdf;
    else if (n == u"dot" || n == u"gv")
        *format = ExportFormat::Dot;
    else if (n == u"mermaid" || n == u"mmd")
        *format = ExportFormat::Mermaid;
    else if (n == u"json")
        *format = ExportFormat::Json;
    else
        return false;
    return true;
}

bool exportFormatFromFileName(QStringView fileName, ExportFormat *format)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    const qsizetype slash = qMax(fileName.lastIndexOf(u'/'), fileName.lastIndexOf(u'\\'));
    if (dot < 0 || dot < slash)
        return false;
    return exportFormatFromName(fileName.mid(dot + 1), format);
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Dot:
        return QStringLiteral("dot");
    case ExportFormat::Mermaid:
        return QStringLiteral("mermaid");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

bool isTextFormat(ExportFormat format)
{
    return format == ExportFormat::Dot || format == ExportFormat::Mermaid || format == ExportFormat::Json
        || format == ExportFormat::Svg;
}

} // namespace stagecraft
