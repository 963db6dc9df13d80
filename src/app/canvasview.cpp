#include "canvasview.h"

#include "canvasitems.h"
#include "document.h"
#include "explanations.h"
#include "settings.h"
#include "stageactions.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QGraphicsScene>
#include <QMenu>
#include <QFontMetrics>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <utility>

namespace stagecraft::app {

using namespace stagecraft::diagram;

namespace {

Theme themeForPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? Theme::Dark : Theme::Light;
}

// Identity of an edge across re-parses: its ends, its kind, and which of several parallel
// edges of that kind it is.
QString edgeKey(const DiagramModel &model, const DiagramEdge &edge, int ordinal)
{
    return model.nodes[size_t(edge.from)].key + u'>' + model.nodes[size_t(edge.to)].key + u'|'
         + QString::number(int(edge.kind)) + (edge.onbuild ? u"o" : u"") + u'#' + QString::number(ordinal);
}

// A small view of the whole graph in a corner of the canvas; the main viewport is outlined.
class OverviewView : public QGraphicsView
{
public:
    OverviewView(CanvasView *canvas, QGraphicsScene *scene)
        : QGraphicsView(scene, canvas->viewport())
        , m_canvas(canvas)
    {
        setObjectName(QStringLiteral("Overview"));
        setAccessibleName(CanvasView::tr("Overview of the stage graph"));
        setInteractive(false);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setRenderHints(QPainter::Antialiasing);
        setFrameShape(QFrame::Box);
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void drawForeground(QPainter *painter, const QRectF &) override
    {
        const QRectF visible = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
        QColor color = palette().color(QPalette::Highlight);
        painter->setPen(QPen(color, 0));
        color.setAlphaF(0.15);
        painter->setBrush(color);
        painter->drawRect(visible);
    }
    void mousePressEvent(QMouseEvent *event) override { m_canvas->centerOn(mapToScene(event->pos())); }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (event->buttons() & Qt::LeftButton)
            m_canvas->centerOn(mapToScene(event->pos()));
    }
    void wheelEvent(QWheelEvent *event) override { event->ignore(); }

private:
    CanvasView *m_canvas;
};

} // namespace

CanvasView::CanvasView(Document *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_scene(new QGraphicsScene(this))
    , m_style(DiagramStyle::forTheme(themeForPalette(palette())))
{
    setObjectName(QStringLiteral("Canvas"));
    setAccessibleName(tr("Stage graph"));
    setScene(m_scene);
    viewport()->setAccessibleName(tr("Stage graph"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(m_style.background);
    m_overview = new OverviewView(this, m_scene);
    m_overview->setBackgroundBrush(m_style.background);
    m_overview->hide();
    connect(m_document, &Document::graphChanged, this, &CanvasView::syncWithDocument);
    connect(m_document, &Document::findingsChanged, this, &CanvasView::onFindingsChanged);
    connect(m_document, &Document::contentReplaced, this, &CanvasView::startAfresh);
    connect(m_document, &Document::filePathChanged, this, &CanvasView::onFileRenamed);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CanvasView::onSelectionChanged);
    startAfresh();
}

CanvasView::~CanvasView()
{
    // Deleting the items changes the selection: nobody may hear of it any more.
    disconnect(m_scene, nullptr, this, nullptr);
    // Edges unregister from their nodes: delete them first, then the scene with the nodes.
    qDeleteAll(m_edges);
    m_edges.clear();
    m_items.clear();
    delete m_scene;
}

int CanvasView::stageCount() const
{
    return int(m_document->graph().stages.size());
}

NodeItem *CanvasView::itemForStage(int stage) const
{
    const int index = m_model.indexOfStage(stage);
    return index < 0 ? nullptr : m_items.value(m_model.nodes[size_t(index)].key);
}

int CanvasView::selectedStage() const
{
    const auto selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item)->node().stage;
    }
    return -1;
}

