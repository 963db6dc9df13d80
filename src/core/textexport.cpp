#include "textexport.h"

#include "palette.h"

#include <QHash>
#include <QStringList>

namespace stagecraft {

namespace {

// What both text formats need: which stages build, the external images in first-use order.
struct ExportView {
    std::vector<bool> built;
    QStringList images;                 // image references (and "scratch"), first use first
    QHash<QString, int> imageIndex;

    ExportView(const StageGraph &graph, const ExportOptions &options)
        : built(graph.stages.size(), false)
    {
        for (int i : graph.buildsForTarget)
            built[size_t(i)] = true;
        if (!options.images)
            return;
        for (const Stage &stage : graph.stages) {
            for (const Dependency &d : stage.dependencies) {
                if (d.stage >= 0 || (!d.scratch && d.image.isEmpty()))
                    continue;
                const QString ref = d.scratch ? QStringLiteral("scratch") : d.image;
                if (!imageIndex.contains(ref)) {
                    imageIndex.insert(ref, int(images.size()));
                    images << ref;
                }
            }
        }
    }
    // The node a dependency comes from: "s<stage>", "i<image>", or empty when not drawn.
    QString sourceId(const Dependency &d, const ExportOptions &options) const
    {
        if (d.stage >= 0)
            return QStringLiteral("s%1").arg(d.stage);
        if (options.images && (d.scratch || !d.image.isEmpty()))
            return QStringLiteral("i%1").arg(imageIndex.value(d.scratch ? QStringLiteral("scratch") : d.image));
        return {};
    }
    bool imageBuilt(const StageGraph &graph, const QString &ref) const
    {
        for (const Stage &stage : graph.stages) {
            if (!built[size_t(stage.index)])
                continue;
            for (const Dependency &d : stage.dependencies) {
                if (d.stage < 0 && (d.scratch ? QStringLiteral("scratch") : d.image) == ref)
                    return true;
            }
        }
        return false;
    }
};

QString instructionLine(const SyntaxTree &tree, int index)
{
    const Instruction &ins = tree.instructions[size_t(index)];
    QString line = tree.text.mid(ins.range.begin, ins.range.length()).section(u'\n', 0, 0).simplified();
    if (line.endsWith(tree.escape))
        line.chop(1);
    if (line.size() > 60)
        line = line.left(59) + QChar(0x2026);
    return line.trimmed();
}

QString dotQuote(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'"', QStringLiteral("\\\""));
    out.replace(u'\n', QStringLiteral("\\n"));
    return u'"' + out + u'"';
}

QString mermaidText(const QString &text)
{
    QString out;
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("#quot;"); break;
        case '<': out += QStringLiteral("#lt;"); break;
        case '>': out += QStringLiteral("#gt;"); break;
        case '#': out += QStringLiteral("#35;"); break;
        case '&': out += QStringLiteral("#amp;"); break;
        case '`': out += QStringLiteral("#96;"); break;
        case '\n': out += QStringLiteral("<br/>"); break;
        default: out += c;
        }
    }
    return out;
}

QString stageLabel(const Stage &stage, const SyntaxTree &tree, const ExportOptions &options, bool target)
{
    QString label = stage.displayName();
    if (stage.role != Role::None)
        label += QStringLiteral(" [%1%2]").arg(roleName(stage.role), stage.roleExplicit ? QString() : QStringLiteral(", inferred"));
    if (target)
        label += QStringLiteral(" (target)");
    label += QStringLiteral("\nFROM ") + stage.baseText;
    if (!stage.platform.isEmpty())
        label += QStringLiteral("\nplatform ") + stage.platform;
    if (options.layers) {
        for (int i : stage.instructions)
            label += u'\n' + instructionLine(tree, i);
    }
    return label;
}

QString edgeName(const Dependency &d)
{
    if (d.onbuild)
        return d.kind == DependencyKind::CopyFrom ? QStringLiteral("ONBUILD COPY") : QStringLiteral("ONBUILD mount");
    switch (d.kind) {
    case DependencyKind::From:
        return QStringLiteral("FROM");
    case DependencyKind::CopyFrom:
        return QStringLiteral("COPY");
    case DependencyKind::MountFrom:
        return QStringLiteral("mount");
    }
    return {};
}

} // namespace

