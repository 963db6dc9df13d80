// The Dockerfile templates bundled in resources/templates.qrc (prefix /templates), offered by
// File > New from Template. Each marks its stages' roles and describes every stage.
#pragma once

#include <QList>
#include <QString>

namespace stagecraft::app {

struct Template {
    QString name;         // stable id, e.g. "python"
    QString title;        // menu text, translated
    QString description;  // one line on what its stages do, translated
    QString resourcePath; // e.g. ":/templates/python.Dockerfile"
};

// In menu order.
QList<Template> templates();
// The template's text, or empty when the resource is missing.
QString templateText(const Template &t);

} // namespace stagecraft::app
