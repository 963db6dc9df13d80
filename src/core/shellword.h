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

#include <utility>

namespace stagecraft::detail {

// The variables an expansion reads: the ones set here, in order (setting one again replaces
// its value), over an optional table that is not copied. The analysis sets the global ARGs
// over the automatic platform args this way instead of copying their table for every run.
class Environment
{
public:
    Environment() = default;
    Environment(const QHash<QString, QString> &base) // implicit: a table is an environment
        : m_base(&base) { }

    void insert(const QString &key, const QString &value);

    struct Entry {
        const QString *key = nullptr; // null: not set
        const QString *value = nullptr;
    };
    Entry find(QStringView name) const;

private:
    // set entries are looked up one by one while they are few, else through m_index
    static constexpr qsizetype IndexFrom = 16;
    const QHash<QString, QString> *m_base = nullptr;
    QVarLengthArray<std::pair<QString, QString>, IndexFrom> m_set;
    QHash<QString, qsizetype> m_index; // key -> position in m_set, once there are IndexFrom
};

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

ExpandResult expandWord(QStringView word, const Environment &env, QChar escape);
// The same; a word that expansion leaves unchanged is shared, not copied.
ExpandResult expandWord(const QString &word, const Environment &env, QChar escape);

} // namespace stagecraft::detail
