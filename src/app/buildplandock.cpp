#include "buildplandock.h"

#include "document.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stagecraft::app {

BuildPlanDock::BuildPlanDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Build Plan"), parent)
    , m_document(document)
    , m_target(new QComboBox(this))
    , m_buildArgs(new QLineEdit(this))
    , m_tag(new QLineEdit(QStringLiteral("app"), this))
    , m_message(new QLabel(this))
    , m_built(new QTreeWidget(this))
    , m_skipped(new QListWidget(this))
    , m_command(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("BuildPlanDock"));
    m_target->setObjectName(QStringLiteral("BuildPlanTarget"));
    m_target->setAccessibleName(tr("Build target"));
    m_buildArgs->setObjectName(QStringLiteral("BuildPlanArgs"));
    m_buildArgs->setAccessibleName(tr("Build arguments"));
    m_buildArgs->setPlaceholderText(tr("NAME=value NAME2=value"));
    m_buildArgs->setClearButtonEnabled(true);
    m_tag->setObjectName(QStringLiteral("BuildPlanTag"));
    m_tag->setAccessibleName(tr("Image tag"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #d93025"));
    m_message->hide();
    m_built->setObjectName(QStringLiteral("BuildPlanBuilt"));
    m_built->setAccessibleName(tr("Stages that build, in order"));
    m_built->setHeaderLabels({tr("Builds"), tr("Its files")});
    m_built->setRootIsDecorated(false);
    m_built->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_built->header()->setStretchLastSection(false);
    m_skipped->setObjectName(QStringLiteral("BuildPlanSkipped"));
    m_skipped->setAccessibleName(tr("Skipped stages"));
    m_command->setObjectName(QStringLiteral("BuildPlanCommand"));
    m_command->setAccessibleName(tr("Build command"));
    m_command->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("BuildPlanCopy"));
    m_copy->setToolTip(tr("Copy the command to the clipboard"));

    auto *box = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("Build &args:"), m_buildArgs);
    form->addRow(tr("T&ag:"), m_tag);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_built, 2);
    layout->addWidget(new QLabel(tr("Skipped:"), box));
    layout->addWidget(m_skipped, 1);
    layout->addLayout(commandRow);
    setWidget(box);

    connect(m_target, &QComboBox::activated, this, &BuildPlanDock::commitTarget);
    connect(m_buildArgs, &QLineEdit::editingFinished, this, &BuildPlanDock::commitBuildArgs);
    connect(m_tag, &QLineEdit::textChanged, this, &BuildPlanDock::refresh);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_command->text()); });
    connect(m_document, &Document::graphChanged, this, &BuildPlanDock::refresh);
    refresh();
}

QMap<QString, QString> BuildPlanDock::parseBuildArgs(const QString &text, QStringList *invalid)
{
    QMap<QString, QString> args;
    const QStringList words = QProcess::splitCommand(text);
    for (const QString &word : words) {
        const qsizetype eq = word.indexOf(u'=');
        if (eq <= 0) {
            if (invalid)
                invalid->append(word);
            continue;
        }
        args.insert(word.left(eq), word.mid(eq + 1));
    }
    return args;
}

void BuildPlanDock::commitTarget()
{
    if (m_updating)
        return;
    AnalysisOptions options = m_document->analysisOptions();
    const QString target = m_target->currentData().toString();
    if (target == options.target)
        return;
    options.target = target;
    m_document->setAnalysisOptions(options);
}

void BuildPlanDock::commitBuildArgs()
{
    if (m_updating)
        return;
    QStringList invalid;
    const QMap<QString, QString> args = parseBuildArgs(m_buildArgs->text(), &invalid);
    m_message->setText(invalid.isEmpty() ? QString()
                                         : tr("Not NAME=value, left out: %1").arg(invalid.join(QStringLiteral(", "))));
    m_message->setVisible(!invalid.isEmpty());
    AnalysisOptions options = m_document->analysisOptions();
    if (args == options.buildArgs)
        return;
    options.buildArgs = args;
    m_document->setAnalysisOptions(options);
}

