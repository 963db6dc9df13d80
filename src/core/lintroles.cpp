// Stagecraft's role-aware rules (roles: DESIGN.md "Roles"): a runtime stage that builds on a
// dev or debugging stage (runtime-from-dev-stage) or installs debuggers or compilers
// (runtime-installs-tools), a debugging stage built for the target (debugging-stage-in-target),
// and stages no target builds (unused-stage).
#include "lint_p.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

QString quoted(const Stage &st)
{
    return st.name.isEmpty() ? st.displayName() : u'"' + st.name + u'"';
}

void runtimeFromDevStage(LintContext &c)
{
    const StageGraph &g = c.graph;
    for (const Stage &st : g.stages) {
        if (st.role != Role::Runtime)
            continue;
        std::vector<char> seen(g.stages.size(), 0);
        for (int b = st.baseStage; b >= 0 && !seen[size_t(b)]; b = g.stages[size_t(b)].baseStage) {
            seen[size_t(b)] = 1;
            const Stage &base = g.stages[size_t(b)];
            if (base.role != Role::Dev && base.role != Role::Debugging)
                continue;
            c.add(Severity::Warning, u"runtime-from-dev-stage"_s,
                u"runtime stage "_s + quoted(st) + u" builds on the "_s + roleName(base.role) + u" stage "_s + quoted(base)
                    + u": everything in it ships in the runtime image; start from a small base image and COPY --from="_s
                    + base.displayName() + u" only what the application needs"_s,
                st.baseRange);
            break;
        }
    }
}

// What a package name installs, if it is a debugger or a compiler: "debugger" or "compiler".
QString toolKind(const QString &package)
{
    static const QRegularExpression debugger(
        u"^(gdb|gdbserver|gdb-multiarch|lldb(-\\d+)?|strace|ltrace|valgrind|rr|debugpy|ptvsd|ipdb|pudb|pdbpp|delve|dlv)$"_s);
    static const QRegularExpression compiler(
        u"^(gcc|g\\+\\+|gcc-c\\+\\+|clang|cc|c\\+\\+|tcc|gfortran|rustc|golang|golang-go|go|build-essential|build-base"
        u"|default-jdk|default-jdk-headless|openjdk-\\d+-jdk(-headless)?|java-[\\d.]+-openjdk-devel)([-@]?\\d[\\w.]*)?$"_s);
    if (debugger.match(package).hasMatch())
        return u"debugger"_s;
    if (compiler.match(package).hasMatch())
        return u"compiler"_s;
    return {};
}

// The package words of the install commands in a shell script: `apt-get install`, `apk add`,
// `pip install`, `go install`, ...; versions (=1.2, ==1.2, @v1) removed.
QStringList installedPackages(const QString &script)
{
    static const QRegularExpression separators(u"&&|\\|\\||[;|\\n]"_s);
    QStringList packages;
    for (const QString &command : script.split(separators)) {
        QStringList words = command.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        for (QString &w : words)
            w.remove(u'"').remove(u'\'');
        qsizetype start = -1;
        for (qsizetype i = 0; i + 1 < words.size() && start < 0; ++i) {
            const QString tool = words[i].section(u'/', -1).toLower();
            const QString verb = words[i + 1].toLower();
            const bool install = verb == u"install"_s || verb == u"in"_s;
            if (((tool == u"apt-get"_s || tool == u"apt"_s || tool == u"aptitude"_s || tool == u"yum"_s || tool == u"dnf"_s
                     || tool == u"microdnf"_s || tool == u"zypper"_s || tool == u"pip"_s || tool == u"pip3"_s
                     || tool == u"pipx"_s || tool == u"gem"_s || tool == u"go"_s || tool == u"cargo"_s || tool == u"conda"_s)
                    && install)
                || (tool == u"apk"_s && verb == u"add"_s)) {
                start = i + 2;
            }
        }
        if (start < 0)
            continue;
        for (qsizetype i = start; i < words.size(); ++i) {
            const QString &w = words[i];
            if (w.startsWith(u'-') || w.contains(u'$'))
                continue;
            QString name = w.section(u'@', 0, 0).section(u'=', 0, 0).section(u'<', 0, 0).section(u'>', 0, 0).section(u'~', 0, 0);
            name = name.section(u'/', -1).toLower(); // go install github.com/go-delve/delve/cmd/dlv@latest
            if (!name.isEmpty())
                packages.append(name);
        }
    }
    return packages;
}

