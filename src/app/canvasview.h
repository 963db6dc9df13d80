// The node-graph canvas: a QGraphicsView over a scene of thin items (one per diagram node and
// edge) whose geometry and painting come from the diagram layer. It follows the Document:
// after every re-parse it updates in place, keeping each node's position and selection.
#pragma once

#include "diagram/diagrammodel.h"
#include "diagram/diagramstyle.h"
#include "diagram/graphlayout.h"
#include "diagram/nodegeometry.h"

#include <QGraphicsView>
#include <QHash>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>

namespace stagecraft::app {

class Document;
class NodeItem;
class EdgeItem;
class StageActions;

class CanvasView : public QGraphicsView
{
    Q_OBJECT
public:
    CanvasView(Document *document, QWidget *parent = nullptr);
    ~CanvasView() override;

    int stageCount() const;
    const diagram::DiagramModel &model() const { return m_model; }
    const diagram::DiagramStyle &style() const { return m_style; }
    NodeItem *itemForKey(const QString &key) const { return m_items.value(key); }
    NodeItem *itemForStage(int stage) const;
    QList<NodeItem *> nodeItems() const { return m_items.values(); }
    QList<EdgeItem *> edgeItems() const { return m_edges.values(); }
    // The explanation shown when the mouse rests at a viewport position (rich text, empty
    // over the background): a role badge explains the role, an edge what crosses it, a node
    // the stage or image (texts from Explanations).
    QString toolTipAt(const QPoint &viewportPos) const;
    // The stage of the selected node, or -1.
    int selectedStage() const;
    void selectStage(int stage);

    diagram::Direction direction() const { return m_direction; }
    // Lays the graph out in another direction; nodes placed by hand stay where they are.
    void setDirection(diagram::Direction direction);
    // Forgets the positions placed by hand for each file that opens (Settings::layoutOnOpen).
    void setLayoutOnOpen(bool on) { m_layoutOnOpen = on; }
    // Selects the stages a selected stage depends on (upstream) or that depend on it.
    void selectUpstream();
    void selectDownstream();
    // Positions of the nodes a person placed by hand, by node key.
    QHash<QString, QPointF> manualPositions() const;

    // The stage operations offered in the node context menu.
    void setStageActions(StageActions *actions) { m_stageActions = actions; }
    // Opens a line editor over the node's title; Enter commits (renameCommitted), Escape or
    // leaving it cancels.
    void beginRename(int stage);
    QLineEdit *renameEditor() const { return m_renameEditor; }
    // The menu shown after a connection is dropped into empty space, while it is open.
    QMenu *connectionMenu() const { return m_connectionMenu; }

    void fitGraph();
    void zoomBy(qreal factor);
    // Lays out every node again, forgetting positions placed by hand.
    void relayout();

Q_SIGNALS:
    // A person selected a stage node (not emitted for selectStage()).
    void stageActivated(int stage);
    // Enter on a selected stage node: the person wants to edit its text.
    void editRequested(int stage);
    void renameCommitted(int stage, const QString &name);
    // A connection drag ended: `stage` should build on `base` (a stage name or an image), or a
    // new stage is wanted after `after` that builds on `source` (copies == false) or copies
    // its files (copies == true).
    void rebaseRequested(int stage, const QString &base);
    void newStageRequested(const QString &source, int after, bool copies);

protected:
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    // The keyboard reaches everything the mouse does: arrows move between nodes, Shift+arrows
    // move the selected nodes, Home/End go to the first/last stage, Enter edits the stage's
    // text, Escape clears the selection, the menu key opens the node's context menu.
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    // Selects the node nearest to the selected one in the arrow key's direction.
    void selectNeighbour(int key);
    void selectNode(NodeItem *item);
    void moveSelectedNodes(QPointF delta);
    void describeSelection();
    void syncWithDocument();
    void onFileRenamed();
    void countFindings();
    void onFindingsChanged();
    void onSelectionChanged();
    void startAfresh();
    void selectClosure(bool upstream);
    void saveManualPositions();
    void updateOverview();

    Document *m_document;
    QGraphicsScene *m_scene;
    diagram::DiagramModel m_model;
    QString m_path; // the file whose positions m_storedPositions are
    diagram::DiagramStyle m_style;
    diagram::Direction m_direction = diagram::Direction::LeftToRight;
    QHash<QString, NodeItem *> m_items;
    QHash<QString, EdgeItem *> m_edges;
    QHash<QString, QPointF> m_storedPositions; // from the settings, for the open file
    QGraphicsView *m_overview;
    bool m_syncing = false;
    bool m_fitPending = true;
    bool m_layoutOnOpen = false;
    QPoint m_panOrigin;  // where a middle-button pan started, or null
    bool m_panning = false;
    StageActions *m_stageActions = nullptr;
    QPointer<QLineEdit> m_renameEditor;
    QPointer<QMenu> m_connectionMenu;
    // A connection being dragged from a port: the node it started on, which port, the line.
    struct ConnectionDrag {
        NodeItem *node = nullptr;
        bool fromOutput = true;
        QGraphicsPathItem *line = nullptr;
    } m_connection;
    NodeItem *portAt(const QPoint &viewPos, bool *output) const;
    void finishConnection(const QPoint &viewPos);
    void offerNewStage(const QString &source, int after, const QPoint &viewPos);
};

} // namespace stagecraft::app
