// BuildKit's build checks that analysis does not make (dockerfile2llb's lint calls; texts from
// linter/ruleset.go): ConsistentInstructionCasing, MultipleInstructionsDisallowed,
// JSONArgsRecommended, RedundantTargetPlatform, FromPlatformFlagConstDisallowed,
// MaintainerDeprecated, LegacyKeyValueFormat. They look at every stage, built or not.
#include "analysis_p.h"
#include "lint_p.h"
#include "shellword.h"
#include "textutil.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

bool selfConsistent(QStringView view)
{
    const QString s = view.toString();
    return s == s.toLower() || s == s.toUpper();
}

// The top-level instructions of a stage, FROM first.
std::vector<int> stageInstructions(const Stage &st)
{
    std::vector<int> all{st.fromInstruction};
    all.insert(all.end(), st.instructions.begin(), st.instructions.end());
    return all;
}

void consistentInstructionCasing(LintContext &c)
{
    int lower = 0;
    int upper = 0;
    for (const Stage &st : c.graph.stages) {
        for (int idx : stageInstructions(st)) {
            const QStringView kw = c.instruction(idx).keyword();
            if (kw.isEmpty() || !selfConsistent(kw))
                continue;
            ++(kw == kw.toString().toLower() ? lower : upper);
        }
    }
    const bool majorityLower = lower > upper;
    for (const Stage &st : c.graph.stages) {
        for (int idx : stageInstructions(st)) {
            const Instruction &in = c.instruction(idx);
            const QStringView keyword = in.keyword();
            if (keyword.isEmpty())
                continue;
            const QString wanted = majorityLower ? keyword.toString().toLower() : keyword.toString().toUpper();
            if (wanted == keyword)
                continue;
            const QString casing = majorityLower ? u"lowercase"_s : u"uppercase"_s;
            c.add(Severity::Warning, u"ConsistentInstructionCasing"_s,
                u"Command '"_s + keyword + u"' should match the case of the command majority ("_s + casing + u')',
                in.keywordRange,
                c.replaceFix(u"Write "_s + keyword + u" as "_s + wanted, in.keywordRange, keyword.toString(), wanted));
        }
    }
}

void multipleInstructionsDisallowed(LintContext &c)
{
    for (const Stage &st : c.graph.stages) {
        QHash<QString, int> previous; // command -> the instruction it last appeared in
        for (int idx : st.instructions) {
            const Instruction &in = c.instruction(idx);
            if (in.kind != Command::Cmd && in.kind != Command::Entrypoint && in.kind != Command::Healthcheck)
                continue;
            const QString command = in.command();
            const auto it = previous.constFind(command);
            if (it != previous.constEnd()) {
                const Instruction &earlier = c.instruction(*it);
                QuickFix fix;
                fix.kind = QuickFix::Kind::Replace;
                fix.title = u"Remove the ignored "_s + earlier.keyword() + u" on line "_s + QString::number(earlier.firstLine);
                fix.edits = {TextEdit{c.instructionLines(*it), QString()}};
                c.add(Severity::Warning, u"MultipleInstructionsDisallowed"_s,
                    u"Multiple "_s + in.keyword() + u" instructions should not be used in the same stage because only the last one will be used"_s,
                    earlier.keywordRange, fix);
            }
            previous.insert(command, idx);
        }
    }
}

void jsonArgsRecommended(LintContext &c)
{
    std::vector<char> hasShell(c.graph.stages.size(), 0); // a SHELL instruction in the stage or its bases
    for (const Stage &st : c.graph.stages) {
        bool shell = st.baseStage >= 0 && hasShell[size_t(st.baseStage)];
        for (int idx : st.instructions) {
            const Instruction &in = c.instruction(idx);
            if (in.kind == Command::Shell)
                shell = true;
            if ((in.kind == Command::Cmd || in.kind == Command::Entrypoint) && !in.json && !in.args.empty() && !shell) {
                c.add(Severity::Warning, u"JSONArgsRecommended"_s,
                    u"JSON arguments recommended for "_s + in.keyword() + u" to prevent unintended behavior related to OS signals"_s,
                    in.keywordRange);
            }
        }
        hasShell[size_t(st.index)] = shell;
    }
}

