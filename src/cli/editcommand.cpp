// stagecraft edit FILE [--rename OLD=NEW] [--rebase STAGE=BASE] [--role STAGE=ROLE]
// [--add NAME=BASE[@AFTER]] [--delete STAGE] [--move STAGE=INDEX] [--describe STAGE=TEXT]
// [--duplicate STAGE] ... [--diff] [-i] [--force]: the graph edit operations of the window,
// applied in command-line order (docs/cli.md, docs/edit-operations.md).
#include "commands.h"
#include "unifieddiff.h"

#include "core/editoperations.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace stagecraft::cli {

namespace {

const char usageText[] =
    "Usage: stagecraft edit FILE [OPERATION...] [--diff] [-i] [--force]\n"
    "\n"
    "Changes the stage graph of a Dockerfile with the operations of the window, applied in\n"
    "the order given, each as the smallest text edit (every other byte stays as it was).\n"
    "Prints the new text, or with --diff a unified diff; -i writes FILE in place instead.\n"
    "An operation that would break the file or change what another reference means is\n"
    "refused: nothing is written and the exit status is 1.\n"
    "\n"
    "Operations (STAGE is a stage name, case-insensitive, or a 0-based index):\n"
    "  --rename STAGE=NEW       rename a stage (or name an unnamed one) and its references\n"
    "  --rebase STAGE=BASE      build STAGE on BASE: an earlier stage or an image reference\n"
    "                           (a later stage: STAGE moves after it when nothing breaks)\n"
    "  --role STAGE=ROLE        dev, debugging, runtime, none, or auto (remove the marker)\n"
    "  --add NAME=BASE[@AFTER]  add `FROM BASE AS NAME` after stage AFTER (default: at the end)\n"
    "  --duplicate STAGE        copy a stage right after it, named NAME-copy\n"
    "  --delete STAGE           delete a stage (one others depend on only with --force)\n"
    "  --move STAGE=INDEX       move a stage to a 0-based position\n"
    "  --describe STAGE=TEXT    set BuildKit's description comment (empty TEXT removes it)\n"
    "\n"
    "Options:\n"
    "  --diff                   print a unified diff instead of the text\n"
    "  -i, --in-place           write FILE in place (atomically; bytes and line endings kept)\n"
    "  --force                  delete stages even when others depend on them\n"
    "  -h, --help               show this help\n"
    "\n"
    "FILE may be - (standard input; not with -i).\n"
    "Exit status: 0 done, 1 an operation was refused (nothing changed), 2 usage or I/O error.\n";

struct Operation {
    QString name;  // "rename", ...
    QString value; // the option's argument
    QString shown() const { return u"--"_s + name + u' ' + value; }
};

const QStringList operationNames = {u"rename"_s, u"rebase"_s, u"role"_s, u"add"_s, u"duplicate"_s,
    u"delete"_s, u"move"_s, u"describe"_s};

bool readBytes(const QString &path, QByteArray *bytes, Streams streams)
{
    if (path == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            streams.err << "stagecraft edit: cannot read standard input\n";
            return false;
        }
        *bytes = in.readAll();
        return true;
    }
    const QFileInfo info(path);
    if (!info.exists() || info.isDir()) {
        streams.err << path << (info.isDir() ? ": is a directory, not a Dockerfile\n" : ": no such file\n");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        streams.err << path << ": cannot read: " << file.errorString() << '\n';
        return false;
    }
    *bytes = file.readAll();
    return true;
}

// Splits "KEY=VALUE" at the first '='.
bool splitPair(const QString &value, QString *key, QString *rest)
{
    const qsizetype eq = value.indexOf(u'=');
    if (eq < 0)
        return false;
    *key = value.left(eq);
    *rest = value.mid(eq + 1);
    return true;
}

// A stage by name (case-insensitive, the last one with it) or index; -1 with `error` set.
int resolveStage(const StageGraph &graph, const QString &spec, QString *error)
{
    bool isNumber = false;
    const int index = spec.toInt(&isNumber);
    if (isNumber) {
        if (index >= 0 && index < int(graph.stages.size()))
            return index;
        *error = u"there is no stage "_s + spec + u" (the file has "_s + QString::number(graph.stages.size()) + u" stages)"_s;
        return -1;
    }
    const int found = graph.findStage(spec);
    if (found < 0) {
        QStringList names;
        for (const Stage &st : graph.stages) {
            if (!st.name.isEmpty())
                names.append(st.name);
        }
        *error = u"no stage named \""_s + spec + u'"'
            + (names.isEmpty() ? QString() : QString(u" (stages: "_s + names.join(u", "_s) + u')'));
    }
    return found;
}

struct Step {
    EditResult result;
    bool usage = false; // a malformed argument (exit 2) rather than a refusal
};

Step usageError(const QString &message)
{
    Step s;
    s.usage = true;
    s.result.error = message;
    return s;
}

Step refusal(const QString &message)
{
    Step s;
    s.result.error = message;
    return s;
}