void BuildPlanDock::refresh()
{
    const StageGraph &graph = m_document->graph();
    const AnalysisOptions &options = m_document->analysisOptions();
    m_updating = true;

    // Targets: the default, then every name a --target can use (the last stage of a name wins).
    // The combo is filled again only when its entries change (typing usually leaves them).
    QList<std::pair<QString, QString>> targets; // text, data
    const QString last = graph.defaultTarget >= 0 ? graph.stages[size_t(graph.defaultTarget)].displayName() : QString();
    targets.append({last.isEmpty() ? tr("Default (last stage)") : tr("Default (last stage: %1)").arg(last), QString()});
    QHash<QString, int> byName;
    for (const Stage &stage : graph.stages) {
        if (!stage.name.isEmpty() && !byName.contains(stage.name)) {
            byName.insert(stage.name, int(targets.size()));
            targets.append({stage.name, stage.name});
        }
    }
    int current = 0;
    if (!options.target.isEmpty()) {
        current = byName.value(options.target.toLower(), -1);
        if (current < 0) { // a target that no longer exists (renamed or deleted)
            targets.append({tr("%1 (not found)").arg(options.target), options.target});
            current = int(targets.size()) - 1;
        }
    }
    if (targets != m_targetEntries || m_target->count() != targets.size()) {
        m_target->clear();
        for (const auto &[text, data] : std::as_const(targets))
            m_target->addItem(text, data);
        m_targetEntries = std::move(targets);
    }
    m_target->setCurrentIndex(current);

    if (!m_buildArgs->hasFocus()) {
        QStringList words;
        for (auto it = options.buildArgs.cbegin(); it != options.buildArgs.cend(); ++it)
            words << it.key() + u'=' + it.value();
        if (parseBuildArgs(m_buildArgs->text()) != options.buildArgs)
            m_buildArgs->setText(words.join(u' '));
    }
    m_updating = false;

    const QString file = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).fileName();
    const QString tag = m_tag->text().trimmed().isEmpty() ? QStringLiteral("app") : m_tag->text().trimmed();
    m_plan = planBuild(graph, options.target, tag, file);

    if (m_plan.target < 0) {
        m_built->clear();
        m_skipped->clear();
        m_planRows.clear();
        m_command->clear();
        m_copy->setEnabled(false);
        return;
    }
    std::vector<bool> inImage(graph.stages.size(), false);
    for (int i : m_plan.inImage)
        inImage[size_t(i)] = true;
    // The lists are made again only when what they show changes.
    QList<PlanRow> rows;
    for (int i : m_plan.built) {
        QString name = graph.stages[size_t(i)].displayName();
        if (i == m_plan.target)
            name += tr(" (target)");
        rows.append({std::move(name), i, true, inImage[size_t(i)]});
    }
    for (int i : m_plan.skipped)
        rows.append({graph.stages[size_t(i)].displayName(), i, false, false});
    if (rows != m_planRows) {
        m_built->clear();
        m_skipped->clear();
        QList<QTreeWidgetItem *> items;
        for (const PlanRow &row : std::as_const(rows)) {
            if (!row.built) {
                auto *item = new QListWidgetItem(row.name, m_skipped);
                item->setData(Qt::UserRole, row.stage);
                continue;
            }
            auto *item = new QTreeWidgetItem({row.name, row.inImage ? tr("in the image") : tr("feeds artifacts")});
            item->setData(0, Qt::UserRole, row.stage);
            item->setToolTip(1, row.inImage ? tr("The target builds on this stage: its files are in the image.")
                                            : tr("Only copied or mounted from: its files stay out of the image."));
            items << item;
        }
        m_built->addTopLevelItems(items);
        m_planRows = std::move(rows);
    }
    if (m_command->text() != m_plan.command) {
        m_command->setText(m_plan.command);
        m_command->setCursorPosition(0);
    }
    m_copy->setEnabled(true);
}

} // namespace stagecraft::app