// containerd's platforms.Parse, enough to tell the OS and architecture of a constant.
bool parsePlatform(const QString &value, const QString &defaultArch, QString &os, QString &arch)
{
    static const QStringList knownOs = {u"linux"_s, u"windows"_s, u"darwin"_s, u"freebsd"_s, u"netbsd"_s,
        u"openbsd"_s, u"solaris"_s, u"illumos"_s, u"aix"_s, u"android"_s, u"ios"_s, u"js"_s, u"wasip1"_s, u"plan9"_s};
    const QStringList parts = value.toLower().split(u'/');
    if (parts.size() > 3 || parts.contains(QString()))
        return false;
    const auto normalArch = [](const QString &a) {
        if (a == u"x86_64"_s || a == u"x86-64"_s)
            return u"amd64"_s;
        if (a == u"aarch64"_s)
            return u"arm64"_s;
        return a;
    };
    if (parts.size() == 1) {
        if (knownOs.contains(parts[0])) {
            os = parts[0];
            arch = defaultArch;
        } else {
            os = u"linux"_s;
            arch = normalArch(parts[0]);
        }
        return true;
    }
    os = parts[0];
    arch = normalArch(parts[1]);
    return true;
}

void platformChecks(LintContext &c)
{
    const StageGraph &g = c.graph;
    const QString targetName = !c.options.target.isEmpty() ? c.options.target : g.stages.empty() ? QString() : g.stages.back().name;
    QStringList order;
    QHash<QString, QString> env = automaticArgs(c.options, targetName, order);
    for (const GlobalArg &arg : g.globalArgs) {
        if (arg.hasValue)
            env.insert(arg.name, arg.value);
    }
    const QString defaultArch = env.value(u"TARGETARCH"_s);
    for (const Stage &st : g.stages) {
        const Flag *flag = c.instruction(st.fromInstruction).flag(u"platform");
        if (!flag || st.platform.isEmpty())
            continue;
        const ExpandResult r = expandWord(st.platform, env, g.escape);
        if (!r.error.isEmpty())
            continue;
        if (r.matched.size() == 1 && r.unmatched.isEmpty() && r.matched.contains(u"TARGETPLATFORM"_s)
            && r.result == env.value(u"TARGETPLATFORM"_s)) {
            // the flag and the blanks after it
            TextRange remove = flag->range;
            while (remove.end < c.tree.text.size() && (c.tree.text[remove.end] == u' ' || c.tree.text[remove.end] == u'\t'))
                ++remove.end;
            QuickFix fix = c.replaceFix(u"Remove --platform="_s + st.platform, flag->range, flag->text(), QString());
            if (fix.isAvailable())
                fix.edits = {TextEdit{remove, QString()}};
            c.add(Severity::Warning, u"RedundantTargetPlatform"_s,
                u"Setting platform to predefined "_s + st.platform + u" in FROM is redundant as this is the default behavior"_s,
                flag->range, fix);
        }
        if (r.matched.isEmpty() && r.unmatched.isEmpty()) {
            QString os;
            QString arch;
            if (!parsePlatform(r.result, defaultArch, os, arch) || st.name.contains(os) || st.name.contains(arch))
                continue;
            c.add(Severity::Warning, u"FromPlatformFlagConstDisallowed"_s,
                u"FROM --platform flag should not use constant value "_s + goQuote(r.result), flag->range);
        }
    }
}

