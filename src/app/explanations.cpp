#include "explanations.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace stagecraft::app {

namespace {

struct InstructionText {
    const char *keyword; // lowercase
    const char *anchor;  // on docs.docker.com/reference/dockerfile/
    const char *text;
};

// BuildKit's instructions, with the section of Docker's reference that describes each.
const InstructionText instructionTexts[] = {
    {"from", "from",
     QT_TRANSLATE_NOOP("Explanations", "Starts a new build stage from a base: an image, an earlier stage, or scratch "
                                       "(the empty filesystem). AS names the stage, so later stages can build on it or "
                                       "copy from it.")},
    {"run", "run",
     QT_TRANSLATE_NOOP("Explanations", "Runs a command while building and keeps the files it changes as a new layer of "
                                       "the stage. --mount gives the command extra files for this one run.")},
    {"cmd", "cmd",
     QT_TRANSLATE_NOOP("Explanations", "The default command of a container of this image; arguments to docker run "
                                       "replace it. Only the last CMD of a stage counts.")},
    {"label", "label",
     QT_TRANSLATE_NOOP("Explanations", "Adds key=value metadata to the image: a version, the source repository, "
                                       "the authors.")},
    {"maintainer", "maintainer-deprecated",
     QT_TRANSLATE_NOOP("Explanations", "Deprecated: names the image's author. Use LABEL "
                                       "org.opencontainers.image.authors instead.")},
    {"expose", "expose",
     QT_TRANSLATE_NOOP("Explanations", "Documents the network ports the container listens on. It does not publish "
                                       "them; docker run -p does.")},
    {"env", "env",
     QT_TRANSLATE_NOOP("Explanations", "Sets environment variables for the rest of the stage and for its containers; "
                                       "stages built on this one inherit them.")},
    {"add", "add",
     QT_TRANSLATE_NOOP("Explanations", "Copies files from the build context, a URL or a Git repository into the stage "
                                       "and unpacks local tar archives. Prefer COPY unless you need that.")},
    {"copy", "copy",
     QT_TRANSLATE_NOOP("Explanations", "Copies files into the stage: from the build context, or with --from from "
                                       "another stage or an image. Only the paths it names are copied.")},
    {"entrypoint", "entrypoint",
     QT_TRANSLATE_NOOP("Explanations", "The program a container of this image runs; CMD and the arguments to docker "
                                       "run become its arguments.")},
    {"volume", "volume",
     QT_TRANSLATE_NOOP("Explanations", "Marks a path as a mount point for volumes. Changes a later instruction makes "
                                       "under it are discarded.")},
    {"user", "user",
     QT_TRANSLATE_NOOP("Explanations", "Sets the user (and group) the following RUN, CMD and ENTRYPOINT run as. A "
                                       "runtime image that does not run as root is safer.")},
    {"workdir", "workdir",
     QT_TRANSLATE_NOOP("Explanations", "Sets the working directory of the instructions that follow and of the "
                                       "container; it is created when missing.")},
    {"arg", "arg",
     QT_TRANSLATE_NOOP("Explanations", "Declares a build argument, set with docker build --build-arg. Before the first "
                                       "FROM it is global, and only FROM lines can use it.")},
    {"onbuild", "onbuild",
     QT_TRANSLATE_NOOP("Explanations", "Registers an instruction that runs later, in a stage that builds FROM this one, "
                                       "not here.")},
    {"stopsignal", "stopsignal",
     QT_TRANSLATE_NOOP("Explanations", "The signal docker stop sends to the container's main process.")},
    {"healthcheck", "healthcheck",
     QT_TRANSLATE_NOOP("Explanations", "A command Docker runs in the container now and then to tell whether it is "
                                       "still healthy.")},
    {"shell", "shell",
     QT_TRANSLATE_NOOP("Explanations", "Replaces the shell (/bin/sh -c) that runs the shell form of RUN, CMD and "
                                       "ENTRYPOINT.")},
};

const InstructionText *findInstruction(QStringView keyword)
{
    for (const InstructionText &entry : instructionTexts) {
        if (keyword.compare(QLatin1StringView(entry.keyword), Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString bold(const QString &text)
{
    return QStringLiteral("<b>") + escaped(text) + QStringLiteral("</b>");
}

QString stageLabel(const StageGraph &graph, int stage)
{
    return stage >= 0 && size_t(stage) < graph.stages.size() ? graph.stages[size_t(stage)].displayName() : QString();
}

// The instruction whose text holds `range`, preferring the innermost (an ONBUILD trigger
// rather than the ONBUILD line around it); -1 when none.
int instructionHolding(const SyntaxTree &tree, const TextRange &range)
{
    int found = -1;
    for (size_t i = 0; i < tree.instructions.size(); ++i) {
        const Instruction &instruction = tree.instructions[i];
        if (instruction.range.begin <= range.begin && range.end <= instruction.range.end
            && (found < 0 || instruction.range.length() <= tree.instructions[size_t(found)].range.length()))
            found = int(i);
    }
    return found;
}

// key=value options of a --mount flag, keys lowercased.
QHash<QString, QString> mountOptions(const QString &value)
{
    QHash<QString, QString> options;
    const auto parts = value.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        options.insert(part.left(eq < 0 ? part.size() : eq).trimmed().toLower(), eq < 0 ? QString() : part.mid(eq + 1).trimmed());
    }
    return options;
}

QString firstOf(const QHash<QString, QString> &options, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const auto it = options.constFind(QString::fromUtf16(key));
        if (it != options.cend() && !it->isEmpty())
            return *it;
    }
    return {};
}

} // namespace

QUrl Explanations::referenceUrl(QStringView keyword)
{
    const InstructionText *entry = findInstruction(keyword);
    if (!entry)
        return {};
    return QUrl(QStringLiteral("https://docs.docker.com/reference/dockerfile/#") + QLatin1StringView(entry->anchor));
}

QString Explanations::instruction(QStringView keyword)
{
    const InstructionText *entry = findInstruction(keyword);
    return entry ? tr(entry->text) : QString();
}

QString Explanations::flag(QStringView keyword, QStringView flag)
{
    const auto is = [](QStringView a, const char *b) { return a.compare(QLatin1StringView(b), Qt::CaseInsensitive) == 0; };
    if (is(keyword, "copy") && flag == u"from")
        return tr("Copies from another stage (by name or index), an image or a named build context instead of the "
                  "build context. Only the paths named here cross over; nothing else of that stage reaches this one.");
    if (is(keyword, "run") && flag == u"mount")
        return tr("Gives this one RUN extra files: a bind mount of a stage or of the build context, a cache, a secret "
                  "or an SSH agent. Nothing mounted is kept in the image.");
    if (is(keyword, "from") && flag == u"platform")
        return tr("The platform of the base image, such as linux/arm64, when it is not the platform being built for.");
    if ((is(keyword, "copy") || is(keyword, "add")) && flag == u"link")
        return tr("Copies into a layer of its own that does not depend on the layers before it, so it can be reused "
                  "when the base changes. The files are the same.");
    if ((is(keyword, "copy") || is(keyword, "add")) && (flag == u"chown" || flag == u"chmod"))
        return tr("Sets the owner or the permissions of the copied files.");
    return {};
}

Explanations::Help Explanations::at(const SyntaxTree &tree, qsizetype position)
{
    for (const Instruction &instruction : tree.instructions) {
        if (position < instruction.range.begin || position > instruction.range.end)
            continue;
        const QString command = instruction.command();
        if (instruction.keywordRange.touches(position)) {
            const QString text = Explanations::instruction(command);
            if (text.isEmpty())
                continue;
            const QUrl url = referenceUrl(command);
            const QString keyword = command.toUpper();
            return {keyword,
                    bold(keyword) + QStringLiteral("<br>") + escaped(text) + QStringLiteral("<br><small>")
                        + tr("Dockerfile reference: %1 (F1 opens it)").arg(escaped(url.toString())) + QStringLiteral("</small>"),
                    url};
        }
        for (const Flag &f : instruction.flags) {
            // The flag's name: "--" and the name, up to the "=".
            if (position < f.range.begin || position > f.range.begin + 2 + f.name.size())
                continue;
            const QString text = flag(command, f.name);
            if (text.isEmpty())
                continue;
            const QString topic = command.toUpper() + QStringLiteral(" --") + f.name;
            const QUrl url = referenceUrl(command);
            return {topic,
                    bold(topic) + QStringLiteral("<br>") + escaped(text) + QStringLiteral("<br><small>")
                        + tr("Dockerfile reference: %1 (F1 opens it)").arg(escaped(url.toString())) + QStringLiteral("</small>"),
                    url};
        }
    }
    return {};
}

QString Explanations::roleMeaning(Role role)
{
    switch (role) {
    case Role::Dev:
        return tr("A dev stage is the full environment: compilers, package managers and every dependency. A developer "
                  "builds it with --target and works inside it, usually with the source mounted.");
    case Role::Debugging:
        return tr("A debugging stage adds debuggers and tools. It is built only with --target, because these tools "
                  "must never reach the production image.");
    case Role::Runtime:
        return tr("The runtime stage is the image that ships: only the application and what it needs to run. It "
                  "starts from a small base and copies in just the artifacts, so it is smaller to pull and offers less "
                  "to an attacker.");
    case Role::None:
        break;
    }
    return {};
}

QString Explanations::roleToolTip(const StageGraph &graph, int stage)
{
    if (stage < 0 || size_t(stage) >= graph.stages.size() || graph.stages[size_t(stage)].role == Role::None)
        return {};
    const Stage &s = graph.stages[size_t(stage)];
    const QString role = roleName(s.role);
    QString how;
    if (s.roleExplicit) {
        how = tr("Marked in the file by the comment “# stagecraft: role=%1” above FROM (a filled badge): it travels "
                 "with the Dockerfile and changes nothing in the image.")
                  .arg(role);
    } else if (roleSuggestedByName(s.name) == s.role) {
        how = tr("Inferred from the name “%1” (a dashed badge): nothing in the file says so. Stage > Role marks it "
                 "explicitly.")
                  .arg(s.name);
    } else {
        how = tr("Inferred because it is the last stage, the one docker build builds by default (a dashed badge). "
                 "Stage > Role marks a role explicitly.");
    }
    return bold(tr("Role: %1").arg(role)) + QStringLiteral("<br>") + escaped(roleMeaning(s.role))
         + QStringLiteral("<br><i>") + escaped(how) + QStringLiteral("</i>");
}

QString Explanations::stageToolTip(const StageGraph &graph, int stage)
{
    if (stage < 0 || size_t(stage) >= graph.stages.size())
        return {};
    const Stage &s = graph.stages[size_t(stage)];
    QString tip = bold(s.displayName()) + QStringLiteral(" — FROM ") + escaped(s.baseText);
    if (!s.description.isEmpty())
        tip += QStringLiteral("<br>") + escaped(s.description);
    if (stage == graph.target)
        tip += QStringLiteral("<br><i>") + escaped(tr("The build target: docker build builds this stage.")) + QStringLiteral("</i>");
    else if (!graph.buildsForTarget.empty()
             && std::find(graph.buildsForTarget.begin(), graph.buildsForTarget.end(), stage) == graph.buildsForTarget.end())
        tip += QStringLiteral("<br><i>")
             + escaped(tr("Skipped when building %1: the target needs nothing from it.").arg(stageLabel(graph, graph.target)))
             + QStringLiteral("</i>");
    return tip;
}

QString Explanations::imageToolTip(const QString &reference, bool scratch)
{
    if (scratch)
        return bold(QStringLiteral("scratch")) + QStringLiteral("<br>")
             + escaped(tr("The empty filesystem: a stage FROM scratch starts with no files at all."));
    return bold(reference) + QStringLiteral("<br>")
         + escaped(tr("An image from a registry. A stage FROM it starts with its whole filesystem; COPY --from takes "
                      "only the paths it names."));
}

QString Explanations::edgeToolTip(const StageGraph &graph, const SyntaxTree &tree, int stage, int dependency)
{
    if (stage < 0 || size_t(stage) >= graph.stages.size())
        return {};
    const Stage &user = graph.stages[size_t(stage)];
    if (dependency < 0 || size_t(dependency) >= user.dependencies.size())
        return {};
    const Dependency &d = user.dependencies[size_t(dependency)];
    const QString to = user.displayName();
    const QString from = d.stage >= 0 ? stageLabel(graph, d.stage) : d.scratch ? QStringLiteral("scratch") : d.image;
    const int holder = instructionHolding(tree, d.range);
    const Instruction *instruction = holder >= 0 ? &tree.instructions[size_t(holder)] : nullptr;
    QString title;
    QString body;
    switch (d.kind) {
    case DependencyKind::From:
        title = tr("FROM %1 (line %2)").arg(d.text).arg(d.line);
        if (d.scratch)
            body = tr("%1 starts from the empty filesystem: nothing crosses this edge.").arg(to);
        else if (d.stage >= 0)
            body = tr("%1 builds on the stage %2 and inherits its whole filesystem: everything %2 installed is in %1 "
                      "too.")
                       .arg(to, from);
        else
            body = tr("%1 starts with the whole filesystem of the image %2, with its environment and settings.").arg(to, from);
        break;
    case DependencyKind::CopyFrom: {
        title = tr("COPY --from=%1 (line %2)").arg(d.text).arg(d.line);
        QStringList sources;
        QString destination;
        if (instruction && instruction->args.size() >= 2) {
            for (size_t i = 0; i + 1 < instruction->args.size(); ++i)
                sources << instruction->args[i].value;
            destination = instruction->args.back().value;
        }
        if (sources.isEmpty())
            body = tr("Only the paths this COPY names cross from %1 into %2; nothing else of %1 reaches it.").arg(from, to);
        else
            body = tr("Only %1 crosses from %2, into %3 of %4; nothing else of %2 reaches %4.")
                       .arg(sources.join(QStringLiteral(", ")), from, destination, to);
        break;
    }
    case DependencyKind::MountFrom: {
        title = tr("RUN --mount from=%1 (line %2)").arg(d.text).arg(d.line);
        QHash<QString, QString> options;
        if (instruction) {
            for (const Flag &f : instruction->flags) {
                if (f.name == u"mount" && f.range.begin <= d.range.begin && d.range.end <= f.range.end)
                    options = mountOptions(f.value);
            }
        }
        const QString target = firstOf(options, {u"target", u"dst", u"destination"});
        const QString source = firstOf(options, {u"source", u"src"});
        const QString what = source.isEmpty() ? tr("the whole of %1").arg(from) : tr("%1 from %2").arg(source, from);
        const QString where = target.isEmpty() ? tr("its target") : target;
        if (options.value(QStringLiteral("type")) == u"cache")
            body = tr("While this one RUN runs, a cache seeded with %1 is mounted at %2; nothing of it is copied into "
                      "%3.")
                       .arg(what, where, to);
        else
            body = tr("While this one RUN runs, %1 is mounted at %2 (read-only unless rw): %3 can read it, but nothing "
                      "is copied into its image.")
                       .arg(what, where, to);
        break;
    }
    }
    QString tip = bold(title) + QStringLiteral("<br>") + escaped(body);
    if (d.onbuild) {
        tip += QStringLiteral("<br><i>")
             + escaped(tr("Induced by an ONBUILD trigger of %1: it runs when %2 builds FROM %1.")
                           .arg(stageLabel(graph, user.baseStage), to))
             + QStringLiteral("</i>");
    }
    return tip;
}

QString Explanations::wideToolTip(const QString &richText, int width)
{
    return QStringLiteral("<qt><table width=\"%1\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>").arg(width) + richText
         + QStringLiteral("</td></tr></table></qt>");
}

QString Explanations::stageConcept()
{
    return tr("A build stage is one FROM line and the instructions after it, up to the next FROM. Each stage is an "
              "image of its own; one Dockerfile can hold several, and each box on the graph is one of them.");
}

QString Explanations::fromAsConcept()
{
    return tr("FROM names the base a stage starts from: an image, an earlier stage, or scratch. AS gives the stage a "
              "name, which later stages use in FROM (to build on it) and in COPY --from (to take files from it).");
}

QString Explanations::rolesConcept()
{
    return tr("Splitting the work into stages keeps each image to its purpose: dev holds the tools to build and work, "
              "debugging adds a debugger, and runtime is what ships.");
}

QString Explanations::runtimeConcept()
{
    return tr("The runtime image has none of the compilers, package caches and debuggers of the other stages. Fewer "
              "files make it smaller to pull and to store, and leave less to patch and less for an attacker to use.");
}

QString Explanations::targetConcept()
{
    return tr("docker build --target NAME builds that stage and only the stages it needs; the others are skipped. "
              "Without --target, the last stage is built.");
}

QString Explanations::copyFromConcept()
{
    return tr("COPY --from=NAME copies files out of another stage. Only the paths it names cross over: this is how "
              "the runtime stage takes the built application without anything else of dev.");
}

QString Explanations::hoverHint()
{
    return tr("Hover over an instruction keyword, a role badge or an arrow of the graph for an explanation; F1 on a "
              "keyword opens Docker's reference. Help > Take the Tour shows this tour again.");
}

} // namespace stagecraft::app
