#include "docks.h"

#include "document.h"

#include "quickfixes.h"
#include "stageactions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QTreeWidget>

namespace stagecraft::app {

namespace {
QString stageLabel(const StageGraph &graph, int index)
{
    if (index < 0 || size_t(index) >= graph.stages.size())
        return {};
    return graph.stages[size_t(index)].displayName();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

ProblemsDock::ProblemsDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_document(document)
    , m_view(new QTreeWidget(this))
    , m_fix(new QToolButton(this))
{
    setObjectName(QStringLiteral("ProblemsDock"));
    m_view->setHeaderLabels({tr("Message"), tr("Line"), tr("Code")});
    m_view->setRootIsDecorated(false);
    m_view->setAccessibleName(tr("Problems"));
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_fix->setObjectName(QStringLiteral("ProblemsQuickFix"));
    m_fix->setText(tr("Quick Fix"));
    m_fix->setIcon(QIcon::fromTheme(QStringLiteral("tools-wizard")));
    m_fix->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fix->setAutoRaise(true);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_fix);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setWidget(box);
    connect(m_document, &Document::findingsChanged, this, &ProblemsDock::refresh);
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_view->setCurrentItem(item);
        if (!bringUpToDate())
            return;
        const int index = currentFinding();
        if (index >= 0)
            Q_EMIT jumpRequested(m_document->findings()[size_t(index)].diagnostic.range.begin);
    });
    connect(m_view, &QTreeWidget::currentItemChanged, this, &ProblemsDock::updateFixButton);
    connect(m_fix, &QToolButton::clicked, this, &ProblemsDock::fixCurrent);
    connect(m_view, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_view->itemAt(pos);
        if (!item)
            return;
        m_view->setCurrentItem(item);
        if (!bringUpToDate())
            return;
        const int index = currentFinding();
        if (index < 0)
            return;
        QMenu menu;
        QAction *go = menu.addAction(tr("Go to Problem"));
        const qsizetype at = m_document->findings()[size_t(index)].diagnostic.range.begin;
        connect(go, &QAction::triggered, this, [this, at] { Q_EMIT jumpRequested(at); });
        addQuickFixAction(&menu, m_document, index);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    refresh();
}

int ProblemsDock::currentFinding() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    if (!item)
        return -1;
    const int index = item->data(0, Qt::UserRole).toInt();
    return index >= 0 && size_t(index) < m_document->findings().size() ? index : -1;
}

void ProblemsDock::updateFixButton()
{
    const int index = currentFinding();
    if (index < 0 || !m_document->findings()[size_t(index)].fix.isAvailable()) {
        m_fix->setEnabled(false);
        m_fix->setToolTip(index < 0 ? tr("Select a problem to fix") : tr("There is no quick fix for this problem"));
        return;
    }
    const QuickFix &fix = m_document->findings()[size_t(index)].fix;
    const EditResult edit = quickFixFor(m_document, fix);
    m_fix->setEnabled(edit.ok && !m_document->isReadOnly());
    m_fix->setToolTip(edit.ok ? fix.title : tr("Not possible: %1").arg(edit.error));
}

bool ProblemsDock::bringUpToDate()
{
    // The rows list the findings of the last lint; findings() moves on with typing before the
    // rows do (findingsChanged waits for the text to rest). Before acting on a row, the list
    // is brought up to date and the row found again by what it shows, its line aside.
    const auto keyOf = [](const QString &shown) {
        QStringList parts = shown.split(u'\x1f');
        if (parts.size() > 2)
            parts.removeAt(2); // the line
        return parts.join(u'\x1f');
    };
    const int row = m_view->currentItem() ? m_view->indexOfTopLevelItem(m_view->currentItem()) : -1;
    const QString key = row >= 0 && row < m_shown.size() ? keyOf(m_shown[row]) : QString();
    refresh(); // lints if needed; rebuilds the rows only when what they show changed
    if (key.isEmpty())
        return true;
    if (row < m_shown.size() && keyOf(m_shown[row]) == key)
        return true;
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        if (keyOf(m_shown[i]) == key) {
            m_view->setCurrentItem(m_view->topLevelItem(int(i)));
            return true;
        }
    }
    return false; // its problem is gone
}

