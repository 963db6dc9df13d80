#include "graphjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace stagecraft {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue indexOrNull(int i)
{
    return i < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(i);
}

QJsonArray indexes(const std::vector<int> &list)
{
    QJsonArray out;
    for (int i : list)
        out.append(i);
    return out;
}

} // namespace

QJsonObject graphToJson(const SyntaxTree &tree, const StageGraph &graph)
{
    QJsonArray stages;
    for (const Stage &st : graph.stages) {
        QJsonArray deps;
        for (const Dependency &d : st.dependencies) {
            if (d.stage < 0 && d.image.isEmpty())
                continue; // FROM scratch, or a base that could not be resolved
            QJsonObject dep{{u"kind"_s, dependencyKindName(d.kind)}, {u"line"_s, d.line}, {u"onbuild"_s, d.onbuild}};
            if (d.stage >= 0)
                dep.insert(u"stage"_s, d.stage);
            else
                dep.insert(u"image"_s, d.image);
            deps.append(dep);
        }
        const QJsonObject base{
            {u"text"_s, st.baseText},
            {u"expanded"_s, st.baseExpanded},
            {u"stage"_s, indexOrNull(st.baseStage)},
            {u"image"_s, stringOrNull(st.baseImage)},
            {u"scratch"_s, st.baseScratch},
        };
        stages.append(QJsonObject{
            {u"index"_s, st.index},
            {u"name"_s, stringOrNull(st.name)},
            {u"base"_s, base},
            {u"platform"_s, stringOrNull(st.platform)},
            {u"role"_s, QJsonObject{{u"value"_s, stringOrNull(roleName(st.role))}, {u"explicit"_s, st.roleExplicit}}},
            {u"description"_s, stringOrNull(st.description)},
            {u"firstLine"_s, st.firstLine},
            {u"lastLine"_s, st.lastLine},
            {u"instructionCount"_s, int(st.instructions.size())},
            {u"dependencies"_s, deps},
        });
    }
    QJsonArray args;
    for (const GlobalArg &g : graph.globalArgs) {
        args.append(QJsonObject{
            {u"name"_s, g.name},
            {u"default"_s, g.hasDefault ? QJsonValue(g.defaultValue) : QJsonValue(QJsonValue::Null)},
            {u"value"_s, g.hasValue ? QJsonValue(g.value) : QJsonValue(QJsonValue::Null)},
            {u"line"_s, g.line},
        });
    }
    QJsonArray diagnostics;
    for (const Diagnostic &d : graph.diagnostics) {
        const LineColumn begin = tree.lines.at(d.range.begin);
        const LineColumn end = tree.lines.at(d.range.end);
        diagnostics.append(QJsonObject{
            {u"severity"_s, severityName(d.severity)},
            {u"code"_s, d.code},
            {u"message"_s, d.message},
            {u"line"_s, begin.line},
            {u"column"_s, begin.column},
            {u"endLine"_s, end.line},
            {u"endColumn"_s, end.column},
        });
    }
    return QJsonObject{
        {u"version"_s, graphJsonVersion},
        {u"escape"_s, QString(graph.escape)},
        {u"stages"_s, stages},
        {u"globalArgs"_s, args},
        {u"defaultTarget"_s, indexOrNull(graph.defaultTarget)},
        {u"target"_s, indexOrNull(graph.target)},
        {u"buildsForTarget"_s, indexes(graph.buildsForTarget)},
        {u"diagnostics"_s, diagnostics},
    };
}

QByteArray graphToJsonText(const SyntaxTree &tree, const StageGraph &graph)
{
    return QJsonDocument(graphToJson(tree, graph)).toJson(QJsonDocument::Indented);
}

} // namespace stagecraft
