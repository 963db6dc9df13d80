// analyse(): stages, global ARGs and base images by BuildKit's rules (instructions.Parse and
// dockerfile2llb's buildDispatchStates / resolveTarget), then the other passes.
#include "stagegraph.h"

#include "analysis_p.h"
#include "checkdirective.h"
#include "reference.h"
#include "shellword.h"
#include "textutil.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace stagecraft {

namespace detail {

bool goAtoi(QStringView text, int &value)
{
    bool ok = false;
    QStringView digits = text;
    if (!digits.isEmpty() && (digits[0] == u'+' || digits[0] == u'-'))
        digits = digits.mid(1);
    if (digits.isEmpty())
        return false;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
    }
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < INT_MIN || v > INT_MAX)
        return false;
    value = int(v);
    return true;
}

} // namespace detail

namespace {

using detail::Analysis;

// The regular expression ^[a-z][a-z0-9-_.]*$ ('$' also matches before a final newline).
bool isValidStageName(QStringView name)
{
    if (name.endsWith(u'\n'))
        name.chop(1);
    if (name.isEmpty() || name.front() < u'a' || name.front() > u'z')
        return false;
    for (QChar c : name.mid(1)) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.'))
            return false;
    }
    return true;
}

// s == s.toLower() (lower) or s == s.toUpper() (!lower), without a copy for ASCII.
bool unchangedByCase(QStringView s, bool lower)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return s == (lower ? s.toString().toLower() : s.toString().toUpper());
        if (lower ? (c >= u'A' && c <= u'Z') : (c >= u'a' && c <= u'z'))
            return false;
    }
    return true;
}

} // namespace

// BuildKit's automatic platform args (defaultArgs), with --build-arg overrides.
QHash<QString, QString> detail::automaticArgs(const AnalysisOptions &options, const QString &targetName, QStringList &order)
{
    const QString platform = options.platform.isEmpty() ? u"linux/amd64"_s : options.platform;
    const QStringList parts = platform.split(u'/');
    const QString os = parts.value(0);
    const QString arch = parts.value(1);
    const QString variant = parts.value(2);
    const std::pair<QString, QString> values[] = {
        {u"BUILDPLATFORM"_s, platform}, {u"BUILDOS"_s, os}, {u"BUILDOSVERSION"_s, QString()},
        {u"BUILDARCH"_s, arch}, {u"BUILDVARIANT"_s, variant}, {u"TARGETPLATFORM"_s, platform},
        {u"TARGETOS"_s, os}, {u"TARGETOSVERSION"_s, QString()}, {u"TARGETARCH"_s, arch},
        {u"TARGETVARIANT"_s, variant}, {u"TARGETSTAGE"_s, targetName},
    };
    QHash<QString, QString> env;
    for (const auto &[key, value] : values) {
        env.insert(key, options.buildArgs.contains(key) ? options.buildArgs.value(key) : value);
        order.append(key);
    }
    return env;
}