void maintainerAndKeyValue(LintContext &c)
{
    for (const Stage &st : c.graph.stages) {
        for (int idx : st.instructions) {
            const Instruction &in = c.instruction(idx);
            if (in.kind == Command::Maintainer) {
                QuickFix fix;
                if (in.firstLine == in.lastLine && in.heredocs.empty() && !in.args.empty()) {
                    QString value = in.args[0].value;
                    value.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'$', u"\\$"_s);
                    const QString label = in.keyword() == in.keyword().toString().toLower() ? u"label"_s : u"LABEL"_s;
                    fix.kind = QuickFix::Kind::Replace;
                    fix.title = u"Replace MAINTAINER with an authors label"_s;
                    fix.edits = {TextEdit{in.range, label + u" org.opencontainers.image.authors=\""_s + value + u'"'}};
                }
                c.add(Severity::Warning, u"MaintainerDeprecated"_s,
                    u"Maintainer instruction is deprecated in favor of using label"_s, in.keywordRange, fix);
            } else if (in.kind == Command::Env || in.kind == Command::Label) {
                for (size_t i = 2; i < in.args.size(); i += 3) {
                    if (!in.args[i].value.isEmpty())
                        continue;
                    c.add(Severity::Warning, u"LegacyKeyValueFormat"_s,
                        u"\""_s + in.keyword() + u" key=value\" should be used instead of legacy \""_s + in.keyword()
                            + u" key value\" format"_s,
                        in.keywordRange);
                    break;
                }
            }
        }
    }
}

// EXPOSE's port specs as BuildKit's dispatchExpose reads them, [[ip:]hostPort:]containerPort
// [/protocol]: a protocol not written in lowercase (ExposeProtoCasing) and an IP address or
// host port (ExposeInvalidFormat), each reported at its spec. BuildKit first expands the
// stage's variables: a spec with a '$' is left alone here, since the values of the stage's ENV
// and ARG are not known to lint. A spec BuildKit rejects (no port, an unknown protocol) fails
// the build before these checks, so it gets neither.
void exposeChecks(LintContext &c)
{
    for (const Stage &st : c.graph.stages) {
        for (int idx : st.instructions) {
            const Instruction &in = c.instruction(idx);
            if (in.kind != Command::Expose)
                continue;
            for (const Argument &arg : in.args) {
                if (arg.value.contains(u'$'))
                    continue;
                const ExpandResult word = expandWord(arg.value, {}, c.tree.escape); // quotes and escapes removed
                if (!word.error.isEmpty() || word.result.isEmpty())
                    continue;
                const QString &spec = word.result;
                // splitParts: the last two ':'-separated parts are the host and container ports
                const QStringList parts = spec.split(u':');
                const qsizetype n = parts.size();
                const QString containerPort = parts.back();
                const QString hostPort = n >= 2 ? parts[n - 2] : QString();
                const QString ip = n >= 3 ? parts.mid(0, n - 2).join(u':') : QString();
                // splitProtoPort
                const qsizetype slash = containerPort.indexOf(u'/');
                const QString port = slash < 0 ? containerPort : containerPort.left(slash);
                const QString protocol = slash < 0 ? QString() : containerPort.mid(slash + 1);
                const QString lower = protocol.toLower();
                if (port.isEmpty() || !(lower.isEmpty() || lower == u"tcp"_s || lower == u"udp"_s || lower == u"sctp"_s))
                    continue;
                if (protocol != lower) {
                    const TextRange at{arg.range.end - protocol.size(), arg.range.end};
                    c.add(Severity::Warning, u"ExposeProtoCasing"_s,
                        u"Defined protocol '"_s + spec + u"' in EXPOSE instruction should be lowercase"_s, arg.range,
                        c.replaceFix(u"Write the protocol in lowercase"_s, at, protocol, lower)); // (when it ends the text)
                }
                if (!ip.isEmpty() || !hostPort.isEmpty()) {
                    c.add(Severity::Warning, u"ExposeInvalidFormat"_s,
                        u"EXPOSE instruction should not define an IP address or host-port mapping, found '"_s + spec + u'\'',
                        arg.range, c.replaceFix(u"Keep only the container port "_s + containerPort, arg.range, spec, containerPort));
                }
            }
        }
    }
}