void CanvasView::selectStage(int stage)
{
    NodeItem *item = itemForStage(stage);
    if (item && item->isSelected() && m_scene->selectedItems().size() == 1)
        return;
    m_syncing = true;
    m_scene->clearSelection();
    if (item) {
        item->setSelected(true);
        ensureVisible(item, 40, 40);
    }
    m_syncing = false;
}

void CanvasView::startAfresh()
{
    // Another text as a whole (open, new, reload, recovery) or a fresh layout: a clean canvas
    // and the positions stored for the file.
    qDeleteAll(m_edges);
    m_edges.clear();
    qDeleteAll(m_items);
    m_items.clear();
    m_path = m_document->filePath();
    m_storedPositions = m_layoutOnOpen ? QHash<QString, QPointF>() : Settings().nodePositions(m_path);
    m_fitPending = true;
    syncWithDocument();
}

void CanvasView::onFileRenamed()
{
    // The same text under another path (Save As): the nodes stay where they are, and the
    // positions placed by hand are kept for the new path.
    if (m_document->filePath() == m_path)
        return;
    m_path = m_document->filePath();
    // Written even when nothing was placed by hand: positions stored for that path before
    // belong to another text.
    m_storedPositions = manualPositions();
    Settings().setNodePositions(m_path, m_storedPositions);
}

void CanvasView::syncWithDocument()
{
    if (m_document->isReplacing())
        return; // another text as a whole: contentReplaced brings startAfresh()
    m_syncing = true;
    DiagramModel previous = std::exchange(m_model, DiagramModel::fromGraph(m_document->graph(), m_document->tree()));
    // Badges count the lint findings, not only the graph's diagnostics. While someone types,
    // lint waits (Document::findingsChanged): the nodes keep the badges they had until then.
    if (m_document->hasCurrentFindings()) {
        countFindings();
    } else {
        QHash<QString, const DiagramNode *> before;
        before.reserve(qsizetype(previous.nodes.size()));
        for (const DiagramNode &node : previous.nodes)
            before.insert(node.key, &node);
        for (DiagramNode &node : m_model.nodes) {
            const DiagramNode *old = before.value(node.key);
            if (!old || node.kind != NodeKind::Stage)
                continue; // a new node: the graph's own diagnostics until lint has run
            node.errorCount = old->errorCount;
            node.warningCount = old->warningCount;
            node.problems = old->problems;
        }
    }

    std::vector<NodeGeometry> geometries;
    geometries.reserve(m_model.nodes.size());
    QHash<QString, NodeItem *> items;
    items.reserve(qsizetype(m_model.nodes.size()));
    bool needsLayout = false;
    // A stage renamed in the text keeps its node: an unmatched stage takes over the item of
    // the unmatched stage that had its index.
    QSet<QString> keys;
    keys.reserve(qsizetype(m_model.nodes.size()));
    for (const DiagramNode &node : m_model.nodes)
        keys.insert(node.key);
    QHash<int, NodeItem *> renamed;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (it.value()->stageIndex() >= 0 && !keys.contains(it.key()))
            renamed.insert(it.value()->stageIndex(), it.value());
    }
    for (size_t i = 0; i < m_model.nodes.size(); ++i) {
        const DiagramNode &node = m_model.nodes[i];
        geometries.push_back(NodeGeometry::forNode(node, m_style));
        NodeItem *item = m_items.take(node.key);
        if (!item && node.kind == NodeKind::Stage) {
            if (NodeItem *old = renamed.take(node.stage)) {
                m_items.remove(old->key());
                old->setKey(node.key);
                item = old;
            }
        }
        if (!item) {
            item = new NodeItem(this, node.key);
            const auto stored = m_storedPositions.constFind(node.key);
            if (stored != m_storedPositions.cend()) {
                item->setPos(*stored);
                item->setPlacedByHand(true);
            } else {
                item->setVisible(false); // placed by the layout below
                needsLayout = true;
            }
            m_scene->addItem(item);
        }
        needsLayout = needsLayout || !item->isVisible();
        item->setNode(int(i), geometries.back());
        items.insert(node.key, item);
    }

    // Edges: reuse the items of edges that still exist, remove the others, add new ones.
    QHash<QString, EdgeItem *> edges;
    QHash<QString, int> ordinals;
    for (size_t i = 0; i < m_model.edges.size(); ++i) {
        const DiagramEdge &edge = m_model.edges[i];
        if (edge.from == edge.to)
            continue;
        const QString base = edgeKey(m_model, edge, 0);
        const QString key = edgeKey(m_model, edge, ordinals[base]++);
        EdgeItem *item = m_edges.take(key);
        if (item) {
            item->setEdgeIndex(int(i));
        } else {
            item = new EdgeItem(this, int(i), items.value(m_model.nodes[size_t(edge.from)].key),
                                items.value(m_model.nodes[size_t(edge.to)].key));
            m_scene->addItem(item);
        }
        edges.insert(key, item);
    }
    qDeleteAll(m_edges); // edges that are gone (before their nodes)
    m_edges = std::move(edges);
    qDeleteAll(m_items); // nodes whose stage or image is gone
    m_items = std::move(items);

    if (needsLayout) {
        // New nodes take their place from a fresh layout; nodes already on the canvas stay put.
        std::vector<QSizeF> sizes;
        sizes.reserve(geometries.size());
        for (const NodeGeometry &g : geometries)
            sizes.push_back(g.size);
        const GraphLayout layout = layoutGraph(m_model, sizes, m_direction);
        for (size_t i = 0; i < m_model.nodes.size(); ++i) {
            NodeItem *item = m_items.value(m_model.nodes[i].key);
            if (!item->isVisible()) {
                item->setPos(layout.positions[i]);
                item->setVisible(true);
            }
        }
        m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-200, -200, 200, 200));
    }
    m_syncing = false;
    if (m_fitPending && !m_items.isEmpty()) {
        m_fitPending = false;
        fitGraph();
        // A large graph opens at a readable size around its build target; the overview shows the rest.
        if (transform().m11() < 0.5) {
            setTransform(QTransform::fromScale(0.5, 0.5));
            if (NodeItem *target = itemForStage(m_document->graph().target))
                centerOn(target);
        }
    }
    updateOverview();
}

