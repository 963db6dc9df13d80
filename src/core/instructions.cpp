// BuildKit's per-instruction checks (instructions.Parse: BFlags and the parseXxx functions,
// and CurrentStage): the errors that make BuildKit reject the whole file.
#include "analysis_p.h"
#include "heredoc.h"

#include <QVarLengthArray>
#include <algorithm>
#include <span>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

enum class FlagType { Bool, String, Strings };

struct AllowedFlag {
    QStringView flag;
    FlagType type;
};

// The flags each instruction accepts.
constexpr AllowedFlag fromFlags[] = {{u"platform", FlagType::String}};
constexpr AllowedFlag copyFlags[] = {
    {u"chown", FlagType::String},
    {u"from", FlagType::String},
    {u"chmod", FlagType::String},
    {u"link", FlagType::Bool},
    {u"parents", FlagType::Bool},
    {u"exclude", FlagType::Strings},
};
constexpr AllowedFlag addFlags[] = {
    {u"chown", FlagType::String},
    {u"chmod", FlagType::String},
    {u"link", FlagType::Bool},
    {u"keep-git-dir", FlagType::Bool},
    {u"checksum", FlagType::String},
    {u"exclude", FlagType::Strings},
    {u"unpack", FlagType::Bool},
};
constexpr AllowedFlag runFlags[] = {
    {u"mount", FlagType::Strings},
    {u"network", FlagType::String},
    {u"security", FlagType::String},
    {u"device", FlagType::Strings},
};
constexpr AllowedFlag healthcheckFlags[] = {
    {u"interval", FlagType::String},
    {u"timeout", FlagType::String},
    {u"start-period", FlagType::String},
    {u"start-interval", FlagType::String},
    {u"retries", FlagType::String},
};

std::span<const AllowedFlag> allowedFlagsOf(Command kind)
{
    switch (kind) {
    case Command::From:
        return fromFlags;
    case Command::Copy:
        return copyFlags;
    case Command::Add:
        return addFlags;
    case Command::Run:
        return runFlags;
    case Command::Healthcheck:
        return healthcheckFlags;
    default:
        return {};
    }
}

const AllowedFlag *findAllowedFlag(Command kind, QStringView flag)
{
    // the first characters and sizes rule out nearly every entry without a comparison call
    for (const AllowedFlag &f : allowedFlagsOf(kind)) {
        if (f.flag.size() == flag.size() && f.flag.front() == flag.front() && f.flag == flag)
            return &f;
    }
    return nullptr;
}

class Checker
{
public:
    Checker(const SyntaxTree &tree, std::vector<Diagnostic> &out)
        : tree(tree), out(out) { }

    void visit(const Instruction &in, bool &seenFrom)
    {
        const Command kind = in.kind;
        check(in, kind);
        if (kind == Command::From)
            seenFrom = true;
        else if (!seenFrom && kind != Command::Arg && in.known)
            error(u"instruction-before-from"_s,
                u"no build stage in current context: only ARG may come before the first FROM"_s, in.keywordRange);
    }

private:
    void error(const QString &code, const QString &message, TextRange range)
    {
        out.push_back({Severity::Error, code, message, range});
    }
    void arguments(const Instruction &in, const QString &message)
    {
        const TextRange range = in.args.empty() ? in.keywordRange : TextRange{in.args.front().range.begin, in.args.back().range.end};
        error(u"invalid-arguments"_s, message, range);
    }

    void flags(const Instruction &in, Command kind)
    {
        QVarLengthArray<QStringView, 8> used; // instructions carry a handful of flags
        for (const Flag &f : in.flags) {
            const AllowedFlag *allowed = findAllowedFlag(kind, f.name);
            if (!allowed) {
                error(u"unknown-flag"_s, u"unknown flag: --"_s + f.name, f.range);
                continue;
            }
            const FlagType type = allowed->type;
            const bool seen = std::find(used.begin(), used.end(), QStringView(f.name)) != used.end();
            if (seen && type != FlagType::Strings)
                error(u"invalid-flag"_s, u"duplicate flag specified: --"_s + f.name, f.range);
            if (!seen)
                used.append(f.name);
            if (type == FlagType::Bool) {
                if (f.hasValue && f.value.isEmpty())
                    error(u"invalid-flag"_s, u"missing a value on flag: --"_s + f.name, f.range);
                else if (f.hasValue && f.value.compare(u"true"_s, Qt::CaseInsensitive) != 0
                    && f.value.compare(u"false"_s, Qt::CaseInsensitive) != 0)
                    error(u"invalid-flag"_s, u"expecting boolean value for flag --"_s + f.name + u", not: "_s + f.value, f.range);
            } else if (!f.hasValue) {
                error(u"invalid-flag"_s, u"missing a value on flag: --"_s + f.name, f.range);
            }
        }
    }