namespace {

using detail::automaticArgs;

struct MetaArg {
    QString key;
    QString rawValue;
    bool hasDefault = false;
    int line = 0;
    TextRange range;
};

// buildMetaArgs: folds the global ARGs into `env`. With `overrides` false the --build-arg
// values are ignored (validateBaseImagesWithDefaultArgs).
QString buildMetaArgs(const std::vector<MetaArg> &metaArgs, detail::Environment &env, const AnalysisOptions &options,
    QChar escape, bool overrides, std::vector<GlobalArg> *out, int *errorIndex)
{
    if (out)
        out->reserve(metaArgs.size());
    for (size_t i = 0; i < metaArgs.size(); ++i) {
        const MetaArg &m = metaArgs[i];
        GlobalArg g{m.key, m.rawValue, m.hasDefault, QString(), false, m.line, m.range};
        if (overrides && options.buildArgs.contains(m.key)) {
            g.value = options.buildArgs.value(m.key);
            g.hasValue = true;
        } else if (m.hasDefault) {
            const detail::ExpandResult r = detail::expandWord(m.rawValue, env, escape);
            if (!r.error.isEmpty()) {
                if (errorIndex)
                    *errorIndex = int(i);
                return r.error;
            }
            g.value = r.result;
            g.hasValue = true;
        }
        if (g.hasValue)
            env.insert(m.key, g.value);
        if (out)
            out->push_back(g);
    }
    return {};
}

void buildStages(Analysis &a)
{
    const SyntaxTree &tree = a.tree;
    StageGraph &g = a.graph;
    const std::vector<int> &top = a.topLevel;
    const auto stageCount = size_t(std::count_if(top.begin(), top.end(),
        [&a](int idx) { return a.kind(idx) == Command::From; }));
    g.stages.reserve(stageCount);
    a.groupOfStage.reserve(stageCount);
    a.nextSameName.reserve(stageCount);
    a.reserveNames(stageCount);
    a.nameGroups.reserve(stageCount);
    g.allInstructions.reserve(top.size()); // (so that it never moves: the views are bound as made)
    for (size_t t = 0; t < top.size(); ++t) {
        const int idx = top[t];
        if (a.kind(idx) != Command::From)
            continue; // (added with the FROM before it; none before the first FROM)
        const Instruction &in = tree.instructions[size_t(idx)];
        Stage &st = g.stages.emplace_back(); // filled in place
        // the instructions up to the next FROM are the stage's
        size_t next = t + 1;
        while (next < top.size() && a.kind(top[next]) != Command::From)
            ++next;
        st.instructions.setRun(int(g.allInstructions.size()), int(next - t - 1));
        g.allInstructions.insert(g.allInstructions.end(), top.begin() + qsizetype(t) + 1, top.begin() + qsizetype(next));
        st.instructions.bind(g.allInstructions.data());
        a.groupOfStage.push_back(-1);
        a.nextSameName.push_back(-1);
        st.index = int(g.stages.size()) - 1;
        st.fromInstruction = idx;
        st.firstLine = in.firstLine;
        st.lastLine = in.lastLine;
        if (!in.args.empty()) {
            st.baseText = detail::sharedCopy(in.args[0].value);
            st.baseRange = in.args[0].range;
        } else {
            st.baseRange = {in.range.end, in.range.end};
        }
        const bool hasAs = in.args.size() >= 2 && detail::equalsIgnoringCase(in.args[1].value, u"as");
        if (in.args.size() == 3 && hasAs) {
            st.nameAsWritten = detail::sharedCopy(in.args[2].value);
            st.name = detail::lowerShared(st.nameAsWritten);
            st.nameRange = in.args[2].range;
        } else if (in.args.size() != 1) {
            const TextRange where = in.args.empty() ? in.keywordRange : TextRange{in.args[0].range.begin, in.range.end};
            a.report(Severity::Error, u"from-argument-count"_s,
                u"FROM requires either one or three arguments: FROM [--platform=P] IMAGE [AS NAME]"_s, where);
            // a half-typed "FROM image AS name extra" still names the stage
            if (in.args.size() > 3 && hasAs) {
                st.nameAsWritten = detail::sharedCopy(in.args[2].value);
                st.name = detail::lowerShared(st.nameAsWritten);
                st.nameRange = in.args[2].range;
            }
        }
        if (const Flag *p = in.flag(u"platform"))
            st.platform = detail::sharedCopy(p->value);
        if (!st.nameAsWritten.isEmpty()) {
            if (!isValidStageName(st.name)) {
                a.report(Severity::Error, u"invalid-stage-name"_s,
                    u"invalid name for build stage: "_s + goQuote(st.nameAsWritten)
                        + u", name can't start with a number or contain symbols"_s,
                    st.nameRange);
            }
            if (st.nameAsWritten != st.name) {
                a.report(Severity::Warning, u"StageNameCasing"_s,
                    u"Stage name '"_s + st.nameAsWritten + u"' should be lowercase"_s, st.nameRange);
            }
            if (st.name == u"scratch"_s || st.name == u"context"_s) {
                a.report(Severity::Warning, u"ReservedStageName"_s,
                    u"Stage name should not use the same name as reserved stage \""_s + st.name + u'"', st.nameRange);
            }
            // one look-up per name: a new name gets the next group
            const size_t hash = detail::Analysis::hashName(st.name);
            detail::Analysis::NameSlot &slot = a.nameSlots[a.nameSlot(st.name, hash)];
            int group = slot.group;
            if (group < 0) {
                group = int(a.nameGroups.size());
                slot = {hash, group};
                a.nameGroups.push_back({st.index, st.index});
            } else {
                detail::Analysis::NameGroup &same = a.nameGroups[size_t(group)];
                a.report(Severity::Warning, u"DuplicateStageName"_s,
                    u"Duplicate stage name \""_s + st.name + u"\", stage names should be unique (first declared as stage "_s
                        + QString::number(same.first) + u"; COPY --from binds to the last one)"_s,
                    st.nameRange);
                a.nextSameName[size_t(same.last)] = st.index;
                same.last = st.index;
            }
            a.groupOfStage.back() = group;
            // FromAsCasing: the AS keyword should follow the casing of FROM
            const QString &as = in.args[1].value;
            const QStringView keyword = in.keyword();
            const bool keywordLower = unchangedByCase(keyword, true);
            if ((keywordLower || unchangedByCase(keyword, false)) // the keyword's own case is consistent
                && (keywordLower ? !unchangedByCase(as, true) : !unchangedByCase(as, false))) {
                a.report(Severity::Warning, u"FromAsCasing"_s,
                    u"'"_s + as + u"' and '"_s + keyword + u"' keywords' casing do not match"_s, in.args[1].range);
            }
        }
        detail::annotateStage(a, st);
        detail::endStage(a, st);
    }
    detail::defaultRuntimeRole(a);
    g.bindItems(); // the comments' array grew as the stages were made
}

void resolveBases(Analysis &a, const std::vector<MetaArg> &metaArgs, const QStringList &autoOrder)
{
    StageGraph &g = a.graph;
    const QChar escape = a.tree.escape;
    const QString targetName = !a.options.target.isEmpty() ? a.options.target
        : g.stages.empty()                                 ? QString()
                                                           : g.stages.back().name;
    // the usual options: the automatic args are always the same but for TARGETSTAGE, which
    // is set over them with the global ARGs
    const bool usualOptions = a.options.buildArgs.isEmpty() && a.options.platform == u"linux/amd64"_s;
    static const QHash<QString, QString> usual = [] {
        QStringList order;
        return automaticArgs(AnalysisOptions(), QString(), order);
    }();
    QHash<QString, QString> own;
    if (!usualOptions) {
        QStringList order;
        own = automaticArgs(a.options, targetName, order);
    }
    detail::Environment env(usualOptions ? usual : own);
    if (usualOptions)
        env.insert(u"TARGETSTAGE"_s, targetName);

    // Without a --build-arg for a global ARG the defaults are the values: each base then
    // expands alike for the defaults' check and for its resolution, once, in the stages' loop.
    const bool defaultsAreValues = std::none_of(metaArgs.begin(), metaArgs.end(),
        [&a](const MetaArg &m) { return a.options.buildArgs.contains(m.key); });

    // The global ARGs folded into the environment. Without a --build-arg for one of them the
    // environment of the defaults alone is the same one: it is built once (a copy of a table
    // of a dozen strings less for every analysis, which the editor runs on every keystroke).
    int errorIndex = -1;
    QString argError;
    detail::Environment ownDefaults;
    bool defaultsUsable = false;
    if (defaultsAreValues) {
        argError = buildMetaArgs(metaArgs, env, a.options, escape, true, &g.globalArgs, &errorIndex);
        defaultsUsable = argError.isEmpty();
    } else {
        ownDefaults = env;
        defaultsUsable = buildMetaArgs(metaArgs, ownDefaults, a.options, escape, false, nullptr, nullptr).isEmpty();
    }
    const detail::Environment &defaults = defaultsAreValues ? env : ownDefaults;

    // InvalidDefaultArgInFrom: bases evaluated with the ARG defaults alone, stage after
    // stage up to the first that fails to expand (a bare FROM is reported as
    // from-argument-count). False when that expansion failed: the check stops there.
    // `refError`, when given, receives the reference check's answer for the loop below to reuse.
    const auto checkDefault = [&a](const Stage &st, bool bare, const detail::ExpandResult &r,
                                  std::optional<QString> *refError = nullptr) {
        const bool failed = !bare && !r.error.isEmpty();
        if (bare || failed)
            return !failed;
        QString error = detail::referenceError(r.result);
        const bool invalid = !error.isEmpty();
        if (refError)
            refError->emplace(std::move(error));
        if (invalid) {
            a.report(Severity::Warning, u"InvalidDefaultArgInFrom"_s,
                u"Default value for ARG "_s + st.baseText + u" results in empty or invalid base image name"_s,
                st.baseRange);
        }
        return !failed;
    };
    bool checkDefaultsBelow = defaultsUsable && defaultsAreValues;
    if (defaultsUsable && !defaultsAreValues) {
        for (const Stage &st : g.stages) {
            const bool bare = a.tree.instructions[size_t(st.fromInstruction)].args.empty();
            if (!checkDefault(st, bare, detail::expandWord(st.baseText, defaults, escape)))
                break;
        }
    }

    if (!defaultsAreValues)
        argError = buildMetaArgs(metaArgs, env, a.options, escape, true, &g.globalArgs, &errorIndex);
    if (!argError.isEmpty()) {
        a.report(Severity::Error, u"invalid-arg"_s, argError, metaArgs[size_t(errorIndex)].range);
        // keep the ARGs after the broken one visible
        for (size_t i = size_t(errorIndex); i < metaArgs.size(); ++i) {
            const MetaArg &m = metaArgs[i];
            g.globalArgs.push_back({m.key, m.rawValue, m.hasDefault, QString(), false, m.line, m.range});
        }
    }
    // Built on first use: most files reference no undeclared variable and no image.
    std::optional<QSet<QString>> declaredSet;
    const auto declared = [&]() -> const QSet<QString> & {
        if (!declaredSet) {
            declaredSet.emplace(autoOrder.begin(), autoOrder.end());
            for (const MetaArg &m : metaArgs)
                declaredSet->insert(m.key);
        }
        return *declaredSet;
    };
    // statesByName while stages are added: per name group, the last stage added so far
    std::vector<int> &latestOfGroup = a.latestOfGroup;
    latestOfGroup.assign(a.nameGroups.size(), -1);
    for (Stage &st : g.stages) {
        const Instruction &from = a.tree.instructions[size_t(st.fromInstruction)];
        detail::ExpandResult r = detail::expandWord(st.baseText, env, escape);
        // with the defaults as the values, the default check validates the very reference
        // the base resolves to below: once is enough
        std::optional<QString> knownRefError;
        if (checkDefaultsBelow && !checkDefault(st, from.args.empty(), r, &knownRefError))
            checkDefaultsBelow = false;
        for (const QString &var : r.unmatched) {
            if (!declared().contains(var)) {
                a.report(Severity::Warning, u"UndefinedArgInFrom"_s,
                    u"FROM argument '"_s + var + u"' is not declared"_s, st.baseRange);
            }
        }
        bool baseUsable = !from.args.empty();
        if (!baseUsable) {
            // a bare FROM: reported as from-argument-count
        } else if (!r.error.isEmpty()) {
            a.report(Severity::Error, u"invalid-base-expression"_s, r.error, st.baseRange);
            baseUsable = false;
        } else if (r.result.isEmpty()) {
            a.report(Severity::Error, u"blank-base-name"_s,
                u"base name ("_s + st.baseText + u") should not be blank"_s
                    + (r.unmatched.isEmpty() ? QString() : u": pass --build-arg or give the ARG a default"_s),
                st.baseRange);
            baseUsable = false;
        }
        st.baseExpanded = std::move(r.result); // (not read again)
        if (!st.platform.isEmpty()) {
            detail::ExpandResult p = detail::expandWord(st.platform, env, escape);
            st.platformExpanded = detail::sharedCopy(p.result);
            const Flag *flag = from.flag(u"platform");
            if (!p.error.isEmpty() || p.result.isEmpty()) {
                a.report(Severity::Error, u"invalid-platform"_s,
                    p.error.isEmpty() ? QString(u"empty platform value from expression "_s + st.platform)
                                      : QString(u"failed to process arguments for platform "_s + st.platform + u": "_s + p.error),
                    flag ? flag->range : st.baseRange);
            }
            for (const QString &var : p.unmatched) {
                if (!declared().contains(var)) {
                    a.report(Severity::Warning, u"UndefinedArgInFrom"_s,
                        u"FROM argument '"_s + var + u"' is not declared"_s, flag ? flag->range : st.baseRange);
                }
            }
        }
        // addState: FROM binds to an earlier stage by its exact (expanded) name
        const int baseGroup = a.groupNamed(st.baseExpanded);
        const int base = baseGroup < 0 ? -1 : latestOfGroup[size_t(baseGroup)];
        if (baseUsable && base >= 0) {
            st.baseStage = base;
        } else if (baseUsable && st.baseExpanded == u"scratch"_s) {
            st.baseScratch = true;
        } else if (baseUsable) {
            st.baseImage = detail::sharedCopy(st.baseExpanded);
            const QString refError = knownRefError ? *knownRefError : detail::referenceError(st.baseExpanded);
            const auto buildkitError = [&] { return u"failed to parse stage name \""_s + st.baseExpanded + u"\": "_s + refError; };
            int earlier = -1;
            int later = -1;
            // the stages named like the base but for case: the nearest one before this
            // stage and the nearest one after it
            const int group = detail::isPlainLowercase(st.baseExpanded) ? a.groupNamed(st.baseExpanded)
                                                                         : a.groupNamed(st.baseExpanded.toLower());
            if (group >= 0) {
                earlier = latestOfGroup[size_t(group)];
                later = earlier >= 0 ? a.nextSameName[size_t(earlier)] : a.nameGroups[size_t(group)].first;
                if (later == st.index)
                    later = a.nextSameName[size_t(later)];
            }
            const Severity sev = refError.isEmpty() ? Severity::Warning : Severity::Error;
            const auto outcome = [&] {
                return refError.isEmpty()
                    ? QString(u"BuildKit will pull an image named \""_s + st.baseExpanded + u"\" instead"_s)
                    : QString(u"BuildKit reads it as an image reference and fails ("_s + buildkitError() + u')');
            };
            if (earlier >= 0) {
                a.report(sev, u"from-case-mismatch"_s,
                    u"FROM "_s + st.baseExpanded + u" does not match stage \""_s + g.stages[size_t(earlier)].name
                        + u"\": FROM names a stage case-sensitively, so "_s + outcome(),
                    st.baseRange);
            } else if (later >= 0) {
                a.report(sev, u"from-later-stage"_s,
                    u"FROM "_s + st.baseExpanded + u" names stage "_s + QString::number(later)
                        + u", declared later in the file; FROM only binds to earlier stages, so "_s + outcome(),
                    st.baseRange);
            } else if (!refError.isEmpty()) {
                a.report(Severity::Error, u"invalid-reference"_s, buildkitError(), st.baseRange);
            }
        }
        if (a.groupOfStage[size_t(st.index)] >= 0)
            latestOfGroup[size_t(a.groupOfStage[size_t(st.index)])] = st.index;
        // (the FROM dependency is made from these fields with the stage's others: references.cpp)
    }
}

// a.topLevel (tree.topLevel(): the instructions but ONBUILD triggers), a.kinds and BuildKit's
// checks of each instruction (their findings go to `checks`), in one pass over the
// instructions: each pass over a large file's instructions reads them from memory again.
void classifyAndCheckInstructions(Analysis &a, std::vector<Diagnostic> &checks)
{
    const SyntaxTree &tree = a.tree;
    a.topLevel.reserve(tree.instructions.size());
    a.kinds.reserve(tree.instructions.size());
    bool seenFrom = false;
    for (int i = 0; i < int(tree.instructions.size()); ++i) {
        const Instruction &in = tree.instructions[size_t(i)];
        a.kinds.push_back(in.kind);
        if (!in.isOnbuildChild) {
            a.topLevel.push_back(i);
            detail::checkInstruction(tree, in, seenFrom, checks);
        }
    }
}

void checkEmpty(Analysis &a)
{
    const SyntaxTree &tree = a.tree;
    if (a.topLevel.empty()) {
        const qsizetype end = tree.text.size();
        a.report(Severity::Error, u"empty-file"_s, u"file with no instructions: add a FROM line to start a stage"_s, {end, end});
    } else if (a.graph.stages.empty()) {
        const Instruction &first = tree.instructions[size_t(a.topLevel.front())];
        a.report(Severity::Error, u"no-from"_s, u"dockerfile contains no stages to build: add a FROM line"_s, first.keywordRange);
    }
}

void resolveTarget(Analysis &a)
{
    StageGraph &g = a.graph;
    if (g.stages.empty())
        return;
    g.defaultTarget = int(g.stages.size()) - 1;
    g.target = g.defaultTarget;
    if (!a.options.target.isEmpty()) {
        g.target = g.findStage(a.options.target);
        if (g.target < 0) {
            a.report(Severity::Error, u"unknown-target"_s,
                u"target stage \""_s + a.options.target + u"\" could not be found"_s, {0, 0});
        }
    }
    g.buildsForTarget = g.closureOf(g.target);
    // A reference to a later stage only fails the build when its stage is built.
    for (const auto &[diagnostic, stage] : a.laterReferences) {
        if (!std::binary_search(g.buildsForTarget.begin(), g.buildsForTarget.end(), stage)) {
            Diagnostic &d = g.diagnostics[diagnostic];
            d.severity = Severity::Warning;
            d.message += u" (stage \""_s + g.stages[size_t(stage)].displayName() + u"\" is not built for this target)"_s;
        }
    }
    // the default target's closure: usually the target's, computed above
    const bool sameTarget = g.target == g.defaultTarget;
    const std::vector<int> otherClosure = sameTarget ? std::vector<int>() : g.closureOf(g.defaultTarget);
    const std::vector<int> &byDefault = sameTarget ? g.buildsForTarget : otherClosure;
    // (by index: a stage's record is only read when it is reported, which matters for a
    // large file, whose records have left the cache since they were built)
    for (size_t i = 0, built = 0; i < g.stages.size(); ++i) {
        while (built < byDefault.size() && size_t(byDefault[built]) < i)
            ++built;
        if (built < byDefault.size() && size_t(byDefault[built]) == i)
            continue;
        const Stage &st = g.stages[i];
        a.report(Severity::Info, u"unreachable-stage"_s,
            st.name.isEmpty()
                ? QString(u"stage "_s + QString::number(st.index) + u" is never built: the default target does not use it and an unnamed stage cannot be a --target"_s)
                : QString(u"stage \""_s + st.name + u"\" is not built by the default target (the last stage); build it with --target "_s + st.name),
            st.nameRange.isEmpty() ? a.tree.instructions[size_t(st.fromInstruction)].keywordRange : st.nameRange);
    }
}

// `# check=skip=A,B;error=true`: skipped rules vanish, error=true turns BuildKit check
// warnings into errors.
void applyCheckDirective(Analysis &a)
{
    const CheckDirective check = checkDirective(a.tree);
    if (check.skip.isEmpty() && !check.error)
        return;
    auto &ds = a.graph.diagnostics;
    std::vector<Diagnostic> kept;
    for (Diagnostic d : ds) {
        if (buildkitRule(d.code).isEmpty()) {
            kept.push_back(d);
            continue;
        }
        if (check.skips(d.code))
            continue;
        d.severity = check.severity(d.code, d.severity);
        kept.push_back(d);
    }
    ds = std::move(kept);
}

} // namespace