QString toDot(const StageGraph &graph, const SyntaxTree &tree, const ExportOptions &options, const QString &title)
{
    const ExportView view(graph, options);
    const bool dark = options.dark;
    QString out;
    out += QStringLiteral("// Stage diagram of %1, made by Stagecraft\n").arg(title);
    out += QStringLiteral("digraph stages {\n");
    out += QStringLiteral("  graph [rankdir=%1, bgcolor=%2, fontname=\"DejaVu Sans\", label=%3, labelloc=t, fontcolor=%4, nodesep=0.35, ranksep=0.7];\n")
               .arg(options.topToBottom ? QStringLiteral("TB") : QStringLiteral("LR"), dotQuote(palette::background(dark)),
                    dotQuote(title), dotQuote(palette::text(dark)));
    out += QStringLiteral("  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=10, fillcolor=%1, color=%2, fontcolor=%3];\n")
               .arg(dotQuote(palette::cardFill(dark)), dotQuote(palette::cardBorder(dark)), dotQuote(palette::text(dark)));
    out += QStringLiteral("  edge [color=%1, fontname=\"DejaVu Sans\", fontsize=9, fontcolor=%2];\n")
               .arg(dotQuote(palette::edge(dark)), dotQuote(palette::mutedText(dark)));
    const QString fadeSuffix = QStringLiteral("59"); // 35% alpha
    for (const Stage &stage : graph.stages) {
        const bool built = view.built[size_t(stage.index)];
        const bool target = stage.index == graph.target;
        QString attrs = QStringLiteral("label=%1").arg(dotQuote(stageLabel(stage, tree, options, target)));
        const QString color = stage.role == Role::None ? palette::cardBorder(dark) : palette::role(stage.role);
        attrs += QStringLiteral(", color=%1").arg(dotQuote(built ? color : color + fadeSuffix));
        if (stage.role != Role::None) {
            attrs += QStringLiteral(", penwidth=2, class=\"role-%1\"").arg(roleName(stage.role));
            if (!stage.roleExplicit)
                attrs += QStringLiteral(", style=\"rounded,filled,dashed\"");
            if (!dark)
                attrs += QStringLiteral(", fillcolor=%1").arg(dotQuote(palette::roleFill(stage.role)));
        }
        if (target)
            attrs += QStringLiteral(", peripheries=2");
        if (!built)
            attrs += QStringLiteral(", fontcolor=%1, tooltip=\"skipped for this target\"").arg(dotQuote(palette::mutedText(dark) + fadeSuffix));
        out += QStringLiteral("  s%1 [%2];\n").arg(stage.index).arg(attrs);
    }
    for (qsizetype i = 0; i < view.images.size(); ++i) {
        const QString &ref = view.images[i];
        const bool scratch = ref == u"scratch";
        QString attrs = QStringLiteral("label=%1, shape=%2, style=%3, fillcolor=%4, color=%5")
                            .arg(dotQuote(scratch ? QStringLiteral("scratch (empty)") : ref),
                                 QStringLiteral("box"),
                                 scratch ? QStringLiteral("\"rounded,filled,dashed\"") : QStringLiteral("\"rounded,filled\""),
                                 dotQuote(palette::imageFill(dark)), dotQuote(palette::imageBorder(dark)));
        if (!view.imageBuilt(graph, ref))
            attrs += QStringLiteral(", fontcolor=%1").arg(dotQuote(palette::mutedText(dark) + fadeSuffix));
        out += QStringLiteral("  i%1 [%2];\n").arg(i).arg(attrs);
    }
    for (const Stage &stage : graph.stages) {
        for (const Dependency &d : stage.dependencies) {
            const QString from = view.sourceId(d, options);
            if (from.isEmpty())
                continue;
            QString attrs;
            switch (d.kind) {
            case DependencyKind::From:
                attrs = QStringLiteral("style=solid, penwidth=2");
                break;
            case DependencyKind::CopyFrom:
                attrs = QStringLiteral("style=dashed");
                break;
            case DependencyKind::MountFrom:
                attrs = QStringLiteral("style=dotted");
                break;
            }
            attrs += QStringLiteral(", class=\"%1\"").arg(dependencyKindName(d.kind));
            if (d.onbuild)
                attrs += QStringLiteral(", color=%1, label=\"ONBUILD\"").arg(dotQuote(palette::onbuildEdge()));
            else if (d.kind != DependencyKind::From)
                attrs += QStringLiteral(", label=%1").arg(dotQuote(edgeName(d)));
            if (!view.built[size_t(stage.index)])
                attrs += QStringLiteral(", color=%1").arg(dotQuote(palette::edge(dark) + fadeSuffix));
            out += QStringLiteral("  %1 -> s%2 [%3];\n").arg(from).arg(stage.index).arg(attrs);
        }
    }
    if (options.legend) {
        out += QStringLiteral("  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=9; color=%1; fontcolor=%2;\n")
                   .arg(dotQuote(palette::cardBorder(dark)), dotQuote(palette::mutedText(dark)));
        for (Role role : {Role::Dev, Role::Debugging, Role::Runtime}) {
            out += QStringLiteral("    legend_%1 [label=%2, color=%3, penwidth=2%4];\n")
                       .arg(roleName(role), dotQuote(roleName(role)), dotQuote(palette::role(role)),
                            dark ? QString() : QStringLiteral(", fillcolor=%1").arg(dotQuote(palette::roleFill(role))));
        }
        out += QStringLiteral("    legend_a [label=\"stage\", shape=plaintext, style=\"\"];\n"
                              "    legend_b [label=\"FROM\", shape=plaintext, style=\"\"];\n"
                              "    legend_c [label=\"COPY --from\", shape=plaintext, style=\"\"];\n"
                              "    legend_d [label=\"RUN --mount from\", shape=plaintext, style=\"\"];\n"
                              "    legend_a -> legend_b [style=solid, penwidth=2];\n"
                              "    legend_a -> legend_c [style=dashed];\n"
                              "    legend_a -> legend_d [style=dotted];\n  }\n");
    }
    out += QStringLiteral("}\n");
    return out;
}

