// Stage references other than FROM (dockerfile2llb toCommand / detectRunMount /
// initOnBuildTriggers): COPY --from, RUN --mount from=, the ONBUILD triggers a stage inherits
// from its base stage, and the cycles they can form (validateCircularDependency).
#include "analysis_p.h"
#include "shellword.h"

#include "textutil_p.h"

#include <QStringList>
#include <QVarLengthArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

// Where the value of a mount's from= field starts in the flag value `text` (which begins at
// document offset `base`): a field starts the value or follows a comma, may be quoted, and
// its key is case-insensitive. -1 when not found.
qsizetype mountFromValueAt(QStringView text, QStringView value, qsizetype base)
{
    // i: the start of a field (0 or after a comma)
    for (qsizetype i = 0; i + 5 <= text.size(); ++i) {
        qsizetype field = i;
        if (text[field] == u'"')
            ++field;
        if (field + 5 <= text.size() && equalsIgnoringCase(text.mid(field, 5), u"from=")
            && text.mid(field + 5).startsWith(value)) {
            return base + field + 5;
        }
        while (i < text.size() && text[i] != u',')
            ++i; // the loop's ++i passes the comma
    }
    return -1;
}

// field.indexOf(u'='), inline: fields are short.
qsizetype indexOfEquals(QStringView field)
{
    for (qsizetype k = 0; k < field.size(); ++k) {
        if (field[k] == u'=')
            return k;
    }
    return -1;
}

// The keys of a --mount field mount() reads: key.toLower() is "from" or "type".
enum class MountKey { Other, From, Type };

MountKey mountKey(QStringView key)
{
    if (key.size() == 4) {
        const char16_t c0 = key[0].unicode(), c1 = key[1].unicode(), c2 = key[2].unicode(), c3 = key[3].unicode();
        if ((c0 | c1 | c2 | c3) < 0x80) { // ASCII
            // for an ASCII character, c | 0x20 is a given lowercase letter exactly when c is
            // that letter in either case
            const auto is = [=](const char16_t (&word)[5]) {
                return (c0 | 0x20) == word[0] && (c1 | 0x20) == word[1] && (c2 | 0x20) == word[2] && (c3 | 0x20) == word[3];
            };
            return is(u"from") ? MountKey::From : is(u"type") ? MountKey::Type : MountKey::Other;
        }
    } else if (std::all_of(key.begin(), key.end(), [](QChar ch) { return ch.unicode() < 0x80; })) {
        return MountKey::Other; // toLower() keeps an ASCII word's size: target=, source=, ...
    }
    // a non-ASCII character: as toLower() has it
    if (lowerEquals(key, u"from"))
        return MountKey::From;
    return lowerEquals(key, u"type") ? MountKey::Type : MountKey::Other;
}

// One field of a --mount value and where its first '=' is (-1: none).
struct CsvField {
    QStringView text;
    qsizetype eq = -1;
};

