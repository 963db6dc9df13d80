#include "quickfixes.h"

#include "document.h"

#include <QCoreApplication>
#include <QMenu>

namespace stagecraft::app {

namespace {

// The translation context of this file's strings.
struct QuickFixes {
    Q_DECLARE_TR_FUNCTIONS(QuickFixes)
};

} // namespace

QList<int> findingsAt(const Document *document, qsizetype position)
{
    QList<int> out;
    const std::vector<Finding> &findings = document->findings();
    for (size_t i = 0; i < findings.size(); ++i) {
        const TextRange r = findings[i].diagnostic.range;
        if (r.isEmpty() ? position == r.begin : (position >= r.begin && position <= r.end))
            out.append(int(i));
    }
    return out;
}

EditResult quickFixFor(const Document *document, const QuickFix &fix)
{
    return quickFixEdits(document->tree(), fix);
}

bool applyQuickFix(Document *document, int index, QString *error)
{
    const std::vector<Finding> &findings = document->findings();
    if (index < 0 || size_t(index) >= findings.size() || !findings[size_t(index)].fix.isAvailable()) {
        if (error)
            *error = QuickFixes::tr("There is no quick fix for this problem.");
        return false;
    }
    if (document->isReadOnly() || document->isReparsePending()) {
        if (error)
            *error = QuickFixes::tr("The document cannot be changed right now.");
        return false;
    }
    const EditResult edit = quickFixFor(document, findings[size_t(index)].fix);
    if (!edit.ok) {
        if (error)
            *error = edit.error;
        return false;
    }
    return document->applyEdit(edit);
}

bool addQuickFixAction(QMenu *menu, Document *document, int index)
{
    if (index < 0 || size_t(index) >= document->findings().size())
        return false;
    const QuickFix fix = document->findings()[size_t(index)].fix;
    if (!fix.isAvailable())
        return false;
    const EditResult edit = quickFixFor(document, fix);
    QAction *action = menu->addAction(QIcon::fromTheme(QStringLiteral("tools-wizard")), fix.title);
    action->setObjectName(QStringLiteral("quickFix"));
    if (!edit.ok || document->isReadOnly()) {
        action->setEnabled(false);
        action->setText(QuickFixes::tr("%1 (not possible: %2)").arg(fix.title, edit.ok ? QuickFixes::tr("the file is read-only") : edit.error));
        return true;
    }
    QObject::connect(action, &QAction::triggered, document, [document, edit] { document->applyEdit(edit); });
    return true;
}

int addQuickFixActions(QMenu *menu, Document *document, qsizetype position)
{
    int added = 0;
    for (int index : findingsAt(document, position)) {
        if (!document->findings()[size_t(index)].fix.isAvailable())
            continue;
        if (added == 0)
            menu->addSection(QuickFixes::tr("Quick Fix"));
        added += addQuickFixAction(menu, document, index) ? 1 : 0;
    }
    return added;
}

} // namespace stagecraft::app