void CanvasView::countFindings()
{
    std::vector<Diagnostic> problems;
    problems.reserve(m_document->findings().size());
    for (const Finding &f : m_document->findings())
        problems.push_back(f.diagnostic);
    m_model.countProblems(m_document->graph(), problems);
}

void CanvasView::onFindingsChanged()
{
    if (m_syncing)
        return;
    countFindings();
    for (NodeItem *item : std::as_const(m_items))
        item->update();
}

QHash<QString, QPointF> CanvasView::manualPositions() const
{
    QHash<QString, QPointF> positions;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (it.value()->isPlacedByHand())
            positions.insert(it.key(), it.value()->pos());
    }
    return positions;
}

void CanvasView::saveManualPositions()
{
    const QHash<QString, QPointF> positions = manualPositions();
    if (positions == m_storedPositions)
        return;
    m_storedPositions = positions;
    Settings().setNodePositions(m_document->filePath(), positions);
}

void CanvasView::relayout()
{
    // Forget every position, including those placed by hand, and lay the graph out again.
    Settings().setNodePositions(m_document->filePath(), {});
    startAfresh();
}

void CanvasView::setDirection(Direction direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    // Every node the layout placed is placed again; the next sync lays them out.
    for (NodeItem *item : std::as_const(m_items)) {
        if (!item->isPlacedByHand())
            item->setVisible(false);
    }
    m_fitPending = true;
    syncWithDocument();
}