bool ProblemsDock::fixCurrent()
{
    if (!bringUpToDate())
        return false;
    QString error;
    if (applyQuickFix(m_document, currentFinding(), &error))
        return true;
    m_fix->setEnabled(false);
    m_fix->setToolTip(tr("Not possible: %1").arg(error));
    return false;
}

void ProblemsDock::refresh()
{
    const auto &findings = m_document->findings();
    const auto &lines = m_document->tree().lines;
    // Typing rarely changes the findings: rebuild the rows only when what they show changes.
    // A row keeps the index of its finding; activating it looks the current offset up.
    QStringList shown;
    shown.reserve(qsizetype(findings.size()));
    for (const Finding &f : findings) {
        const Diagnostic &d = f.diagnostic;
        shown << d.code + u'\x1f' + d.message + u'\x1f' + QString::number(lines.lineAt(d.range.begin)) + u'\x1f'
                + severityName(d.severity) + u'\x1f' + f.fix.title;
    }
    if (shown == m_shown)
        return; // the Quick Fix button is not verified again on every keystroke: a click re-checks
    m_shown = shown;
    const int current = m_view->currentItem() ? m_view->indexOfTopLevelItem(m_view->currentItem()) : -1;
    m_view->clear();
    QList<QTreeWidgetItem *> items;
    for (const Finding &f : findings) {
        const Diagnostic &d = f.diagnostic;
        const LineColumn at = lines.at(d.range.begin);
        auto *item = new QTreeWidgetItem({d.message, QString::number(at.line), d.code});
        item->setData(0, Qt::UserRole, int(items.size())); // the finding's index
        item->setIcon(0, QIcon::fromTheme(d.severity == Severity::Error     ? QStringLiteral("dialog-error")
                                          : d.severity == Severity::Warning ? QStringLiteral("dialog-warning")
                                                                            : QStringLiteral("dialog-information")));
        QString tip = severityName(d.severity) + QStringLiteral(": ") + d.message;
        if (f.fix.isAvailable())
            tip += u'\n' + tr("Quick fix: %1").arg(f.fix.title);
        item->setToolTip(0, tip);
        items << item;
    }
    m_view->addTopLevelItems(items);
    if (current >= 0 && current < m_view->topLevelItemCount())
        m_view->setCurrentItem(m_view->topLevelItem(current));
    updateFixButton();
    setWindowTitle(findings.empty() ? tr("Problems") : tr("Problems (%1)").arg(findings.size()));
}

OutlineDock::OutlineDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Outline"), parent)
    , m_document(document)
    , m_view(new QListWidget(this))
{
    setObjectName(QStringLiteral("OutlineDock"));
    m_view->setAccessibleName(tr("Stages in file order"));
    setWidget(m_view);
    connect(m_document, &Document::graphChanged, this, &OutlineDock::refresh);
    connect(m_view, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_updating && row >= 0)
            Q_EMIT stageActivated(row);
    });
    refresh();
}

void OutlineDock::refresh()
{
    QStringList labels;
    for (const Stage &stage : m_document->graph().stages) {
        QString label = QStringLiteral("%1. %2").arg(stage.index).arg(stage.displayName());
        if (stage.role != Role::None)
            label += QStringLiteral("  [%1%2]").arg(roleName(stage.role), stage.roleExplicit ? QString() : tr(", inferred"));
        labels << label;
    }
    if (labels == m_shown)
        return; // typing inside a stage changes nothing here
    m_shown = labels;
    m_updating = true;
    const int current = m_view->currentRow();
    m_view->clear();
    m_view->addItems(labels);
    if (current >= 0 && current < m_view->count())
        m_view->setCurrentRow(current);
    m_updating = false;
}

void OutlineDock::setCurrentStage(int stage)
{
    m_updating = true;
    m_view->setCurrentRow(stage);
    m_updating = false;
}

