// What Stagecraft explains to the person, in one place: what an instruction or a flag does,
// what a role means and why it was given, what crosses an edge of the graph, and the ideas
// the guided tour teaches. The editor's and the canvas's tooltips and the tour all take their
// texts from here, so one wording serves everywhere. Texts are translated (tr()); the ones
// ending in "ToolTip" are rich text with the person's own names escaped.
#pragma once

#include "core/stagegraph.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace stagecraft::app {

class Explanations
{
    Q_DECLARE_TR_FUNCTIONS(Explanations)
public:
    // Docker's reference of an instruction (keyword case-insensitive):
    // https://docs.docker.com/reference/dockerfile/#<instruction>; empty for unknown keywords.
    static QUrl referenceUrl(QStringView keyword);
    // One or two plain sentences on what the instruction does; empty for unknown keywords.
    static QString instruction(QStringView keyword);
    // What a flag of an instruction does (`flag` without "--"); empty when not explained.
    static QString flag(QStringView keyword, QStringView flag);

    // What stands at a text position: an instruction keyword or an explained flag's name.
    // `topic` names it for menus ("RUN", "COPY --from"); `url` is its reference; all empty
    // when nothing explained stands there.
    struct Help {
        QString topic;
        QString text;  // rich text for a tooltip
        QUrl url;
        bool isEmpty() const { return text.isEmpty(); }
    };
    static Help at(const SyntaxTree &tree, qsizetype position);

    // What a stage of the role is for (plain text); empty for Role::None.
    static QString roleMeaning(Role role);
    // The tooltip of a stage's role badge: the role, what it means, and whether it is marked
    // in the file or inferred (and from what).
    static QString roleToolTip(const StageGraph &graph, int stage);
    // The tooltip of a stage node (name, base, description, whether it is built) and of an
    // image or scratch node.
    static QString stageToolTip(const StageGraph &graph, int stage);
    static QString imageToolTip(const QString &reference, bool scratch);
    // What crosses the edge of `graph.stages[stage].dependencies[dependency]`: the whole
    // filesystem for FROM, the named paths for COPY --from, a mount for RUN --mount; an
    // ONBUILD-induced edge says where its trigger was declared.
    static QString edgeToolTip(const StageGraph &graph, const SyntaxTree &tree, int stage, int dependency);

    // Rich text as a tooltip `width` pixels wide (QToolTip would wrap it much narrower).
    static QString wideToolTip(const QString &richText, int width);

    // The ideas of the guided tour (plain text, a paragraph each).
    static QString stageConcept();
    static QString fromAsConcept();
    static QString rolesConcept();
    static QString runtimeConcept();
    static QString targetConcept();
    static QString copyFromConcept();
    static QString hoverHint();
};

} // namespace stagecraft::app
