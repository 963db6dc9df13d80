// Quick fixes of lint findings in the window: offered from the Problems dock and from the
// editor's context menu at a finding, applied through Document::applyEdit as one undoable
// step (carrying the fix's title as its undo text).
#pragma once

#include "core/lint.h"

#include <QString>

class QMenu;

namespace stagecraft::app {

class Document;

// The findings of the document whose range holds `position` (an empty range: at it), as
// indexes into Document::findings().
QList<int> findingsAt(const Document *document, qsizetype position);

// The fix's edits for the document's current text, verified (core quickFixEdits).
EditResult quickFixFor(const Document *document, const QuickFix &fix);

// Applies the fix of finding `index` of Document::findings(). False (and nothing changes)
// when it has no fix, the fix is refused (*error says why) or the document is read-only.
bool applyQuickFix(Document *document, int index, QString *error = nullptr);

// Adds an action applying the fix of finding `index` (nothing when it has none); a refused fix
// shows disabled with the reason. Returns whether an action was added.
bool addQuickFixAction(QMenu *menu, Document *document, int index);

// Adds one action per available fix of the findings at `position` to `menu` (a section
// "Quick Fix" first); a fix that is refused shows disabled with the reason. Returns how many.
int addQuickFixActions(QMenu *menu, Document *document, qsizetype position);

} // namespace stagecraft::app