void CanvasView::selectClosure(bool upstream)
{
    QSet<int> wanted;
    const auto selected = m_scene->selectedItems();
    QList<int> queue;
    for (QGraphicsItem *item : selected) {
        if (item->type() == NodeItem::Type)
            queue << static_cast<NodeItem *>(item)->nodeIndex();
    }
    while (!queue.isEmpty()) {
        const int node = queue.takeFirst();
        if (wanted.contains(node))
            continue;
        wanted.insert(node);
        for (const DiagramEdge &edge : m_model.edges) {
            if (upstream && edge.to == node)
                queue << edge.from;
            else if (!upstream && edge.from == node)
                queue << edge.to;
        }
    }
    m_syncing = true;
    for (int node : std::as_const(wanted)) {
        if (NodeItem *item = m_items.value(m_model.nodes[size_t(node)].key))
            item->setSelected(true);
    }
    m_syncing = false;
}

void CanvasView::selectUpstream() { selectClosure(true); }
void CanvasView::selectDownstream() { selectClosure(false); }

void CanvasView::fitGraph()
{
    const QRectF rect = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    // Never magnify beyond 100%: small graphs stay readable at their natural size.
    if (transform().m11() > 1.0)
        setTransform(QTransform());
    centerOn(rect.center());
    updateOverview();
}

void CanvasView::zoomBy(qreal factor)
{
    const qreal current = transform().m11();
    const qreal next = qBound<qreal>(0.05, current * factor, 4.0);
    scale(next / current, next / current);
    updateOverview();
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier || event->modifiers() == Qt::NoModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0) {
            zoomBy(std::pow(1.15, steps));
            event->accept();
            return;
        }
    }
    QGraphicsView::wheelEvent(event);
}

QString CanvasView::toolTipAt(const QPoint &viewportPos) const
{
    const StageGraph &graph = m_document->graph();
    const QList<QGraphicsItem *> hits = items(viewportPos); // topmost first: nodes lie over edges
    for (QGraphicsItem *hit : hits) {
        if (hit->type() == NodeItem::Type) {
            const auto *item = static_cast<NodeItem *>(hit);
            const DiagramNode &node = item->node();
            if (node.kind != NodeKind::Stage)
                return Explanations::imageToolTip(node.title, node.kind == NodeKind::Scratch);
            const QPointF local = item->mapFromScene(mapToScene(viewportPos));
            if (item->geometry().badgeRect.adjusted(-2, -2, 2, 2).contains(local))
                return Explanations::roleToolTip(graph, node.stage);
            // The stage, then its lint findings and diagnostics (what the node's badge counts).
            QString tip = Explanations::stageToolTip(graph, node.stage);
            for (const QString &problem : node.problems)
                tip += QStringLiteral("<br>") + problem.toHtmlEscaped();
            return tip;
        }
        if (hit->type() == EdgeItem::Type) {
            const DiagramEdge &edge = static_cast<EdgeItem *>(hit)->edge();
            return Explanations::edgeToolTip(graph, m_document->tree(), m_model.nodes[size_t(edge.to)].stage, edge.dependency);
        }
    }
    return {};
}

bool CanvasView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), Explanations::wideToolTip(text, QFontMetrics(QToolTip::font()).averageCharWidth() * 56),
                               viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

NodeItem *CanvasView::portAt(const QPoint &viewPos, bool *output) const
{
    const QPointF scenePos = mapToScene(viewPos);
    for (NodeItem *item : m_items) {
        if (item->node().kind != NodeKind::Stage)
            continue;
        const QPointF local = item->mapFromScene(scenePos);
        if (item->geometry().outputPort().adjusted(-3, -3, 3, 3).contains(local)) {
            *output = true;
            return item;
        }
        if (item->geometry().basePort().adjusted(-3, -3, 3, 3).contains(local)) {
            *output = false;
            return item;
        }
    }
    return nullptr;
}