InspectorDock::InspectorDock(Document *document, StageActions *actions, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_document(document)
    , m_actions(actions)
    , m_form(new QWidget(this))
    , m_name(new QLineEdit(m_form))
    , m_base(new QComboBox(m_form))
    , m_role(new QComboBox(m_form))
    , m_description(new QLineEdit(m_form))
    , m_message(new QLabel(m_form))
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("InspectorDock"));
    m_name->setObjectName(QStringLiteral("InspectorName"));
    m_name->setAccessibleName(tr("Stage name"));
    m_base->setObjectName(QStringLiteral("InspectorBase"));
    m_base->setEditable(true);
    m_base->setInsertPolicy(QComboBox::NoInsert);
    m_base->setAccessibleName(tr("Base stage or image"));
    m_base->lineEdit()->setAccessibleName(tr("Base stage or image"));
    m_role->setObjectName(QStringLiteral("InspectorRole"));
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(tr("Inferred from the name"), -1);
    m_role->addItem(tr("Dev"), int(Role::Dev));
    m_role->addItem(tr("Debugging"), int(Role::Debugging));
    m_role->addItem(tr("Runtime"), int(Role::Runtime));
    m_role->addItem(tr("None"), int(Role::None));
    m_description->setObjectName(QStringLiteral("InspectorDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("what this stage is for"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #d93025"));
    auto *form = new QFormLayout(m_form);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base:"), m_base);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(m_message);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addWidget(m_view, 1);
    m_view->setAccessibleName(tr("Selected stage"));
    m_view->setOpenLinks(false);
    setWidget(box);
    connect(m_name, &QLineEdit::editingFinished, this, &InspectorDock::commitName);
    connect(m_description, &QLineEdit::editingFinished, this, &InspectorDock::commitDescription);
    connect(m_base->lineEdit(), &QLineEdit::editingFinished, this, &InspectorDock::commitBase);
    connect(m_base, &QComboBox::activated, this, &InspectorDock::commitBase);
    connect(m_role, &QComboBox::activated, this, &InspectorDock::commitRole);
    connect(m_document, &Document::graphChanged, this, &InspectorDock::refresh);
    refresh();
}

void InspectorDock::commitName()
{
    if (m_updating || m_stage < 0 || size_t(m_stage) >= m_document->graph().stages.size())
        return;
    const QString name = m_name->text().trimmed();
    if (name == m_document->graph().stages[size_t(m_stage)].name)
        return;
    QString error;
    const bool done = m_actions->renameTo(m_stage, name, &error);
    m_message->setText(done ? QString() : error);
    if (!done)
        m_name->setText(m_document->graph().stages[size_t(m_stage)].name);
}

void InspectorDock::commitBase()
{
    if (m_updating || m_stage < 0 || size_t(m_stage) >= m_document->graph().stages.size())
        return;
    const QString base = m_base->currentText().trimmed();
    if (base.isEmpty() || base == m_document->graph().stages[size_t(m_stage)].baseText)
        return;
    QString error;
    const bool done = m_actions->rebaseOnto(m_stage, base, &error);
    m_message->setText(done ? QString() : error);
    if (!done)
        refresh();
}

void InspectorDock::commitRole()
{
    if (m_updating || m_stage < 0)
        return;
    const int value = m_role->currentData().toInt();
    QString error;
    const bool done = value < 0 ? m_actions->markRole(m_stage, Role::None, true, &error)
                                : m_actions->markRole(m_stage, Role(value), false, &error);
    m_message->setText(done ? QString() : error);
}

void InspectorDock::commitDescription()
{
    if (m_updating || m_stage < 0 || size_t(m_stage) >= m_document->graph().stages.size())
        return;
    const QString text = m_description->text().trimmed();
    if (text == m_document->graph().stages[size_t(m_stage)].description)
        return;
    QString error;
    const bool done = m_actions->describeAs(m_stage, text, &error);
    m_message->setText(done ? QString() : error);
}

void InspectorDock::setStage(int stage)
{
    m_stage = stage;
    refresh();
}

