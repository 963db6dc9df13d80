// A unified diff of two texts, line by line (Myers' algorithm), in the format of `diff -u`:
// deterministic, line endings kept as they are ("\r\n" lines stay "\r\n"), "\ No newline at
// end of file" where a text does not end with one.
#pragma once

#include <QString>

namespace stagecraft::cli {

// Empty when the texts are equal. `oldLabel`/`newLabel` follow "--- " and "+++ ".
QString unifiedDiff(const QString &before, const QString &after, const QString &oldLabel, const QString &newLabel,
                    int context = 3);

} // namespace stagecraft::cli
