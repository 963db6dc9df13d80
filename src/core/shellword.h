// Variable expansion of one word the way BuildKit's shell lexer does it for FROM operands,
// --platform values and global ARG defaults (shell/lex.go ProcessWordWithMatches): quotes
// are removed, the escape token escapes, and $VAR, ${VAR}, ${VAR:-w}, ${VAR-w}, ${VAR:+w},
// ${VAR+w}, ${VAR:?w}, ${VAR?w}, ${VAR#p}, ${VAR##p}, ${VAR%p}, ${VAR%%p}, ${VAR/p/r} and
// ${VAR//p/r} are substituted. Internal to core.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace stagecraft::detail {

struct ExpandResult {
    QString result;
    // variables referenced and set, each once, in the order of first reference (a word
    // names a handful: a list costs no allocation, unlike a set)
    QVarLengthArray<QString, 4> matched;
    // variables referenced but not set, each once, in the order of first reference (so the
    // warnings about them come out in the same order in every run)
    QVarLengthArray<QString, 2> unmatched;
    QString error;           // the lexer's error, or empty
};

ExpandResult expandWord(QStringView word, const QHash<QString, QString> &env, QChar escape);
// The same; a word that expansion leaves unchanged is shared, not copied.
ExpandResult expandWord(const QString &word, const QHash<QString, QString> &env, QChar escape);

} // namespace stagecraft::detail