QString InspectorDock::text() const
{
    return m_view->toPlainText();
}

void InspectorDock::refresh()
{
    const StageGraph &graph = m_document->graph();
    const SyntaxTree &tree = m_document->tree();
    if (m_stage < 0 || size_t(m_stage) >= graph.stages.size()) {
        m_form->setEnabled(false);
        setHtml(tr("<p>Select a stage on the canvas or put the cursor in its lines.</p>"));
        return;
    }
    const Stage &s = graph.stages[size_t(m_stage)];
    m_updating = true;
    m_form->setEnabled(!m_document->isReadOnly());
    if (!m_name->hasFocus())
        m_name->setText(s.name);
    if (!m_base->hasFocus()) {
        QStringList names;
        for (const Stage &other : graph.stages) {
            if (other.index < s.index && !other.name.isEmpty())
                names.append(other.name);
        }
        if (names != m_baseNames) { // typing seldom changes them: keep the list then
            m_base->clear();
            m_base->addItems(names);
            m_baseNames = std::move(names);
        }
        m_base->setEditText(s.baseText);
    }
    m_role->setCurrentIndex(s.roleExplicit ? m_role->findData(int(s.role)) : 0);
    if (!m_description->hasFocus())
        m_description->setText(s.description);
    m_updating = false;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(escaped(s.displayName()));
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(label, value);
    };
    QString base = escaped(s.baseText);
    if (s.baseExpanded != s.baseText)
        base += QStringLiteral(" → ") + escaped(s.baseExpanded);
    if (s.baseStage >= 0)
        base += tr(" (stage %1)").arg(s.baseStage);
    else if (s.baseScratch)
        base += tr(" (empty filesystem)");
    else
        base += tr(" (image)");
    row(tr("Base"), base);
    row(tr("Role"), s.role == Role::None ? tr("none")
                                         : roleName(s.role) + (s.roleExplicit ? tr(" (marked)") : tr(" (inferred)")));
    if (!s.platform.isEmpty())
        row(tr("Platform"), escaped(s.platform));
    if (!s.description.isEmpty())
        row(tr("Description"), escaped(s.description));
    row(tr("Lines"), QStringLiteral("%1–%2").arg(s.firstLine).arg(s.lastLine));
    html += QStringLiteral("</table>");

    html += tr("<p><b>Depends on</b></p><ul>");
    for (const Dependency &d : s.dependencies) {
        const QString what = d.stage >= 0 ? tr("stage %1").arg(escaped(stageLabel(graph, d.stage)))
                           : d.scratch   ? tr("nothing (scratch)")
                                         : tr("image %1").arg(escaped(d.image.isEmpty() ? d.text : d.image));
        html += QStringLiteral("<li>%1: %2%3</li>").arg(dependencyKindName(d.kind), what, d.onbuild ? tr(" (ONBUILD)") : QString());
    }
    html += QStringLiteral("</ul>");
    html += tr("<p><b>Used by</b></p><ul>");
    for (const Stage &other : graph.stages) {
        for (const Dependency &d : other.dependencies) {
            if (d.stage == s.index)
                html += QStringLiteral("<li>%1 (%2)</li>").arg(escaped(other.displayName()), dependencyKindName(d.kind));
        }
    }
    html += QStringLiteral("</ul>");
    html += tr("<p><b>Instructions</b> (%1)</p><pre>").arg(s.instructions.size());
    for (int i : s.instructions) {
        const Instruction &ins = tree.instructions[size_t(i)];
        html += escaped(tree.text.mid(ins.range.begin, qMin<qsizetype>(ins.range.length(), 120)).section(u'\n', 0, 0)) + u'\n';
    }
    html += QStringLiteral("</pre>");
    setHtml(html);
}

void InspectorDock::setHtml(const QString &html)
{
    // Laying out rich text is the costly part of a refresh: only when the text changes.
    if (html == m_html)
        return;
    m_html = html;
    m_view->setHtml(html);
}

} // namespace stagecraft::app