// BuildKit's dispatchWorkdir: the first WORKDIR of a stage's FROM chain within the file (a
// stage built on an earlier stage continues its chain; an image's own working directory does
// not count) should be absolute, reported at its path. Later ones are not checked, whatever
// they hold. BuildKit expands the stage's variables first: a path with a '$' counts as the
// first WORKDIR but is not checked here (the stage's ENV and ARG values are not known to lint),
// nor are Windows stages (another rule for what is absolute), nor WORKDIRs that ONBUILD
// triggers bring.
void workdirRelativePath(LintContext &c)
{
    const std::vector<Stage> &stages = c.graph.stages;
    std::vector<char> workdirSet(stages.size(), 0); // at the end of each stage
    for (const Stage &st : stages) {
        bool set = st.baseStage >= 0 && st.baseStage < st.index && workdirSet[size_t(st.baseStage)];
        const bool windows = st.platformExpanded.startsWith(u"windows"_s, Qt::CaseInsensitive);
        for (int idx : st.instructions) {
            const Instruction &in = c.instruction(idx);
            if (in.kind != Command::Workdir || in.args.empty())
                continue;
            const Argument &path = in.args.front();
            if (!set && !windows && !path.value.contains(u'$')) {
                const ExpandResult word = expandWord(path.value, {}, c.tree.escape); // quotes and escapes removed
                if (word.error.isEmpty() && !word.result.isEmpty() && !word.result.startsWith(u'/')) {
                    c.add(Severity::Warning, u"WorkdirRelativePath"_s,
                        u"Relative workdir "_s + goQuote(word.result) + u" can have unexpected results if the base image changes"_s,
                        path.range);
                }
            }
            set = true;
        }
        workdirSet[size_t(st.index)] = set;
    }
}

// BuildKit's validateNoSecretKey, run by the ENV and ARG of a stage (not the global ARGs
// before the first FROM, which BuildKit does not dispatch): a key whose first or last
// '_'-separated word, or whole name, is a secret's (api_key, DATABASE_PASSWORD, GITHUB_TOKEN,
// AUTH), unless one names it public (BuildKit's current allow list: public, file, version).
// Reported at the key. ENV and ARG that ONBUILD triggers bring are not checked.
void secretsUsedInArgOrEnv(LintContext &c)
{
    static const QRegularExpression deny(
        u"(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)"_s);
    static const QRegularExpression allow(u"(?i)(?:_|^)(?:public|file|version)(?:_|$)"_s);
    const auto check = [&](const QString &instruction, QStringView key, TextRange range) {
        if (deny.matchView(key).hasMatch() && !allow.matchView(key).hasMatch()) {
            c.add(Severity::Warning, u"SecretsUsedInArgOrEnv"_s,
                u"Do not use ARG or ENV instructions for sensitive data ("_s + instruction + u' ' + goQuote(key) + u')',
                range);
        }
    };
    for (const Stage &st : c.graph.stages) {
        for (int idx : st.instructions) {
            const Instruction &in = c.instruction(idx);
            if (in.kind == Command::Env) {
                for (size_t i = 0; i < in.args.size(); i += 3) // key, value, separator
                    check(u"ENV"_s, in.args[i].value, in.args[i].range);
            } else if (in.kind == Command::Arg) {
                for (const Argument &arg : in.args) {
                    const qsizetype eq = arg.value.indexOf(u'=');
                    const QStringView key = eq < 0 ? QStringView(arg.value) : QStringView(arg.value).left(eq);
                    check(u"ARG"_s, key, {arg.range.begin, qMin(arg.range.end, arg.range.begin + key.size())});
                }
            }
        }
    }
}

} // namespace

void buildkitChecks(LintContext &c)
{
    consistentInstructionCasing(c);
    multipleInstructionsDisallowed(c);
    jsonArgsRecommended(c);
    platformChecks(c);
    maintainerAndKeyValue(c);
    exposeChecks(c);
    workdirRelativePath(c);
    secretsUsedInArgOrEnv(c);
}

} // namespace stagecraft::detail