void CanvasView::offerNewStage(const QString &source, int after, const QPoint &viewPos)
{
    delete m_connectionMenu;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("New Stage Building on %1").arg(source), this,
                    [this, source, after] { Q_EMIT newStageRequested(source, after, false); });
    menu->addAction(tr("New Stage Copying Files from %1").arg(source), this,
                    [this, source, after] { Q_EMIT newStageRequested(source, after, true); });
    m_connectionMenu = menu;
    menu->popup(viewport()->mapToGlobal(viewPos));
}

void CanvasView::finishConnection(const QPoint &viewPos)
{
    NodeItem *from = m_connection.node;
    const bool fromOutput = m_connection.fromOutput;
    delete m_connection.line;
    m_connection = {};
    QGraphicsItem *hit = nullptr;
    for (QGraphicsItem *item : items(viewPos)) {
        if (item->type() == NodeItem::Type && item != from) {
            hit = item;
            break;
        }
    }
    const int fromStage = from->node().stage;
    const auto &stages = m_document->graph().stages;
    if (fromStage < 0 || size_t(fromStage) >= stages.size())
        return;
    const QString fromName = stages[size_t(fromStage)].name;
    auto *target = static_cast<NodeItem *>(hit);
    if (fromOutput) {
        // From a stage's output onto a stage: that stage now builds FROM this one.
        if (target && target->node().kind == NodeKind::Stage && !fromName.isEmpty())
            Q_EMIT rebaseRequested(target->node().stage, fromName);
        else if (!target && !fromName.isEmpty())
            offerNewStage(fromName, fromStage, viewPos);
    } else if (target) {
        // From a stage's base port onto a stage or an image: rebase this stage onto it.
        const auto &node = target->node();
        const QString base = node.kind == NodeKind::Stage ? stages[size_t(node.stage)].name : node.title;
        if (!base.isEmpty())
            Q_EMIT rebaseRequested(fromStage, base);
    }
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    bool output = false;
    if (event->button() == Qt::LeftButton && !m_document->isReadOnly()) {
        if (NodeItem *node = portAt(event->pos(), &output)) {
            m_connection.node = node;
            m_connection.fromOutput = output;
            m_connection.line = m_scene->addPath(QPainterPath(), QPen(m_style.selection, 2, Qt::DashLine));
            m_connection.line->setZValue(5);
            event->accept();
            return;
        }
    }
    // The middle button pans (the left one selects, drags nodes and draws a rubber band).
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panOrigin = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_connection.node) {
        const QRectF rect = m_connection.node->mapRectToScene(m_connection.node->geometry().boundingRect());
        const QPointF start = m_connection.fromOutput ? QPointF(rect.right(), rect.center().y())
                                                      : QPointF(rect.left(), rect.center().y());
        QPainterPath path(start);
        path.lineTo(mapToScene(event->pos()));
        m_connection.line->setPath(path);
        event->accept();
        return;
    }
    if (m_panning) {
        const QPoint delta = event->pos() - m_panOrigin;
        m_panOrigin = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_connection.node && event->button() == Qt::LeftButton) {
        finishConnection(event->pos());
        event->accept();
        return;
    }
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    saveManualPositions();
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-200, -200, 200, 200));
    updateOverview();
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsItem *item = itemAt(event->pos());
    if (item && item->type() == NodeItem::Type && static_cast<NodeItem *>(item)->node().stage >= 0) {
        beginRename(static_cast<NodeItem *>(item)->node().stage);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void CanvasView::beginRename(int stage)
{
    NodeItem *item = itemForStage(stage);
    if (!item)
        return;
    delete m_renameEditor;
    ensureVisible(item, 40, 40);
    const NodeGeometry geometry = NodeGeometry::forNode(item->node(), m_style);
    const QRect title = mapFromScene(item->mapToScene(geometry.titleRect.adjusted(-4, -3, 4, 3))).boundingRect();
    auto *editor = new QLineEdit(viewport());
    editor->setObjectName(QStringLiteral("InlineRename"));
    editor->setAccessibleName(tr("New stage name"));
    editor->setText(m_document->graph().stages[size_t(stage)].name);
    editor->selectAll();
    editor->setGeometry(title.adjusted(0, 0, qMax(0, 160 - title.width()), 0));
    m_renameEditor = editor;
    const QString key = item->key();
    connect(editor, &QLineEdit::returnPressed, this, [this, editor, key] {
        // The stage is found again by its key: the text may have changed meanwhile.
        NodeItem *target = m_items.value(key);
        const QString text = editor->text();
        editor->deleteLater();
        if (target && target->node().stage >= 0)
            Q_EMIT renameCommitted(target->node().stage, text);
    });
    connect(editor, &QLineEdit::editingFinished, editor, &QObject::deleteLater);
    editor->installEventFilter(this);
    editor->show();
    editor->setFocus();
}

bool CanvasView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEditor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_renameEditor->deleteLater();
        setFocus();
        return true;
    }
    return QGraphicsView::eventFilter(watched, event);
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QPoint at = event->pos();
    QPoint globalAt = event->globalPos();
    // From the keyboard (menu key, Shift+F10): the menu of the selected node, shown on it.
    if (event->reason() == QContextMenuEvent::Keyboard) {
        if (NodeItem *selected = itemForStage(selectedStage())) {
            at = mapFromScene(selected->sceneBoundingRect().center());
            globalAt = viewport()->mapToGlobal(at);
        }
    }
    QGraphicsItem *item = itemAt(at);
    while (item && item->type() != NodeItem::Type)
        item = item->parentItem();
    if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    const bool hasSelection = !m_scene->selectedItems().isEmpty();
    if (m_stageActions) {
        m_stageActions->updateEnabled();
        m_stageActions->populate(&menu);
        menu.addSeparator();
    }
    menu.addAction(tr("Select &Upstream"), this, &CanvasView::selectUpstream)->setEnabled(hasSelection);
    menu.addAction(tr("Select &Downstream"), this, &CanvasView::selectDownstream)->setEnabled(hasSelection);
    menu.addSeparator();
    menu.addAction(tr("&Fit Graph to View"), this, &CanvasView::fitGraph);
    menu.addAction(tr("&Lay Out Again"), this, &CanvasView::relayout);
    menu.exec(globalAt);
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateOverview();
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_overview->isVisible())
        m_overview->viewport()->update();
}