QString toMermaid(const StageGraph &graph, const SyntaxTree &tree, const ExportOptions &options, const QString &title)
{
    const ExportView view(graph, options);
    QString out;
    out += QStringLiteral("---\ntitle: %1\n---\n").arg(mermaidText(title));
    out += QStringLiteral("flowchart %1\n").arg(options.topToBottom ? QStringLiteral("TB") : QStringLiteral("LR"));
    out += QStringLiteral("  %% Stage diagram made by Stagecraft: thick arrows are FROM, dotted ones COPY --from and mounts\n");
    for (const Stage &stage : graph.stages) {
        QString label = mermaidText(stageLabel(stage, tree, options, stage.index == graph.target));
        out += QStringLiteral("  s%1[\"%2\"]\n").arg(stage.index).arg(label);
    }
    for (qsizetype i = 0; i < view.images.size(); ++i) {
        const QString &ref = view.images[i];
        out += QStringLiteral("  i%1([\"%2\"])\n").arg(i).arg(mermaidText(ref == u"scratch" ? QStringLiteral("scratch (empty)") : ref));
    }
    for (const Stage &stage : graph.stages) {
        for (const Dependency &d : stage.dependencies) {
            const QString from = view.sourceId(d, options);
            if (from.isEmpty())
                continue;
            if (d.kind == DependencyKind::From && !d.onbuild)
                out += QStringLiteral("  %1 ==> s%2\n").arg(from).arg(stage.index);
            else
                out += QStringLiteral("  %1 -.->|%2| s%3\n").arg(from, edgeName(d)).arg(stage.index);
        }
    }
    // Classes: roles (explicit and inferred), external images, the target, skipped stages.
    for (Role role : {Role::Dev, Role::Debugging, Role::Runtime}) {
        out += QStringLiteral("  classDef %1 fill:%2,stroke:%3,stroke-width:2px,color:#1f2328\n")
                   .arg(roleName(role), palette::roleFill(role), palette::role(role));
        out += QStringLiteral("  classDef %1Inferred fill:%2,stroke:%3,stroke-width:2px,stroke-dasharray:4 3,color:#1f2328\n")
                   .arg(roleName(role), palette::roleFill(role), palette::role(role));
    }
    out += QStringLiteral("  classDef image fill:%1,stroke:%2,color:#5c6470\n").arg(palette::imageFill(false), palette::imageBorder(false));
    out += QStringLiteral("  classDef skipped fill:#f4f5f7,stroke:#c9ced6,color:#9aa3af,stroke-dasharray:2 2\n");
    out += QStringLiteral("  classDef target stroke:%1,stroke-width:4px\n").arg(palette::target(false));
    for (const Stage &stage : graph.stages) {
        QStringList classes;
        if (!view.built[size_t(stage.index)])
            classes << QStringLiteral("skipped");
        else if (stage.role != Role::None)
            classes << roleName(stage.role) + (stage.roleExplicit ? QString() : QStringLiteral("Inferred"));
        if (stage.index == graph.target)
            classes << QStringLiteral("target");
        for (const QString &c : std::as_const(classes))
            out += QStringLiteral("  class s%1 %2\n").arg(stage.index).arg(c);
    }
    for (qsizetype i = 0; i < view.images.size(); ++i)
        out += QStringLiteral("  class i%1 %2\n").arg(i).arg(view.imageBuilt(graph, view.images[i]) ? QStringLiteral("image") : QStringLiteral("skipped"));
    if (options.legend) {
        out += QStringLiteral("  subgraph legend [\"Legend\"]\n    direction LR\n");
        for (Role role : {Role::Dev, Role::Debugging, Role::Runtime})
            out += QStringLiteral("    legend_%1[\"%1\"]:::%1\n").arg(roleName(role));
        out += QStringLiteral("    legend_stage[\"stage\"] ==>|FROM| legend_child[\"stage\"]\n"
                              "    legend_stage -.->|COPY| legend_child\n  end\n");
    }
    return out;
}

} // namespace stagecraft
