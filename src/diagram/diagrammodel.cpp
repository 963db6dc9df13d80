#include "diagrammodel.h"

#include <QHash>

namespace stagecraft::diagram {

namespace {

// The text with its runs of white space made one space (QString::simplified()), cut to `max`
// characters with an ellipsis; reads only as much of the text as it needs.
QString shortened(QStringView text, int max)
{
    QString out;
    out.reserve(max + 1);
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
        if (out.size() > max) {
            out.truncate(max - 1);
            out += QChar(0x2026);
            break;
        }
    }
    return out;
}

QString edgeLabel(const Dependency &dependency, const SyntaxTree &tree, const Stage &user)
{
    switch (dependency.kind) {
    case DependencyKind::From:
        return QStringLiteral("FROM %1: the whole filesystem").arg(dependency.text);
    case DependencyKind::CopyFrom:
        for (int i : user.instructions) {
            const Instruction &instruction = tree.instructions[size_t(i)];
            if (instruction.range.begin <= dependency.range.begin && dependency.range.end <= instruction.range.end) {
                QStringList paths;
                for (const Argument &arg : instruction.args)
                    paths << arg.value;
                return QStringLiteral("COPY --from=%1 %2").arg(dependency.text, shortened(paths.join(u' '), 80));
            }
        }
        return QStringLiteral("COPY --from=%1").arg(dependency.text);
    case DependencyKind::MountFrom:
        return QStringLiteral("RUN --mount from=%1").arg(dependency.text);
    }
    return {};
}

} // namespace

QString stageKey(const Stage &stage)
{
    return stage.name.isEmpty() ? QStringLiteral("stage#%1").arg(stage.index) : QStringLiteral("stage:") + stage.name;
}

DiagramModel DiagramModel::fromGraph(const StageGraph &graph, const SyntaxTree &tree, const DiagramOptions &options)
{
    DiagramModel model;
    model.nodes.reserve(graph.stages.size());
    std::vector<bool> built(graph.stages.size(), graph.buildsForTarget.empty());
    for (int i : graph.buildsForTarget) {
        if (i >= 0 && size_t(i) < built.size())
            built[size_t(i)] = true;
    }
    for (const Stage &stage : graph.stages) {
        DiagramNode node;
        node.key = stageKey(stage);
        node.stage = stage.index;
        node.title = stage.displayName();
        node.base = QStringLiteral("FROM ") + stage.baseText;
        node.platform = stage.platform;
        node.role = stage.role;
        node.roleExplicit = stage.roleExplicit;
        node.instructionCount = int(stage.instructions.size());
        for (int i : stage.instructions) {
            if (node.preview.size() >= options.previewLines)
                break;
            const Instruction &instruction = tree.instructions[size_t(i)];
            node.preview << shortened(QString(instruction.keyword().toString().toUpper() + u' '
                                          + shortened(QStringView(tree.text).sliced(instruction.keywordRange.end,
                                                                                    instruction.range.end - instruction.keywordRange.end),
                                                      40)),
                                      40);
        }
        node.isTarget = stage.index == graph.target;
        node.built = built[size_t(stage.index)];
        model.nodes.push_back(std::move(node));
    }

    QHash<QString, int> images;
    for (const Stage &stage : graph.stages) {
        for (size_t d = 0; d < stage.dependencies.size(); ++d) {
            const Dependency &dependency = stage.dependencies[d];
            int from = -1;
            if (dependency.stage >= 0) {
                from = dependency.stage;
            } else if (options.showImages && (dependency.scratch || !dependency.image.isEmpty())) {
                const QString ref = dependency.scratch ? QStringLiteral("scratch") : dependency.image;
                const QString key = QStringLiteral("image:") + ref;
                auto it = images.constFind(key);
                if (it == images.cend()) {
                    DiagramNode node;
                    node.key = key;
                    node.kind = dependency.scratch ? NodeKind::Scratch : NodeKind::Image;
                    node.title = ref;
                    node.built = model.nodes[size_t(stage.index)].built;
                    it = images.insert(key, int(model.nodes.size()));
                    model.nodes.push_back(std::move(node));
                } else if (model.nodes[size_t(stage.index)].built) {
                    model.nodes[size_t(*it)].built = true;
                }
                from = *it;
            }
            if (from < 0)
                continue;
            model.edges.push_back({from, stage.index, dependency.kind, dependency.onbuild, edgeLabel(dependency, tree, stage), int(d)});
        }
    }
    model.countProblems(graph, graph.diagnostics);
    return model;
}

void DiagramModel::countProblems(const StageGraph &graph, const std::vector<Diagnostic> &diagnostics)
{
    for (DiagramNode &node : nodes) {
        if (node.kind != NodeKind::Stage || node.stage < 0 || size_t(node.stage) >= graph.stages.size())
            continue;
        const Stage &stage = graph.stages[size_t(node.stage)];
        node.errorCount = 0;
        node.warningCount = 0;
        node.problems.clear();
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Info || d.range.begin < stage.range.begin
                || d.range.begin >= qMax(stage.range.end, stage.range.begin + 1))
                continue;
            ++(d.severity == Severity::Error ? node.errorCount : node.warningCount);
            node.problems << severityName(d.severity) + QStringLiteral(": ") + d.message + QStringLiteral(" [") + d.code + u']';
        }
    }
}

int DiagramModel::indexOfKey(const QString &key) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].key == key)
            return int(i);
    }
    return -1;
}

int DiagramModel::indexOfStage(int stage) const
{
    return stage >= 0 && size_t(stage) < nodes.size() && nodes[size_t(stage)].stage == stage ? stage : -1;
}

} // namespace stagecraft::diagram
