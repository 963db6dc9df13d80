// What `docker build` does for a chosen target and --build-arg values: the stages it builds
// (in order), the ones it skips, which built stages end up in the image (the target's FROM
// chain) and which only feed it artifacts, and the command to copy. Choosing a target or
// build args sets the Document's AnalysisOptions, so the canvas marks the same stages; the
// dock follows Document::graphChanged, so a target set elsewhere (Stage > Set as Build
// Target) shows here too.
#pragma once

#include "core/buildplan.h"

#include <QDockWidget>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace stagecraft::app {

class Document;

class BuildPlanDock : public QDockWidget
{
    Q_OBJECT
public:
    BuildPlanDock(Document *document, QWidget *parent = nullptr);

    // "K=V K2=\"a b\"" to --build-arg values (words split as QProcess::splitCommand does:
    // double quotes group). Words without "=" are returned in *invalid and left out.
    static QMap<QString, QString> parseBuildArgs(const QString &text, QStringList *invalid = nullptr);

    const BuildPlan &plan() const { return m_plan; }
    QComboBox *targetBox() const { return m_target; }     // item 0: the default target (data "")
    QLineEdit *buildArgsEdit() const { return m_buildArgs; }
    QLineEdit *tagEdit() const { return m_tag; }
    QTreeWidget *builtView() const { return m_built; }    // column 0 the stage, 1 where it ends up
    QListWidget *skippedView() const { return m_skipped; }
    QLineEdit *commandEdit() const { return m_command; }
    QPushButton *copyButton() const { return m_copy; }

private:
    void refresh();
    void commitTarget();
    void commitBuildArgs();

    Document *m_document;
    QComboBox *m_target;
    QLineEdit *m_buildArgs;
    QLineEdit *m_tag;
    QLabel *m_message;
    QTreeWidget *m_built;
    QListWidget *m_skipped;
    QLineEdit *m_command;
    QPushButton *m_copy;
    BuildPlan m_plan;
    bool m_updating = false;
    // What the target combo and the two lists show, to leave them alone when it is unchanged.
    struct PlanRow {
        QString name;
        int stage = -1;
        bool built = false; // else skipped
        bool inImage = false;
        friend bool operator==(const PlanRow &, const PlanRow &) = default;
    };
    QList<std::pair<QString, QString>> m_targetEntries;
    QList<PlanRow> m_planRows;
};

} // namespace stagecraft::app