// One record of Go's encoding/csv, as BuildKit reads a --mount value. The fields are views
// into `s`, or into `storage` for a quoted field whose doubled quotes were undone.
bool parseCsv(QStringView s, QVarLengthArray<CsvField, 8> &fields, std::vector<QString> &storage, QString &error)
{
    const QChar *d = s.data();
    const qsizetype n = s.size();
    qsizetype i = 0;
    for (;;) {
        if (i < n && d[i] == u'"') {
            SliceWord field(s);
            ++i;
            for (;;) {
                if (i >= n) {
                    error = u"extraneous or missing \" in quoted-field"_s;
                    return false;
                }
                if (d[i] == u'"') {
                    if (i + 1 < n && d[i + 1] == u'"') {
                        field.appendAt(i);
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                const qsizetype run = i;
                while (i < n && d[i] != u'"')
                    ++i;
                field.appendRange(run, i);
            }
            if (i < n && d[i] != u',') {
                error = u"extraneous or missing \" in quoted-field"_s;
                return false;
            }
            if (field.isSlice()) {
                fields.append({field.view(), indexOfEquals(field.view())});
            } else {
                storage.push_back(field.toString()); // moving the QString later keeps its characters in place
                fields.append({storage.back(), indexOfEquals(storage.back())});
            }
        } else {
            // the usual field: unquoted, scanned once for its end and its '='
            const qsizetype begin = i;
            qsizetype eq = -1;
            for (;; ++i) {
                i = firstOfUnits(d, i, n, u',', u'"', u'=');
                if (i >= n || d[i] == u',')
                    break;
                if (d[i] == u'"') {
                    error = u"bare \" in non-quoted-field"_s;
                    return false;
                }
                if (eq < 0)
                    eq = i - begin; // the first '='
            }
            fields.append({s.mid(begin, i - begin), eq});
        }
        if (i >= n)
            return true;
        ++i; // ','
    }
}

class Resolver
{
public:
    explicit Resolver(Analysis &a)
        : a(a), g(a.graph) { }

    void run()
    {
        a.stateCount = int(g.stages.size());
        // each stage's dependencies are a run of the graph's array, made here stage after
        // stage: FROM (resolved with the bases), then the references in file order
        g.allDependencies.reserve(g.stages.size() * 4); // FROM and usually a few more
        for (Stage &st : g.stages) {
            const size_t first = g.allDependencies.size();
            Dependency &from = g.allDependencies.emplace_back();
            from.kind = DependencyKind::From;
            from.stage = st.baseStage;
            from.image = sharedCopy(st.baseImage);
            from.scratch = st.baseScratch;
            from.text = sharedCopy(st.baseText);
            from.range = st.baseRange;
            from.line = st.firstLine;
            inheritOnbuild(st);
            for (int idx : st.instructions)
                instruction(st, idx, a.tree.instructions[size_t(idx)], false);
            st.dependencies.setRun(int(first), int(g.allDependencies.size() - first));
        }
        g.bindItems(); // (the array may have grown past its reserve)
        findCycles();
    }

private:
    // `index` is the instruction (or ONBUILD trigger) whose references are read; `at` the
    // instruction written in the file.
    void instruction(Stage &user, int index, const Instruction &at, bool onbuild)
    {
        const Instruction &in = a.tree.instructions[size_t(index)];
        const Command kind = a.kind(index);
        if (kind == Command::Copy) {
            if (const Flag *from = in.flag(u"from"))
                copyFrom(user, *from, at, onbuild);
        } else if (kind == Command::Run) {
            static constexpr QStringView mountFlag = u"mount"; // (its size known when compiled)
            for (const Flag &f : in.flags) {
                if (sameUnits(f.name, mountFlag))
                    mount(user, f, at, onbuild);
            }
        }
    }

    void inheritOnbuild(Stage &st)
    {
        if (st.baseStage < 0)
            return;
        const Stage &base = g.stages[size_t(st.baseStage)];
        for (int idx : base.instructions) {
            const Instruction &in = a.tree.instructions[size_t(idx)];
            if (a.kind(idx) == Command::Onbuild && in.onbuildChild >= 0)
                instruction(st, in.onbuildChild, in, true);
        }
    }

    void copyFrom(Stage &user, const Flag &flag, const Instruction &at, bool onbuild)
    {
        const QString &value = flag.value;
        if (value.isEmpty())
            return; // BuildKit: an empty --from copies from the build context
        const TextRange range = flag.valueRange.isEmpty() ? flag.range : flag.valueRange;
        // without '$', quotes or the escape token expansion returns the value unchanged
        const QChar escape = a.tree.escape;
        const bool plain = std::none_of(value.begin(), value.end(),
            [escape](QChar c) { return c == u'$' || c == u'\'' || c == u'"' || c == escape; });
        if (!plain && !unchangedByExpansion(value, escape)) {
            a.report(Severity::Error, u"variable-in-from-flag"_s,
                u"variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround"_s,
                range);
            return;
        }
        Dependency dep;
        dep.kind = DependencyKind::CopyFrom;
        dep.text = sharedCopy(value);
        dep.range = range;
        dep.line = at.firstLine;
        dep.onbuild = onbuild;
        int index = 0;
        if (goAtoi(value, index)) {
            if (index < 0 || index >= a.stateCount) {
                a.report(Severity::Error, u"copy-from-index-out-of-range"_s,
                    u"invalid stage index "_s + QString::number(index) + u": the file has stages 0 to "_s
                        + QString::number(int(g.stages.size()) - 1),
                    range);
                return;
            }
            if (index < int(g.stages.size()))
                dep.stage = index;
            else
                dep.image = sharedCopy(value); // one of BuildKit's image sources registered as a state
        } else {
            dep.stage = stageNamed(value);
            if (dep.stage < 0) {
                dep.image = sharedCopy(value);
                ++a.stateCount;
            }
        }
        check(user, dep, Reference::Copy);
        g.allDependencies.push_back(std::move(dep));
    }

    void mount(Stage &user, const Flag &flag, const Instruction &at, bool onbuild)
    {
        const TextRange range = flag.valueRange.isEmpty() ? flag.range : flag.valueRange;
        QVarLengthArray<CsvField, 8> fields;
        std::vector<QString> storage;
        QString error;
        if (!parseCsv(flag.value, fields, storage, error)) {
            a.report(Severity::Error, u"invalid-mount"_s, u"failed to parse csv mounts: "_s + error, range);
            return;
        }
        QString from;
        bool secret = false; // type=secret (the default type is bind)
        const auto ascii = [](QStringView s) {
            return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
        };
        for (const CsvField &field : fields) {
            if (field.eq < 0)
                continue;
            const QStringView key = field.text.left(field.eq);
            const QStringView value = field.text.mid(field.eq + 1);
            const MountKey kind = mountKey(key);
            if (kind == MountKey::From) {
                const qsizetype dollar = value.indexOf(u'$');
                if (dollar >= 0 && dollar + 1 < value.size()) {
                    a.report(Severity::Error, u"variable-in-from-flag"_s,
                        u"'from' doesn't support variable expansion, define alias stage instead"_s, range);
                    return;
                }
                // a view of flag.value (shared) or of storage (an unquoted field: copied)
                const qsizetype offset = qsizetype(quintptr(value.data()) - quintptr(flag.value.constData())) / qsizetype(sizeof(QChar));
                from = quintptr(value.data()) >= quintptr(flag.value.constData()) && offset + value.size() <= flag.value.size()
                    ? sharedSlice(flag.value, offset, value.size())
                    : value.toString();
            } else if (kind == MountKey::Type) {
                // value.toLower() must be one of the types
                static constexpr QStringView types[] = {u"bind", u"cache", u"tmpfs", u"secret", u"ssh"};
                const bool asciiValue = ascii(value);
                const QStringView *type = std::find_if(std::begin(types), std::end(types), [value, asciiValue](QStringView t) {
                    return (value.size() == t.size() || !asciiValue) && lowerEquals(value, t);
                });
                if (type == std::end(types)) {
                    a.report(Severity::Error, u"invalid-mount"_s, u"unsupported mount type "_s + goQuoteValue(value), range);
                    return;
                }
                secret = *type == u"secret";
            }
        }
        if (secret && !from.isEmpty()) {
            a.report(Severity::Error, u"invalid-mount"_s, u"secret mount should not have a from"_s, range);
            return;
        }
        if (from.isEmpty()) {
            ++a.stateCount; // BuildKit registers the mount's "scratch" source
            return;
        }
        Dependency dep;
        dep.kind = DependencyKind::MountFrom;
        dep.text = std::move(from);
        const QString &name = dep.text;
        // the value of the "from=" field (not the same letters elsewhere, as in target=/builder):
        // where the flag's value is written as BuildKit reads it, the field's own place
        const QStringView written = QStringView(a.tree.text).mid(range.begin, range.length());
        const qsizetype fromOffset = quintptr(name.constData()) >= quintptr(flag.value.constData())
            ? qsizetype(quintptr(name.constData()) - quintptr(flag.value.constData())) / qsizetype(sizeof(QChar))
            : -1;
        const qsizetype at_ = fromOffset >= 0 && fromOffset + name.size() <= flag.value.size() && written == flag.value
            ? range.begin + fromOffset
            : mountFromValueAt(written, name, range.begin);
        dep.range = at_ >= 0 ? TextRange{at_, at_ + name.size()} : range;
        dep.line = at.firstLine;
        dep.onbuild = onbuild;
        dep.stage = stageNamed(name);
        if (dep.stage < 0) {
            dep.image = sharedCopy(name);
            ++a.stateCount;
        }
        check(user, dep, Reference::Mount);
        g.allDependencies.push_back(std::move(dep));
    }

    // BuildKit's statesByName: the last stage named `name` case-insensitively, or -1.
    int stageNamed(const QString &name) const
    {
        const int group = isPlainLowercase(name) ? a.groupNamed(name) : a.groupNamed(name.toLower());
        return group < 0 ? -1 : a.nameGroups[size_t(group)].last;
    }

    static QString goQuoteValue(QStringView v) { return u"\""_s + v + u'"'; }
    static bool unchangedByExpansion(const QString &value, QChar escape)
    {
        const ExpandResult expanded = expandWord(value, {}, escape);
        return expanded.error.isEmpty() && expanded.result == value;
    }

    enum class Reference { Copy, Mount };
    void check(const Stage &user, const Dependency &dep, Reference reference)
    {
        if (dep.stage < 0 || dep.stage < user.index)
            return;
        const Stage &target = g.stages[size_t(dep.stage)];
        const QString what = reference == Reference::Copy ? u"copy"_s : u"mount"_s;
        const QString verb = what + u" from"_s;
        if (dep.stage == user.index) {
            a.report(Severity::Error, what + u"-from-self"_s,
                u"circular dependency detected on stage: "_s + user.displayName() + u": stage \""_s + user.displayName()
                    + u"\" cannot "_s + verb + u" itself"_s,
                dep.range);
        } else if (dep.stage > user.index) {
            a.laterReferences.push_back({g.diagnostics.size(), user.index});
            a.report(Severity::Error, what + u"-from-later-stage"_s,
                u"cannot "_s + verb + u" stage \""_s + dep.text + u"\", it needs to be defined before current stage \""_s
                    + user.displayName() + u"\" (it is stage "_s + QString::number(target.index) + u')',
                dep.range);
        }
    }

    // Cycles among stages through COPY --from and mounts (self references are reported above).
    void findCycles()
    {
        const size_t n = g.stages.size();
        std::vector<int> &color = a.cycleColor; // 0 new, 1 on the stack, 2 done
        color.assign(n, 0);
        std::vector<int> &stack = a.cycleStack;
        std::vector<size_t> &next = a.cycleNext; // per stack entry: the next dependency to look at
        for (size_t s = 0; s < n; ++s) {
            if (color[s] == 0)
                visit(int(s), color, stack, next); // the stacks are empty again after each visit
        }
    }
    // Iterative depth-first search: files can hold tens of thousands of stages.
    void visit(int root, std::vector<int> &color, std::vector<int> &stack, std::vector<size_t> &next)
    {
        color[size_t(root)] = 1;
        stack.push_back(root);
        next.push_back(0);
        while (!stack.empty()) {
            const int s = stack.back();
            const auto &deps = g.stages[size_t(s)].dependencies;
            if (next.back() >= deps.size()) {
                color[size_t(s)] = 2;
                stack.pop_back();
                next.pop_back();
                continue;
            }
            const Dependency &d = deps[next.back()++];
            if (d.kind == DependencyKind::From || d.onbuild || d.stage < 0 || d.stage == s)
                continue;
            if (color[size_t(d.stage)] == 1) {
                QString path;
                for (auto it = std::find(stack.begin(), stack.end(), d.stage); it != stack.end(); ++it)
                    path += g.stages[size_t(*it)].displayName() + u" -> "_s;
                path += g.stages[size_t(d.stage)].displayName();
                a.report(Severity::Error, u"dependency-cycle"_s,
                    u"circular dependency detected on stage: "_s + g.stages[size_t(d.stage)].displayName() + u" ("_s + path + u')',
                    d.range);
            } else if (color[size_t(d.stage)] == 0) {
                color[size_t(d.stage)] = 1;
                stack.push_back(d.stage);
                next.push_back(0);
            }
        }
    }

    Analysis &a;
    StageGraph &g;
};

} // namespace

void resolveReferences(Analysis &a)
{
    Resolver(a).run();
}

} // namespace stagecraft::detail
