// BuildKit's per-instruction checks (instructions.Parse: BFlags and the parseXxx functions,
// and CurrentStage): the errors that make BuildKit reject the whole file.
#include "analysis_p.h"
#include "heredoc.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace stagecraft::detail {

namespace {

enum class FlagType { Bool, String, Strings };

// The flags each instruction accepts.
const QHash<QString, QHash<QString, FlagType>> &allowedFlags()
{
    static const QHash<QString, QHash<QString, FlagType>> flags = {
        {u"from"_s, {{u"platform"_s, FlagType::String}}},
        {u"copy"_s,
            {{u"chown"_s, FlagType::String}, {u"from"_s, FlagType::String}, {u"chmod"_s, FlagType::String},
                {u"link"_s, FlagType::Bool}, {u"parents"_s, FlagType::Bool}, {u"exclude"_s, FlagType::Strings}}},
        {u"add"_s,
            {{u"chown"_s, FlagType::String}, {u"chmod"_s, FlagType::String}, {u"link"_s, FlagType::Bool},
                {u"keep-git-dir"_s, FlagType::Bool}, {u"checksum"_s, FlagType::String},
                {u"exclude"_s, FlagType::Strings}, {u"unpack"_s, FlagType::Bool}}},
        {u"run"_s,
            {{u"mount"_s, FlagType::Strings}, {u"network"_s, FlagType::String}, {u"security"_s, FlagType::String},
                {u"device"_s, FlagType::Strings}}},
        {u"healthcheck"_s,
            {{u"interval"_s, FlagType::String}, {u"timeout"_s, FlagType::String},
                {u"start-period"_s, FlagType::String}, {u"start-interval"_s, FlagType::String},
                {u"retries"_s, FlagType::String}}},
    };
    return flags;
}

class Checker
{
public:
    explicit Checker(Analysis &a)
        : a(a) { }

    void run()
    {
        bool seenFrom = false;
        for (int idx : a.tree.topLevel()) {
            const Instruction &in = a.tree.instructions[size_t(idx)];
            check(in);
            if (in.command == u"from")
                seenFrom = true;
            else if (!seenFrom && in.command != u"arg" && in.known)
                error(u"instruction-before-from"_s,
                    u"no build stage in current context: only ARG may come before the first FROM"_s, in.keywordRange);
        }
    }

private:
    void error(const QString &code, const QString &message, TextRange range)
    {
        a.report(Severity::Error, code, message, range);
    }
    void arguments(const Instruction &in, const QString &message)
    {
        const TextRange range = in.args.empty() ? in.keywordRange : TextRange{in.args.front().range.begin, in.args.back().range.end};
        error(u"invalid-arguments"_s, message, range);
    }

    void flags(const Instruction &in)
    {
        const auto &table = allowedFlags();
        const auto allowed = table.value(in.command);
        QSet<QString> used;
        for (const Flag &f : in.flags) {
            const auto it = allowed.constFind(f.name);
            if (it == allowed.constEnd()) {
                error(u"unknown-flag"_s, u"unknown flag: --"_s + f.name, f.range);
                continue;
            }
            if (used.contains(f.name) && *it != FlagType::Strings)
                error(u"invalid-flag"_s, u"duplicate flag specified: --"_s + f.name, f.range);
            used.insert(f.name);
            if (*it == FlagType::Bool) {
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

    void check(const Instruction &in)
    {
        const QString &c = in.command;
        const QString upper = c.toUpper();
        const auto n = in.args.size();
        if (!in.known) {
            error(u"unknown-instruction"_s, u"unknown instruction: "_s + in.keyword, in.keywordRange.isEmpty() ? in.range : in.keywordRange);
            return;
        }
        if (c == u"healthcheck" && n > 0 && in.args[0].value.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            if (n != 1)
                arguments(in, u"HEALTHCHECK NONE takes no arguments"_s);
            return; // BuildKit does not parse flags for HEALTHCHECK NONE
        }
        if (c != u"stopsignal") // STOPSIGNAL never parses its flags
            flags(in);
        if (c == u"env" || c == u"label") {
            if (n == 0)
                arguments(in, upper + u" requires at least one argument"_s);
            for (size_t i = 0; i < n; i += 3) {
                if (in.args[i].value.isEmpty())
                    arguments(in, upper + u" names can not be blank"_s);
            }
        } else if (c == u"maintainer" || c == u"workdir" || c == u"user" || c == u"stopsignal") {
            if (n != 1)
                arguments(in, upper + u" requires exactly one argument"_s);
        } else if (c == u"add" || c == u"copy") {
            if (n < 2) {
                arguments(in, upper + u" requires at least two arguments, but only one was provided. Destination could not be determined"_s);
            } else if (parseHeredocWord(in.args.back().value, nullptr)) {
                arguments(in, upper + u" cannot accept a heredoc as a destination"_s);
            }
        } else if (c == u"expose" || c == u"volume" || c == u"arg" || c == u"onbuild") {
            if (n == 0 && !(c == u"onbuild" && in.onbuildChild >= 0))
                arguments(in, upper + u" requires at least one argument"_s);
            if (c == u"volume") {
                for (const Argument &arg : in.args) {
                    if (arg.value.trimmed().isEmpty())
                        arguments(in, u"VOLUME specified can not be an empty string"_s);
                }
            } else if (c == u"arg") {
                for (const Argument &arg : in.args) {
                    if (arg.value.startsWith(u'='))
                        arguments(in, u"ARG names can not be blank"_s);
                }
            } else if (c == u"onbuild" && in.onbuildChild >= 0) {
                const Instruction &trigger = a.tree.instructions[size_t(in.onbuildChild)];
                const QString t = trigger.keyword.toUpper();
                if (t == u"ONBUILD")
                    error(u"onbuild-trigger"_s, u"Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"_s, trigger.keywordRange);
                else if (t == u"MAINTAINER" || t == u"FROM")
                    error(u"onbuild-trigger"_s, t + u" isn't allowed as an ONBUILD trigger"_s, trigger.keywordRange);
            }
        } else if (c == u"healthcheck") {
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
        } else if (c == u"shell") {
            if (n == 0)
                arguments(in, u"SHELL requires at least one argument"_s);
            else if (!in.json)
                arguments(in, u"SHELL requires the arguments to be in JSON form"_s);
        }
    }

    Analysis &a;
};

} // namespace

void validateInstructions(Analysis &a)
{
    Checker(a).run();
}

} // namespace stagecraft::detail
