#include "buildplan.h"

#include <QFileInfo>

namespace stagecraft {

namespace {
QString shellQuote(const QString &word)
{
    static const QString safe = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,");
    bool plain = !word.isEmpty();
    for (QChar c : word)
        plain = plain && safe.contains(c);
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}
} // namespace

BuildPlan planBuild(const StageGraph &graph, const QString &target, const QString &tag, const QString &dockerfile)
{
    BuildPlan plan;
    plan.target = target.isEmpty() ? graph.defaultTarget : graph.findStage(target);
    if (plan.target < 0)
        return plan;
    plan.built = graph.closureOf(plan.target);
    std::vector<bool> isBuilt(graph.stages.size(), false);
    for (int i : plan.built)
        isBuilt[size_t(i)] = true;
    for (const Stage &stage : graph.stages) {
        if (!isBuilt[size_t(stage.index)])
            plan.skipped.push_back(stage.index);
    }
    std::vector<bool> inImage(graph.stages.size(), false);
    for (int s = plan.target; s >= 0 && !inImage[size_t(s)]; s = graph.stages[size_t(s)].baseStage)
        inImage[size_t(s)] = true;
    for (int i : plan.built)
        (inImage[size_t(i)] ? plan.inImage : plan.feedsOnly).push_back(i);

    QStringList words{QStringLiteral("docker"), QStringLiteral("build")};
    if (!dockerfile.isEmpty() && QFileInfo(dockerfile).fileName() != u"Dockerfile")
        words << QStringLiteral("-f") << shellQuote(dockerfile);
    if (!target.isEmpty())
        words << QStringLiteral("--target") << shellQuote(graph.stages[size_t(plan.target)].name.isEmpty()
                                                              ? target
                                                              : graph.stages[size_t(plan.target)].name);
    for (const GlobalArg &arg : graph.globalArgs) {
        if (arg.value != arg.defaultValue || !arg.hasDefault) {
            if (!arg.value.isEmpty())
                words << QStringLiteral("--build-arg") << shellQuote(arg.name + u'=' + arg.value);
        }
    }
    words << QStringLiteral("-t") << shellQuote(tag) << QStringLiteral(".");
    plan.command = words.join(u' ');
    return plan;
}

QString formatBuildPlan(const StageGraph &graph, const BuildPlan &plan)
{
    QString out;
    if (plan.target < 0)
        return out;
    const Stage &target = graph.stages[size_t(plan.target)];
    out += QStringLiteral("Target: %1 (stage %2)\n\nBuilds, in order:\n").arg(target.displayName()).arg(target.index);
    std::vector<bool> inImage(graph.stages.size(), false);
    for (int i : plan.inImage)
        inImage[size_t(i)] = true;
    for (int i : plan.built) {
        const Stage &s = graph.stages[size_t(i)];
        out += QStringLiteral("  %1  %2  FROM %3  (%4)\n")
                   .arg(i, 3)
                   .arg(s.displayName(), -16)
                   .arg(s.baseText, -28)
                   .arg(inImage[size_t(i)] ? QStringLiteral("in the image") : QStringLiteral("feeds artifacts"));
    }
    out += QStringLiteral("\nSkipped:\n");
    if (plan.skipped.empty())
        out += QStringLiteral("  (none)\n");
    for (int i : plan.skipped)
        out += QStringLiteral("  %1  %2\n").arg(i, 3).arg(graph.stages[size_t(i)].displayName());
    out += QStringLiteral("\nCommand:\n  %1\n").arg(plan.command);
    return out;
}

} // namespace stagecraft
