#include "canvasview.h"

#include "canvasitems.h"
#include "document.h"

#include <QGraphicsScene>
#include <QWheelEvent>

#include <cmath>

namespace stagecraft::app {

using namespace stagecraft::diagram;

namespace {
Theme themeForPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? Theme::Dark : Theme::Light;
}
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
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(m_style.background);
    connect(m_document, &Document::graphChanged, this, &CanvasView::syncWithDocument);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CanvasView::onSelectionChanged);
    syncWithDocument();
}

CanvasView::~CanvasView()
{
    // Edges unregister from their nodes: delete them first.
    qDeleteAll(m_edges);
    m_edges.clear();
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

void CanvasView::syncWithDocument()
{
    m_syncing = true;
    m_model = DiagramModel::fromGraph(m_document->graph(), m_document->tree());

    qDeleteAll(m_edges);
    m_edges.clear();

    std::vector<NodeGeometry> geometries;
    geometries.reserve(m_model.nodes.size());
    QHash<QString, NodeItem *> items;
    bool needsLayout = false;
    for (size_t i = 0; i < m_model.nodes.size(); ++i) {
        const DiagramNode &node = m_model.nodes[i];
        geometries.push_back(NodeGeometry::forNode(node, m_style));
        NodeItem *item = m_items.take(node.key);
        if (!item) {
            item = new NodeItem(this, node.key);
            item->setVisible(false);
            m_scene->addItem(item);
            needsLayout = true;
        }
        item->setNode(int(i), geometries.back());
        items.insert(node.key, item);
    }
    qDeleteAll(m_items); // nodes whose stage or image is gone
    m_items = items;

    if (needsLayout) {
        // New nodes take their place from a fresh layout; nodes already on the canvas stay put.
        std::vector<QSizeF> sizes;
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
    }
    for (size_t i = 0; i < m_model.edges.size(); ++i) {
        const DiagramEdge &edge = m_model.edges[i];
        if (edge.from == edge.to)
            continue;
        auto *item = new EdgeItem(this, int(i), m_items.value(m_model.nodes[size_t(edge.from)].key),
                                  m_items.value(m_model.nodes[size_t(edge.to)].key));
        m_scene->addItem(item);
        m_edges.push_back(item);
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-200, -200, 200, 200));
    m_syncing = false;
    if (m_fitPending && !m_items.isEmpty()) {
        m_fitPending = false;
        fitGraph();
    }
}

void CanvasView::relayout()
{
    for (NodeItem *item : std::as_const(m_items)) {
        item->setPlacedByHand(false);
        item->setVisible(false);
    }
    syncWithDocument();
}

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
}

void CanvasView::zoomBy(qreal factor)
{
    const qreal current = transform().m11();
    const qreal next = qBound<qreal>(0.05, current * factor, 4.0);
    scale(next / current, next / current);
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

void CanvasView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_style = DiagramStyle::forTheme(themeForPalette(palette()));
        setBackgroundBrush(m_style.background);
        m_scene->update();
    }
}

void CanvasView::onSelectionChanged()
{
    if (m_syncing)
        return;
    const int stage = selectedStage();
    if (stage >= 0)
        Q_EMIT stageActivated(stage);
}

} // namespace stagecraft::app