void CanvasView::updateOverview()
{
    // Shown when the graph does not fit the view at a readable size.
    const QRectF graph = m_scene->itemsBoundingRect();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const bool show = !graph.isEmpty() && !visible.contains(graph) && viewport()->width() > 300;
    m_overview->setVisible(show);
    if (!show)
        return;
    const QSize size(qMin(220, viewport()->width() / 3), qMin(150, viewport()->height() / 3));
    m_overview->setGeometry(viewport()->width() - size.width() - 10, viewport()->height() - size.height() - 10,
                            size.width(), size.height());
    m_overview->fitInView(graph, Qt::KeepAspectRatio);
    m_overview->viewport()->update();
}

void CanvasView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_style = DiagramStyle::forTheme(themeForPalette(palette()));
        setBackgroundBrush(m_style.background);
        m_overview->setBackgroundBrush(m_style.background);
        m_scene->update();
    }
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (arrow && modifiers == Qt::NoModifier) {
        selectNeighbour(key);
        event->accept();
        return;
    }
    if (arrow && modifiers == Qt::ShiftModifier && !m_scene->selectedItems().isEmpty()) {
        const qreal step = 10;
        moveSelectedNodes(key == Qt::Key_Left    ? QPointF(-step, 0)
                          : key == Qt::Key_Right ? QPointF(step, 0)
                          : key == Qt::Key_Up    ? QPointF(0, -step)
                                                 : QPointF(0, step));
        event->accept();
        return;
    }
    if ((key == Qt::Key_Home || key == Qt::Key_End) && modifiers == Qt::NoModifier) {
        const int count = stageCount();
        if (count > 0)
            selectNode(itemForStage(key == Qt::Key_Home ? 0 : count - 1));
        event->accept();
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && modifiers == Qt::NoModifier && selectedStage() >= 0) {
        Q_EMIT editRequested(selectedStage());
        event->accept();
        return;
    }
    if (key == Qt::Key_Escape && modifiers == Qt::NoModifier && !m_scene->selectedItems().isEmpty()) {
        m_scene->clearSelection();
        describeSelection();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    // Arriving by Tab with nothing selected: start at the build target, so that the arrow
    // keys have somewhere to go from.
    if ((event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)
        && m_scene->selectedItems().isEmpty() && !m_items.isEmpty())
        selectNode(itemForStage(m_document->graph().target));
    describeSelection();
}