// Where `word` first stands as a whole word in the instruction's text, or its keyword.
TextRange wordRange(const LintContext &c, const Instruction &in, const QString &word)
{
    const QStringView text = c.textAt(in.range);
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        const auto boundary = [&](qsizetype i) {
            return i < 0 || i >= text.size() || !(text[i].isLetterOrNumber() || text[i] == u'-' || text[i] == u'+' || text[i] == u'_');
        };
        if (boundary(at - 1) && boundary(at + word.size()))
            return {in.range.begin + at, in.range.begin + at + word.size()};
    }
    return in.keywordRange;
}

void runtimeInstallsTools(LintContext &c)
{
    for (const Stage &st : c.graph.stages) {
        if (st.role != Role::Runtime)
            continue;
        for (int idx : st.instructions) {
            const Instruction &in = c.instruction(idx);
            if (in.kind != Command::Run)
                continue;
            QString script;
            for (const Argument &a : in.args)
                script += a.value + u' ';
            for (const Heredoc &h : in.heredocs)
                script += u'\n' + h.content;
            QStringList reported;
            for (const QString &package : installedPackages(script)) {
                const QString kind = toolKind(package);
                if (kind.isEmpty() || reported.contains(package))
                    continue;
                reported.append(package);
                c.add(Severity::Warning, u"runtime-installs-tools"_s,
                    u"runtime stage "_s + quoted(st) + u" installs the "_s + kind + u' ' + package
                        + u": debuggers and compilers belong in a dev or debugging stage, not in the image that ships"_s,
                    wordRange(c, in, package));
            }
        }
    }
}

void debuggingStageInTarget(LintContext &c)
{
    const StageGraph &g = c.graph;
    if (g.target < 0)
        return;
    const Stage &target = g.stages[size_t(g.target)];
    if (target.role == Role::Debugging || target.role == Role::Dev)
        return;
    for (int s : g.buildsForTarget) {
        const Stage &st = g.stages[size_t(s)];
        if (st.role != Role::Debugging || s == g.target)
            continue;
        c.add(Severity::Warning, u"debugging-stage-in-target"_s,
            u"debugging stage "_s + quoted(st) + u" is built for the target "_s + quoted(target)
                + u": its debuggers and tools reach the image that ships; build it only with --target "_s + st.displayName(),
            st.nameRange.isEmpty() ? c.instruction(st.fromInstruction).keywordRange : st.nameRange);
    }
}

void unusedStage(LintContext &c)
{
    const StageGraph &g = c.graph;
    for (int s : unusedStages(g)) {
        const Stage &st = g.stages[size_t(s)];
        const bool used = std::any_of(g.stages.begin(), g.stages.end(), [&](const Stage &o) {
            return std::any_of(o.dependencies.begin(), o.dependencies.end(), [&](const Dependency &d) { return d.stage == s; });
        });
        QuickFix fix;
        if (!used) {
            fix.kind = QuickFix::Kind::DeleteStage;
            fix.title = u"Remove unused "_s + st.displayName();
            fix.stage = s;
        }
        c.add(Severity::Warning, u"unused-stage"_s,
            st.displayName() + u" is never built: it is not the last stage, has no name to pass to --target, and no stage that can be built uses it"_s,
            c.instruction(st.fromInstruction).keywordRange, fix);
    }
}

} // namespace

void roleRules(LintContext &c)
{
    runtimeFromDevStage(c);
    runtimeInstallsTools(c);
    debuggingStageInTarget(c);
    unusedStage(c);
}

} // namespace stagecraft::detail