namespace detail {

namespace {

// The buffers of Analysis's working arrays that a thread keeps between analyses.
struct WorkingArrayBuffers {
    std::vector<Analysis::NameGroup> nameGroups;
    std::vector<Analysis::NameSlot> nameSlots;
    std::vector<int> groupOfStage;
    std::vector<int> nextSameName;
    std::vector<std::pair<size_t, int>> laterReferences;
    std::vector<int> topLevel;
    std::vector<Command> kinds;
    std::vector<Diagnostic> checks;
    std::vector<int> latestOfGroup;
    std::vector<int> cycleColor;
    std::vector<int> cycleStack;
    std::vector<size_t> cycleNext;
};

// Calls f(kept, working) for each of the analysis's working arrays.
template<typename F>
void eachWorkingArray(WorkingArrayBuffers &k, Analysis &a, F f)
{
    f(k.nameGroups, a.nameGroups);
    f(k.nameSlots, a.nameSlots);
    f(k.groupOfStage, a.groupOfStage);
    f(k.nextSameName, a.nextSameName);
    f(k.laterReferences, a.laterReferences);
    f(k.topLevel, a.topLevel);
    f(k.kinds, a.kinds);
    f(k.checks, a.checks);
    f(k.latestOfGroup, a.latestOfGroup);
    f(k.cycleColor, a.cycleColor);
    f(k.cycleStack, a.cycleStack);
    f(k.cycleNext, a.cycleNext);
}

} // namespace

Analysis::BufferLoan::BufferLoan(Analysis &analysis)
    : a(analysis)
{
    eachWorkingArray(threadKept<WorkingArrayBuffers>(), a, [](auto &kept, auto &working) { takeBuffer(working, kept); });
}

Analysis::BufferLoan::~BufferLoan()
{
    eachWorkingArray(threadKept<WorkingArrayBuffers>(), a, [](auto &kept, auto &working) { keepBuffer(kept, working); });
}

} // namespace detail