    void check(const Instruction &in, Command kind)
    {
        using K = Command;
        const auto upper = [&in] { return in.command().toUpper(); }; // for messages only
        const auto n = in.args.size();
        if (!in.known) {
            error(u"unknown-instruction"_s, u"unknown instruction: "_s + in.keyword(), in.keywordRange.isEmpty() ? in.range : in.keywordRange);
            return;
        }
        if (kind == K::Healthcheck && n > 0 && in.args[0].value.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            if (n != 1)
                arguments(in, u"HEALTHCHECK NONE takes no arguments"_s);
            return; // BuildKit does not parse flags for HEALTHCHECK NONE
        }
        if (kind != K::Stopsignal && !in.flags.empty()) // STOPSIGNAL never parses its flags
            flags(in, kind);
        if (kind == K::Env || kind == K::Label) {
            if (n == 0)
                arguments(in, upper() + u" requires at least one argument"_s);
            for (size_t i = 0; i < n; i += 3) {
                if (in.args[i].value.isEmpty())
                    arguments(in, upper() + u" names can not be blank"_s);
            }
        } else if (kind == K::Maintainer || kind == K::Workdir || kind == K::User || kind == K::Stopsignal) {
            if (n != 1)
                arguments(in, upper() + u" requires exactly one argument"_s);
        } else if (kind == K::Add || kind == K::Copy) {
            if (n < 2) {
                arguments(in, upper() + u" requires at least two arguments, but only one was provided. Destination could not be determined"_s);
            } else if (parseHeredocWord(in.args.back().value, nullptr)) {
                arguments(in, upper() + u" cannot accept a heredoc as a destination"_s);
            }
        } else if (kind == K::Expose || kind == K::Volume || kind == K::Arg || kind == K::Onbuild) {
            if (n == 0 && !(kind == K::Onbuild && in.onbuildChild >= 0))
                arguments(in, upper() + u" requires at least one argument"_s);
            if (kind == K::Volume) {
                for (const Argument &arg : in.args) {
                    if (arg.value.trimmed().isEmpty())
                        arguments(in, u"VOLUME specified can not be an empty string"_s);
                }
            } else if (kind == K::Arg) {
                for (const Argument &arg : in.args) {
                    if (arg.value.startsWith(u'='))
                        arguments(in, u"ARG names can not be blank"_s);
                }
            } else if (kind == K::Onbuild && in.onbuildChild >= 0) {
                const Instruction &trigger = tree.instructions[size_t(in.onbuildChild)];
                const QString t = trigger.keyword().toString().toUpper();
                if (t == u"ONBUILD"_s)
                    error(u"onbuild-trigger"_s, u"Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"_s, trigger.keywordRange);
                else if (t == u"MAINTAINER"_s || t == u"FROM"_s)
                    error(u"onbuild-trigger"_s, t + u" isn't allowed as an ONBUILD trigger"_s, trigger.keywordRange);
            }
        } else if (kind == K::Healthcheck) {
            if (n == 0) {
                arguments(in, u"HEALTHCHECK requires at least one argument"_s);
                return;
            }
            if (in.args[0].value.compare(u"cmd"_s, Qt::CaseInsensitive) != 0)
                arguments(in, u"Unknown type \""_s + in.args[0].value.toUpper() + u"\" in HEALTHCHECK (try CMD)"_s);
            else if (n == 1)
                arguments(in, u"Missing command after HEALTHCHECK CMD"_s);
            if (const Flag *r = in.flag(u"retries"); r && !r->value.isEmpty()) {
                bool ok = false;
                const int retries = r->value.toInt(&ok);
                if (!ok)
                    error(u"invalid-flag"_s, u"invalid value for --retries: "_s + r->value, r->range);
                else if (retries < 0)
                    error(u"invalid-flag"_s, u"--retries cannot be negative ("_s + r->value + u')', r->range);
            }
        } else if (kind == K::Shell) {
            if (n == 0)
                arguments(in, u"SHELL requires at least one argument"_s);
            else if (!in.json)
                arguments(in, u"SHELL requires the arguments to be in JSON form"_s);
        }
    }

    const SyntaxTree &tree;
    std::vector<Diagnostic> &out;
};

} // namespace

void checkInstruction(const SyntaxTree &tree, const Instruction &in, bool &seenFrom, std::vector<Diagnostic> &out)
{
    Checker(tree, out).visit(in, seenFrom);
}

} // namespace stagecraft::detail