Step apply(const Operation &op, const SyntaxTree &tree, const StageGraph &graph, bool force)
{
    QString key;
    QString rest;
    QString error;
    const bool pair = splitPair(op.value, &key, &rest);
    const auto needPair = [&](const char *form) {
        return usageError(u"--"_s + op.name + u" expects "_s + QLatin1StringView(form) + u", got \""_s + op.value + u'"');
    };
    if (op.name == u"add") {
        if (!pair)
            return needPair("NAME=BASE[@AFTER]");
        QString base = rest;
        int after = -1;
        const qsizetype at = rest.lastIndexOf(u'@');
        if (at > 0 && at + 1 < rest.size() && !rest.mid(at + 1).contains(u':') && !rest.mid(at + 1).contains(u'/')) {
            after = resolveStage(graph, rest.mid(at + 1), &error);
            if (after < 0)
                return refusal(error);
            base = rest.left(at);
        }
        return {addStage(tree, graph, key, base, Role::None, after), false};
    }
    const bool single = op.name == u"delete" || op.name == u"duplicate";
    if (!single && !pair) {
        static const QHash<QString, const char *> forms = {{u"rename"_s, "OLD=NEW"}, {u"rebase"_s, "STAGE=BASE"},
            {u"role"_s, "STAGE=ROLE"}, {u"move"_s, "STAGE=INDEX"}, {u"describe"_s, "STAGE=TEXT"}};
        return needPair(forms.value(op.name));
    }
    const QString stageSpec = single ? op.value : key;
    if (op.name == u"move") {
        bool ok = false;
        rest.toInt(&ok);
        if (!ok)
            return usageError(u"--move expects STAGE=INDEX with a number, got \""_s + op.value + u'"');
    }
    std::optional<Role> role;
    const bool infer = op.name == u"role" && rest.compare(u"auto"_s, Qt::CaseInsensitive) == 0;
    if (op.name == u"role" && !infer) {
        role = roleFromName(rest);
        if (!role)
            return usageError(u"unknown role \""_s + rest + u"\": use dev, debugging, runtime, none or auto"_s);
    }
    const int stage = resolveStage(graph, stageSpec, &error);
    if (stage < 0)
        return refusal(error);
    if (op.name == u"rename")
        return {renameStage(tree, graph, stage, rest), false};
    if (op.name == u"rebase")
        return {rebaseStage(tree, graph, stage, rest), false};
    if (op.name == u"role")
        return {setStageRole(tree, graph, stage, role.value_or(Role::None), infer), false};
    if (op.name == u"duplicate")
        return {duplicateStage(tree, graph, stage), false};
    if (op.name == u"move")
        return {moveStage(tree, graph, stage, rest.toInt()), false};
    if (op.name == u"describe")
        return {describeStage(tree, graph, stage, rest), false};
    Step s{deleteStage(tree, graph, stage), false};
    if (s.result.ok && !s.result.dependents.isEmpty() && !force) {
        s.result.ok = false;
        s.result.error = graph.stages[size_t(stage)].displayName() + u" is used by "_s + s.result.dependents.join(u", "_s)
            + u" (pass --force to delete it anyway)"_s;
    }
    return s;
}

} // namespace

int runEdit(const QStringList &args, Streams streams)
{
    std::vector<Operation> operations;
    QStringList files;
    bool diff = false;
    bool inPlace = false;
    bool force = false;
    bool optionsDone = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (optionsDone || arg == u"-" || !arg.startsWith(u'-')) {
            files.append(arg);
        } else if (arg == u"--") {
            optionsDone = true;
        } else if (arg == u"-h" || arg == u"--help") {
            streams.out << usageText;
            return 0;
        } else if (arg == u"--diff") {
            diff = true;
        } else if (arg == u"-i" || arg == u"--in-place") {
            inPlace = true;
        } else if (arg == u"--force") {
            force = true;
        } else {
            const qsizetype eq = arg.indexOf(u'=');
            const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
            if (!arg.startsWith(u"--"_s) || !operationNames.contains(name)) {
                streams.err << "stagecraft edit: unknown option " << arg << " (see --help)\n";
                return 2;
            }
            if (eq >= 0) {
                operations.push_back({name, arg.mid(eq + 1)});
            } else if (i + 1 < args.size()) {
                operations.push_back({name, args[++i]});
            } else {
                streams.err << "stagecraft edit: " << arg << " needs a value (see --help)\n";
                return 2;
            }
        }
    }
    if (files.size() != 1) {
        streams.err << "stagecraft edit: usage: stagecraft edit FILE [--rename OLD=NEW] [--rebase STAGE=BASE] "
                       "[--role STAGE=ROLE] [--add NAME=BASE[@AFTER]] [--delete STAGE] [--move STAGE=INDEX] "
                       "[--describe STAGE=TEXT] [--duplicate STAGE] [--diff] [-i] (see --help)\n";
        return 2;
    }
    const QString path = files.first();
    const QString display = path == u"-" ? u"<stdin>"_s : path;
    if (inPlace && path == u"-") {
        streams.err << "stagecraft edit: -i needs a file, not standard input\n";
        return 2;
    }
    QByteArray bytes;
    if (!readBytes(path, &bytes, streams))
        return 2;
    // keep a BOM as U+FEFF so that writing back gives the same bytes
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString original = decoder(bytes);
    if (decoder.hasError()) {
        streams.err << display << ": not valid UTF-8; refusing to edit it (the bytes would change)\n";
        return 2;
    }
    QString text = original;
    for (const Operation &op : operations) {
        const SyntaxTree tree = parse(text);
        const StageGraph graph = analyse(tree);
        const Step step = apply(op, tree, graph, force);
        if (step.usage) {
            streams.err << "stagecraft edit: " << step.result.error << '\n';
            return 2;
        }
        if (!step.result.ok) {
            streams.err << display << ": " << op.shown() << ": " << step.result.error << '\n';
            return 1;
        }
        text = applyEdits(text, step.result.edits);
    }
    if (inPlace && text != original) {
        QSaveFile file(path);
        QStringEncoder encoder(QStringEncoder::Utf8);
        if (!file.open(QIODevice::WriteOnly) || file.write(encoder(text)) < 0 || !file.commit()) {
            streams.err << path << ": cannot write: " << file.errorString() << '\n';
            return 2;
        }
    }
    if (diff)
        streams.out << unifiedDiff(original, text, u"a/"_s + display, u"b/"_s + display);
    else if (!inPlace)
        streams.out << text;
    return 0;
}

} // namespace stagecraft::cli