StageGraph analyse(const SyntaxTree &tree, const AnalysisOptions &options)
{
    // The graph's strings mostly share the tree's text (names, bases, references, comments):
    // their references are taken in bulk, about nine a stage where a stage has ten
    // instructions (the benchmark's files); what is left over is given back at the end.
    detail::BulkReferences references;
    references.reserve(detail::BulkReferences::TextSlot, tree.text, qsizetype(tree.instructions.size()) * 2 + 64);
    StageGraph g;
    g.escape = tree.escape;
    Analysis a{.tree = tree, .options = options, .graph = g};
    const Analysis::BufferLoan loan(a);
    std::vector<Diagnostic> &checks = a.checks; // reported after the bases, as they always were
    classifyAndCheckInstructions(a, checks);
    g.diagnostics = tree.diagnostics;

    buildStages(a);
    checkEmpty(a);
    std::vector<MetaArg> metaArgs;
    for (int idx : a.topLevel) {
        const Instruction &in = tree.instructions[size_t(idx)];
        if (a.kind(idx) == Command::From)
            break; // the global ARGs are those before the first stage
        if (a.kind(idx) != Command::Arg)
            continue;
        for (const Argument &arg : in.args) {
            const qsizetype eq = arg.value.indexOf(u'=');
            MetaArg m;
            // (slices of the tree's value, not copies)
            m.key = eq < 0 ? detail::sharedCopy(arg.value) : detail::sharedSlice(arg.value, 0, eq);
            m.hasDefault = eq >= 0;
            m.rawValue = eq < 0 ? QString() : detail::sharedSlice(arg.value, eq + 1, arg.value.size() - eq - 1);
            m.line = in.firstLine;
            m.range = arg.range;
            metaArgs.push_back(std::move(m));
        }
    }
    // the names of the automatic args, in their order (the same for every options)
    static const QStringList autoOrder = [] {
        QStringList order;
        automaticArgs(AnalysisOptions(), QString(), order);
        return order;
    }();
    resolveBases(a, metaArgs, autoOrder);
    g.diagnostics.insert(g.diagnostics.end(), std::make_move_iterator(checks.begin()), std::make_move_iterator(checks.end()));
    detail::resolveReferences(a);
    resolveTarget(a);
    applyCheckDirective(a);
    // (stable_sort takes a buffer even when the order is right, as it often is)
    const auto byPlace = [](const Diagnostic &l, const Diagnostic &r) { return l.range.begin < r.range.begin; };
    if (!std::is_sorted(g.diagnostics.begin(), g.diagnostics.end(), byPlace))
        std::stable_sort(g.diagnostics.begin(), g.diagnostics.end(), byPlace);
    return g;
}

} // namespace stagecraft