void CanvasView::selectNode(NodeItem *item)
{
    if (!item)
        return;
    m_scene->clearSelection();
    item->setSelected(true); // a person's choice: the window follows (stageActivated)
    ensureVisible(item, 40, 40);
    describeSelection();
}

void CanvasView::selectNeighbour(int key)
{
    NodeItem *current = nullptr;
    const auto selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == NodeItem::Type) {
            current = static_cast<NodeItem *>(item);
            break;
        }
    }
    if (!current) {
        NodeItem *start = itemForStage(m_document->graph().target);
        if (!start && !m_items.isEmpty())
            start = m_items.begin().value();
        selectNode(start);
        return;
    }
    const QPointF direction = key == Qt::Key_Left    ? QPointF(-1, 0)
                              : key == Qt::Key_Right ? QPointF(1, 0)
                              : key == Qt::Key_Up    ? QPointF(0, -1)
                                                     : QPointF(0, 1);
    const QPointF origin = current->sceneBoundingRect().center();
    // The nearest node ahead in that direction, sideways distance counting double.
    NodeItem *best = nullptr;
    qreal bestScore = 0;
    for (NodeItem *item : std::as_const(m_items)) {
        if (item == current || !item->isVisible())
            continue;
        const QPointF d = item->sceneBoundingRect().center() - origin;
        const qreal ahead = d.x() * direction.x() + d.y() * direction.y();
        if (ahead <= 1)
            continue;
        const qreal aside = std::abs(d.x() * direction.y() - d.y() * direction.x());
        const qreal score = ahead + 2 * aside;
        if (!best || score < bestScore) {
            best = item;
            bestScore = score;
        }
    }
    if (best)
        selectNode(best);
}

void CanvasView::moveSelectedNodes(QPointF delta)
{
    const auto selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() != NodeItem::Type)
            continue;
        item->moveBy(delta.x(), delta.y());
        static_cast<NodeItem *>(item)->setPlacedByHand(true);
    }
    saveManualPositions();
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-200, -200, 200, 200));
    updateOverview();
}

void CanvasView::describeSelection()
{
    // What a screen reader says about the canvas: the selected node.
    QString description;
    const auto selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() != NodeItem::Type)
            continue;
        const DiagramNode &node = static_cast<NodeItem *>(item)->node();
        if (node.kind != NodeKind::Stage) {
            description = tr("Image %1").arg(node.title);
            break;
        }
        const Stage &stage = m_document->graph().stages[size_t(node.stage)];
        const int count = int(stage.instructions.size());
        description = tr("Stage %1, built from %2").arg(node.title, stage.baseText.isEmpty() ? tr("nothing") : stage.baseText)
                    + u", " + (count == 1 ? tr("1 instruction") : tr("%1 instructions").arg(count));
        if (stage.role != Role::None)
            description += u", " + tr("role %1").arg(roleName(stage.role));
        break;
    }
    setAccessibleDescription(description.isEmpty() ? tr("No stage selected. Arrow keys select a stage.") : description);
}

void CanvasView::onSelectionChanged()
{
    describeSelection();
    if (m_syncing)
        return;
    const int stage = selectedStage();
    if (stage >= 0)
        Q_EMIT stageActivated(stage);
}

} // namespace stagecraft::app
